// The open data files build, match the listings one to one, carry no confidential location and no
// maintainers' note, and the Open Referral UK feed is valid against the official ORUK 3.0 schemas.
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { allKinds } from '../../src/lib/domain/services.ts';
import { isConfidentialKind } from '../../src/lib/reference/seeds.ts';
import { loadListings } from '../../scripts/load-listings.ts';
import { organisationOf, serviceId, type OrukOrganization, type OrukPage, type OrukService, type OrukServiceAtLocation } from '../../src/lib/open-data/oruk.ts';
import { requireBuild, walk } from './built-site.ts';
import { describeErrors, orukValidator } from './oruk-schemas.ts';

beforeAll(requireBuild);

const listings = loadListings();
const ids = listings.map((l) => l.id).sort();
// The confidential rule stated again on purpose, as an oracle independent of hasConfidentialLocation.
const confidentialIds = new Set(listings.filter((l) => l.data.confidentialLocation || allKinds(l).some(isConfidentialKind)).map((l) => l.id));
const json = <T>(path: string) => JSON.parse(readFileSync(`dist/open-data/${path}`, 'utf8')) as T;

describe('open data', () => {
  it('services.json has exactly one record per listing, with its sources and check date', () => {
    const data = json<{ count: number; licence: { url: string }; services: { id: string; pagePath: string; verification: { lastVerified: string; sources: unknown[]; note?: string }; locations?: unknown[] }[] }>('services.json');
    expect(data.services.map((s) => s.id).sort()).toEqual(ids);
    expect(data.count).toBe(ids.length);
    expect(data.licence.url).toMatch(/^https:\/\//);
    for (const s of data.services) {
      expect(s.verification.sources.length).toBeGreaterThan(0);
      expect(s.verification.note, `${s.id}: maintainers' notes are not published`).toBeUndefined();
      expect(s.pagePath).toBe(`/services/${s.id}/`);
      if (confidentialIds.has(s.id)) expect(s.locations, s.id).toBeUndefined();
    }
  });

  it('services.csv has exactly one row per listing and no location for confidential ones', () => {
    const rows = parse<Record<string, string>>(readFileSync('dist/open-data/services.csv', 'utf8'), { columns: true });
    expect(rows.map((r) => r['id']).sort()).toEqual(ids);
    for (const r of rows) if (confidentialIds.has(r['id'] ?? '')) {
      expect(r['locations'], r['id']).toBe('');
      expect(r['confidential_location']).toBe('yes');
    }
  });

  it('no output names a made-up host (example.org): without SITE_URL, page addresses are left out', () => {
    for (const file of walk().filter((f) => /\.(html|json|csv|xml|txt)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bexample\.(org|com|net)\b(?!\.uk)/);
    }
  });
});

describe('Open Referral UK 3.0 feed', () => {
  const validate = orukValidator('open');
  const services = json<OrukPage<OrukService>>('oruk/services.json');
  const organizations = json<OrukPage<OrukOrganization>>('oruk/organizations.json');
  const atLocations = json<OrukPage<OrukServiceAtLocation>>('oruk/service_at_locations.json');

  it('the API root gives api_details: version, profile and the OpenAPI file', () => {
    expect(describeErrors('index.json', validate('api_details', json('oruk/index.json')))).toEqual([]);
    expect(json<{ version: string }>('oruk/index.json').version).toBe('HSDS-UK-3.0');
  });

  it('has 0 errors against the official schemas: every list page, every record, every service file', () => {
    const errors = [
      ...describeErrors('services.json', validate('service_list', services)),
      ...describeErrors('organizations.json', validate('organization_list', organizations)),
      ...describeErrors('service_at_locations.json', validate('service_at_location_list', atLocations)),
      ...services.contents.flatMap((s) => describeErrors(`service ${s.name}`, validate('service', s))),
      ...organizations.contents.flatMap((o) => describeErrors(`organization ${o.name}`, validate('organization', o))),
      ...atLocations.contents.flatMap((l) => describeErrors(`service_at_location ${l.id}`, validate('service_at_location', l))),
      ...services.contents.flatMap((s) => describeErrors(`services/${s.id}.json`, validate('service', json(`oruk/services/${s.id}.json`)))),
    ];
    expect(errors).toEqual([]);
  });

  it('lists are single pages holding every item', () => {
    for (const page of [services, organizations, atLocations] as OrukPage<unknown>[])
      expect(page).toMatchObject({ total_items: page.contents.length, size: page.contents.length, total_pages: 1, page_number: 1, first_page: true, last_page: true, empty: page.contents.length === 0 });
  });

  it('one service per listing, with a UUID derived from its file name, and one file each', () => {
    expect(services.contents.map((s) => s.id).sort()).toEqual(ids.map(serviceId).sort());
    for (const s of services.contents) expect(existsSync(`dist/open-data/oruk/services/${s.id}.json`), s.name).toBe(true);
    const all = JSON.stringify([services, organizations, atLocations]);
    for (const match of all.matchAll(/"(?:[a-z_]+_)?id":"([^"]*)"/g)) expect(match[1]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('never writes null, and every record carries only values of the right type', () => {
    expect(JSON.stringify([services, organizations, atLocations])).not.toContain('null');
  });

  it('one record per organisation, and each service points at its own', () => {
    const names = organizations.contents.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(organizations.contents.map((o) => o.id)).size).toBe(names.length);
    const byId = new Map(organizations.contents.map((o) => [o.id, o]));
    for (const s of services.contents) expect(byId.get(s.organization_id)?.name, s.name).toBe(s.organization.name);
    // Spellings that name the same organisation ("Hestia (with the Vodafone Foundation)") are one record.
    expect(new Set(listings.map((l) => organisationOf(l.data.organisation).name)).size).toBe(names.length);
  });

  it('organisations carry their websites where known (most of them)', () => {
    const withWebsite = organizations.contents.filter((o) => o.website);
    expect(withWebsite.length / organizations.contents.length).toBeGreaterThan(0.85);
    for (const o of withWebsite) expect(o.website).toMatch(/^https:\/\//);
  });

  it('service areas use only the allowed extent_type values, and every address is complete', () => {
    for (const s of services.contents) for (const a of s.service_areas) expect(['geojson', 'topojson', 'kml', 'text'], s.name).toContain(a.extent_type);
    for (const l of atLocations.contents)
      for (const a of l.location.addresses) expect(a).toMatchObject({ address_1: expect.any(String), city: 'London', state_province: 'Greater London', postal_code: expect.any(String), country: 'GB' });
  });

  it('confidential listings have no place, and every place belongs to a listed service', () => {
    for (const s of services.contents.filter((x) => [...confidentialIds].map(serviceId).includes(x.id))) expect(s.service_at_locations, s.name).toEqual([]);
    const fromServices = services.contents.flatMap((s) => s.service_at_locations.map((l) => l.id)).sort();
    expect(atLocations.contents.map((l) => l.id).sort()).toEqual(fromServices);
  });

  it('times are RFC 3339 times: a 24/7 service runs 00:00 to 23:59 every day, and last_modified is a date-time', () => {
    const havens = services.contents.find((s) => s.id === serviceId('the-havens'));
    expect(havens?.schedules).toEqual([expect.objectContaining({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' })]);
    for (const s of services.contents) for (const sc of s.schedules) expect(`${sc.opens_at} ${sc.closes_at}`, s.name).toMatch(/^([01]\d|2[0-3]):[0-5]\d ([01]\d|2[0-3]):[0-5]\d$/);
    for (const s of services.contents) expect(s.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('fields outside the UK profile are only the HSDS 3.0 ones kept on purpose (the official validator\'s "Info" level)', () => {
    const closed = orukValidator('closed');
    const extras = new Set(
      services.contents.flatMap((s) =>
        closed('service', s)
          .filter((e) => e.keyword === 'additionalProperties')
          .map((e) => `${e.instancePath.replace(/\/\d+/g, '/*')}/${String((e.params as { additionalProperty: string }).additionalProperty)}`),
      ),
    );
    const keptOnPurpose = ['/alternate_name', '/application_process', '/eligibility_description', '/interpretation_services', '/languages/*/code', '/languages/*/name', '/phones'];
    expect(extras.has('/phones')).toBe(true);
    for (const extra of extras) expect(keptOnPurpose, extra).toContain(extra);
  });
});
