// The language filter of the search ("More filters", issue 17): choosing a language puts the
// services that speak it first, then those that offer interpreters, then the rest. It ranks and
// never narrows: most listings do not yet say which languages they cover or whether they use
// interpreters, and hiding them would hide help (the National Domestic Abuse Helpline and 999
// answer in any language through interpreters). Someone who may be in danger still sees 999
// (and, after a recent rape or sexual assault, the Havens) first, as the engine ranks them.
// Typing a language's name ("polski", "বাংলা") is read by the query parser instead
// (seeds/language-names.json): it asks for services offering that language or interpreters.
import type { ParsedQuery } from './query.ts';
import type { SearchDoc } from './types.ts';

/** The need that stands for "we can get you an interpreter", by language; "interpreters" otherwise. */
const INTERPRETING_NEED: Readonly<Record<string, string>> = { 'British Sign Language': 'bsl' };

export function interpretingNeed(language: string): string {
  return INTERPRETING_NEED[language] ?? 'interpreters';
}

/** 0: staff speak the language; 1: the service offers interpreters for it; 2: neither is listed. */
export type LanguageTier = 0 | 1 | 2;

export function languageTier(doc: Pick<SearchDoc, 'languages' | 'needs'>, language: string): LanguageTier {
  if (doc.languages.includes(language)) return 0;
  if (doc.needs.includes(interpretingNeed(language))) return 1;
  return 2;
}

/** Services the engine ranks first because someone may be in danger now (decision 0006, rule 1). */
export function isDangerFirst(
  doc: Pick<SearchDoc, 'urgency' | 'kinds'>,
  parsed: Pick<ParsedQuery, 'urgent' | 'recentSexualAssault'>,
): boolean {
  if (!parsed.urgent) return false;
  return doc.urgency === 0 || (parsed.recentSexualAssault && doc.kinds[0] === 'sarc');
}

/**
 * The results with a language preferred: danger-first services stay at the top; the rest are
 * grouped by tier, keeping the engine's order within each. No language: the results unchanged.
 */
export function preferLanguage<T extends Pick<SearchDoc, 'languages' | 'needs' | 'urgency' | 'kinds'>>(
  results: readonly T[],
  language: string,
  parsed: Pick<ParsedQuery, 'urgent' | 'recentSexualAssault'>,
): T[] {
  if (!language) return [...results];
  const groups: [T[], T[], T[], T[]] = [[], [], [], []];
  for (const doc of results) groups[isDangerFirst(doc, parsed) ? 0 : languageTier(doc, language) + 1]?.push(doc);
  return groups.flat();
}
