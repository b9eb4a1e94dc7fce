// A language's own name ("Polski", "العربية"), for lists that show each language in its own
// script and in English. The name in the language's catalogue (content/translations/) comes
// first, because a person chose it; otherwise Unicode CLDR's name for the language in itself
// (Intl.DisplayNames, from the ICU data in Node: no request anywhere), with a capital where the
// script has capitals, as a list item would have. Build time only.

/** The own name of a language by its code, or undefined (sign languages, codes CLDR lacks). */
export function ownLanguageName(code: string, catalogueNames: ReadonlyMap<string, string> = new Map()): string | undefined {
  const chosen = catalogueNames.get(code);
  if (chosen) return chosen;
  let cldr: string | undefined;
  try {
    cldr = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
  } catch {
    return undefined;
  }
  if (!cldr) return undefined;
  // "kurdî (kurmancî)": the name, without CLDR's qualifier.
  const name = cldr.replace(/\s*\(.*\)$/, '');
  const [first = ''] = name;
  return first.toLocaleUpperCase(code) + name.slice(first.length);
}

/** "Polish (Polski)"; the English name alone when there is no own name or it is the same word. */
export function languageLabel(englishName: string, ownName: string | undefined): string {
  return ownName && ownName.toLocaleLowerCase('en') !== englishName.toLocaleLowerCase('en') ? `${englishName} (${ownName})` : englishName;
}
