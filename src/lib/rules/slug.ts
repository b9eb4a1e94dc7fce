// A listing's file name (its slug) from a name. One rule for the validator (the file name must be
// the slug of the name or an accepted variant) and `npm run new-listing`.

/** "King's College Hospital" -> "king-s-college-hospital": lower-case words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
