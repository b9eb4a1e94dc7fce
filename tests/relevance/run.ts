// Runs the judged collection through the real search: the listings in content/services/ checked
// by the real schema, the index built by the same function as /search-index.json, and the same
// engine module the search island runs in the browser.
import { loadListings } from '../../scripts/load-listings.ts';
import { byName } from '../../src/lib/domain/services.ts';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import type { SearchIndex } from '../../src/lib/search/client/types.ts';
import { judge, loadCollection, type Judgement } from './collection.ts';

/** A fixed time, so "open now" and bank holidays never change a figure. */
export const EVAL_NOW = new Date('2026-11-25T14:00:00Z');

export function realIndex(): SearchIndex {
  // The same listings, in the same order, as src/pages/search-index.json.ts (getServices sorts by name).
  return buildSearchIndex(loadListings().sort(byName), EVAL_NOW);
}

export function runCollection(index: SearchIndex = realIndex()): Judgement[] {
  const searcher = createSearch(index, { ageGroups: index.ageGroups });
  return loadCollection().map((query) =>
    judge(
      query,
      searcher.search(query.filters, EVAL_NOW).results.map((d) => d.id),
    ),
  );
}
