// Who a service covers: one rule (src/lib/rules/coverage.ts) for the borough pages and the search.
import { describe, expect, it } from 'vitest';
import { AREA_SCOPES, coverageTier, TIERS, type Area } from '../../src/lib/rules/coverage.ts';
import { AREA_SCOPES as SCHEMA_AREA_SCOPES } from '../../src/lib/listing/schema.ts';
import { tierFor, victimServices } from '../../src/lib/domain/services.ts';
import { boroughs } from '../../src/lib/reference/seeds.ts';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { EMPTY_FILTERS } from '../../src/lib/search/client/types.ts';
import { ageGroups } from '../../src/lib/reference/seeds.ts';
import { loadListings } from '../../scripts/load-listings.ts';

const regions: Record<string, string | null> = { hackney: 'east', newham: 'east', lambeth: 'south', camden: null };
const regionOf = (b: string) => regions[b];

describe('the coverage tier', () => {
  it("is the place's own, its Rape Crisis region, London-wide or national, nearest first", () => {
    expect(TIERS).toEqual(['local', 'region', 'london', 'national']);
    const local: Area = { scope: 'boroughs', boroughs: ['hackney', 'islington'] };
    const east: Area = { scope: 'region', regions: ['east'] };
    expect(coverageTier(local, ['hackney'], regionOf)).toBe('local');
    expect(coverageTier(local, ['lambeth'], regionOf)).toBeNull();
    expect(coverageTier(east, ['newham'], regionOf)).toBe('region');
    expect(coverageTier(east, ['lambeth'], regionOf)).toBeNull();
    expect(coverageTier({ scope: 'london' }, ['lambeth'], regionOf)).toBe('london');
    expect(coverageTier({ scope: 'national' }, ['lambeth'], regionOf)).toBe('national');
  });

  it('covers a place that spans boroughs (a postcode district) if it covers any of them', () => {
    expect(coverageTier({ scope: 'boroughs', boroughs: ['islington'] }, ['hackney', 'islington'], regionOf)).toBe('local');
    expect(coverageTier({ scope: 'region', regions: ['east'] }, ['lambeth', 'hackney'], regionOf)).toBe('region');
  });

  it('never places a borough with no confirmed region in a region', () => {
    expect(coverageTier({ scope: 'region', regions: ['north', 'south', 'east', 'west'] }, ['camden'], regionOf)).toBeNull();
  });

  it('is the vocabulary the listing schema offers for area.scope', () => {
    expect(SCHEMA_AREA_SCOPES).toBe(AREA_SCOPES);
  });
});

describe('pages and search agree on who covers a borough (real listings)', () => {
  const listings = loadListings();
  const searcher = createSearch(buildSearchIndex(listings, new Date('2026-11-23T12:00:00Z')), { ageGroups });

  it.each(boroughs.map((b) => b.slug))('%s', (slug) => {
    const page = victimServices(listings)
      .filter((s) => tierFor(s, slug) !== null)
      .map((s) => s.id)
      .sort();
    const search = searcher
      .search({ ...EMPTY_FILTERS, borough: slug })
      .results.map((d) => d.id)
      .sort();
    expect(search).toEqual(page);
    expect(page.length).toBeGreaterThan(0);
  });
});
