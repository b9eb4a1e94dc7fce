// The search engine: filters that combine, typo-tolerant text search (MiniSearch), and the
// ranking rules of the directory. Pure: the same code runs in unit tests and in the browser.
//
// Ranking, first key first:
//   1. For urgent queries: emergency routes, then the Havens, then 24/7 lines. After a recent
//      rape or sexual assault the Havens come before 999 (medical care and evidence first).
//   2. How near the service is to the chosen place: the borough's own services, then its Rape
//      Crisis region, then London-wide, then national. With no place chosen, London-wide
//      services lead and borough-only services come last.
//   3. How closely the service fits what happened: naming the exact crime type asked for
//      counts more than naming a related one (its parent or a sub-type).
//   4. How many of the kinds, groups and needs read from the words the service matches.
//   5. For a crime type: specialist services (listing fewer crime types) before general ones.
//   6. Text relevance, then name. (When the words name a service and nothing else was
//      understood, text relevance comes straight after urgency.)
//
// Text search uses MiniSearch (prefix and typo-tolerant), chosen over fuse.js by measurement:
// about 40 times faster per keystroke at 1,000 listings (`npm run bench:search`, decision 0003).
import MiniSearch from 'minisearch';
import { openStatus } from '../../rules/hours.ts';
import { lookupDistrict } from '../../reference/postcode-lookup.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { normalise } from './text.ts';
import type { Filters, SearchDoc, SearchIndex } from './types.ts';

export interface AgeBand {
  id: string;
  label: string;
  min: number;
  max: number;
}

export interface SearchOptions {
  ageGroups: AgeBand[];
}

export interface Place {
  /** What the place was read from: the borough list, a postcode box, or words in the text. */
  from: 'list' | 'postcode' | 'text';
  district?: string;
  boroughs: string[];
  /** A postcode was understood but is not in London (or not a real district). */
  outsideLondon?: boolean;
}

export interface Widening {
  /** Which filter to clear. */
  filter: keyof Filters;
  /** How many results there would be without it. */
  count: number;
}

export interface SearchOutcome {
  results: SearchDoc[];
  parsed: ParsedQuery;
  place: Place | null;
  /** Crime types used to filter (chosen or read from the words). */
  crimeTypes: string[];
  /** When nothing matches: the filters whose removal would give results. */
  widen: Widening[];
  /** When nothing matches: urgent routes and national helplines, so no one is left with nothing. */
  fallback: SearchDoc[];
  /** The query asked for nothing: all services, in default order. */
  browsing: boolean;
}

// Ranking keys, most significant first, packed into one number per result so sorting compares
// numbers, not tuples (it matters at 10,000 listings on a slow phone). Each key is a whole number
// below its radix; the product of the radices stays far below 2^53, so the packing is exact.
const MAX_FIT = 31;
const MAX_BOOST = 15;
// The last key is the service's alphabetical position, unique per service, so every score is
// unique too: results sort as plain numbers (no comparator) and each score names its service.
const NAME_RADIX = 1_000_000;
const RADICES = [4, 2, 10, 10, MAX_FIT + 1, MAX_BOOST + 1, 64, 10, NAME_RADIX] as const;

/** Packs the keys (filled into `keys`, reused between services) into one number. */
function rankScore(keys: Float64Array): number {
  let score = 0;
  for (let i = 0; i < RADICES.length; i++) {
    const radix = RADICES[i] as number;
    score = score * radix + Math.min(radix - 1, Math.max(0, Math.round(keys[i] as number)));
  }
  return score;
}

/** Urgency order after a recent rape or sexual assault: the Havens (1) before 999 (0). */
const AFTER_SEXUAL_ASSAULT = [1, 0, 2, 3];

/** A text score in [0, 1] (0 best) as a whole number of tenths. */
const tenths = (text: number) => Math.min(9, Math.floor(text * 10));

/** Typos allowed per word: none for short words, one for 4-5 letters, two for longer ones. */
function typos(term: string): number | false {
  if (term.length <= 3) return false;
  return term.length <= 5 ? 1 : 2;
}

export function createSearch(index: SearchIndex, options: SearchOptions) {
  const holidays = new Set(index.bankHolidays);
  const parentOf = new Map(index.crimeTypes.map((c) => [c.id, c.parent]));
  const regionOf = new Map(index.boroughs.map((b) => [b.slug, b.region]));
  // Names and other names, normalised once and joined by a line break (which normalised words
  // never contain), for "typed the name" checks on every keystroke: one substring test a service.
  const names = index.docs.map((d) => [d.name, ...d.aka].map(normalise).join('\n'));
  const docsNamed = (words: string) => index.docs.filter((_, i) => (names[i] as string).includes(words));
  // Services in alphabetical order: a service's position is the last sort key.
  const alphabetical = [...index.docs].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  if (alphabetical.length > NAME_RADIX) throw new Error(`The search ranks at most ${NAME_RADIX} services.`);
  const nameRank = new Map(alphabetical.map((d, i) => [d.id, i]));
  let mini: MiniSearch<SearchDoc> | undefined;
  const textIndex = () => {
    if (!mini) {
      mini = new MiniSearch<SearchDoc>({
        fields: ['name', 'aka', 'org', 'terms', 'summary'],
        extractField: (doc, field) => (field === 'aka' ? doc.aka.join(' ') : String(doc[field as keyof SearchDoc] ?? '')),
        searchOptions: { prefix: (term) => term.length >= 2, fuzzy: typos, boost: { name: 3, aka: 3, org: 2, terms: 1.5 } },
      });
      mini.addAll(index.docs);
    }
    return mini;
  };

  /** A crime type, its sub-types, and its parent: a general service helps with the specific. */
  const families = new Map<string, string[]>();
  function crimeFamily(id: string): string[] {
    let family = families.get(id);
    if (!family) {
      family = [id, ...index.crimeTypes.filter((c) => c.parent === id).map((c) => c.id)];
      const parent = parentOf.get(id);
      if (parent) family.push(parent);
      families.set(id, family);
    }
    return family;
  }

  function placeFor(filters: Filters, parsed: ParsedQuery): Place | null {
    if (filters.borough) return { from: 'list', boroughs: [filters.borough] };
    if (filters.place.trim()) {
      const match = lookupDistrict(index.districts, filters.place);
      if (match) return { from: 'postcode', district: match.district, boroughs: match.boroughs, outsideLondon: match.boroughs.length === 0 };
      return { from: 'postcode', boroughs: [], outsideLondon: true };
    }
    if (parsed.district) return { from: 'text', district: parsed.district.district, boroughs: parsed.district.boroughs, outsideLondon: parsed.district.boroughs.length === 0 };
    if (parsed.boroughs.length) return { from: 'text', boroughs: parsed.boroughs };
    return null;
  }

  /** 0 the place's own borough, 1 its Rape Crisis region, 2 London-wide, 3 national; null if not covered. */
  function tier(doc: SearchDoc, place: Place | null): number | null {
    if (!place || place.boroughs.length === 0) {
      return { london: 0, national: 1, region: 2, boroughs: 3 }[doc.scope];
    }
    switch (doc.scope) {
      case 'boroughs':
        return doc.boroughs.some((b) => place.boroughs.includes(b)) ? 0 : null;
      case 'region':
        return place.boroughs.some((b) => {
          const region = regionOf.get(b);
          return region ? doc.regions.includes(region) : false;
        })
          ? 1
          : null;
      case 'london':
        return 2;
      case 'national':
        return 3;
    }
  }

  function urgencyKey(doc: SearchDoc, parsed: ParsedQuery): number {
    if (!parsed.urgent) return 0;
    if (parsed.recentSexualAssault) return AFTER_SEXUAL_ASSAULT[doc.urgency] ?? 3;
    return doc.urgency;
  }

  function passes(doc: SearchDoc, filters: Filters, crimeSet: Set<string> | null, place: Place | null, now: Date, skip?: keyof Filters): boolean {
    if (skip !== 'borough' && skip !== 'place' && place && tier(doc, place) === null) return false;
    if (skip !== 'crimeType' && crimeSet && !doc.crime.some((c) => crimeSet.has(c))) return false;
    if (skip !== 'needs' && !filters.needs.every((n) => doc.needs.includes(n))) return false;
    if (skip !== 'kind' && filters.kind && !doc.kinds.includes(filters.kind)) return false;
    if (skip !== 'ageGroup' && filters.ageGroup) {
      const band = options.ageGroups.find((a) => a.id === filters.ageGroup);
      if (band && ((doc.ageMin ?? 0) > band.max || (doc.ageMax ?? Infinity) < band.min)) return false;
    }
    if (skip !== 'openNow' && filters.openNow && openStatus(doc.hours, now, holidays).state !== 'open') return false;
    return true;
  }

  // Build the text index now, while the page waits for input, not on the first keystroke.
  textIndex();

  function search(filters: Filters, now: Date = new Date()): SearchOutcome {
    const parsed = parseQuery(filters.text, index);
    const place = placeFor(filters, parsed);
    const crimeTypes = filters.crimeType ? [filters.crimeType] : parsed.crimeTypes;
    const crimeSet = crimeTypes.length ? new Set(crimeTypes.flatMap(crimeFamily)) : null;
    const effectivePlace = place && !place.outsideLondon ? place : null;

    // Words that were not understood narrow the list only when nothing else was understood:
    // "galop" or "havens" search names; "my ex keeps following me" is read as stalking.
    const understoodSomething = parsed.understood.length > 0;
    const textScores = new Map<string, number>();
    if (parsed.leftover.length) {
      const words = parsed.leftover.join(' ');
      const found = textIndex().search(words);
      const best = found[0]?.score ?? 1;
      for (const r of found) textScores.set(String(r.id), 1 - r.score / best); // 0 is the best match
      // A name or other name that contains the words exactly beats any fuzzy match ("FMU", "Nia").
      for (const doc of docsNamed(words)) textScores.set(doc.id, 0);
    }
    const textFilter = !understoodSomething && parsed.leftover.length > 0;
    // Someone who types (most of) a service's name wants that service first, even when the
    // name is made of words we also understand ("National Domestic Abuse Helpline").
    const typed = normalise(filters.text);
    const named = new Set(typed.length >= 4 ? docsNamed(typed).map((d) => d.id) : []);

    const keep = (doc: SearchDoc, skip?: keyof Filters) =>
      ((parsed.urgent && doc.urgency === 0) || passes(doc, filters, crimeSet, effectivePlace, now, skip)) &&
      (!textFilter || skip === 'text' || textScores.has(doc.id));

    const wantedFamilies = crimeTypes.map((wanted) => new Set(crimeFamily(wanted)));
    const fit = (doc: SearchDoc) =>
      crimeTypes.reduce(
        (sum, wanted, i) => sum + (doc.crime.includes(wanted) ? 2 : doc.crime.some((c) => wantedFamilies[i]?.has(c)) ? 1 : 0),
        0,
      );

    const boost = (doc: SearchDoc) =>
      parsed.kinds.filter((k) => doc.kinds.includes(k)).length +
      parsed.groups.filter((g) => doc.groups.includes(g)).length +
      parsed.needs.filter((n) => doc.needs.includes(n)).length;

    const kept = index.docs.filter((doc) => keep(doc));
    const scores = new Float64Array(kept.length);
    const keys = new Float64Array(RADICES.length);
    kept.forEach((doc, i) => {
      const text = textScores.get(doc.id) ?? 1;
      keys[0] = urgencyKey(doc, parsed);
      keys[1] = named.has(doc.id) ? 0 : 1;
      keys[2] = textFilter ? tenths(text) : 0; // a search by name (nothing else understood): best text match first
      keys[3] = tier(doc, effectivePlace) ?? 9;
      keys[4] = MAX_FIT - fit(doc);
      keys[5] = MAX_BOOST - boost(doc);
      keys[6] = crimeTypes.length ? doc.crime.length : 0; // fewer crime types = more specialised
      keys[7] = tenths(text);
      keys[8] = nameRank.get(doc.id) ?? 0;
      scores[i] = rankScore(keys);
    });
    // A typed array sorts numerically without a comparator; the last key names the service.
    const results = Array.from(scores.sort(), (score) => alphabetical[score % NAME_RADIX] as SearchDoc);

    const widen: Widening[] = [];
    if (results.length === 0) {
      const active: (keyof Filters)[] = [];
      if (effectivePlace) active.push(filters.borough ? 'borough' : 'place');
      if (crimeSet) active.push('crimeType');
      if (filters.needs.length) active.push('needs');
      if (filters.kind) active.push('kind');
      if (filters.ageGroup) active.push('ageGroup');
      if (filters.openNow) active.push('openNow');
      if (textFilter) active.push('text');
      for (const filter of active) {
        const count = index.docs.filter((doc) => keep(doc, filter)).length;
        if (count > 0) widen.push({ filter, count });
      }
    }

    const fallback =
      results.length === 0
        ? index.docs.filter((d) => d.urgency < 3 || d.scope === 'national').sort((a, b) => a.urgency - b.urgency || a.name.localeCompare(b.name, 'en-GB'))
        : [];
    const browsing =
      !filters.text.trim() && !place && !filters.crimeType && filters.needs.length === 0 && !filters.kind && !filters.ageGroup && !filters.openNow;
    return { results, parsed, place, crimeTypes, widen, fallback, browsing };
  }

  return { search, openStatus: (doc: SearchDoc, now: Date) => openStatus(doc.hours, now, holidays) };
}

export type Searcher = ReturnType<typeof createSearch>;
