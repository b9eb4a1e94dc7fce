// A crime type's family: the crime types a service may name and still help with it. One rule for
// the pages (helpsWith in services.ts) and the search engine, which runs it in the browser over
// the taxonomy in the search index; so this module is pure and imports nothing.
// Decision (docs/decisions/0006-search-relevance.md, "What matches"): a service for a sub-type
// helps with its parent harm, and a general service for the parent helps with each sub-type;
// a service for a sibling does not (an FGM clinic does not help with forced marriage).

export interface CrimeTypeNode {
  id: string;
  parent?: string | undefined;
}

/** A crime type and its sub-types, not its parent: the harms a page about this one covers. */
export function withSubTypes(taxonomy: readonly CrimeTypeNode[], id: string): string[] {
  return [id, ...taxonomy.filter((c) => c.parent === id).map((c) => c.id)];
}

/**
 * Builds the family rule for a taxonomy (seeds/crime-types.json, or the search index's copy of
 * it). The family of a crime type is the type, its sub-types and its parent, in that order.
 */
export function crimeFamilies(taxonomy: readonly CrimeTypeNode[]): (id: string) => readonly string[] {
  const families = new Map<string, string[]>();
  const parentOf = new Map(taxonomy.map((c) => [c.id, c.parent]));
  return (id) => {
    let family = families.get(id);
    if (!family) {
      family = withSubTypes(taxonomy, id);
      const parent = parentOf.get(id);
      if (parent) family.push(parent);
      families.set(id, family);
    }
    return family;
  };
}
