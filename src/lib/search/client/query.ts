// Reading what someone typed: everyday words and misspellings become crime types, kinds,
// groups, needs, languages and topics (from seeds/synonyms.json and seeds/language-names.json);
// "I'm a man" or "I'm 15" say who the person is; a borough, a London region or a postcode
// becomes a place; what is left is searched as text.
//
// Typos: a typed word may match a vocabulary word with one typo (5-7 letters) or two (8 or
// more), but a typed word that is itself in the vocabulary is never read as a different word
// ("polish" is a language, not "police"; "married" is not "marry").
import { districtOf } from '../../reference/postcode-lookup.ts';
import type { SearchIndex, SynonymEntry } from './types.ts';
import { STOPWORDS, tokens as toTokens, typoAllowance, wordMatches } from './text.ts';

export interface ParsedQuery {
  crimeTypes: string[];
  kinds: string[];
  groups: string[];
  needs: string[];
  /** Languages named ("polski", "Bengali", "বাংলা"). */
  languages: string[];
  /** Topics named (seeds/search-ranking.json), e.g. "crisis". */
  topics: string[];
  /** The person says they are a man or a woman. */
  gender: 'women' | 'men' | null;
  /** The person's own age ("I'm 15"), not someone else's ("my 15 year old son"). */
  age: number | null;
  /** Someone may be in danger now, or was assaulted in the last days. */
  urgent: boolean;
  /** A recent rape or sexual assault: the Havens come first. */
  recentSexualAssault: boolean;
  /** Boroughs named in the text (or the boroughs of a London region named). */
  boroughs: string[];
  /** A postcode district found in the text (e.g. "SE5"), and the boroughs it covers. */
  district: { district: string; boroughs: string[] } | null;
  /** Words left to search as text, without stopwords. */
  leftover: string[];
  /**
   * What was understood, named as categories ("Recent rape or sexual assault", "Hackney"),
   * never as the vocabulary word that matched (which may be a misspelling).
   */
  understood: string[];
}

type QueryIndex = Pick<SearchIndex, 'synonyms' | 'boroughs' | 'districts' | 'crimeTypes' | 'ranking' | 'labels'>;

const BOROUGH_FILLER = new Set(['and', 'of', 'upon', 'the']);
const REGIONS = ['north', 'south', 'east', 'west'];

/** Ways people name a borough: its full name, and each half of a double-barrelled one. */
function boroughAliases(name: string): string[][] {
  const words = toTokens(name);
  const aliases = [words.filter((w) => !BOROUGH_FILLER.has(w))];
  if (words.includes('and')) {
    const i = words.indexOf('and');
    aliases.push(words.slice(0, i), words.slice(i + 1));
  }
  if (words.includes('upon')) aliases.push(words.slice(0, words.indexOf('upon')));
  return aliases.filter((a) => a.length > 0);
}

/** A phrase as the ids of its words in the vocabulary. */
interface Phrase {
  words: number[];
}

interface CompiledEntry {
  entry: SynonymEntry;
  terms: Phrase[];
  with: Phrase[] | null;
  unless: Phrase[] | null;
}

interface Compiled {
  entries: CompiledEntry[];
  boroughs: { slug: string; name: string; aliases: Phrase[] }[];
  /** Every distinct vocabulary word, and its id. */
  words: string[];
  wordId: Map<string, number>;
  /** Word ids by word length, for finding typo matches without comparing every word. */
  byLength: Map<number, number[]>;
}

// Compiled once per index (by identity), not on every keystroke.
const compiledCache = new WeakMap<object, Compiled>();

function compile(index: QueryIndex): Compiled {
  let compiled = compiledCache.get(index.synonyms);
  if (compiled) return compiled;
  const words: string[] = [];
  const wordId = new Map<string, number>();
  const idOf = (w: string) => {
    let id = wordId.get(w);
    if (id === undefined) {
      id = words.length;
      words.push(w);
      wordId.set(w, id);
    }
    return id;
  };
  // Longest phrases first, so "forced marriage" is tried before "marriage".
  const phrases = (terms: string[]): Phrase[] =>
    terms
      .map((term) => toTokens(term))
      .filter((t) => t.length > 0)
      .sort((a, b) => b.length - a.length || b.join(' ').length - a.join(' ').length)
      .map((t) => ({ words: t.map(idOf) }));
  const entries = index.synonyms.map((entry) => ({
    entry,
    terms: phrases(entry.terms),
    with: entry.with ? phrases(entry.with) : null,
    unless: entry.unless ? phrases(entry.unless) : null,
  }));
  const boroughs = index.boroughs.map((b) => ({
    slug: b.slug,
    name: b.name,
    aliases: boroughAliases(b.name).map((a) => ({ words: a.map(idOf) })),
  }));
  for (const r of REGIONS) idOf(r);
  const byLength = new Map<number, number[]>();
  words.forEach((w, id) => byLength.set(w.length, [...(byLength.get(w.length) ?? []), id]));
  compiled = { entries, boroughs, words, wordId, byLength };
  compiledCache.set(index.synonyms, compiled);
  return compiled;
}

/**
 * For each vocabulary word, the positions of the typed words that match it (exactly, or with
 * a typo when the typed word is not itself a vocabulary word). Computed once per keystroke.
 */
function matchTable(typed: string[], c: Compiled): Map<number, number[]> {
  const hits = new Map<number, number[]>();
  const add = (id: number, i: number) => hits.set(id, [...(hits.get(id) ?? []), i]);
  typed.forEach((t, i) => {
    const exact = c.wordId.get(t);
    if (exact !== undefined) {
      add(exact, i); // a word we know is only ever itself
      return;
    }
    const allowance = typoAllowance(t);
    for (let len = t.length - allowance; allowance > 0 && len <= t.length + allowance; len++) {
      for (const id of c.byLength.get(len) ?? []) if (wordMatches(t, c.words[id] as string)) add(id, i);
    }
  });
  return hits;
}

/** Token positions that spell out all words of a phrase (in any order), or null. */
function findPhrase(phrase: Phrase, hits: Map<number, number[]>, used: Set<number>): number[] | null {
  const at: number[] = [];
  for (const id of phrase.words) {
    const i = (hits.get(id) ?? []).find((p) => !at.includes(p) && !used.has(p));
    if (i === undefined) return null;
    at.push(i);
  }
  return at;
}

function findAny(phrases: Phrase[], hits: Map<number, number[]>, used: Set<number>): number[] | null {
  for (const phrase of phrases) {
    const at = findPhrase(phrase, hits, used);
    if (at) return at;
  }
  return null;
}

/** "I'm 15", "im 15", "I am 15 years old": the person's own age. Marks the words as used. */
function ownAge(typed: string[], used: Set<number>): number | null {
  for (let i = 0; i < typed.length; i++) {
    const lead = typed[i] === 'im' ? 1 : typed[i] === 'i' && typed[i + 1] === 'am' ? 2 : 0;
    const n = lead ? typed[i + lead] : undefined;
    if (!n || !/^\d{1,3}$/.test(n) || Number(n) > 120) continue;
    for (let j = i; j <= i + lead; j++) used.add(j);
    if (typed[i + lead + 1] === 'years' || typed[i + lead + 1] === 'yrs') used.add(i + lead + 1).add(i + lead + 2);
    if (typed[i + lead + 1] === 'yo') used.add(i + lead + 1);
    return Number(n);
  }
  return null;
}

export function parseQuery(text: string, index: QueryIndex): ParsedQuery {
  const typed = toTokens(text);
  const used = new Set<number>();
  const out: ParsedQuery = {
    crimeTypes: [],
    kinds: [],
    groups: [],
    needs: [],
    languages: [],
    topics: [],
    gender: null,
    age: null,
    urgent: false,
    recentSexualAssault: false,
    boroughs: [],
    district: null,
    leftover: [],
    understood: [],
  };

  // A full postcode ("e8 1aa") or a London district ("se5").
  for (let i = 0; i < typed.length && !out.district; i++) {
    const pair = typed[i + 1] !== undefined ? `${typed[i] as string} ${typed[i + 1] as string}` : '';
    const fromPair = pair && /\d[a-z]{2}$/.test(pair) ? districtOf(pair) : null;
    const single = districtOf(typed[i] as string);
    if (fromPair) {
      out.district = { district: fromPair, boroughs: index.districts[fromPair] ?? [] };
      used.add(i).add(i + 1);
    } else if (single && index.districts[single]) {
      out.district = { district: single, boroughs: index.districts[single] ?? [] };
      used.add(i);
    }
  }
  out.age = ownAge(typed, used);

  const compiled = compile(index);
  const hits = matchTable(typed, compiled);
  const places: string[] = [];
  for (const borough of compiled.boroughs) {
    for (const alias of borough.aliases) {
      const at = findPhrase(alias, hits, used);
      if (at) {
        out.boroughs.push(borough.slug);
        at.forEach((i) => used.add(i));
        places.push(borough.name);
        break;
      }
    }
  }
  // "East London": the boroughs of that Rape Crisis region.
  for (let i = 0; i + 1 < typed.length; i++) {
    const region = typed[i] as string;
    if (!REGIONS.includes(region) || typed[i + 1] !== 'london' || used.has(i)) continue;
    out.boroughs.push(...index.boroughs.filter((b) => b.region === region).map((b) => b.slug));
    used.add(i).add(i + 1);
    places.push(`${region[0]?.toUpperCase()}${region.slice(1)} London`);
  }

  const labels: string[] = [];
  let notUrgent = false;
  interface Hit {
    c: CompiledEntry;
    main: number[];
    also: number[];
  }
  // Terms may overlap between entries ("raped" is both sexual violence and, with "last night",
  // a recent assault), so matching does not consume words for other entries.
  const find = (c: CompiledEntry): Hit | null => {
    const main = findAny(c.terms, hits, new Set());
    if (!main) return null;
    const also = c.with ? findAny(c.with, hits, new Set()) : [];
    if (!also) return null;
    if (c.unless && findAny(c.unless, hits, new Set())) return null;
    return { c, main, also };
  };
  const claim = ({ c: { entry }, main, also }: Hit, counts: boolean) => {
    [...main, ...also].forEach((i) => used.add(i)); // understood: not searched as text
    if (!counts) return;
    out.crimeTypes.push(...(entry.crimeTypes ?? []));
    out.kinds.push(...(entry.kinds ?? []));
    out.groups.push(...(entry.groups ?? []));
    out.needs.push(...(entry.needs ?? []));
    out.languages.push(...(entry.languages ?? []));
    out.topics.push(...(entry.topics ?? []));
    if (entry.gender) out.gender = out.gender && out.gender !== entry.gender ? null : entry.gender;
    if (entry.urgent === true) {
      out.urgent = true;
      if (entry.crimeTypes?.includes('recent-sexual-assault')) out.recentSexualAssault = true;
    }
    if (entry.urgent === false) notUrgent = true;
    if (entry.label) labels.push(entry.label);
  };
  const isHarm = (h: Hit) => (h.c.entry.crimeTypes?.length ?? 0) > 0;
  // A harm named inside a longer harm phrase is not read on its own: "child sexual abuse" is
  // not also "sexual abuse"; "forced to sell sex" is not "forced sex".
  const within = (h: Hit, all: Hit[]) =>
    isHarm(h) && all.some((o) => o !== h && isHarm(o) && o.main.length > h.main.length && h.main.every((i) => o.main.includes(i)));
  const strong = compiled.entries.filter((c) => !c.entry.weak).flatMap((c) => find(c) ?? []);
  for (const h of strong) claim(h, !within(h, strong));
  // Context words ("my ex", "abused") say what happened only when nothing more specific did.
  const specific = out.crimeTypes.length > 0;
  const weak = compiled.entries.filter((c) => c.entry.weak).flatMap((c) => find(c) ?? []);
  for (const h of weak) claim(h, !specific && !within(h, [...strong, ...weak]));
  if (notUrgent) {
    out.urgent = false;
    out.recentSexualAssault = false;
  }
  if (out.age !== null) {
    const age = out.age;
    for (const g of index.ranking.groupsByAge) if (age >= (g.min ?? 0) && age <= (g.max ?? Infinity)) out.groups.push(g.group);
  }

  out.leftover = typed.filter((t, i) => !used.has(i) && !STOPWORDS.has(t) && t.length > 1);
  out.crimeTypes = [...new Set(out.crimeTypes)];
  out.kinds = [...new Set(out.kinds)];
  out.groups = [...new Set(out.groups)];
  out.needs = [...new Set(out.needs)];
  out.languages = [...new Set(out.languages)];
  out.topics = [...new Set(out.topics)];
  out.understood = describe(out, index, places, labels);
  return out;
}

/** "Showing help for": places, then what happened, topics, who, what kind of help, needs. */
function describe(p: ParsedQuery, index: QueryIndex, places: string[], labels: string[]): string[] {
  const crimeLabel = new Map(index.crimeTypes.map((c) => [c.id, c.label]));
  // Name the most specific harm: "Recent rape or sexual assault", not also its parent.
  const parents = new Set(index.crimeTypes.filter((c) => c.parent && p.crimeTypes.includes(c.id)).map((c) => c.parent));
  const topicLabel = new Map(index.ranking.topics.map((t) => [t.id, t.label]));
  const audience = new Set(index.ranking.audienceGroups);
  const out = [
    ...places,
    ...p.crimeTypes.filter((c) => !parents.has(c)).map((c) => crimeLabel.get(c) ?? c),
    ...p.topics.map((t) => topicLabel.get(t) ?? t),
    ...labels,
    ...p.groups.filter((g) => !audience.has(g)).map((g) => index.labels.groups[g] ?? g),
    ...(p.gender === 'women' && !p.groups.length ? ['women'] : []),
    ...(p.age !== null ? [`aged ${p.age}`] : []),
    ...p.kinds.map((k) => index.labels.kinds[k] ?? k),
    ...p.needs.filter((n) => !(n === 'interpreters' && p.languages.length)).map((n) => index.labels.needs[n] ?? n),
  ];
  return [...new Set(out)];
}
