// The "Help in your language" catalogues (content/translations/): the real files must pass every
// check, and each check must catch the mistake it exists for (missing, extra or empty keys, text
// left in English, changed placeholders or numbers, wrong direction or language).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { digitsOf, phoneProblem } from '../../src/lib/rules/phone.ts';
import {
  DRAFT_NOTE,
  RUNTIME_PLACEHOLDERS,
  checkCatalogueIdentity,
  compareWithSource,
  easyReadLineParts,
  fillPlaceholders,
  flattenStrings,
  knownPlaceholders,
  loadTranslations,
  numbersIn,
  parseCatalogue,
  placeholdersIn,
  sharedValues,
  type Catalogue,
  type StringTree,
} from '../../src/lib/i18n/translations.ts';

const set = loadTranslations();
const { shared, source, translations, easyRead } = set;

/** A stand-in translation: every English value marked, so none is "still English". */
function fake(change: (strings: Map<string, string>) => void = () => {}, meta: Partial<Catalogue> = {}): Catalogue {
  const flat = new Map([...flattenStrings(source.strings)].map(([k, v]) => [k, `[pl] ${v}`]));
  change(flat);
  const strings: StringTree = {};
  for (const [key, value] of flat) {
    const parts = key.split('.');
    let node = strings;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as StringTree;
    node[parts.at(-1) ?? ''] = value;
  }
  return {
    code: 'pl',
    name: 'Polski',
    englishName: 'Polish',
    dir: 'ltr',
    script: 'Latn',
    status: { state: 'draft', note: DRAFT_NOTE },
    interpreterPhrase: 'Polish, please',
    strings,
    ...meta,
  };
}

function listingNumbers(slug: string): string[] {
  const listing = parseYaml(readFileSync(`content/services/${slug}.yaml`, 'utf8')) as {
    contact?: Record<string, unknown>;
  };
  const contact = listing.contact ?? {};
  return ['phones', 'textphone', 'textMessage'].flatMap((field) =>
    ((contact[field] as { number: string }[] | undefined) ?? []).map((p) => digitsOf(p.number)),
  );
}

const runtimeValues = { interpreterPhrase: 'Polish, please', checkedOn: '1 March 2027', count: '2' };

describe('the catalogues in content/translations', () => {
  it('load without a problem', () => {
    expect(set.problems).toEqual([]);
  });

  it('cover at least 12 languages besides English, including Arabic, Urdu and Farsi right to left', () => {
    expect(translations.length).toBeGreaterThanOrEqual(12);
    const rtl = translations.filter((c) => c.dir === 'rtl').map((c) => c.code);
    expect(rtl).toEqual(expect.arrayContaining(['ar', 'ur', 'fa']));
  });

  it('each have every key of en.yaml, translated, with the same placeholders and numbers', () => {
    const problems = [...set.files].flatMap(([file, c]) => compareWithSource(file, source, c));
    expect(problems).toEqual([]);
  });

  it('show a status the page can print: draft with the fixed note, or checked with a name and date', () => {
    for (const c of translations) {
      if (c.status.state === 'draft') expect(c.status.note).toBe(DRAFT_NOTE);
      else expect(c.status.state).toBe('checked');
    }
  });

  it('use only placeholders that shared.yaml or the page can fill', () => {
    const known = knownPlaceholders(shared);
    const used = [
      ...flattenStrings(source.strings).values(),
      ...easyRead.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => easyReadLineParts(l).text)]),
    ].flatMap(placeholdersIn);
    expect(used.filter((p) => !known.has(p))).toEqual([]);
  });

  it('fill completely: no page can show a raw {placeholder}', () => {
    const values = { ...sharedValues(shared), ...runtimeValues };
    for (const c of [source, ...translations])
      for (const value of flattenStrings(c.strings).values()) {
        const filled = fillPlaceholders(value, { ...values, interpreterPhrase: c.interpreterPhrase });
        expect(filled).not.toMatch(/[{}]/);
      }
  });
});

describe('shared.yaml', () => {
  it('holds only well-formed UK numbers that are not on the stale list', () => {
    for (const [key, p] of Object.entries(shared.phones)) expect([key, phoneProblem(p.number)]).toEqual([key, null]);
  });

  it('names a listing for every number, and agrees with it wherever the listing has numbers', () => {
    for (const [key, p] of Object.entries(shared.phones)) {
      expect([key, existsSync(`content/services/${p.listing}.yaml`)]).toEqual([key, true]);
      const numbers = listingNumbers(p.listing);
      expect([key, numbers]).toEqual([key, expect.arrayContaining([digitsOf(p.number)])]);
    }
  });

  it('finds the numbers in the listings, so the agreement check above cannot pass by reading nothing', () => {
    const withoutNumbers = Object.values(shared.phones)
      .map((p) => p.listing)
      .filter((slug) => listingNumbers(slug).length === 0);
    // Any listing without numbers means the listing format changed and listingNumbers() needs updating.
    expect(withoutNumbers).toEqual([]);
    expect(listingNumbers('rape-crisis-247-support-line')).toContain(digitsOf('0808 500 2222'));
    expect(listingNumbers('the-havens')).toContain(digitsOf('020 3299 6900'));
    expect(listingNumbers('the-havens')).not.toContain(digitsOf('020 3299 1599'));
  });
});

describe('the Easy Read page', () => {
  const values = { ...sharedValues(shared), ...runtimeValues };
  const lines = [
    easyRead.title,
    ...(easyRead.intro ?? []).map((l) => easyReadLineParts(l).text),
    ...easyRead.sections.flatMap((s) => [s.heading, ...s.lines.map((l) => easyReadLineParts(l).text)]),
  ].map((l) => fillPlaceholders(l, values));

  it('keeps every line to 15 words or fewer (GOV.UK Easy Read guidance)', () => {
    const long = lines.filter((l) => l.split(/\s+/).filter(Boolean).length > 15);
    expect(long).toEqual([]);
  });

  it('uses no short forms, and writes numbers as digits', () => {
    expect(lines.filter((l) => /\b\w+['’](t|s|re|ll|ve|d|m)\b/i.test(l))).toEqual([]);
    const numberWords = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred)\b/i;
    expect(lines.filter((l) => numberWords.test(l))).toEqual([]);
  });

  it('marks key lines for bold through structure, not markup', () => {
    expect(easyRead.sections.some((s) => s.lines.some((l) => easyReadLineParts(l).key))).toBe(true);
    expect(lines.filter((l) => /[*_<>]/.test(l))).toEqual([]);
  });
});

describe('compareWithSource catches', () => {
  const problemsOf = (c: Catalogue) => compareWithSource('pl.yaml', source, c);

  it('nothing in a complete stand-in translation (so each case below fails for its own reason)', () => {
    expect(problemsOf(fake())).toEqual([]);
  });

  it('a key that en.yaml has and the translation lacks', () => {
    const problems = problemsOf(fake((s) => s.delete('page.rapeHavens')));
    expect(problems).toEqual(['pl.yaml: strings.page.rapeHavens: this key is missing. Copy it from en.yaml and translate it.']);
  });

  it('an extra key', () => {
    const problems = problemsOf(fake((s) => s.set('page.rapeHavenz', 'x')));
    expect(problems).toEqual(['pl.yaml: strings.page.rapeHavenz: en.yaml has no such key. Remove it, or check the spelling of the key.']);
  });

  it('an empty value', () => {
    expect(problemsOf(fake((s) => s.set('ui.call', '  ')))).toEqual([
      'pl.yaml: strings.ui.call: this text is empty. Write the translation.',
    ]);
  });

  it('text still in English, unless the key allows that value', () => {
    const stillEnglish = fake((s) => s.set('ui.hours24', '24 hours'));
    expect(problemsOf(stillEnglish)).toEqual(['pl.yaml: strings.ui.hours24: this is still the English text. Translate it.']);
    expect(compareWithSource('pl.yaml', source, stillEnglish, { sameAsEnglishAllowed: { 'ui.hours24': ['24 hours'] } })).toEqual([]);
    expect(compareWithSource('pl.yaml', source, stillEnglish, { sameAsEnglishAllowed: { 'ui.call': ['24 hours'] } })).toHaveLength(1);
  });

  it('a missing placeholder, and one that is not in the English', () => {
    const [missing] = problemsOf(fake((s) => s.set('page.rapeHavens', '[pl] Zadzwoń: 020 3299 6900. 12, 24')));
    expect(missing).toContain('missing {havensName}, {havensNumber}');
    const [extra] = problemsOf(fake((s) => s.set('ui.call', '[pl] Zadzwoń {havensNumber}')));
    expect(extra).toContain('not in the English: {havensNumber}');
  });

  it('a changed number, in any digits', () => {
    const [changed] = problemsOf(fake((s) => s.set('page.rapeSoon', (s.get('page.rapeSoon') ?? '').replace('7', '10'))));
    expect(changed).toContain('the numbers differ from en.yaml (English has 7; this has 10)');
    expect(numbersIn('২৪ ঘণ্টা')).toEqual(['24']);
    expect(numbersIn('۲۴ ساعت، {havensNumber}')).toEqual(['24']);
    const bengaliDigits = fake((s) => s.set('ui.hours24', '২৪ ঘণ্টা'));
    expect(problemsOf(bengaliDigits)).toEqual([]);
  });

  it('markup, and a lost trailing space', () => {
    expect(problemsOf(fake((s) => s.set('ui.call', '<b>Zadzwoń</b>')))[0]).toContain('remove "<b>"');
    expect(problemsOf(fake((s) => s.set('ui.quickExitHiddenPrefix', 'Nagły wypadek:')))[0]).toContain('ends with a space');
  });

  it('English words in a catalogue whose script is not Latin', () => {
    const arabic = fake((s) => s.set('ui.call', 'Ring them'), {
      code: 'ar',
      name: 'العربية',
      englishName: 'Arabic',
      dir: 'rtl',
      script: 'Arab',
      interpreterPhrase: 'Arabic, please',
    });
    const problems = compareWithSource('ar.yaml', source, arabic);
    expect(problems).toContain('ar.yaml: strings.ui.call: no Arab letters: this looks untranslated. Translate it.');
  });
});

describe('checkCatalogueIdentity catches', () => {
  it('nothing for a right catalogue', () => {
    expect(checkCatalogueIdentity('content/translations/pl.yaml', fake())).toEqual([]);
  });

  it('a wrong file name, an unknown code, a wrong English name, direction, own name or phrase', () => {
    expect(checkCatalogueIdentity('pt.yaml', fake())[0]).toContain('the file must be called pl.yaml');
    expect(checkCatalogueIdentity('xx.yaml', fake(undefined, { code: 'xx' })).join()).toContain('not in seeds/languages.json');
    expect(checkCatalogueIdentity('pl.yaml', fake(undefined, { englishName: 'Polski' })).join()).toContain('write "Polish"');
    expect(checkCatalogueIdentity('pl.yaml', fake(undefined, { dir: 'rtl' })).join()).toContain('write dir: ltr');
    const urdu = fake(undefined, {
      code: 'ur',
      englishName: 'Urdu',
      name: 'Urdu',
      script: 'Arab',
      dir: 'rtl',
      interpreterPhrase: 'Urdu, please',
    });
    expect(checkCatalogueIdentity('ur.yaml', urdu)).toEqual(["ur.yaml: name: write the language's own name in its own script (Arab)."]);
    expect(checkCatalogueIdentity('pl.yaml', fake(undefined, { interpreterPhrase: 'Polski, proszę' })).join()).toContain(
      '"Polish, please"',
    );
  });
});

describe('parseCatalogue refuses', () => {
  const yamlOf = (c: object) => JSON.stringify(c);

  it('a draft without the fixed note, and a check without a name or date', () => {
    const draft = parseCatalogue('pl.yaml', yamlOf(fake(undefined, { status: { state: 'draft', note: 'roughly done' } as never })));
    expect(draft.problems[0]).toContain(`pl.yaml: status.note: write exactly: ${DRAFT_NOTE}`);
    const checked = parseCatalogue('pl.yaml', yamlOf(fake(undefined, { status: { state: 'checked', checkedOn: '14/03/2027' } as never })));
    expect(checked.problems.join('\n')).toContain('status.checkedBy');
    expect(checked.problems.join('\n')).toContain('write the date as YYYY-MM-DD');
  });

  it('broken YAML, with a message instead of a stack trace', () => {
    expect(parseCatalogue('pl.yaml', 'code: pl\n  name: [').problems[0]).toMatch(/^pl\.yaml: this is not valid YAML/);
  });

  it("accepts a fluent speaker's check with a name and a date", () => {
    const ok = parseCatalogue(
      'pl.yaml',
      yamlOf(fake(undefined, { status: { state: 'checked', checkedBy: 'Jan Kowalski', checkedOn: '2027-03-14' } })),
    );
    expect(ok.problems).toEqual([]);
  });
});

it('documents every runtime placeholder the English uses', () => {
  const runtime = new Set(Object.keys(RUNTIME_PLACEHOLDERS));
  const used = new Set([...flattenStrings(source.strings).values()].flatMap(placeholdersIn));
  expect([...runtime].filter((p) => !used.has(p))).toEqual([]);
});
