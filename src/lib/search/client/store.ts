// One search state per page, shared by every island on it: the search panel and the map read
// and change the same filters (one state, not two copies). Framework-free: Preact and React
// both subscribe to it. The index is fetched once, on first use.
import { createSearch, type SearchOutcome, type Searcher } from './engine.ts';
import { EMPTY_FILTERS, type Filters, type SearchIndex } from './types.ts';

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

export interface SearchState {
  filters: Filters;
  load: LoadState;
  outcome: SearchOutcome | null;
  now: Date;
  index: SearchIndex | null;
}

type Listener = () => void;

export function createSearchStore(indexUrl = '/search-index.json', fetchJson: (url: string) => Promise<unknown> = defaultFetch) {
  let state: SearchState = { filters: EMPTY_FILTERS, load: 'idle', outcome: null, now: new Date(), index: null };
  let searcher: Searcher | null = null;
  const listeners = new Set<Listener>();

  const set = (patch: Partial<SearchState>) => {
    state = { ...state, ...patch };
    state = { ...state, outcome: searcher ? searcher.search(state.filters, state.now) : null };
    listeners.forEach((l) => l());
  };

  const store = {
    getState: () => state,
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Fetch the index if it has not been fetched: call on first focus, change or map view. */
    ensureIndex(): Promise<void> {
      if (state.load !== 'idle') return Promise.resolve();
      set({ load: 'loading' });
      return fetchJson(indexUrl).then(
        (json) => {
          const index = json as SearchIndex;
          searcher = createSearch(index, { ageGroups: index.ageGroups });
          set({ load: 'ready', index });
        },
        () => set({ load: 'failed' }),
      );
    },
    update(patch: Partial<Filters>): void {
      void store.ensureIndex();
      set({ filters: { ...state.filters, ...patch } });
    },
    reset(): void {
      set({ filters: EMPTY_FILTERS });
    },
    /** Move the clock on (for "open now"). */
    tick(now: Date): void {
      set({ now });
    },
    searcher: () => searcher,
  };
  return store;
}

async function defaultFetch(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json() as Promise<unknown>;
}

export type SearchStore = ReturnType<typeof createSearchStore>;

/** The page's shared store. Both islands import this module, so they get the same instance. */
export const searchStore = createSearchStore();
