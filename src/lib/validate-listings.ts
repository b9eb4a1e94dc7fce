// Checks listing files and explains every problem in one plain-English line:
//   content/services/x.yaml: contact.phones[0].number (line 12): "..." is not a valid UK phone number ...
// Used by `npm run validate`, by the build (src/integrations/listing-check.ts) and by the tests,
// so a bad listing can never reach the site silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import Fuse from 'fuse.js';
import type { z } from 'astro/zod';
import { createServiceSchema, fieldDocs, todayInLondon, type Service } from '../schemas/service.ts';
import { slugify } from './format.ts';
import { daysBetween, isStale } from './stale.ts';

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
}

export interface ValidateOptions {
  /** Today's date in London, YYYY-MM-DD; injectable so tests do not depend on the clock. */
  today?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.field}${p.line ? ` (line ${p.line})` : ''}: ` : p.line ? `line ${p.line}: ` : '';
  return `${p.file}: ${where}${p.message}`;
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function docKey(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? '[]' : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

function forExample(path: readonly PropertyKey[]): string {
  const d = fieldDocs[docKey(path)];
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
  return `"${String(value)}"`;
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

/** Child field names at a path of the schema, for "did you mean" on misspelt fields. */
function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (n: unknown): unknown => {
    let cur = n as { _zod?: { def?: Record<string, unknown> } };
    for (let guard = 0; guard < 10; guard++) {
      const def = cur._zod?.def;
      if (!def) break;
      if (def['type'] === 'optional' || def['type'] === 'nullable' || def['type'] === 'default') cur = def['innerType'] as typeof cur;
      else if (def['type'] === 'pipe') cur = def['in'] as typeof cur;
      else break;
    }
    return cur;
  };
  for (const key of path) {
    const def = (unwrap(node) as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (typeof key === 'number' && def['type'] === 'array') node = def['element'];
    else if (def['type'] === 'object') node = (def['shape'] as Record<string, unknown>)[String(key)];
    else return [];
    if (!node) return [];
  }
  const def = (unwrap(node) as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

function suggest(word: string, candidates: string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const [best] = new Fuse(candidates, { threshold: 0.45, ignoreLocation: true }).search(word);
  return best?.item;
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

// Building the schema is costly (enum lists, fuzzy matchers): one per distinct "today".
const schemas = new Map<string, ReturnType<typeof createServiceSchema>>();
function schemaFor(today: string) {
  let schema = schemas.get(today);
  if (!schema) {
    schema = createServiceSchema({ today: () => today });
    schemas.set(today, schema);
  }
  return schema;
}

/** Check one listing's text. `file` is the path shown in messages; `slug` is its file name without .yaml. */
export function validateListingText(file: string, slug: string, text: string, options: ValidateOptions = {}): ListingResult {
  const today = options.today ?? todayInLondon();
  const result: ListingResult = { file, slug, errors: [], warnings: [] };
  const error = (field: string, message: string, line?: number) =>
    result.errors.push(line === undefined ? { file, field, message } : { file, field, line, message });

  if (!SLUG.test(slug))
    error('', `the file name "${slug}${LISTING_EXTENSION}" must be lower-case words joined by hyphens: rename it to ${slugify(slug)}.yaml`);

  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const [syntaxError] = doc.errors;
  if (syntaxError) {
    const line = counter.linePos(syntaxError.pos[0]).line;
    const reason = syntaxError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'the YAML cannot be read';
    error('', `the file is not valid YAML (${reason}). Check the indentation, colons and quotes on or near this line`, line);
    return result;
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    error('', 'the file must be a set of fields such as "name: ...", one per line');
    return result;
  }

  const schema = schemaFor(today);
  const parsed = schema.safeParse(raw, { error: defaultMessage });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const known = fieldNamesAt(schema, issue.path);
        for (const key of issue.keys) {
          const path = [...issue.path, key];
          const field = pathToString(path);
          const hint = suggest(key, known);
          error(field, `is not a field we know${hint ? `: did you mean "${hint}"?` : '.'} Fix the spelling or remove it. Known fields here: ${known.join(', ')}`, lineOf(doc, counter, path));
        }
        continue;
      }
      const field = pathToString(issue.path);
      if (seen.has(field)) continue; // one message per field: the first is the one to fix
      seen.add(field);
      const message = issue.message.startsWith(NEEDS_EXAMPLE) ? issue.message.slice(1) + forExample(issue.path) : issue.message;
      error(field, message, lineOf(doc, counter, issue.path));
    }
    return result;
  }

  result.data = parsed.data;
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
  return result;
}

export interface DirectoryResult {
  listings: ListingResult[];
  /** Problems about the folder as a whole: stray files, duplicate names, broken references. */
  errors: Problem[];
  warnings: Problem[];
}

/** Check every file in a listings folder, then the rules that need more than one file. */
export function validateDirectory(dir: string, options: ValidateOptions & { root?: string } = {}): DirectoryResult {
  const root = options.root ?? process.cwd();
  const show = (name: string) => relative(root, join(dir, name)) || name;
  const out: DirectoryResult = { listings: [], errors: [], warnings: [] };
  const names = readdirSync(dir).sort();

  for (const name of names) {
    if (name.endsWith(LISTING_EXTENSION)) {
      const slug = name.slice(0, -LISTING_EXTENSION.length);
      out.listings.push(validateListingText(show(name), slug, readFileSync(join(dir, name), 'utf8'), options));
    } else if (name.endsWith('.yml')) {
      out.errors.push({ file: show(name), field: '', message: `listing files must end in .yaml, or the site will not load it: rename it to ${slugify(name.slice(0, -4))}.yaml` });
    } else if (!name.startsWith('.')) {
      out.warnings.push({ file: show(name), field: '', message: 'is not a listing (.yaml) file and is ignored by the site' });
    }
  }

  const bySlug = new Map<string, ListingResult>();
  const byName = new Map<string, ListingResult>();
  for (const listing of out.listings) {
    const lower = listing.slug.toLowerCase();
    const twin = bySlug.get(lower);
    if (twin) out.errors.push({ file: listing.file, field: '', message: `has the same name as ${twin.file}: each service needs its own file name` });
    bySlug.set(lower, listing);
    const data = listing.data;
    if (!data) continue;
    const key = `${data.name.toLowerCase()}|${data.organisation.toLowerCase()}`;
    const sameName = byName.get(key);
    if (sameName)
      out.errors.push({ file: listing.file, field: 'name', message: `"${data.name}" by ${data.organisation} is already listed in ${sameName.file}: edit that file instead, or give this service a name that tells them apart` });
    byName.set(key, listing);
  }
  for (const listing of out.listings) {
    listing.data?.access.alternatives?.forEach((alt, i) => {
      if (!bySlug.has(alt))
        out.errors.push({ file: listing.file, field: `access.alternatives[${String(i)}]`, message: `"${alt}" is not a listing: write the file name of another listing, without .yaml` });
    });
  }
  return out;
}

export function allErrors(result: DirectoryResult): Problem[] {
  return [...result.errors, ...result.listings.flatMap((l) => l.errors)];
}

export function allWarnings(result: DirectoryResult): Problem[] {
  return [...result.warnings, ...result.listings.flatMap((l) => l.warnings)];
}
