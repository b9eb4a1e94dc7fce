// seeds/*.json checked like listings (CONTRIBUTING invites edits to them): each file against its
// own schema, then the rules that join the files to each other and to the listings. A broken seed
// of each kind gives one plain line naming the file, the entry and what to write instead; and
// `npm run validate` stops on it with exit code 1, never a stack trace.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_NEEDS } from '../../src/lib/domain/services.ts';
import { validateDirectory } from '../../src/lib/listing/validate.ts';
import { checkSeedFiles, crossCheckSeeds, type SeedContext } from '../../src/lib/reference/seed-checks.ts';
import { checkSeed, formatSeedProblem } from '../../src/lib/reference/seed-problems.ts';
import { SEED_SCHEMAS } from '../../src/lib/reference/seed-schemas.ts';

const listings = validateDirectory('content/services');
const CONTEXT: SeedContext = {
  listingSlugs: readdirSync('content/services')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5)),
  derivedNeeds: DERIVED_NEEDS.map((n) => n.id),
  listingOrganisations: listings.listings.flatMap((l) => (l.data ? [l.data.organisation] : [])),
};

type Json = Record<string, unknown> & Record<number, unknown>;

/** A copy of seeds/ with one file changed (or added); the lines the checks print for it, with the folder shown as seeds/. */
function linesFor(file: string, change: (data: Json) => unknown, options: { raw?: string } = {}): { errors: string[]; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync('seeds', dir, { recursive: true });
  const path = join(dir, file);
  if (options.raw !== undefined) writeFileSync(path, options.raw);
  else {
    const before = (file in SEED_SCHEMAS && readdirSync('seeds').includes(file) ? JSON.parse(readFileSync(path, 'utf8')) : {}) as Json;
    writeFileSync(path, JSON.stringify(change(before), null, 1));
  }
  const show = (lines: { file: string; where: string; message: string }[]) => lines.map((p) => formatSeedProblem(p).replace(dir, 'seeds'));
  const files = checkSeedFiles(dir);
  if (files.problems.length > 0) return { errors: show(files.problems), warnings: [] };
  const cross = crossCheckSeeds(files.seeds, CONTEXT, dir);
  return { errors: show(cross.errors), warnings: show(cross.warnings) };
}

const list = (data: Json) => data as unknown as Json[];
const edit = <T>(items: T[], match: (item: T) => boolean, fields: Partial<T> | ((item: T) => T)) =>
  items.map((item) => (match(item) ? (typeof fields === 'function' ? fields(item) : { ...item, ...fields }) : item));

describe('the shipped seeds', () => {
  it('every file has a schema and passes it', () => {
    expect(checkSeedFiles('seeds').problems.map(formatSeedProblem)).toEqual([]);
  });

  it('pass the rules that join them to each other and to the listings', () => {
    const cross = crossCheckSeeds(checkSeedFiles('seeds').seeds, CONTEXT);
    expect([...cross.errors, ...cross.warnings].map(formatSeedProblem)).toEqual([]);
  });
});

describe('a broken seed file gives one plain line per problem', () => {
  it.each<[string, string, (data: Json) => unknown, string[]]>([
    [
      'a missing field',
      'boroughs.json',
      (d) =>
        edit(
          list(d),
          (b) => b['slug'] === 'barnet',
          ({ slug: _slug, ...rest }) => rest,
        ),
      ['seeds/boroughs.json: entry 3 (name "Barnet"), slug: is missing: add it'],
    ],
    [
      'a wrong kind of value',
      'service-kinds.json',
      (d) => edit(list(d), (k) => k['id'] === 'sarc', { urgent: 'yes' }),
      ['seeds/service-kinds.json: entry 2 (id "sarc"), urgent: should be true or false, not "yes"'],
    ],
    [
      'a misspelt field',
      'needs.json',
      (d) => edit(list(d), (n) => n['id'] === 'bsl', { lable: 'BSL' }),
      ['seeds/needs.json: entry 2 (id "bsl"), lable: is not a field this file uses: fix the spelling or remove it'],
    ],
    [
      'an id in capitals',
      'groups.json',
      (d) => edit(list(d), (g) => g['id'] === 'migrant', { id: 'Migrant Women' }),
      [
        expect.stringMatching(
          /^seeds\/groups\.json: entry \d+ \(id "Migrant Women"\), id: must be lower-case words joined by hyphens, like tower-hamlets$/,
        ),
      ],
    ],
    [
      'an id twice',
      'needs.json',
      (d) => [...list(d), { ...list(d)[0], label: 'Another label' }],
      [
        expect.stringMatching(
          /^seeds\/needs\.json: entry 19 \(id "interpreters"\), id: "interpreters" is also the id of entry 1: each id may appear once\. Merge the two entries or change one$/,
        ),
      ],
    ],
    [
      'a region that does not exist',
      'boroughs.json',
      (d) => edit(list(d), (b) => b['slug'] === 'barnet', { rapeCrisisRegion: 'nort' }),
      ['seeds/boroughs.json: entry 3 (slug "barnet"), rapeCrisisRegion: must be one of north, south, east, west'],
    ],
    [
      'an age band upside down',
      'age-groups.json',
      (d) => edit(list(d), (a) => a['id'] === '13-15', { min: 15, max: 13 }),
      ['seeds/age-groups.json: entry 2 (id "13-15"): min is above max: check the two ages'],
    ],
    [
      'a drama range the wrong way round',
      'drama-numbers.json',
      (d) => edit(list(d), (r) => r['area'] === 'Leeds', { to: '01134950000' }),
      [
        'seeds/drama-numbers.json: entry 1 (from "01134960000"): from and to must have the same number of digits, from the lower: check both numbers',
      ],
    ],
    [
      'a short number without "free"',
      'short-numbers.json',
      (d) =>
        edit(
          list(d),
          (n) => n['number'] === '101',
          ({ free: _free, ...rest }) => rest,
        ),
      ['seeds/short-numbers.json: entry 3 (number "101"), free: is missing: add it'],
    ],
    [
      'a stale number in words',
      'stale-numbers.json',
      (d) => edit(list(d), () => true, { number: 'the old helpline' }).slice(0, 1),
      [
        'seeds/stale-numbers.json: entry 1 (number "the old helpline"), number: must be the number written as digits and spaces, like "0808 2000 247"',
      ],
    ],
    [
      'an organisation website over http',
      'organisations.json',
      (d) => edit(list(d), (o) => o['name'] === 'Advance', { website: 'http://www.advancecharity.org.uk/' }),
      ['seeds/organisations.json: entry 1 (name "Advance"), website: must be a full web address starting https://'],
    ],
    [
      'a postcode district in lower case',
      'postcode-districts.json',
      (d) => edit(list(d), (p) => p['district'] === 'BR1', { district: 'br1' }),
      ['seeds/postcode-districts.json: entry 1 (district "br1"), district: must be a postcode district in capitals, like SE5'],
    ],
    [
      'a synonym with no words',
      'synonyms.json',
      (d) => edit(list(d), () => true, { terms: [] }).slice(0, 1),
      [expect.stringMatching(/^seeds\/synonyms\.json: entry 1.*, terms: is an empty list: write at least one word or phrase$/)],
    ],
    [
      'a list that is empty',
      'urgent-routes.json',
      () => [],
      ['seeds/urgent-routes.json: is an empty list: the site needs at least one entry'],
    ],
    [
      'link rules with a field missing',
      'link-rules.json',
      ({ shorteners: _s, ...rest }) => rest,
      ['seeds/link-rules.json: shorteners: is missing: add it'],
    ],
    [
      'a boundary that is not a polygon',
      'borough-boundaries.geo.json',
      (d) => ({
        ...d,
        features: (d['features'] as Json[]).map((f, i) => (i === 0 ? { ...f, geometry: { type: 'Point', coordinates: [0, 51] } } : f)),
      }),
      [
        'seeds/borough-boundaries.geo.json: features, entry 1 (id "E09000001"), geometry, type: "Point" is not one of: Polygon, MultiPolygon',
      ],
    ],
    [
      'a file with no schema',
      'helplines.json',
      () => [{ name: 'x' }],
      ['seeds/helplines.json: has no schema, so nothing checks it: add one to SEED_SCHEMAS in src/lib/reference/seed-schemas.ts'],
    ],
  ])('%s (%s)', (_what, file, change, expected) => {
    expect(linesFor(file, change).errors).toEqual(expected);
  });

  it('a file that is not valid JSON (a trailing comma)', () => {
    const text = readFileSync('seeds/rape-crisis-regions.json', 'utf8').replace(/\}\s*\]\s*$/, '},\n]\n');
    expect(linesFor('rape-crisis-regions.json', () => null, { raw: text }).errors).toEqual([
      "seeds/rape-crisis-regions.json: line 6: is not valid JSON (Unexpected token ']'): check the commas, quotes and brackets there. A comma after the last item of a list is not allowed",
    ]);
  });
});

describe('the rules that join the seed files', () => {
  it.each<[string, string, (data: Json) => unknown, string[]]>([
    [
      'a parent that is not a crime type',
      'crime-types.json',
      (d) => edit(list(d), (c) => c['id'] === 'economic-abuse', { parent: 'domestic-abus' }),
      [
        'seeds/crime-types.json: entry 2 (id "economic-abuse"), parent: "domestic-abus" is not a top-level crime type in this file: write the id of one without a parent, such as domestic-abuse',
      ],
    ],
    [
      'a parent that is itself a sub-type',
      'crime-types.json',
      (d) => edit(list(d), (c) => c['id'] === 'familial-abuse', { parent: 'economic-abuse' }),
      [
        'seeds/crime-types.json: entry 3 (id "familial-abuse"), parent: "economic-abuse" is not a top-level crime type in this file: write the id of one without a parent, such as domestic-abuse',
      ],
    ],
    [
      'a region missing from rape-crisis-regions.json',
      'rape-crisis-regions.json',
      (d) => list(d).filter((r) => r['id'] !== 'west'),
      (JSON.parse(readFileSync('seeds/boroughs.json', 'utf8')) as Json[]).flatMap((b, i) =>
        b['rapeCrisisRegion'] === 'west'
          ? [
              `seeds/boroughs.json: entry ${i + 1} (slug "${String(b['slug'])}"), rapeCrisisRegion: "west" is not in seeds/rape-crisis-regions.json: write one of north, south, east, or null`,
            ]
          : [],
      ),
    ],
    [
      'a need with the id of a need worked out from listings',
      'needs.json',
      (d) => [...list(d), { id: 'free-to-call', label: 'Free calls', definition: 'Calls cost nothing from landlines and mobiles.' }],
      [
        'seeds/needs.json: entry 19 (id "free-to-call"), id: "free-to-call" is also a need the site works out from listings (DERIVED_NEEDS in src/lib/domain/services.ts): choose another id',
      ],
    ],
    [
      'an urgent route to a listing that does not exist',
      'urgent-routes.json',
      (d) => edit(list(d), (r) => r['id'] === 'the-havens', { id: 'the-haven' }),
      [
        'seeds/urgent-routes.json: entry 2 (id "the-haven"), id: "the-haven" is not a listing in content/services/: write "the-havens" if that is what you mean, or the file name of a listing, without .yaml',
      ],
    ],
    [
      'an urgent route with a kind that is not urgent',
      'urgent-routes.json',
      (d) => edit(list(d), (r) => r['id'] === 'the-havens', { kind: 'helpline' }),
      [
        'seeds/urgent-routes.json: entry 2 (id "the-havens"), kind: "helpline" is not an urgent kind in seeds/service-kinds.json: write emergency or sarc',
      ],
    ],
    [
      'a kept short link for a listing that does not exist',
      'link-rules.json',
      (d) => ({ ...d, shortenedSourcesAllowed: [{ url: 'https://is.gd/abc', listing: 'no-such-listing', reason: 'Kept for now.' }] }),
      [
        expect.stringMatching(
          /^seeds\/link-rules\.json: shortenedSourcesAllowed, entry 1 \(url "https:\/\/is\.gd\/abc"\), listing: "no-such-listing" is not a listing in content\/services\/: write .*the file name of a listing, without \.yaml$/,
        ),
      ],
    ],
    [
      'synonyms naming unknown ids',
      'synonyms.json',
      (d) => [
        {
          terms: ['test words'],
          crimeTypes: ['stalkng'],
          kinds: ['helpline', 'hotline'],
          groups: ['migrants'],
          needs: ['no-police-report', 'wheelchair'],
        },
        ...list(d),
      ],
      [
        'seeds/synonyms.json: entry 1 ("test words"), crimeTypes: "stalkng" is not a crime type: write "stalking" if that is what you mean, or an id from seeds/crime-types.json',
        'seeds/synonyms.json: entry 1 ("test words"), kinds: "hotline" is not a kind of service: write an id from seeds/service-kinds.json',
        'seeds/synonyms.json: entry 1 ("test words"), groups: "migrants" is not a group: write "migrant" if that is what you mean, or an id from seeds/groups.json',
        'seeds/synonyms.json: entry 1 ("test words"), needs: "wheelchair" is not a need: write an id from seeds/needs.json or one worked out from listings (no-police-report, self-referral, free-to-call, open-24-7)',
      ],
    ],
    [
      'one spelling under two organisations',
      'organisations.json',
      (d) => edit(list(d), (o) => o['name'] === 'Ashiana Network', { listingNames: ['Advance'] }),
      [
        expect.stringMatching(
          /^seeds\/organisations\.json: entry \d+ \(name "Ashiana Network"\): "Advance" is also written under "Advance": give each spelling to one organisation only$/,
        ),
      ],
    ],
    [
      'a postcode district in a borough that does not exist',
      'postcode-districts.json',
      (d) =>
        edit(
          list(d),
          (p) => p['district'] === 'BR2',
          (p) => ({ ...p, boroughs: [{ code: 'E09000099', name: 'Nowhere', share: 1, popShare: 1 }] }),
        ),
      [
        'seeds/postcode-districts.json: entry 2 (district "BR2"), boroughs: "E09000099" (Nowhere) is not a borough code in seeds/boroughs.json: check the code, or move the entry to "outside"',
      ],
    ],
    [
      'a borough without a boundary',
      'borough-boundaries.geo.json',
      (d) => ({ ...d, features: (d['features'] as Json[]).filter((f) => f['id'] !== 'E09000012') }),
      ['seeds/borough-boundaries.geo.json: features: there is no boundary for Hackney (E09000012): add its feature, with id "E09000012"'],
    ],
  ])('%s', (_what, file, change, expected) => {
    expect(linesFor(file, change).errors).toEqual(expected);
  });

  it('an organisation no listing names is a warning, not an error', () => {
    const lines = linesFor('organisations.json', (d) => [
      ...list(d),
      { name: 'Closed Charity', website: 'https://www.closed-charity.org.uk/' },
    ]);
    expect(lines.errors).toEqual([]);
    expect(lines.warnings).toEqual([
      'seeds/organisations.json: entry 85 (name "Closed Charity"): no listing names this organisation: remove the entry, or add the spelling the listing uses to listingNames',
    ]);
  });

  // The search-ranking work adds seeds/search-ranking.json and seeds/language-names.json; their
  // schemas and rules are ready for them (samples in the shape that work uses).
  const ranking = {
    definition: 'Which services lead for a harm, a kind of help, a group or a topic.',
    audienceGroups: ['friends-family'],
    needGroups: { bsl: 'deaf' },
    groupsByAge: [{ group: 'young-people', max: 17, servicesUpTo: 25 }],
    // The topics the shipped synonyms name, so the cross-check below sees a consistent pair.
    topics: (JSON.parse(readFileSync('seeds/search-ranking.json', 'utf8')) as { topics: { id: string }[] }).topics,
    leads: [
      { crimeTypes: ['domestic-abuse'], services: ['national-domestic-abuse-helpline'], why: 'The 24-hour line.' },
      { topic: 'crisis', services: ['samaritans'], why: 'Samaritans, 24 hours.' },
    ],
  };

  it('search ranking: a sample in the shape the ranking work uses passes', () => {
    const result = checkSeed('search-ranking.json', ranking);
    expect(result.problems).toEqual([]);
    const cross = crossCheckSeeds(
      { ...checkSeedFiles('seeds').seeds, 'search-ranking.json': result.data },
      { ...CONTEXT, listingSlugs: [...CONTEXT.listingSlugs, 'samaritans'] },
    );
    expect(cross.errors.map(formatSeedProblem).filter((l) => !/groups/.test(l))).toEqual([]);
  });

  it('search ranking: a lead that says what it leads for twice, or names unknown ids and listings', () => {
    expect(
      checkSeed('search-ranking.json', {
        ...ranking,
        leads: [{ kind: 'helpline', group: 'men', services: ['mens-advice-line'], why: 'Two reasons.' }],
      }).problems.map(formatSeedProblem),
    ).toEqual([
      'seeds/search-ranking.json: leads, entry 1 (group "men"): say what the services lead for: exactly one of crimeTypes, kind, group or topic',
    ]);
    const broken = {
      ...ranking,
      needGroups: { wheelchair: 'disabled' },
      leads: [{ topic: 'crises', services: ['no-such-listing'], why: 'x.' }],
    };
    const cross = crossCheckSeeds(
      { ...checkSeedFiles('seeds').seeds, 'search-ranking.json': checkSeed('search-ranking.json', broken).data },
      CONTEXT,
    );
    expect(cross.errors.map(formatSeedProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^seeds\/search-ranking\.json: needGroups, wheelchair: "wheelchair" is not a need: write/),
        'seeds/search-ranking.json: leads, entry 1 (topic "crises"), topic: "crises" is not a topic: write "crisis" if that is what you mean, or an id from the topics in seeds/search-ranking.json',
        'seeds/search-ranking.json: leads, entry 1 (topic "crises"), services: "no-such-listing" is not a listing in content/services/: write the file name of a listing, without .yaml',
      ]),
    );
  });

  it('language names: the language must be one of seeds/languages.json', () => {
    const data = checkSeed('language-names.json', [
      { language: 'Farsi', names: ['farsi', 'فارسی'] },
      { language: 'Klingon', names: ['tlhIngan Hol'] },
    ]).data;
    const cross = crossCheckSeeds({ ...checkSeedFiles('seeds').seeds, 'language-names.json': data }, CONTEXT);
    expect(cross.errors.map(formatSeedProblem)).toEqual([
      'seeds/language-names.json: entry 2 (language "Klingon"), language: "Klingon" is not a language in seeds/languages.json: write its English name as written there',
    ]);
  });
});

describe('npm run validate with a broken seed', { timeout: 30_000 }, () => {
  function run(seedsDir: string): { status: number; output: string } {
    try {
      return {
        status: 0,
        output: execFileSync(process.execPath, ['scripts/validate.ts'], {
          encoding: 'utf8',
          env: { ...process.env, SEEDS_DIR: seedsDir },
          stdio: 'pipe',
        }),
      };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { status: e.status, output: e.stdout + e.stderr };
    }
  }

  it('stops before the listings, with one plain line per problem and exit code 1, never a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync('seeds', dir, { recursive: true });
    writeFileSync(join(dir, 'groups.json'), '[{ "id": "migrant", "label": "Migrant women" ');
    const kinds = JSON.parse(readFileSync(join(dir, 'service-kinds.json'), 'utf8')) as Json[];
    writeFileSync(
      join(dir, 'service-kinds.json'),
      JSON.stringify(edit(kinds, (k) => k['id'] === 'refuge', { confidentialLocation: 'always' })),
    );
    const { status, output } = run(dir);
    expect(status).toBe(1);
    expect(output).not.toMatch(/\n\s+at |Error:|node:internal/);
    expect(output.trim().split('\n')).toEqual([
      `error: ${dir}/groups.json: line 1: is not valid JSON (Expected ',' or '}' after property value): check the commas, quotes and brackets there. A comma after the last item of a list is not allowed`,
      expect.stringMatching(
        new RegExp(
          `^error: ${dir}/service-kinds\\.json: entry \\d+ \\(id "refuge"\\), confidentialLocation: should be true or false, not "always"$`,
        ),
      ),
      `${dir}/ checked: 2 error(s). Fix them first: every listing is checked against these files.`,
    ]);
  });

  it('a rule that joins files fails the run too, after the listings are checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    cpSync('seeds', dir, { recursive: true });
    const routes = JSON.parse(readFileSync(join(dir, 'urgent-routes.json'), 'utf8')) as Json[];
    writeFileSync(join(dir, 'urgent-routes.json'), JSON.stringify(edit(routes, (r) => r['id'] === 'the-havens', { id: 'havens' })));
    const { status, output } = run(dir);
    expect(status).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `^error: ${dir}/urgent-routes\\.json: entry 2 \\(id "havens"\\), id: "havens" is not a listing in content/services/: write .*without \\.yaml$`,
        'm',
      ),
    );
    expect(output).toMatch(/listing\(s\) and .* checked: 1 error\(s\)/);
  });
});
