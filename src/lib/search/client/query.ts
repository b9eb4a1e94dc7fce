// Reading what someone typed: everyday words and misspellings become crime types, kinds,
// groups and needs (from seeds/synonyms.json); a borough name or postcode becomes a place;
// what is left is searched as text.
import { districtOf } from '../../reference/postcode-lookup.ts';
import type { SearchIndex, SynonymEntry } from './types.ts';
import { STOPWORDS, tokens as toTokens, wordMatches } from './text.ts';

export interface ParsedQuery {
  crimeTypes: string[];
  kinds: string[];
  groups: string[];
  needs: string[];
  /** Someone may be in danger now, or was assaulted in the last days. */
  urgent: boolean;
  /** A recent rape or sexual assault: the Havens come first. */
  recentSexualAssault: boolean;
  /** Boroughs named in the text. */
  boroughs: string[];
  /** A postcode district found in the text (e.g. "SE5"), and the boroughs it covers. */
  district: { district: string; boroughs: string[] } | null;
  /** Words left to search as text, without stopwords. */
  leftover: string[];
  /** The everyday words that were understood, for "we understood: ..." feedback. */
  understood: string[];
}

const BOROUGH_FILLER = new Set(['and', 'of', 'upon', 'the']);

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

/** Token positions that spell out all words of a phrase (in any order), or null. */
function findPhrase(words: string[], typed: string[], used: Set<number>): number[] | null {
  const hits: number[] = [];
  for (const word of words) {
    const i = typed.findIndex((t, idx) => !hits.includes(idx) && !used.has(idx) && wordMatches(t, word));
    if (i < 0) return null;
    hits.push(i);
  }
  return hits;
}

interface Phrase {
  term: string;
  words: string[];
}

/** Terms as word lists, longest phrases first, so "forced marriage" wins over "marriage". */
function compilePhrases(terms: string[]): Phrase[] {
  return terms
    .map((term) => ({ term, words: toTokens(term) }))
    .sort((a, b) => b.words.length - a.words.length || b.term.length - a.term.length);
}

interface CompiledEntry {
  entry: SynonymEntry;
  terms: Phrase[];
  with: Phrase[] | null;
}

interface Compiled {
  synonyms: CompiledEntry[];
  boroughs: { slug: string; name: string; aliases: string[][] }[];
}

// Compiled once per index (by identity), not on every keystroke.
const compiledCache = new WeakMap<object, Compiled>();

function compile(index: Pick<SearchIndex, 'synonyms' | 'boroughs'>): Compiled {
  let compiled = compiledCache.get(index.synonyms);
  if (!compiled) {
    compiled = {
      synonyms: index.synonyms.map((entry) => ({ entry, terms: compilePhrases(entry.terms), with: entry.with ? compilePhrases(entry.with) : null })),
      boroughs: index.boroughs.map((b) => ({ slug: b.slug, name: b.name, aliases: boroughAliases(b.name) })),
    };
    compiledCache.set(index.synonyms, compiled);
  }
  return compiled;
}

function findAny(phrases: Phrase[], typed: string[], used: Set<number>): { term: string; at: number[] } | null {
  for (const phrase of phrases) {
    const at = findPhrase(phrase.words, typed, used);
    if (at) return { term: phrase.term, at };
  }
  return null;
}

export function parseQuery(text: string, index: Pick<SearchIndex, 'synonyms' | 'boroughs' | 'districts'>): ParsedQuery {
  const typed = toTokens(text);
  const used = new Set<number>();
  const out: ParsedQuery = {
    crimeTypes: [],
    kinds: [],
    groups: [],
    needs: [],
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

  const compiled = compile(index);
  for (const borough of compiled.boroughs) {
    for (const alias of borough.aliases) {
      const at = findPhrase(alias, typed, used);
      if (at) {
        out.boroughs.push(borough.slug);
        at.forEach((i) => used.add(i));
        out.understood.push(borough.name);
        break;
      }
    }
  }

  for (const c of compiled.synonyms) if (!c.entry.weak) applySynonym(c, typed, used, out);
  const specific = out.crimeTypes.length > 0;
  for (const c of compiled.synonyms) {
    if (!c.entry.weak) continue;
    if (specific) findAny(c.terms, typed, new Set())?.at.forEach((i) => used.add(i)); // understood, but adds nothing
    else applySynonym(c, typed, used, out);
  }

  out.leftover = typed.filter((t, i) => !used.has(i) && !STOPWORDS.has(t) && t.length > 1);
  out.crimeTypes = [...new Set(out.crimeTypes)];
  out.kinds = [...new Set(out.kinds)];
  out.groups = [...new Set(out.groups)];
  out.needs = [...new Set(out.needs)];
  out.understood = [...new Set(out.understood)];
  return out;
}

function applySynonym({ entry, terms, with: also_ }: CompiledEntry, typed: string[], used: Set<number>, out: ParsedQuery): void {
  // Terms may overlap between entries ("raped" is both sexual violence and, with "last night",
  // a recent assault), so matching does not consume words for other entries; it only marks
  // them as understood so they are not searched as text.
  const main = findAny(terms, typed, new Set());
  if (!main) return;
  let also: { term: string; at: number[] } | null = null;
  if (also_) {
    also = findAny(also_, typed, new Set());
    if (!also) return;
  }
  [...main.at, ...(also?.at ?? [])].forEach((i) => used.add(i));
  out.crimeTypes.push(...(entry.crimeTypes ?? []));
  out.kinds.push(...(entry.kinds ?? []));
  out.groups.push(...(entry.groups ?? []));
  out.needs.push(...(entry.needs ?? []));
  if (entry.urgent) out.urgent = true;
  if (entry.urgent && entry.crimeTypes?.includes('recent-sexual-assault')) out.recentSexualAssault = true;
  out.understood.push(also ? `${main.term} ${also.term}` : main.term);
}
