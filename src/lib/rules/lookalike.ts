// Lookalike names: "The Ηavens" with a Greek capital Eta, or "Rеfugе" with Cyrillic е, looks
// exactly like the real service on a phone screen. Two checks, both from Unicode's security
// mechanisms (UTS #39):
// - a word may not mix alphabets (Latin with Greek or Cyrillic, and so on);
// - names are compared by their confusable "skeleton": each character replaced by the one it
//   is confused with (confusables.txt, via the unhomoglyph package), after NFKC normalisation,
//   so "The Ηavens", "THE HAVENS" and "The Havens" all have the same key.
import unhomoglyph from 'unhomoglyph';

const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Cherokee',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Han',
  'Tifinagh',
  'Vai',
] as const;
const SCRIPT_TESTS = SCRIPTS.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);

/** The scripts of the letters in a word (Common and Inherited characters, like digits and accents, have none). */
export function scriptsOf(word: string): string[] {
  const found = new Set<string>();
  for (const char of word) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPT_TESTS.find(([, re]) => re.test(char))?.[0] ?? 'another script';
    found.add(script);
  }
  // Japanese and Korean are written with more than one script by design (UTS #39 "highly restrictive").
  const cjk = ['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo'];
  if ([...found].every((s) => cjk.includes(s))) return found.size ? ['Han'] : [];
  return [...found];
}

/** The first word that mixes alphabets, or null. */
export function mixedScriptWord(text: string): { word: string; scripts: string[] } | null {
  for (const word of text.normalize('NFKC').split(/[\s\-–—/()[\],.;:!?'’"&+]+/u)) {
    const scripts = scriptsOf(word);
    if (scripts.length > 1) return { word, scripts };
  }
  return null;
}

/**
 * The comparison key for a name: NFKC, the UTS #39 skeleton (NFD, confusable prototypes, NFD),
 * lower case, with spaces and punctuation dropped. Two names with the same key look the same.
 */
export function lookalikeKey(text: string): string {
  const nfkc = text.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
  const skeleton = unhomoglyph(nfkc.normalize('NFD')).normalize('NFD');
  // The skeleton maps some letters to lookalikes in other cases (I -> l): fold case afterwards,
  // then apply the skeleton once more so both sides meet on the same prototype.
  const folded = unhomoglyph(skeleton.toLowerCase().normalize('NFD')).normalize('NFD').toLowerCase();
  return folded.replace(/[\p{M}\p{P}\p{Z}\p{S}]/gu, '');
}
