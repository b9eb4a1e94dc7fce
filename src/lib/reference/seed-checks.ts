// `npm run validate` on seeds/: every file against its schema (seed-schemas.ts), then the rules
// that join files: every id a file names exists where it is defined, every listing a file names
// exists in content/services/. One plain line per problem, naming the file, the entry and what to
// write instead. Reads the files itself (never through seeds.ts, which stops at the first broken
// file) and takes what lies above this layer (listing file names, the needs worked out from
// listings) from its caller.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { checkSeed, entryName, type SeedProblem } from './seed-problems.ts';
import { SEED_SCHEMAS, type SeedData, type SeedFile } from './seed-schemas.ts';

/**
 * Where JSON.parse stopped, from its message, as a line number; and the reason without the quoted
 * text (which may hold line breaks). V8 gives "... at position N", or for an unexpected character
 * a snippet of up to 10 characters either side of it.
 */
export function jsonError(text: string, message: string): { line?: number; reason: string } {
  const lineAt = (pos: number) => text.slice(0, pos).split('\n').length;
  const at = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (at) return { line: lineAt(Number(at[2])), reason: at[1] as string };
  const token = /^(Unexpected token '.*?'), ("|\.\.\.")([\s\S]*)("|"\.\.\.) is not valid JSON$/.exec(message);
  if (token) {
    const [, reason, open, snippet, close] = token as unknown as [string, string, string, string, string];
    const start = text.indexOf(snippet);
    if (start >= 0) return { line: lineAt(open === '..."' ? start + 10 : close === '"...' ? start + snippet.length - 10 : start), reason };
    return { reason };
  }
  return { reason: message.split('\n')[0] as string };
}

export interface SeedFilesResult {
  seeds: SeedData;
  problems: SeedProblem[];
}

/** Read and check every .json file in a seeds folder against its schema. */
export function checkSeedFiles(dir = 'seeds'): SeedFilesResult {
  const seeds: SeedData = {};
  const problems: SeedProblem[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const file = `${dir.replace(/\/$/, '')}/${name}`;
    if (!(name in SEED_SCHEMAS)) {
      problems.push({
        file,
        where: '',
        message: 'has no schema, so nothing checks it: add one to SEED_SCHEMAS in src/lib/reference/seed-schemas.ts',
      });
      continue;
    }
    let data: unknown;
    const text = readFileSync(join(dir, name), 'utf8');
    try {
      data = JSON.parse(text);
    } catch (e) {
      const { line, reason } = jsonError(text, e instanceof Error ? e.message : String(e));
      problems.push({
        file,
        where: line ? `line ${line}` : '',
        message: `is not valid JSON (${reason}): check the commas, quotes and brackets there. A comma after the last item of a list is not allowed`,
      });
      continue;
    }
    const result = checkSeed(name as SeedFile, data, file);
    problems.push(...result.problems);
    if (result.data) (seeds as Record<string, unknown>)[name] = result.data;
  }
  return { seeds, problems };
}

export interface SeedContext {
  /** File names of the listings in content/services/, without .yaml. */
  listingSlugs: string[];
  /** Needs worked out from listings rather than listed (DERIVED_NEEDS in src/lib/domain/services.ts). */
  derivedNeeds: string[];
  /** The organisation each valid listing names. */
  listingOrganisations: string[];
}

export interface SeedCrossResult {
  errors: SeedProblem[];
  warnings: SeedProblem[];
}

/** The rules that join seed files to each other and to the listings. */
export function crossCheckSeeds(seeds: SeedData, context: SeedContext, dir = 'seeds'): SeedCrossResult {
  const out: SeedCrossResult = { errors: [], warnings: [] };
  const problem = (name: SeedFile, where: string, message: string) => out.errors.push({ file: `${dir}/${name}`, where, message });

  const vocabulary = (values: string[] | undefined, what: string, instead: string) => ({
    values: new Set(values ?? []),
    fuzzy: new Fuse(values ?? [], { threshold: 0.3 }),
    what,
    instead,
  });
  type Vocabulary = ReturnType<typeof vocabulary>;
  const crime = vocabulary(
    seeds['crime-types.json']?.map((c) => c.id),
    'crime type',
    'an id from seeds/crime-types.json',
  );
  const kinds = vocabulary(
    seeds['service-kinds.json']?.map((k) => k.id),
    'kind of service',
    'an id from seeds/service-kinds.json',
  );
  const groups = vocabulary(
    seeds['groups.json']?.map((g) => g.id),
    'group',
    'an id from seeds/groups.json',
  );
  const needs = vocabulary(
    [...(seeds['needs.json']?.map((n) => n.id) ?? []), ...context.derivedNeeds],
    'need',
    `an id from seeds/needs.json${context.derivedNeeds.length ? ` or one worked out from listings (${context.derivedNeeds.join(', ')})` : ''}`,
  );
  const topics = vocabulary(
    seeds['search-ranking.json']?.topics.map((t) => t.id),
    'topic',
    'an id from the topics in seeds/search-ranking.json',
  );
  const listings = vocabulary(context.listingSlugs, 'listing in content/services/', 'the file name of a listing, without .yaml');
  const languages = vocabulary(
    seeds['languages.json']?.map((l) => l.name),
    'language in seeds/languages.json',
    'its English name as written there',
  );

  /** Each value must be in the vocabulary (checked only when the file that defines it could be read). */
  const expect = (name: SeedFile, where: string, values: readonly (string | undefined)[] | undefined, vocab: Vocabulary) => {
    if (vocab.values.size === 0) return;
    for (const value of values ?? []) {
      if (value === undefined || vocab.values.has(value)) continue;
      const guess = vocab.fuzzy.search(value)[0]?.item;
      problem(
        name,
        where,
        `"${value}" is not a ${vocab.what}: write ${guess ? `"${guess}" if that is what you mean, or ` : ''}${vocab.instead}`,
      );
    }
  };
  const each = <T>(list: readonly T[] | undefined, check: (entry: T, where: string) => void) =>
    list?.forEach((entry, i) => check(entry, entryName(entry, i)));

  // Crime types: a sub-type's parent is a top-level type in the same file.
  const crimeTypes = seeds['crime-types.json'];
  each(crimeTypes, (c, where) => {
    const parent = crimeTypes?.find((p) => p.id === c.parent);
    if (c.parent !== undefined && (!parent || parent.parent !== undefined || parent.id === c.id))
      problem(
        'crime-types.json',
        `${where}, parent`,
        `"${c.parent}" is not a top-level crime type in this file: write the id of one without a parent, such as ${crimeTypes?.find((p) => !p.parent)?.id ?? 'domestic-abuse'}`,
      );
  });

  // Boroughs: each region is one of the Rape Crisis regions.
  const regions = new Set(seeds['rape-crisis-regions.json']?.map((r) => r.id));
  if (regions.size > 0)
    each(seeds['boroughs.json'], (b, where) => {
      if (b.rapeCrisisRegion !== null && !regions.has(b.rapeCrisisRegion))
        problem(
          'boroughs.json',
          `${where}, rapeCrisisRegion`,
          `"${b.rapeCrisisRegion}" is not in seeds/rape-crisis-regions.json: write one of ${[...regions].join(', ')}, or null`,
        );
    });

  // Needs: an id may not also be a need worked out from listings (both would be /needs/<id>/).
  each(seeds['needs.json'], (n, where) => {
    if (context.derivedNeeds.includes(n.id))
      problem(
        'needs.json',
        `${where}, id`,
        `"${n.id}" is also a need the site works out from listings (DERIVED_NEEDS in src/lib/domain/services.ts): choose another id`,
      );
  });

  // The listings a seed names exist; urgent routes use urgent kinds.
  const urgentKinds = seeds['service-kinds.json']?.filter((k) => k.urgent).map((k) => k.id) ?? [];
  each(seeds['urgent-routes.json'], (r, where) => {
    expect('urgent-routes.json', `${where}, id`, [r.id], listings);
    if (urgentKinds.length > 0 && !urgentKinds.includes(r.kind))
      problem(
        'urgent-routes.json',
        `${where}, kind`,
        `"${r.kind}" is not an urgent kind in seeds/service-kinds.json: write ${urgentKinds.join(' or ')}`,
      );
  });
  each(seeds['link-rules.json']?.shortenedSourcesAllowed, (s, where) =>
    expect('link-rules.json', `shortenedSourcesAllowed, ${where}, listing`, [s.listing], listings),
  );

  // Search words and ranking: every id they name exists.
  each(seeds['synonyms.json'], (s, where) => {
    expect('synonyms.json', `${where}, crimeTypes`, s.crimeTypes, crime);
    expect('synonyms.json', `${where}, kinds`, s.kinds, kinds);
    expect('synonyms.json', `${where}, groups`, s.groups, groups);
    expect('synonyms.json', `${where}, needs`, s.needs, needs);
    expect('synonyms.json', `${where}, topics`, s.topics, topics);
  });
  const ranking = seeds['search-ranking.json'];
  if (ranking) {
    expect('search-ranking.json', 'audienceGroups', ranking.audienceGroups, groups);
    for (const [need, group] of Object.entries(ranking.needGroups)) {
      expect('search-ranking.json', `needGroups, ${need}`, [need], needs);
      expect('search-ranking.json', `needGroups, ${need}`, [group], groups);
    }
    each(ranking.groupsByAge, (g, where) => expect('search-ranking.json', `groupsByAge, ${where}`, [g.group], groups));
    each(ranking.leads, (l, where) => {
      const at = `leads, ${where}`;
      expect('search-ranking.json', `${at}, crimeTypes`, l.crimeTypes, crime);
      expect('search-ranking.json', `${at}, kind`, [l.kind], kinds);
      expect('search-ranking.json', `${at}, group`, [l.group], groups);
      expect('search-ranking.json', `${at}, topic`, [l.topic], topics);
      expect('search-ranking.json', `${at}, services`, l.services, listings);
    });
  }
  each(seeds['language-names.json'], (l, where) => {
    expect('language-names.json', `${where}, language`, [l.language], languages);
    expect('language-names.json', `${where}, groups`, l.groups, groups);
  });

  // Organisations: one entry per spelling; an entry no listing names is reported for tidying.
  const spelling = new Map<string, string>();
  each(seeds['organisations.json'], (o, where) => {
    for (const name of [o.name, ...(o.listingNames ?? [])]) {
      const other = spelling.get(name);
      if (other !== undefined && other !== o.name)
        problem('organisations.json', where, `"${name}" is also written under "${other}": give each spelling to one organisation only`);
      spelling.set(name, o.name);
    }
    if (
      context.listingOrganisations.length > 0 &&
      ![o.name, ...(o.listingNames ?? [])].some((n) => context.listingOrganisations.includes(n))
    )
      out.warnings.push({
        file: `${dir}/organisations.json`,
        where,
        message: 'no listing names this organisation: remove the entry, or add the spelling the listing uses to listingNames',
      });
  });

  // Geography: districts and boundaries use the boroughs' ONS codes, and every borough has a boundary.
  const codes = new Set(seeds['boroughs.json']?.map((b) => b.code));
  if (codes.size > 0) {
    each(seeds['postcode-districts.json'], (d, where) => {
      for (const b of d.boroughs)
        if (!codes.has(b.code))
          problem(
            'postcode-districts.json',
            `${where}, boroughs`,
            `"${b.code}" (${b.name}) is not a borough code in seeds/boroughs.json: check the code, or move the entry to "outside"`,
          );
    });
    const features = seeds['borough-boundaries.geo.json']?.features;
    each(features, (f, where) => {
      if (!codes.has(f.id))
        problem(
          'borough-boundaries.geo.json',
          `features, ${where}`,
          `"${f.id}" is not a borough code in seeds/boroughs.json: check the code`,
        );
    });
    if (features)
      for (const b of seeds['boroughs.json'] ?? [])
        if (!features.some((f) => f.id === b.code))
          problem(
            'borough-boundaries.geo.json',
            'features',
            `there is no boundary for ${b.name} (${b.code}): add its feature, with id "${b.code}"`,
          );
  }
  return out;
}
