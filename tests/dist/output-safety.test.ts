// Refuge and other confidential locations never appear anywhere in the built site, and a
// listing that tries to publish one cannot be built at all.
//
// The patterns (postcodes with or without the space, postcode districts, house number and
// street, coordinates, what3words) come from src/lib/rules/location-clues.ts, the module the listing
// schema uses to refuse them. What is independent here is where they are looked for: in the
// built pages and data files, whatever route the text took to get there, so a gap in the
// schema (a field it forgot, a page that prints something new) still fails this test.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValid } from 'postcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { allKinds, publicLocations, type ServiceEntry } from '../../src/lib/domain/services.ts';
import { isConfidentialKind } from '../../src/lib/reference/seeds.ts';
import { locationClues } from '../../src/lib/rules/location-clues.ts';
import { loadListings } from '../../scripts/load-listings.ts';
import { requireBuild, walk } from './built-site.ts';

beforeAll(requireBuild);

const listings: ServiceEntry[] = loadListings();
// Stated again on purpose, as an oracle independent of hasConfidentialLocation (src/lib/domain/services.ts):
// a mistake there must not also hide the leak here.
const isConfidential = (s: ServiceEntry) => s.data.confidentialLocation === true || allKinds(s).some(isConfidentialKind);
const confidential = listings.filter(isConfidential);
const textFiles = () => walk().filter((f) => /\.(html|json|csv|txt|xml)$/.test(f));
// Full postcodes as they are printed (capitals), with or without the space.
const POSTCODE = /\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b/g;
const squeeze = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();
/** The visible text of a page: tags, scripts and styles removed. */
const pageText = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');

describe('confidential locations', () => {
  it('the directory has confidential-location listings to protect (refuge routes)', () => {
    expect(confidential.length).toBeGreaterThan(0);
  });

  it('every full postcode in the built site belongs to a public, non-confidential location', () => {
    const allowed = new Set(listings.filter((s) => !isConfidential(s)).flatMap((s) => publicLocations(s).map((l) => squeeze(l.postcode))));
    const found: string[] = [];
    // dist/schema/ is the field documentation for editors (its examples are not listings).
    for (const file of textFiles().filter((f) => !f.startsWith('dist/schema/')))
      for (const m of readFileSync(file, 'utf8').matchAll(POSTCODE)) if (isValid(`${m[1]} ${m[2]}`) && !allowed.has(squeeze(m[0]))) found.push(`${file}: ${m[0]}`);
    expect(found).toEqual([]);
  });

  it.each(confidential.map((s) => [s.id] as const))('the page of %s shows no postcode, district, street address, coordinates or what3words address', (id) => {
    const text = pageText(readFileSync(`dist/services/${id}/index.html`, 'utf8'));
    expect(locationClues(text)).toEqual([]);
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

  it('reads YAML exactly as the validator does: an address in a refuge\'s text or hidden after a lone carriage return stops the build with the plain message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unsafe-listings-'));
    copyFileSync('tests/fixtures/services/invalid/audit-045-refuge-address-in-description/solace-refuges.yaml', join(dir, 'solace-refuges.yaml'));
    copyFileSync('tests/fixtures/services/invalid/audit-102-hidden-cr-location-public/the-havens.yaml', join(dir, 'the-havens.yaml'));
    let output = '';
    let status = 0;
    try {
      execFileSync('npm', ['run', '-s', 'build', '--', '--outDir', join(dir, 'out')], { env: { ...process.env, LISTINGS_DIR: dir }, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      status = e.status;
      output = `${e.stdout}${e.stderr}`;
    }
    expect(status).not.toBe(0);
    expect(output).toContain('solace-refuges.yaml: description (line 7): this listing\'s location is confidential (refuge), but this text has what looks like a postcode ("E8 1AA")');
    expect(output).toContain('the-havens.yaml: line 41: this line has a carriage return on its own');
    expect(output).not.toMatch(/DataCollectionEntryParseError|InvalidContentEntryDataError|\n\s+at /);
  }, 120_000);
});
