// For tests that check the pages and the search apply the same rule: the real listings, and what
// each side finds for a rule (the victim services the pages list, the results of the search with
// one filter), as sorted ids.
import { loadListings } from '../../scripts/load-listings.ts';
import { victimServices, type ServiceEntry } from '../../src/lib/domain/services.ts';
import { ageGroups } from '../../src/lib/reference/seeds.ts';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/search/client/types.ts';

export function pagesAndSearch() {
  const listings = loadListings();
  const searcher = createSearch(buildSearchIndex(listings, new Date('2026-11-23T12:00:00Z')), { ageGroups });
  return {
    pages: (rule: (s: ServiceEntry) => boolean) =>
      victimServices(listings)
        .filter(rule)
        .map((s) => s.id)
        .sort(),
    search: (filters: Partial<Filters>) =>
      searcher
        .search({ ...EMPTY_FILTERS, ...filters })
        .results.map((d) => d.id)
        .sort(),
  };
}
