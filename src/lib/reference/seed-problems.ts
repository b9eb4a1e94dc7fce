// Reading a seed file through its schema (seed-schemas.ts), and its problems in plain words: one
// line per problem, naming the file, the entry (by its position and the field that tells it
// apart) and what to write instead.
import type { z } from 'astro/zod';
import { SEED_SCHEMAS, type SeedData, type SeedFile } from './seed-schemas.ts';

export interface SeedProblem {
  /** seeds/boroughs.json */
  file: string;
  /** Which entry and field, e.g. 'entry 3 (slug "barnet"), rapeCrisisRegion'; empty for the whole file. */
  where: string;
  message: string;
}

export function formatSeedProblem(p: SeedProblem): string {
  return `${p.file}: ${p.where ? `${p.where}: ` : ''}${p.message}`;
}

const NAMING_KEYS = ['id', 'slug', 'name', 'language', 'district', 'number', 'prefix', 'from', 'group', 'url', 'topic', 'kind'];

/** How an entry is named in a message: its position, and the field that tells it apart. */
export function entryName(entry: unknown, index: number): string {
  const fields = entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {};
  const key = NAMING_KEYS.find((k) => typeof fields[k] === 'string' || typeof fields[k] === 'number');
  const terms = fields['terms'];
  const label = key
    ? `${key} "${String(fields[key])}"`
    : Array.isArray(terms) && typeof terms[0] === 'string'
      ? `"${terms[0]}"`
      : undefined;
  return `entry ${index + 1}${label ? ` (${label})` : ''}`;
}

/** A path inside a seed file in words: entry 3 (slug "barnet"), rapeCrisisRegion. */
export function whereIn(data: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let node = data;
  path.forEach((key, i) => {
    const item = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    if (typeof key === 'number') parts.push(i === path.length - 1 && typeof item !== 'object' ? `item ${key + 1}` : entryName(item, key));
    else parts.push(String(key));
    node = item;
  });
  return parts.join(', ').replace(/, item /g, ' item ');
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'a group of fields in { }',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return typeof value === 'string'
    ? `"${value.slice(0, 60)}"`
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : typeof value;
}

function seedMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'is missing: add it'
        : `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `${describeValue(issue.input)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
}

/** Check one seed file's data against its schema: the typed data, or one problem per mistake. */
export function checkSeed<F extends SeedFile>(
  file: F,
  data: unknown,
  shownAs = `seeds/${file}`,
): { data?: NonNullable<SeedData[F]>; problems: SeedProblem[] } {
  const result = SEED_SCHEMAS[file].safeParse(data, { error: seedMessage });
  if (result.success) return { data: result.data as NonNullable<SeedData[F]>, problems: [] };
  const problems = result.error.issues.flatMap((issue): SeedProblem[] =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          file: shownAs,
          where: whereIn(data, [...issue.path, key]),
          message: 'is not a field this file uses: fix the spelling or remove it',
        }))
      : [{ file: shownAs, where: whereIn(data, issue.path), message: issue.message }],
  );
  return { problems };
}

/** For seeds.ts: the checked data, or an error naming the first problems (run `npm run validate` for all). */
export function parseSeed<F extends SeedFile>(file: F, data: unknown): NonNullable<SeedData[F]> {
  const { data: parsed, problems } = checkSeed(file, data);
  if (parsed) return parsed;
  throw new Error(`${problems.slice(0, 3).map(formatSeedProblem).join('\n')}\nRun npm run validate to see every problem in seeds/.`);
}
