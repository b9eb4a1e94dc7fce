// Checks listing files and explains every problem in one plain-English line:
//   content/services/x.yaml: contact.phones[0].number (line 12): "..." is not a valid UK phone number ...
// Used by `npm run validate`, by the build (src/integrations/listing-check.ts) and by the tests,
// so a bad listing can never reach the site silently.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isNode, type Document, type LineCounter } from 'yaml';
import Fuse from 'fuse.js';
import type { z } from 'astro/zod';
import { createServiceSchema, textLeaves, type Service } from './schema/index.ts';
import { docAt, fieldNamesAt } from './schema/walk.ts';
import { todayInLondon } from '../rules/dates.ts';
import { slugify } from '../rules/slug.ts';
import { daysBetween, isStale } from '../rules/freshness.ts';
import { parseListingText, readListingBytes, type ReadListing } from './file.ts';
import { isUrgentKind, isUrgentRoute, kindById } from '../reference/seeds.ts';
import { lookalikeKey } from '../rules/lookalike.ts';
import { locationClues, SAFE_HOUSE_WORDS } from '../rules/location-clues.ts';
import { visible } from '../rules/text-safety.ts';

export const LISTING_EXTENSION = '.yaml';
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Problem {
  file: string;
  /** Dotted field path, e.g. contact.phones[0].number; empty for whole-file problems. */
  field: string;
  line?: number;
  message: string;
}

export interface ListingResult {
  file: string;
  slug: string;
  errors: Problem[];
  warnings: Problem[];
  data?: Service;
  /** The fields as read from the file (before the schema), for the build's content loader. */
  raw?: Record<string, unknown>;
}

export interface ValidateOptions {
  /** Today's date in London, YYYY-MM-DD; injectable so tests do not depend on the clock. */
  today?: string;
  /**
   * Accept Ofcom's drama numbers and example.org addresses. Only for test fixtures: every real
   * check (`npm run validate`, the build, new-listing) leaves this off.
   */
  allowExamples?: boolean;
}

/** At most this many messages per file: a file with 50,000 unknown fields must not print 17 MB. */
export const MAX_PROBLEMS_PER_FILE = 25;

/**
 * One line per problem. Listing values are echoed in messages, so every control, bidi and
 * zero-width character is shown as its code: nothing in a listing can act on a terminal or a
 * CI log, or split the line in two.
 */
export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.field}${p.line ? ` (line ${p.line})` : ''}: ` : p.line ? `line ${p.line}: ` : '';
  return visible(`${p.file}: ${where}${p.message}`);
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function forExample(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const d = docAt(schema, path);
  if (!d) return '';
  const example = d.example.includes('\n') ? d.example.split('\n')[0] + ' ...' : d.example;
  return ` ${d.meaning} For example: ${example}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `${String(value)}`;
  // What is left is text, or a value YAML cannot produce (undefined, a bigint): named by its type.
  const text = typeof value === 'string' ? value : typeof value;
  return `"${visible(text.length > 60 ? `${text.slice(0, 60)}...` : text)}"`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of fields, indented underneath',
};

/**
 * Default wording for issues whose schema has no message of its own. Schema-level messages
 * (most of them) take precedence; these cover missing fields, wrong types and list lengths.
 */
const NEEDS_EXAMPLE = '\u0000';

function defaultMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${NEEDS_EXAMPLE}is missing.`;
      return `${NEEDS_EXAMPLE}should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s); remove the field if there is nothing to list.`;
      if (issue.origin === 'number') return `must be at least ${String(issue.minimum)}.`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'number') return `must be at most ${String(issue.maximum)}.`;
      return undefined;
    case 'invalid_union':
      return 'is not in a form we recognise.';
    default:
      return undefined;
  }
}

function suggest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const [best] = new Fuse(candidates, { threshold: 0.45, ignoreLocation: true }).search(word);
  return best?.item;
}

function lineField(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

/**
 * Urgent kinds (emergency, sarc) put a listing in the urgent box, under "If you are in danger
 * now, call 999" or beside the Havens. Only the listings named in seeds/urgent-routes.json may
 * use them: a listing's own fields cannot put it there.
 */
function urgentKindProblems(slug: string, raw: Record<string, unknown>): { field: string; path: (string | number)[]; message: string }[] {
  const claims: { kind: unknown; path: (string | number)[] }[] = [{ kind: raw['kind'], path: ['kind'] }];
  if (Array.isArray(raw['otherKinds'])) raw['otherKinds'].forEach((kind: unknown, i) => claims.push({ kind, path: ['otherKinds', i] }));
  return claims
    .filter(
      (c): c is { kind: string; path: (string | number)[] } =>
        typeof c.kind === 'string' && isUrgentKind(c.kind) && !isUrgentRoute(slug, c.kind),
    )
    .map((c) => ({
      field: pathToString(c.path),
      path: c.path,
      message: `"${c.kind}" (${kindById.get(c.kind)?.label ?? c.kind}) would put this listing in the urgent box${c.kind === 'emergency' ? ' under "If you are in danger now, call 999"' : ' beside the Havens'}, which only the services named in seeds/urgent-routes.json may use. Choose another kind (for example helpline), or ask the maintainers to add this service to that list`,
    }));
}

/** A public listing whose text names a refuge or safe house and an address: a warning for reviewers. */
function safeHouseAddressWarnings(data: Service): { path: (string | number)[]; message: string }[] {
  return textLeaves(data)
    .filter(({ path }) => path[0] !== 'locations')
    .flatMap(({ path, text }) => {
      const [clue] = SAFE_HOUSE_WORDS.test(text) ? locationClues(text) : [];
      return clue
        ? [
            {
              path,
              message: `mentions a refuge or safe house and what looks like a ${clue.kind} ("${clue.text}"): if this is where a refuge or safe house is, remove it and set confidentialLocation: true`,
            },
          ]
        : [];
    });
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  // The nearest node that exists: for a missing field, the group it belongs in (never the
  // whole document, whose line 1 would say nothing useful).
  for (let depth = path.length; depth >= 1; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

// Building the schema is costly (enum lists, fuzzy matchers): one per distinct "today" and rule set.
const schemas = new Map<string, ReturnType<typeof createServiceSchema>>();
function schemaFor(today: string, allowExamples: boolean) {
  const key = `${today}|${String(allowExamples)}`;
  let schema = schemas.get(key);
  if (!schema) {
    schema = createServiceSchema({ today: () => today, allowExamples });
    schemas.set(key, schema);
  }
  return schema;
}

/** Check one listing's text. `file` is the path shown in messages; `slug` is its file name without .yaml. */
export function validateListingText(file: string, slug: string, text: string, options: ValidateOptions = {}): ListingResult {
  return checkRead(file, slug, () => parseListingText(text), options);
}

/** Check one listing file's bytes (the encoding is checked too). */
export function validateListingBytes(file: string, slug: string, bytes: Uint8Array, options: ValidateOptions = {}): ListingResult {
  return checkRead(file, slug, () => readListingBytes(bytes), options);
}

function checkRead(file: string, slug: string, read: () => ReadListing, options: ValidateOptions): ListingResult {
  const result: ListingResult = { file, slug, errors: [], warnings: [] };
  let skipped = 0;
  try {
    skipped = checkListing(result, read, options);
  } catch (e) {
    // No input may crash the run: whatever went wrong is one plain line naming the file.
    delete result.data;
    delete result.raw;
    result.errors.push({
      file,
      field: '',
      message: `could not be checked (${visible(e instanceof Error ? e.message : String(e)).slice(0, 120)}). Check the file for anything unusual, and ask the maintainers if it looks fine`,
    });
  }
  if (result.errors.length > MAX_PROBLEMS_PER_FILE || skipped > 0) {
    const more = Math.max(0, result.errors.length - MAX_PROBLEMS_PER_FILE) + skipped;
    result.errors = [
      ...result.errors.slice(0, MAX_PROBLEMS_PER_FILE),
      { file, field: '', message: `and ${more} more problem(s) in this file: fix the ones above first` },
    ];
  }
  return result;
}

/** Checks one listing into result; returns how many problems were left out to keep the output short. */
function checkListing(result: ListingResult, read: () => ReadListing, options: ValidateOptions): number {
  let skipped = 0;
  const { file, slug } = result;
  const today = options.today ?? todayInLondon();
  const error = (field: string, message: string, line?: number) =>
    result.errors.push(line === undefined ? { file, field, message } : { file, field, line, message });
  const enough = () => result.errors.length > MAX_PROBLEMS_PER_FILE;

  if (!SLUG.test(slug))
    error('', `the file name "${slug}${LISTING_EXTENSION}" must be lower-case words joined by hyphens: rename it to ${slugify(slug)}.yaml`);

  const listing = read();
  for (const p of listing.problems) error('', p.message, p.line);
  const { doc, counter, data: raw } = listing;
  if (!raw || !doc) return skipped;

  const schema = schemaFor(today, options.allowExamples === true);
  const parsed = schema.safeParse(raw, { error: defaultMessage });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      if (enough()) {
        skipped += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
        continue;
      }
      if (issue.code === 'unrecognized_keys') {
        const known = fieldNamesAt(schema, issue.path);
        for (const [i, key] of issue.keys.entries()) {
          if (enough()) {
            skipped += issue.keys.length - i;
            break;
          }
          const path = [...issue.path, key];
          const field = pathToString(path);
          const hint = suggest(key, known);
          error(
            field,
            `is not a field we know${hint ? `: did you mean "${hint}"?` : '.'} Fix the spelling or remove it. Known fields here: ${known.join(', ')}`,
            lineOf(doc, counter, path),
          );
        }
        continue;
      }
      const field = pathToString(issue.path);
      if (seen.has(field)) continue; // one message per field: the first is the one to fix
      seen.add(field);
      const message = issue.message.startsWith(NEEDS_EXAMPLE) ? issue.message.slice(1) + forExample(schema, issue.path) : issue.message;
      error(field, message, lineOf(doc, counter, issue.path));
    }
  }
  urgentKindProblems(slug, raw).forEach((p) => error(p.field, p.message, lineOf(doc, counter, p.path)));
  if (!parsed.success || result.errors.length > 0) return skipped;

  result.data = parsed.data;
  result.raw = raw;
  for (const w of safeHouseAddressWarnings(parsed.data))
    result.warnings.push({ file, field: pathToString(w.path), ...lineField(lineOf(doc, counter, w.path)), message: w.message });
  const lastVerified = parsed.data.verification.lastVerified;
  if (isStale(lastVerified, today)) {
    const line = lineOf(doc, counter, ['verification', 'lastVerified']);
    result.warnings.push({
      file,
      field: 'verification.lastVerified',
      ...(line === undefined ? {} : { line }),
      message: `last checked ${lastVerified}, ${Math.floor(daysBetween(lastVerified, today) / 30)} months ago: re-check it against its sources and update the date`,
    });
  }
  return skipped;
}

export interface DirectoryResult {
  listings: ListingResult[];
  /** Problems about the folder as a whole: stray files, duplicate names, broken references. */
  errors: Problem[];
  warnings: Problem[];
}

/** What kind of thing a name in the folder is, without following links. */
function entryKind(path: string): 'file' | 'folder' | 'link' | 'other' | 'unreadable' {
  try {
    const stat = lstatSync(path);
    return stat.isSymbolicLink() ? 'link' : stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'unreadable';
  }
}

const NOT_A_FILE: Record<string, string> = {
  folder:
    'is a folder, not a listing file: each listing is one file. Move what is inside it out, or rename the folder so it does not end in .yaml',
  link: 'is a link to another file: put the listing file itself here',
  other: 'is not an ordinary file: each listing is one plain text file',
  unreadable: 'cannot be read: check that it is an ordinary file',
};

/** Check every file in a listings folder, then the rules that need more than one file. */
export function validateDirectory(dir: string, options: ValidateOptions & { root?: string } = {}): DirectoryResult {
  const root = options.root ?? process.cwd();
  const show = (name: string) => relative(root, join(dir, name)) || name;
  const out: DirectoryResult = { listings: [], errors: [], warnings: [] };
  const names = readdirSync(dir).sort();

  for (const name of names) {
    if (name.endsWith(LISTING_EXTENSION)) {
      const slug = name.slice(0, -LISTING_EXTENSION.length);
      const kind = entryKind(join(dir, name));
      if (kind !== 'file') {
        out.errors.push({ file: show(name), field: '', message: NOT_A_FILE[kind] ?? (NOT_A_FILE['other'] as string) });
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(join(dir, name));
      } catch {
        out.errors.push({ file: show(name), field: '', message: NOT_A_FILE['unreadable'] as string });
        continue;
      }
      out.listings.push(validateListingBytes(show(name), slug, bytes, options));
    } else if (name.endsWith('.yml')) {
      out.errors.push({
        file: show(name),
        field: '',
        message: `listing files must end in .yaml, or the site will not load it: rename it to ${slugify(name.slice(0, -4))}.yaml`,
      });
    } else if (!name.startsWith('.')) {
      out.warnings.push({ file: show(name), field: '', message: 'is not a listing (.yaml) file and is ignored by the site' });
    }
  }

  crossFileChecks(out);
  return out;
}

/** The rules that need every listing: duplicate files and names, lookalikes, references. */
function crossFileChecks(out: DirectoryResult): void {
  const refuse = (listing: ListingResult, field: string, message: string) => {
    listing.errors.push({ file: listing.file, field, message });
    delete listing.data;
    delete listing.raw;
  };
  const bySlug = new Map<string, ListingResult>();
  for (const listing of out.listings) {
    const lower = listing.slug.toLowerCase();
    const twin = bySlug.get(lower);
    if (twin)
      out.errors.push({
        file: listing.file,
        field: '',
        message: `has the same name as ${twin.file}: each service needs its own file name`,
      });
    bySlug.set(lower, listing);
  }

  // Names, other names and organisations, by their lookalike key (src/lib/rules/lookalike.ts).
  type Seen = { listing: ListingResult; field: string; text: string; organisation: string };
  const names = new Map<string, Seen[]>();
  const organisations = new Map<string, Seen>();
  for (const listing of out.listings) {
    const data = listing.data;
    if (!data) continue;
    const own: Seen[] = [
      { listing, field: 'name', text: data.name, organisation: data.organisation },
      ...(data.alsoKnownAs ?? []).map((text, i) => ({
        listing,
        field: `alsoKnownAs[${String(i)}]`,
        text,
        organisation: data.organisation,
      })),
    ];
    let refused = false;
    for (const entry of own) {
      for (const prior of names.get(lookalikeKey(entry.text)) ?? []) {
        if (refused || (entry.field !== 'name' && prior.field !== 'name')) continue; // two services may share another name
        if (entry.text !== prior.text) {
          refuse(
            listing,
            entry.field,
            `"${entry.text}" looks the same as "${prior.text}" (${prior.field} of ${prior.listing.file}) but is written with different characters: use this service's own name, or edit ${prior.listing.file} instead`,
          );
          refused = true;
        } else if (
          entry.field === 'name' &&
          prior.field === 'name' &&
          lookalikeKey(entry.organisation) === lookalikeKey(prior.organisation)
        ) {
          refuse(
            listing,
            'name',
            `"${entry.text}" by ${entry.organisation} is already listed in ${prior.listing.file}: edit that file instead, or give this service a name that tells them apart`,
          );
          refused = true;
        }
      }
    }
    const orgKey = lookalikeKey(data.organisation);
    const sameOrg = organisations.get(orgKey);
    if (!refused && sameOrg && sameOrg.text !== data.organisation) {
      refuse(
        listing,
        'organisation',
        `"${data.organisation}" looks the same as "${sameOrg.text}" (organisation of ${sameOrg.listing.file}) but is written with different characters: write the organisation's name exactly as the other listings do`,
      );
      refused = true;
    }
    if (refused) continue;
    for (const entry of own) names.set(lookalikeKey(entry.text), [...(names.get(lookalikeKey(entry.text)) ?? []), entry]);
    if (!sameOrg) organisations.set(orgKey, { listing, field: 'organisation', text: data.organisation, organisation: data.organisation });
  }

  // The file name is the listing's web address: a new file may not borrow another listing's
  // (national-domestic-abuse-helpline-london.yaml for some other helpline).
  for (const listing of out.listings) {
    const data = listing.data;
    if (!data) continue;
    for (const other of out.listings) {
      const theirs = other.data;
      if (other === listing || !theirs || !`-${listing.slug}-`.includes(`-${other.slug}-`)) continue;
      if (lookalikeKey(theirs.organisation) === lookalikeKey(data.organisation)) continue; // the same organisation's own services
      refuse(
        listing,
        '',
        `the file name "${listing.slug}${LISTING_EXTENSION}" contains the file name of another listing (${other.file}, "${theirs.name}" by ${theirs.organisation}), and the file name becomes the web address, so it would pass for that service: name the file after this service, for example ${slugify(data.name)}${LISTING_EXTENSION}`,
      );
      break;
    }
  }

  for (const listing of out.listings) {
    listing.data?.access.alternatives?.forEach((alt, i) => {
      if (!bySlug.has(alt))
        out.errors.push({
          file: listing.file,
          field: `access.alternatives[${String(i)}]`,
          message: `"${alt}" is not a listing: write the file name of another listing, without .yaml`,
        });
    });
  }
}

export function allErrors(result: DirectoryResult): Problem[] {
  return [...result.errors, ...result.listings.flatMap((l) => l.errors)];
}

export function allWarnings(result: DirectoryResult): Problem[] {
  return [...result.warnings, ...result.listings.flatMap((l) => l.warnings)];
}
