// A crime type's family: one rule (src/lib/domain/crime-types.ts) for the pages and the search.
import { describe, expect, it } from 'vitest';
import { crimeFamilies } from '../../src/lib/domain/crime-types.ts';
import { helpsWith, victimServices } from '../../src/lib/domain/services.ts';
import { ageGroups, crimeTypes } from '../../src/lib/reference/seeds.ts';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { EMPTY_FILTERS } from '../../src/lib/search/client/types.ts';
import { loadListings } from '../../scripts/load-listings.ts';
import { variant } from './helpers.ts';

describe("a crime type's family", () => {
  const family = crimeFamilies([
    { id: 'harmful-practices' },
    { id: 'fgm', parent: 'harmful-practices' },
    { id: 'forced-marriage', parent: 'harmful-practices' },
    { id: 'stalking' },
  ]);

  it('is the type, its sub-types and its parent, never a sibling', () => {
    expect(family('harmful-practices')).toEqual(['harmful-practices', 'fgm', 'forced-marriage']);
    expect(family('forced-marriage')).toEqual(['forced-marriage', 'harmful-practices']);
    expect(family('stalking')).toEqual(['stalking']);
    expect(family('fgm')).not.toContain('forced-marriage');
  });

  it('decides which services help: a general service helps with the specific, a specialist with its parent harm', () => {
    const fgmClinic = variant('example-minimal-listing', 'fgm', (d) => ({ ...d, crimeTypes: ['fgm'] }));
    const general = variant('example-minimal-listing', 'general', (d) => ({ ...d, crimeTypes: ['harmful-practices'] }));
    expect(helpsWith(fgmClinic, 'harmful-practices')).toBe(true);
    expect(helpsWith(fgmClinic, 'forced-marriage')).toBe(false);
    expect(helpsWith(general, 'forced-marriage')).toBe(true);
  });
});

describe('pages and search agree on which services help with each crime type (real listings)', () => {
  const listings = loadListings();
  const searcher = createSearch(buildSearchIndex(listings, new Date('2026-11-23T12:00:00Z')), { ageGroups });

  it.each(crimeTypes.map((c) => c.id))('%s', (id) => {
    const page = victimServices(listings)
      .filter((s) => helpsWith(s, id))
      .map((s) => s.id)
      .sort();
    const search = searcher
      .search({ ...EMPTY_FILTERS, crimeType: id })
      .results.map((d) => d.id)
      .sort();
    expect(search).toEqual(page);
  });
});
