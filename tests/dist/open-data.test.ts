// The open data files build, match the listings one to one, follow the shapes we publish,
// and carry no confidential location.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { orukLocationSchema, orukOrganizationSchema, orukServiceSchema } from '../../src/schemas/oruk.ts';
import { allKinds } from '../../src/lib/domain.ts';
import { isConfidentialKind } from '../../src/lib/seeds.ts';
import { validateDirectory } from '../../src/lib/validate-listings.ts';
import { requireBuild } from './built-site.ts';

beforeAll(requireBuild);

const listings = validateDirectory('content/services').listings.flatMap((l) => (l.data ? [{ id: l.slug, data: l.data }] : []));
const ids = listings.map((l) => l.id).sort();
const confidentialIds = new Set(listings.filter((l) => l.data.confidentialLocation || allKinds(l).some(isConfidentialKind)).map((l) => l.id));
const json = <T>(path: string) => JSON.parse(readFileSync(`dist/open-data/${path}`, 'utf8')) as T;

describe('open data', () => {
  it('services.json has exactly one record per listing, with its sources and check date', () => {
    const data = json<{ count: number; licence: { url: string }; services: { id: string; verification: { lastVerified: string; sources: unknown[] }; locations?: unknown[] }[] }>('services.json');
    expect(data.services.map((s) => s.id).sort()).toEqual(ids);
    expect(data.count).toBe(ids.length);
    expect(data.licence.url).toMatch(/^https:\/\//);
    for (const s of data.services) {
      expect(s.verification.sources.length).toBeGreaterThan(0);
      if (confidentialIds.has(s.id)) expect(s.locations, s.id).toBeUndefined();
    }
  });

  it('services.csv has exactly one row per listing and no location for confidential ones', () => {
    const rows = parse(readFileSync('dist/open-data/services.csv', 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['id']).sort()).toEqual(ids);
    for (const r of rows) if (confidentialIds.has(r['id'] ?? '')) {
      expect(r['locations'], r['id']).toBe('');
      expect(r['confidential_location']).toBe('yes');
    }
  });

  it('the Open Referral UK feed follows the published shapes, one service per listing', () => {
    const services = json<unknown[]>('oruk/services.json');
    const organizations = json<unknown[]>('oruk/organizations.json');
    const locations = json<unknown[]>('oruk/locations.json');
    const parsed = services.map((s) => orukServiceSchema.parse(s));
    organizations.forEach((o) => orukOrganizationSchema.parse(o));
    locations.forEach((l) => orukLocationSchema.parse(l));
    expect(parsed.map((s) => s.id).sort()).toEqual(ids);
    for (const s of parsed) if (confidentialIds.has(s.id)) expect(s.service_at_locations, s.id).toEqual([]);
    const locationIds = new Set(parsed.flatMap((s) => s.service_at_locations.map((l) => l.location.id)));
    expect(locations.map((l) => (l as { id: string }).id).sort()).toEqual([...locationIds].sort());
  });

  it('24/7 services have a weekly schedule covering every day', () => {
    const havens = json<{ id: string; schedules: { byday: string; opens_at: string; closes_at: string }[] }[]>('oruk/services.json').find((s) => s.id === 'the-havens');
    expect(havens?.schedules).toEqual([expect.objectContaining({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' })]);
  });
});
