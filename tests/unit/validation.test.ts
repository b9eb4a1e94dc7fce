// Each invalid fixture is paired with the exact lines it must produce (<name>.expected.txt),
// so the wording a charity worker sees is pinned by the tests.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  allErrors,
  formatProblem,
  pathToString,
  validateDirectory,
  validateListingBytes,
  validateListingText,
} from '../../src/lib/listing/validate.ts';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { staleListings } from '../../src/lib/domain/stale.ts';
import { createServiceSchema } from '../../src/lib/listing/schema/index.ts';

const TODAY = '2026-11-23';
const FIXTURES = 'tests/fixtures/services';
const invalidNames = readdirSync(join(FIXTURES, 'invalid'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));
const validNames = readdirSync(join(FIXTURES, 'valid'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5));

/**
 * Valid fixtures are examples (Ofcom drama numbers, example.org.uk addresses), so they are
 * checked with allowExamples; invalid fixtures with the real rules, as `npm run validate` does.
 */
function check(dir: 'valid' | 'invalid', name: string) {
  const file = `${FIXTURES}/${dir}/${name}.yaml`;
  return validateListingBytes(file, name, readFileSync(file), { today: TODAY, allowExamples: dir === 'valid' });
}

const EXAMPLE_DATA = /is one of the numbers Ofcom keeps for TV and radio drama|is an example address/;

describe('valid fixtures', () => {
  it.each(validNames)('%s has no errors', (name) => {
    const result = check('valid', name);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.data).toBeDefined();
  });

  it.each(validNames)('%s is refused by the real rules, only because it is an example', (name) => {
    const file = `${FIXTURES}/valid/${name}.yaml`;
    const errors = validateListingText(file, name, readFileSync(file, 'utf8'), { today: TODAY }).errors;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(formatProblem(e)).toMatch(EXAMPLE_DATA);
  });

  it('keeps dates as YYYY-MM-DD strings', () => {
    expect(check('valid', 'example-full-listing').data?.verification.lastVerified).toBe('2026-11-20');
  });
});

describe('invalid fixtures produce their expected messages', () => {
  it('there is an expected-message file for every invalid fixture, and no expected file without its fixture', () => {
    const entries = readdirSync(join(FIXTURES, 'invalid'), { withFileTypes: true });
    // A fixture is a listing file, or a folder of files for a case about several (the audit cases).
    const fixtures = [...invalidNames, ...entries.filter((e) => e.isDirectory()).map((e) => e.name)].sort();
    const expectedFiles = entries
      .filter((e) => e.isFile() && e.name.endsWith('.expected.txt'))
      .map((e) => e.name.slice(0, -'.expected.txt'.length))
      .sort();
    expect(invalidNames.length).toBeGreaterThan(0);
    expect(expectedFiles).toEqual(fixtures);
  });

  it.each(invalidNames)('%s', (name) => {
    const expected = readFileSync(`${FIXTURES}/invalid/${name}.expected.txt`, 'utf8').trim().split('\n');
    const result = check('invalid', name);
    expect(result.errors.map(formatProblem)).toEqual(expected);
    expect(result.data).toBeUndefined();
  });
});

describe('validation rules', () => {
  const minimal = readFileSync(`${FIXTURES}/valid/example-minimal-listing.yaml`, 'utf8');

  it('reads an unquoted date as the text YYYY-MM-DD (one YAML reading, YAML 1.2: no Date object)', () => {
    expect(minimal).toMatch(/^ {2}lastVerified: 2026-11-23$/m); // unquoted in the fixture
    const result = validateListingText('x.yaml', 'x', minimal, { today: TODAY, allowExamples: true });
    expect(result.errors).toEqual([]);
    expect(result.data?.verification.lastVerified).toBe('2026-11-23');
  });

  it('accepts a date given as a Date object (a reader with YAML 1.1 timestamps) and keeps it as YYYY-MM-DD', () => {
    const data = parseYaml(minimal) as { verification: { lastVerified: unknown } };
    data.verification.lastVerified = new Date('2026-11-23T00:00:00Z');
    const parsed = createServiceSchema({ today: () => TODAY, allowExamples: true }).safeParse(data);
    expect(parsed.success ? parsed.data.verification.lastVerified : parsed.error.issues).toBe('2026-11-23');
  });

  it('rejects a date after "today", whatever the real clock says', () => {
    const result = validateListingText('x.yaml', 'x', minimal, { today: '2026-11-22', allowExamples: true });
    expect(result.errors.map((e) => e.field)).toContain('verification.lastVerified');
  });

  it('warns, without failing, when a listing has not been checked for over a year', () => {
    const result = validateListingText('x.yaml', 'x', minimal, { today: '2027-12-01', allowExamples: true });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toMatch(/re-check it against its sources/);
  });

  it('warns from the same day the stale report lists a listing: one year to the day', () => {
    // minimal was last verified on 2026-11-23
    const service = { id: 'x', data: parseYaml(minimal) };
    for (const [today, stale] of [
      ['2027-11-22', false],
      ['2027-11-23', true],
    ] as const) {
      expect(validateListingText('x.yaml', 'x', minimal, { today, allowExamples: true }).warnings).toHaveLength(stale ? 1 : 0);
      expect(staleListings([service], today).map((s) => s.id)).toEqual(stale ? ['x'] : []);
    }
  });

  it('rejects a file name that is not a slug', () => {
    const result = validateListingText('Bad Name.yaml', 'Bad Name', minimal, { today: TODAY, allowExamples: true });
    expect(result.errors.map(formatProblem)).toEqual([
      'Bad Name.yaml: the file name "Bad Name.yaml" must be lower-case words joined by hyphens: rename it to bad-name.yaml',
    ]);
  });

  it('reports a refuge address even when other fields are also wrong', () => {
    const text = `${minimal.replace('kind: helpline', 'kind: refuge').replace('"0808 157 0999"', '"123"')}locations:\n  - name: x\n    address: y\n    postcode: E8 1AA\n`;
    const fields = validateListingText('x.yaml', 'x', text, { today: TODAY, allowExamples: true }).errors.map((e) => e.field);
    expect(fields).toContain('locations');
    expect(fields).toContain('contact.phones[0].number');
  });

  it('reports each XSS payload in any text field', () => {
    for (const payload of [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '<a href="x">x</a>',
      'x onmouseover=alert(1)',
    ]) {
      const text = minimal.replace('label: Helpline', `label: '${payload}'`);
      const result = validateListingText('x.yaml', 'x', text, { today: TODAY, allowExamples: true });
      expect(
        result.errors.map((e) => e.field),
        payload,
      ).toEqual(['contact.phones[0].label']);
    }
  });
});

describe('folder checks', () => {
  function folderWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'listings-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }
  const minimal = readFileSync(`${FIXTURES}/valid/example-minimal-listing.yaml`, 'utf8');

  it('rejects .yml files, which the site would silently skip', () => {
    const dir = folderWith({ 'a-service.yml': minimal });
    const errors = allErrors(validateDirectory(dir, { today: TODAY, root: dir, allowExamples: true }));
    expect(errors.map(formatProblem)).toEqual([
      'a-service.yml: listing files must end in .yaml, or the site will not load it: rename it to a-service.yaml',
    ]);
  });

  it('rejects two files for the same service', () => {
    const dir = folderWith({ 'one.yaml': minimal, 'two.yaml': minimal });
    const errors = allErrors(validateDirectory(dir, { today: TODAY, root: dir, allowExamples: true }));
    expect(errors.map(formatProblem)).toEqual([
      'two.yaml: name: "Example Helpline" by Example Charity is already listed in one.yaml: edit that file instead, or give this service a name that tells them apart',
    ]);
  });

  it('rejects an alternative that names no listing', () => {
    const dir = folderWith({ 'one.yaml': minimal.replace('access: {}', 'access:\n  alternatives: [nowhere]') });
    const errors = allErrors(validateDirectory(dir, { today: TODAY, root: dir, allowExamples: true }));
    expect(errors.map(formatProblem)).toEqual([
      'one.yaml: access.alternatives[0]: "nowhere" is not a listing: write the file name of another listing, without .yaml',
    ]);
  });
});

describe('npm run validate (the command providers run)', () => {
  it('prints one clear line for each of a bad phone, an unknown borough, a refuge address and broken YAML, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'listings-cli-'));
    for (const name of ['bad-phone', 'unknown-borough', 'refuge-with-address', 'broken-yaml'])
      copyFileSync(`${FIXTURES}/invalid/${name}.yaml`, join(dir, `${name}.yaml`));
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/validate.ts', dir], { encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      output = e.stdout;
    }
    expect(status).toBe(1);
    const errorLines = output.split('\n').filter((l) => l.startsWith('error: '));
    expect(errorLines).toHaveLength(4);
    expect(errorLines.join('\n')).toMatch(
      /bad-phone\.yaml: contact\.phones\[0\]\.number \(line 13\): "020 1234 567" is not a valid UK phone number/,
    );
    expect(errorLines.join('\n')).toMatch(/unknown-borough\.yaml: area\.boroughs\[0\] \(line 10\): "hackny" is not a known borough/);
    expect(errorLines.join('\n')).toMatch(
      /refuge-with-address\.yaml: locations \(line 22\): this refuge listing has a confidential location/,
    );
    expect(errorLines.join('\n')).toMatch(/broken-yaml\.yaml: line 4: the file is not valid YAML/);
  });
});

describe('the shipped listings', () => {
  it('all pass validation (the same check the build runs)', () => {
    const errors = allErrors(validateDirectory('content/services'));
    expect(errors.map(formatProblem)).toEqual([]);
  });
});

describe('the example in CONTRIBUTING.md', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  const example = /```yaml\n([\s\S]*?)```/.exec(text)?.[1] ?? '';

  it('is complete and valid in every other way', () => {
    expect(example).toContain('name:');
    const result = validateListingText('CONTRIBUTING.md', 'example', example, { today: TODAY, allowExamples: true });
    expect(result.errors.map(formatProblem)).toEqual([]);
  });

  it('cannot be published as it is: its drama-range number and example addresses are refused', () => {
    const result = validateListingText('CONTRIBUTING.md', 'example', example, { today: TODAY });
    expect(result.errors.map(formatProblem)).toEqual([
      'CONTRIBUTING.md: contact.phones[0].number (line 36): "020 7946 0123" is one of the numbers Ofcom keeps for TV and radio drama (London), so it reaches nobody: it looks copied from an example. Copy the service\'s real number from its own page',
      "CONTRIBUTING.md: contact.email[0].address (line 39): help@example.org.uk is an example address, not the service's own: copy the real address from the service's page",
      "CONTRIBUTING.md: contact.website (line 41): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page",
      "CONTRIBUTING.md: contact.referralForm (line 42): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page",
      "CONTRIBUTING.md: contact.callbackForm (line 43): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page",
      "CONTRIBUTING.md: complaintsUrl (line 56): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page",
      "CONTRIBUTING.md: verification.sources[0].url (line 61): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page",
    ]);
  });
});

describe('every text field refuses markup', () => {
  const base = parseYaml(readFileSync(`${FIXTURES}/valid/example-full-listing.yaml`, 'utf8')) as Record<string, unknown>;
  // Every free-text field of the schema, by path.
  const TEXT_FIELDS: (string | number)[][] = [
    ['name'],
    ['alsoKnownAs', 0],
    ['organisation'],
    ['summary'],
    ['description'],
    ['serves', 'note'],
    ['area', 'note'],
    ['access', 'threshold'],
    ['access', 'howToRefer'],
    ['access', 'whatToInclude'],
    ['access', 'whatHappensNext'],
    ['access', 'ifNotEligible'],
    ['contact', 'phones', 0, 'label'],
    ['contact', 'textMessage', 0, 'label'],
    ['contact', 'textphone', 0, 'label'],
    ['contact', 'email', 0, 'label'],
    ['hours', 'note'],
    ['locations', 0, 'name'],
    ['locations', 0, 'address'],
    ['locations', 0, 'note'],
    ['verification', 'note'],
    ['verification', 'sources', 0, 'covers'],
  ];
  const set = (obj: Record<string, unknown>, path: (string | number)[], value: string) => {
    let node = obj as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path.at(-1) as string | number] = value;
  };

  it.each(TEXT_FIELDS.map((p) => [p.join('.'), p] as const))('%s', (_name, path) => {
    for (const payload of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)']) {
      const data = structuredClone(base);
      set(data, path, `Text ${payload}`);
      const result = validateListingText('x.yaml', 'x', stringifyYaml(data), { today: TODAY, allowExamples: true });
      expect(
        result.errors.map((e) => e.field),
        payload,
      ).toEqual([pathToString(path)]);
      expect(result.errors[0]?.message).toMatch(/looks like web code/);
    }
  });
});
