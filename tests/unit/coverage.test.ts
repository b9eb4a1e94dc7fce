// Who a service covers: one rule (src/lib/rules/coverage.ts) for the borough pages and the search.
import { describe, expect, it } from 'vitest';
import { AREA_SCOPES, coverageTier, TIERS, type Area } from '../../src/lib/rules/coverage.ts';
import { AREA_SCOPES as SCHEMA_AREA_SCOPES } from '../../src/lib/listing/schema/index.ts';
import { tierFor } from '../../src/lib/domain/services.ts';
import { boroughs } from '../../src/lib/reference/seeds.ts';
import { pagesAndSearch } from './pages-and-search.ts';

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
  const { pages, search } = pagesAndSearch();

  it.each(boroughs.map((b) => b.slug))('%s', (slug) => {
    const onPage = pages((s) => tierFor(s, slug) !== null);
    expect(search({ borough: slug })).toEqual(onPage);
    expect(onPage.length).toBeGreaterThan(0);
  });
});
