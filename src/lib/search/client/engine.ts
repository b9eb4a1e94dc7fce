// The search engine: filters that combine, typo-tolerant text search (MiniSearch), and the
// ranking rules of the directory. Pure: the same code runs in unit tests, in
// `npm run eval:search` and in the browser.
//
// WHAT MATCHES (the results, and so the count): services that pass the filters (place, what
// happened, needs, kind, age, open now) and fit what the words asked for:
//   - a harm was understood: services for that harm, its sub-types or its parent;
//   - otherwise a kind of help, group, need, language or topic: services that offer it;
//   - otherwise other words: services whose text matches them (by name first);
//   - only a place: every service that covers it.
// Lead services for a topic (crisis lines for "suicidal") always match. 999 always matches
// when someone may be in danger.
//
// WHO IT IS FOR: a service that does not serve the person (women only when the words say "I'm
// a man"; adults only for "I'm 15") is not a result: it is listed apart as not for them.
//
// RANKING (decision 0006), first key first:
//   1. Danger now: 999 first. After a recent rape or sexual assault the Havens, then 999.
//   2. Crisis and other topic words: the topic's lead services (Samaritans for "suicidal").
//   3. The words are a service's name (exactly first) or part of one: that service.
//   4. Nothing understood: the best text match; words understood but some not: services whose
//      names contain those other words ("muslim", "app").
//   5. A group, language or age named in the words or filters: services for that group.
//   6. Lead services: for the harm (its specialist line, e.g. the National Domestic Abuse
//      Helpline), then the parent harm's lead, then the chosen place's own service for it.
//   7. Fit: naming the exact harm asked for counts more than a related one.
//   8. General services before services for a particular group not named, or for a narrow
//      topic (crisis lines, police) when neither it nor a kind of help they give was asked for.
//   9. Kinds of help, needs, languages and audiences (friends and family, professionals) asked for.
//  10. Place: the chosen borough's own, its Rape Crisis region, London-wide, national. With no
//      place, London (and its regions) first, then national, then single boroughs.
//  11. Specialisation: fewer harms outside what was asked.
//  12. Text relevance, then name.
// Which services lead, which groups are audiences and which topics are narrow is data
// (seeds/search-ranking.json), never slugs in this file.
//
// Text search uses MiniSearch (prefix and typo-tolerant), chosen over fuse.js by measurement:
// about 40 times faster per keystroke at 1,000 listings (`npm run bench:search`, decision 0003).
// A typo match is used only when no word matches exactly: a word we know is never read as
// another word.
import MiniSearch from 'minisearch';
import { openStatus } from '../../rules/hours.ts';
import { lookupDistrict } from '../../reference/postcode-lookup.ts';
import { coverageTier, TIERS, type AreaScope } from '../../rules/coverage.ts';
import { crimeFamilies } from '../../domain/crime-types.ts';
import { parseQuery, type ParsedQuery } from './query.ts';
import { preferLanguage } from './language.ts';
import { normalise, tokens } from './text.ts';
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

/** A service left out because the words say it does not serve this person. */
export interface NotForYou {
  doc: SearchDoc;
  reason: 'gender' | 'age';
}

/**
 * How sure the search is: 'nothing' (words typed, nothing understood or found), 'fuzzy' (only
 * close spellings matched), 'few' (fewer than 3 results), or null.
 */
export type Weakness = 'nothing' | 'fuzzy' | 'few' | null;

export interface SearchOutcome {
  /** The services that match, best first. Their number is the count shown. */
  results: SearchDoc[];
  parsed: ParsedQuery;
  place: Place | null;
  /** Crime types used to filter (chosen or read from the words). */
  crimeTypes: string[];
  /** When nothing matches: the filters whose removal would give results. */
  widen: Widening[];
  /** Urgent routes and 24-hour lines, when nothing matches or the match is weak. */
  fallback: SearchDoc[];
  weak: Weakness;
  /** Services that match but do not serve this person, with why. */
  notForYou: NotForYou[];
  /** The query asked for nothing yet (no words, or only the first letters of a word): all services. */
  browsing: boolean;
}

// Ranking keys, most significant first, packed into one number per result so sorting compares
// numbers, not tuples (it matters at 10,000 listings on a slow phone). Each key is a whole number
// below its radix; the product of the radices stays below 2^53, so the packing is exact.
const NAME_RADIX = 1_000_000;
//                urgency topic named text nameWords group lead fit special boost place outside 24h text2 name
const RADICES = [3, 2, 3, 10, 4, 2, 5, 16, 2, 8, 5, 16, 2, 4, NAME_RADIX] as const;
const MAX_FIT = 15;
const MAX_BOOST = 7;
const MAX_NAME_WORDS = 3;
/** Most lines shown in the safety net (London has about 15 urgent routes and 24-hour lines). */
const SAFETY_NET = 20;

/** How many of the values are in the set (without building an array: this runs per service). */
function countIn(values: readonly string[], set: ReadonlySet<string>): number {
  if (set.size === 0) return 0;
  let n = 0;
  for (const v of values) if (set.has(v)) n++;
  return n;
}

/** Packs the keys (filled into `keys`, reused between services) into one number. */
function rankScore(keys: Float64Array): number {
  let score = 0;
  for (let i = 0; i < RADICES.length; i++) {
    const radix = RADICES[i] as number;
    score = score * radix + Math.min(radix - 1, Math.max(0, Math.round(keys[i] as number)));
  }
  return score;
}

/** With no place chosen: London-wide and London's regions, then national, then one borough's. */
const NO_PLACE_TIER: Record<AreaScope, number> = { london: 0, region: 0, national: 1, boroughs: 2 };

/** A text score in [0, 1] (0 best) as a whole number of tenths. */
const tenths = (text: number) => Math.min(9, Math.floor(text * 10));

/** Typos allowed per word: none for short words, one for 4-5 letters, two for longer ones. */
function typos(term: string): number | false {
  if (term.length <= 3) return false;
  return term.length <= 5 ? 1 : 2;
}

/** What never changes about a service between keystrokes, worked out once. */
interface DocFacts {
  /** Groups it specialises in (audiences such as friends and family are not a specialism). */
  specialistGroups: Set<string>;
  /** Led by and for a community, or only for a group (men, young people...). */
  forGroup: boolean;
  /** Narrow topics it leads (crisis lines, police): below general help unless asked for. */
  narrowTopics: string[];
  /** Lead entries it belongs to, by what they lead for. */
  leadsCrime: string[][];
  leadsKind: string[];
  leadsGroup: string[];
  leadsTopic: string[];
  /** Boroughs where it has a public place. */
  placeBoroughs: Set<string>;
}

export function createSearch(index: SearchIndex, options: SearchOptions) {
  const holidays = new Set(index.bankHolidays);
  const parentOf = new Map(index.crimeTypes.map((c) => [c.id, c.parent]));
  // The top-level harm each crime type belongs to ("recent-sexual-assault" -> "sexual-violence").
  const roots = new Map(
    index.crimeTypes.map((c) => {
      let at = c.id;
      for (let p = parentOf.get(at); p; p = parentOf.get(at)) at = p;
      return [c.id, at];
    }),
  );
  const rootOf = (id: string): string => roots.get(id) ?? id;
  const regionOf = new Map(index.boroughs.map((b) => [b.slug, b.region]));
  const regionOfBorough = (slug: string) => regionOf.get(slug);
  const ranking = index.ranking;
  const audience = new Set(ranking.audienceGroups);
  const narrow = new Set(ranking.topics.filter((t) => t.narrow).map((t) => t.id));
  // Crime types with a lead of their own (otherwise the parent's lead is used).
  const ownLead = new Set(ranking.leads.filter((l) => l.crimeTypes?.length === 1).map((l) => l.crimeTypes?.[0] as string));

  // Facts by position in index.docs (a service's position is found once, through `position`).
  const facts: DocFacts[] = [];
  const position = new Map(index.docs.map((d, i) => [d.id, i]));
  for (const doc of index.docs) {
    const specialistGroups = new Set(doc.groups.filter((g) => !audience.has(g)));
    // Only for the young (not a service that also sees children), or only for men.
    for (const g of ranking.groupsByAge)
      if (g.servicesUpTo !== undefined && doc.ageMax !== undefined && doc.ageMax <= g.servicesUpTo) specialistGroups.add(g.group);
    if (doc.genders.length === 1 && doc.genders[0] === 'men') specialistGroups.add('men');
    facts.push({
      specialistGroups,
      forGroup: specialistGroups.size > 0 || doc.kinds.includes('by-and-for'),
      narrowTopics: [],
      leadsCrime: [],
      leadsKind: [],
      leadsGroup: [],
      leadsTopic: [],
      placeBoroughs: new Set(doc.places.flatMap((p) => (p.borough ? [p.borough] : []))),
    });
  }
  for (const lead of ranking.leads) {
    for (const id of lead.services) {
      const at = position.get(id);
      if (at === undefined) continue; // a lead that is not in this index (e.g. synthetic listings)
      const f = facts[at] as DocFacts;
      if (lead.crimeTypes) f.leadsCrime.push(lead.crimeTypes);
      if (lead.kind) f.leadsKind.push(lead.kind);
      if (lead.group) f.leadsGroup.push(lead.group);
      if (lead.topic) {
        f.leadsTopic.push(lead.topic);
        if (narrow.has(lead.topic)) f.narrowTopics.push(lead.topic);
      }
    }
  }
  const factsOf = (doc: SearchDoc) => facts[position.get(doc.id) as number] as DocFacts;

  // Names and other names, normalised once: exact names in a map, and all of a service's names
  // joined by a line break (which normalised words never contain) for "typed part of the name".
  const names = index.docs.map((d) => [d.name, ...d.aka].map(normalise).join('\n'));
  const byExactName = new Map<string, string[]>();
  index.docs.forEach((d) => {
    for (const n of new Set([d.name, ...d.aka].map(normalise))) byExactName.set(n, [...(byExactName.get(n) ?? []), d.id]);
  });
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
        extractField: (doc, field) => (field === 'aka' ? doc.aka.join(' ') : doc[field as 'name' | 'org' | 'terms' | 'summary']),
        // The same normalising as the vocabulary, so "women's" and "womens", "español" and
        // "espanol" are the same word.
        tokenize: tokens,
        processTerm: (term) => term,
        searchOptions: { prefix: (term) => term.length >= 2, fuzzy: false, boost: { name: 3, aka: 3, org: 2, terms: 1.5 } },
      });
      mini.addAll(index.docs);
    }
    return mini;
  };

  /** A crime type, its sub-types and its parent (the rule the pages use too). */
  const crimeFamily = crimeFamilies(index.crimeTypes);

  /**
   * How well a service fits one harm: 2 it names the harm; 1 it names a sub-type, or the
   * parent harm; 0 otherwise. A service that names the parent beside another sub-type, when
   * the parent itself was not asked about, means that sub-type: an FGM clinic listing "harmful
   * practices" does not help with forced marriage.
   */
  function fitFor(doc: SearchDoc, wanted: string, asked: Set<string>): number {
    if (doc.crime.includes(wanted)) return 2;
    if (doc.crime.some((c) => parentOf.get(c) === wanted)) return 1;
    const parent = parentOf.get(wanted);
    if (!parent || !doc.crime.includes(parent)) return 0;
    return asked.has(parent) || !doc.crime.some((c) => c !== wanted && parentOf.get(c) === parent) ? 1 : 0;
  }

  function placeFor(filters: Filters, parsed: ParsedQuery): Place | null {
    if (filters.borough) return { from: 'list', boroughs: [filters.borough] };
    if (filters.place.trim()) {
      const match = lookupDistrict(index.districts, filters.place);
      if (match)
        return { from: 'postcode', district: match.district, boroughs: match.boroughs, outsideLondon: match.boroughs.length === 0 };
      return { from: 'postcode', boroughs: [], outsideLondon: true };
    }
    if (parsed.district)
      return {
        from: 'text',
        district: parsed.district.district,
        boroughs: parsed.district.boroughs,
        outsideLondon: parsed.district.boroughs.length === 0,
      };
    if (parsed.boroughs.length) return { from: 'text', boroughs: parsed.boroughs };
    return null;
  }

  /**
   * The place key (ranking key 10): the coverage tier (src/lib/rules/coverage.ts, the rule the
   * borough pages use) as its position in TIERS: 0 the place's own, 1 its Rape Crisis region,
   * 2 London-wide, 3 national; null if not covered. A London-wide or national service with a
   * public place in the chosen place ranks as the place's own. With no place: 0 London-wide or a
   * London region, 1 national, 2 single boroughs.
   */
  function tier(doc: SearchDoc, place: Place | null): number | null {
    if (!place || place.boroughs.length === 0) return NO_PLACE_TIER[doc.scope];
    const covers = coverageTier(doc, place.boroughs, regionOfBorough);
    if (covers === null) return null;
    if ((covers === 'london' || covers === 'national') && place.boroughs.some((b) => factsOf(doc).placeBoroughs.has(b))) return 0;
    return TIERS.indexOf(covers);
  }

  /** The filters other than what happened (which `matches` checks, with topic leads). */
  function passes(doc: SearchDoc, filters: Filters, place: Place | null, now: Date, skip?: keyof Filters): boolean {
    if (skip !== 'borough' && skip !== 'place' && place && tier(doc, place) === null) return false;
    if (skip !== 'needs' && !filters.needs.every((n) => doc.needs.includes(n))) return false;
    if (skip !== 'kind' && filters.kind && !doc.kinds.includes(filters.kind)) return false;
    if (skip !== 'ageGroup' && filters.ageGroup) {
      const band = options.ageGroups.find((a) => a.id === filters.ageGroup);
      if (band && ((doc.ageMin ?? 0) > band.max || (doc.ageMax ?? Infinity) < band.min)) return false;
    }
    if (skip !== 'openNow' && filters.openNow && openStatus(doc.hours, now, holidays).state !== 'open') return false;
    return true;
  }

  /** Text matches for words, best 0; exact or prefix matches first, typo matches only if none. */
  function textSearch(words: string[]): { scores: Map<string, number>; fuzzy: boolean } {
    const scores = new Map<string, number>();
    const query = words.join(' ');
    let found = textIndex().search(query);
    let fuzzy = false;
    if (found.length === 0) {
      found = textIndex().search(query, { fuzzy: typos });
      fuzzy = found.length > 0;
    }
    const best = found[0]?.score ?? 1;
    for (const r of found) scores.set(String(r.id), 1 - r.score / best);
    // A name or other name that contains the words exactly beats any other match ("FMU", "Nia").
    for (const doc of docsNamed(normalise(query))) scores.set(doc.id, 0);
    return { scores, fuzzy };
  }

  /**
   * Services whose names hold words that were not understood, when other words were: "muslim"
   * in "muslim woman forced marriage". Words in many names ("centre", "line") say nothing.
   */
  function nameWordHits(leftover: string[], typedText: string): Map<string, number> {
    const hits = new Map<string, number>();
    const most = Math.max(3, Math.ceil(index.docs.length * 0.05));
    // The word being typed may be unfinished: match it as a prefix.
    const typing = /\s$/.test(typedText) ? '' : (tokens(typedText).at(-1) ?? '');
    leftover.forEach((word) => {
      if (word.length < 3) return;
      const last = word === typing;
      const found = textIndex().search(word, { fields: ['name', 'aka', 'org'], prefix: last, fuzzy: false });
      if (found.length === 0 || found.length > most) return;
      for (const r of found) hits.set(String(r.id), (hits.get(String(r.id)) ?? 0) + 1);
    });
    return hits;
  }

  // Build the text index now, while the page waits for input, not on the first keystroke.
  textIndex();

  function search(filters: Filters, now: Date = new Date()): SearchOutcome {
    const parsed = parseQuery(filters.text, index);
    const place = placeFor(filters, parsed);
    const crimeTypes = filters.crimeType ? [filters.crimeType] : parsed.crimeTypes;
    const crimeSet = crimeTypes.length ? new Set(crimeTypes.flatMap(crimeFamily)) : null;
    const effectivePlace = place && !place.outsideLondon ? place : null;

    // Who and what the words (and filters) named.
    const groups = new Set(parsed.groups);
    for (const n of filters.needs) if (ranking.needGroups[n]) groups.add(ranking.needGroups[n]);
    const band = filters.ageGroup ? options.ageGroups.find((a) => a.id === filters.ageGroup) : undefined;
    if (band) for (const g of ranking.groupsByAge) if (band.max >= (g.min ?? 0) && band.min <= (g.max ?? Infinity)) groups.add(g.group);
    const named = [...groups].filter((g) => !audience.has(g));
    const audiences = [...groups].filter((g) => audience.has(g));
    const topics = new Set(parsed.topics);
    const kinds = new Set(parsed.kinds);
    const needs = new Set(parsed.needs);
    const languages = new Set(parsed.languages);
    const askedCrime = new Set(crimeTypes);
    const askedRoots = new Set(crimeTypes.map(rootOf));

    const understoodSomething =
      crimeTypes.length > 0 ||
      topics.size > 0 ||
      kinds.size > 0 ||
      parsed.groups.length > 0 ||
      needs.size > 0 ||
      languages.size > 0 ||
      parsed.urgent;
    const typedText = normalise(filters.text);
    const textFilter = !understoodSomething && parsed.leftover.length > 0;
    const text = parsed.leftover.length ? textSearch(parsed.leftover) : { scores: new Map<string, number>(), fuzzy: false };
    // Someone who types a service's name (0), or part of it with words we do not otherwise
    // understand ("rape crisis", "victim support") (1), wants that service first.
    const namedIds = new Map<string, number>();
    if (typedText.length >= 3) {
      if (parsed.leftover.length) for (const d of docsNamed(typedText)) namedIds.set(d.id, 1);
      for (const id of byExactName.get(typedText) ?? []) namedIds.set(id, 0);
    }
    const nameWords =
      understoodSomething && parsed.leftover.length && namedIds.size === 0
        ? nameWordHits(parsed.leftover, filters.text)
        : new Map<string, number>();
    // Words typed, nothing understood, no place and no text: nothing to go on ("help me"). Only
    // letters of a first word ("h", "he") are not a search yet.
    const saidWho = parsed.gender !== null || parsed.age !== null;
    const nothing = typedText.length > 0 && !understoodSomething && !saidWho && parsed.leftover.length === 0 && !place;
    const notYet = nothing && tokens(typedText).every((t) => t.length < 3);

    const servesGroup = (doc: SearchDoc, f: DocFacts) =>
      named.some((g) => f.specialistGroups.has(g)) || doc.languages.some((l) => languages.has(l));
    // A narrow topic's service is asked for when its topic is, or a kind of help it gives is
    // ("lawyer": the legal aid line is a legal service).
    const narrowAsked = (f: DocFacts, doc: SearchDoc) => f.narrowTopics.some((t) => topics.has(t)) || countIn(doc.kinds, kinds) > 0;
    // Services for the group named lead, unless they are for a narrow topic not asked about
    // (a crisis line) or, with no place chosen, for one borough only.
    const groupFirst = (doc: SearchDoc, f: DocFacts) =>
      servesGroup(doc, f) && (f.narrowTopics.length === 0 || narrowAsked(f, doc)) && (effectivePlace !== null || doc.scope !== 'boroughs');
    const leadsTopic = (f: DocFacts) => f.leadsTopic.some((t) => topics.has(t));
    // What the words asked for, when no harm was understood.
    const offersAsked = (doc: SearchDoc, f: DocFacts) =>
      leadsTopic(f) ||
      parsed.groups.some((g) => f.specialistGroups.has(g)) ||
      doc.languages.some((l) => languages.has(l)) ||
      doc.kinds.some((k) => kinds.has(k)) ||
      doc.needs.some((n) => needs.has(n)) ||
      audiences.some((g) => doc.groups.includes(g)) ||
      f.leadsKind.some((k) => kinds.has(k)) ||
      (parsed.urgent && doc.urgency < 3) ||
      nameWords.has(doc.id) ||
      namedIds.has(doc.id);
    // Groups named by the filters (a need, an age band) rank services; only words narrow them.
    const askedForSomething = topics.size + kinds.size + parsed.groups.length + needs.size + languages.size > 0 || parsed.urgent;

    const matches = (doc: SearchDoc, f: DocFacts, skip?: keyof Filters): boolean => {
      if (nothing) return false;
      if (parsed.urgent && doc.urgency === 0) return true; // 999, whatever the filters
      const crimeOk = skip === 'crimeType' || !crimeSet || doc.crime.some((c) => crimeSet.has(c)) || leadsTopic(f);
      if (!crimeOk || !passes(doc, filters, effectivePlace, now, skip)) return false;
      if (skip === 'text') return true;
      if (crimeSet) return true;
      if (askedForSomething) return offersAsked(doc, f);
      if (textFilter) return text.scores.has(doc.id);
      return true;
    };

    const notForYou: NotForYou[] = [];
    const reasonNotFor = (doc: SearchDoc): NotForYou['reason'] | null => {
      if (parsed.gender && !doc.genders.includes(parsed.gender)) return 'gender';
      if (parsed.age !== null && ((doc.ageMin ?? 0) > parsed.age || (doc.ageMax ?? Infinity) < parsed.age)) return 'age';
      return null;
    };

    const fit = (doc: SearchDoc) => crimeTypes.reduce((sum, wanted) => sum + fitFor(doc, wanted, askedCrime), 0);
    const leadKey = (doc: SearchDoc, f: DocFacts): number => {
      let best = 4;
      for (const lead of f.leadsCrime) {
        if (lead.length > 1 && lead.every((c) => askedCrime.has(c))) return 0; // "abused as a child" (an adult now): NAPAC
        if (lead.length === 1 && askedCrime.has(lead[0] as string)) best = Math.min(best, 1);
        else if (lead.length === 1 && crimeTypes.some((c) => !ownLead.has(c) && parentOf.get(c) === lead[0])) best = Math.min(best, 2);
      }
      if (f.leadsKind.some((k) => kinds.has(k)) || f.leadsGroup.some((g) => groups.has(g))) best = Math.min(best, 1);
      // The chosen place's own service for the harm (or for anything, if no harm was named).
      const local = doc.scope === 'boroughs' || doc.scope === 'region';
      if (
        best > 3 &&
        effectivePlace &&
        local &&
        (!f.forGroup || servesGroup(doc, f)) &&
        (!crimeTypes.length || doc.crime.some((c) => askedCrime.has(c)))
      )
        best = 3;
      return best;
    };
    const boost = (doc: SearchDoc) =>
      countIn(doc.kinds, kinds) +
      countIn(doc.needs, needs) +
      countIn(doc.languages, languages) +
      audiences.reduce((n, g) => n + (doc.groups.includes(g) ? 1 : 0), 0);
    const outside = (doc: SearchDoc) => {
      let n = 0;
      if (crimeTypes.length) for (const c of doc.crime) if (!askedRoots.has(rootOf(c))) n++;
      return n;
    };

    const kept: number[] = [];
    index.docs.forEach((doc, at) => {
      if (!matches(doc, facts[at] as DocFacts)) return;
      const reason = reasonNotFor(doc);
      if (reason) notForYou.push({ doc, reason });
      else kept.push(at);
    });
    const scores = new Float64Array(kept.length);
    const keys = new Float64Array(RADICES.length);
    kept.forEach((at, i) => {
      const doc = index.docs[at] as SearchDoc;
      const f = facts[at] as DocFacts;
      const textScore = text.scores.get(doc.id) ?? 1;
      // Danger: 999 first. A recent rape or sexual assault: the Havens (urgency 1), then 999.
      keys[0] = !parsed.urgent ? 0 : parsed.recentSexualAssault ? ([1, 0, 2, 2][doc.urgency] ?? 2) : doc.urgency === 0 ? 0 : 1;
      keys[1] = leadsTopic(f) ? 0 : 1;
      keys[2] = namedIds.get(doc.id) ?? 2;
      keys[3] = textFilter ? tenths(textScore) : 0; // a search by name (nothing else understood): best text match first
      keys[4] = MAX_NAME_WORDS - (nameWords.get(doc.id) ?? 0);
      keys[5] = groupFirst(doc, f) ? 0 : 1;
      keys[6] = leadKey(doc, f);
      keys[7] = MAX_FIT - fit(doc);
      // General help before help for a group or narrow topic nobody asked about, and (with no
      // place chosen) before help for one borough's residents.
      keys[8] =
        (f.forGroup && !servesGroup(doc, f)) ||
        (f.narrowTopics.length > 0 && !narrowAsked(f, doc)) ||
        (!effectivePlace && doc.scope === 'boroughs')
          ? 1
          : 0;
      keys[9] = MAX_BOOST - boost(doc);
      keys[10] = tier(doc, effectivePlace) ?? 4;
      keys[11] = outside(doc);
      keys[12] = doc.urgency < 3 ? 0 : 1; // open day and night (or urgent care) before the rest
      keys[13] = Math.min(3, Math.floor(textScore * 4));
      keys[14] = nameRank.get(doc.id) ?? 0;
      scores[i] = rankScore(keys);
    });
    // A typed array sorts numerically without a comparator; the last key names the service.
    // A language chosen in the filters: its services first, then interpreters (language.ts).
    const results = preferLanguage(
      Array.from(scores.sort(), (score) => alphabetical[score % NAME_RADIX] as SearchDoc),
      filters.language,
      parsed,
    );

    const widen: Widening[] = [];
    if (results.length === 0 && !nothing) {
      const active: (keyof Filters)[] = [];
      if (effectivePlace) active.push(filters.borough ? 'borough' : 'place');
      if (crimeSet) active.push('crimeType');
      if (filters.needs.length) active.push('needs');
      if (filters.kind) active.push('kind');
      if (filters.ageGroup) active.push('ageGroup');
      if (filters.openNow) active.push('openNow');
      if (textFilter || askedForSomething) active.push('text');
      for (const filter of active) {
        const count = index.docs.filter((doc, at) => matches(doc, facts[at] as DocFacts, filter) && !reasonNotFor(doc)).length;
        if (count > 0) widen.push({ filter, count });
      }
    }

    const browsing =
      (!filters.text.trim() || notYet) &&
      !place &&
      !filters.crimeType &&
      filters.needs.length === 0 &&
      !filters.kind &&
      !filters.ageGroup &&
      !filters.openNow &&
      !filters.language;
    const weak: Weakness = browsing
      ? null
      : results.length === 0
        ? nothing || textFilter
          ? 'nothing'
          : null
        : textFilter && text.fuzzy
          ? 'fuzzy'
          : results.length < 3
            ? 'few'
            : null;
    // The safety net: urgent routes and 24-hour lines that serve this person. Emergency, then
    // urgent care, then the lead lines (for the harm asked about, and the main helplines), then
    // the other lines open day and night, by name; at most SAFETY_NET of them.
    const fallback: SearchDoc[] = [];
    if (!browsing && (results.length === 0 || weak)) {
      const net: number[] = [];
      index.docs.forEach((d, at) => {
        if (d.urgency >= 3 || reasonNotFor(d)) return;
        const f = facts[at] as DocFacts;
        const rank = d.urgency < 2 ? d.urgency : leadKey(d, f) < 3 || f.leadsKind.includes('helpline') ? 2 : 3;
        net.push(rank * NAME_RADIX + (nameRank.get(d.id) ?? 0));
      });
      for (const key of Float64Array.from(net).sort().slice(0, SAFETY_NET)) fallback.push(alphabetical[key % NAME_RADIX] as SearchDoc);
    }
    return { results, parsed, place, crimeTypes, widen, fallback, weak, notForYou, browsing };
  }

  return { search, openStatus: (doc: SearchDoc, now: Date) => openStatus(doc.hours, now, holidays) };
}

export type Searcher = ReturnType<typeof createSearch>;
