// Refuge and other confidential locations never appear anywhere in the built site, and a
// listing that tries to publish one cannot be built at all.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValid } from 'postcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { allKinds, publicLocations, type ServiceEntry } from '../../src/lib/domain.ts';
import { isConfidentialKind } from '../../src/lib/seeds.ts';
import { validateDirectory } from '../../src/lib/validate-listings.ts';
import { requireBuild, walk } from './built-site.ts';

beforeAll(requireBuild);

const listings: ServiceEntry[] = validateDirectory('content/services').listings.flatMap((l) => (l.data ? [{ id: l.slug, data: l.data }] : []));
const isConfidential = (s: ServiceEntry) => s.data.confidentialLocation === true || allKinds(s).some(isConfidentialKind);
const confidential = listings.filter(isConfidential);
const textFiles = () => walk().filter((f) => /\.(html|json|csv|txt|xml)$/.test(f));
const POSTCODE = /\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}\b/g;

describe('confidential locations', () => {
  it('the directory has confidential-location listings to protect (refuge routes)', () => {
    expect(confidential.length).toBeGreaterThan(0);
  });

  it('every full postcode in the built site belongs to a public, non-confidential location', () => {
    const allowed = new Set(listings.filter((s) => !isConfidential(s)).flatMap((s) => publicLocations(s).map((l) => l.postcode.toUpperCase())));
    const found: string[] = [];
    // dist/schema/ is the field documentation for editors (its examples are not listings).
    for (const file of textFiles().filter((f) => !f.startsWith('dist/schema/')))
      for (const m of readFileSync(file, 'utf8').matchAll(POSTCODE)) if (isValid(m[0]) && !allowed.has(m[0])) found.push(`${file}: ${m[0]}`);
    expect(found).toEqual([]);
  });

  it.each(confidential.map((s) => [s.id, s] as const))('%s has no address, postcode or coordinates on its page or in any data file', (id) => {
    const page = readFileSync(`dist/services/${id}/index.html`, 'utf8');
    expect(page).not.toContain('id="where"');
    expect(page).toContain('The address is kept secret');
    for (const file of walk().filter((f) => f.endsWith('.json') || f.endsWith('.csv'))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(id)) continue;
      if (file.endsWith('.json')) {
        const json = JSON.parse(text) as unknown;
        const hits: string[] = [];
        const visit = (node: unknown, path: string, inside: boolean) => {
          if (Array.isArray(node)) node.forEach((n, i) => visit(n, `${path}[${i}]`, inside));
          else if (node && typeof node === 'object') {
            const obj = node as Record<string, unknown>;
            const mine = inside || Object.values(obj).includes(id);
            for (const [k, v] of Object.entries(obj)) {
              if (mine && /^(lat|lng|latitude|longitude|address|postcode|postal_code|address_1|location|locations|coordinates|geometry)$/i.test(k) && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
                hits.push(`${path}.${k}`);
              visit(v, `${path}.${k}`, mine);
            }
          }
        };
        visit(json, file, false);
        expect(hits, `${file} carries location fields for ${id}`).toEqual([]);
      }
    }
  });
});

describe('the build refuses an unsafe listing', () => {
  it('a refuge with an address stops the build with the plain-English message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unsafe-listings-'));
    copyFileSync('tests/fixtures/services/valid/example-minimal-listing.yaml', join(dir, 'example-minimal-listing.yaml'));
    copyFileSync('tests/fixtures/services/invalid/refuge-with-address.yaml', join(dir, 'refuge-with-address.yaml'));
    let output = '';
    let status = 0;
    try {
      execFileSync('npm', ['run', '-s', 'build', '--', '--outDir', join(dir, 'out')], {
        env: { ...process.env, LISTINGS_DIR: dir },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      status = e.status;
      output = `${e.stdout}${e.stderr}`;
    }
    expect(status).not.toBe(0);
    expect(output).toContain('refuge-with-address.yaml: locations (line 22): this refuge listing has a confidential location');
    expect(output).toContain('nothing was built');
  }, 120_000);
});
