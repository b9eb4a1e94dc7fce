// "Copy a link to these results": the search goes into the #fragment, which browsers never
// send to the server. Only non-empty filters are written.
import { EMPTY_FILTERS, type Filters } from './types.ts';

const KEYS: Record<keyof Filters, string> = {
  text: 'q',
  borough: 'borough',
  place: 'postcode',
  crimeType: 'what',
  needs: 'need',
  kind: 'kind',
  ageGroup: 'age',
  openNow: 'open',
  language: 'language',
};

export function filtersToHash(filters: Filters): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(KEYS) as [keyof Filters, string][]) {
    const value = filters[key];
    if (Array.isArray(value)) value.forEach((v) => params.append(name, v));
    else if (value === true) params.set(name, '1');
    else if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
  }
  const s = params.toString();
  return s ? `#${s}` : '';
}

/** The filters in a shared link, or null if the fragment holds no search. */
export function filtersFromHash(hash: string): Filters | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (![...params.keys()].some((k) => Object.values(KEYS).includes(k))) return null;
  const text = (name: string) => (params.get(name) ?? '').slice(0, 200);
  return {
    ...EMPTY_FILTERS,
    text: text(KEYS.text),
    borough: text(KEYS.borough),
    place: text(KEYS.place),
    crimeType: text(KEYS.crimeType),
    needs: params.getAll(KEYS.needs).slice(0, 30),
    kind: text(KEYS.kind),
    ageGroup: text(KEYS.ageGroup),
    openNow: params.get(KEYS.openNow) === '1',
    language: text(KEYS.language),
  };
}
