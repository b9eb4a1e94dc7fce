// How the language pages are put together (src/lib/i18n/help-page.ts) and where each page's
// interface words come from (src/ui/page-language.ts): every sentence of en.yaml is on the page
// once, every call button dials a number its sentence gives, every filled value is isolated
// with the right language and direction, and no page's chrome falls back to English.
import { describe, expect, it } from 'vitest';
import {
  HELP_PAGE_TOP_KEYS,
  HELP_SECTIONS,
  easyReadCalls,
  formatDate,
  htmlLang,
  languageChoices,
  languagePath,
  placeholderValues,
  plainText,
  segmentsOf,
  statusSegments,
  stringOf,
} from '../../src/lib/i18n/help-page.ts';
import {
  checkEasyRead,
  flattenStrings,
  knownPlaceholders,
  loadTranslations,
  placeholdersIn,
  type Catalogue,
  type EasyRead,
} from '../../src/lib/i18n/translations.ts';
import { choices, pageLanguage } from '../../src/ui/page-language.ts';
import { languageText, layoutText, quickExitText } from '../../src/ui/strings.ts';

const { shared, source, translations, easyRead } = loadTranslations();
const pageKeys = [...flattenStrings(source.strings).keys()].filter((k) => k.startsWith('page.')).map((k) => k.slice('page.'.length));
const placed = HELP_SECTIONS.flatMap((s) => [s.heading, ...s.items.map((i) => i.key)]);

describe('the page layout', () => {
  it('places every sentence of en.yaml once, in the order of en.yaml', () => {
    const shown = [...HELP_PAGE_TOP_KEYS, ...placed];
    expect([...shown].sort()).toEqual([...pageKeys].sort());
    expect(shown).toEqual(pageKeys);
  });

  it('puts a call button only after a sentence that gives that number', () => {
    const calls = HELP_SECTIONS.flatMap((s) => s.items.filter((i) => i.call));
    expect(calls.length).toBeGreaterThanOrEqual(7);
    for (const item of calls) {
      expect(Object.keys(shared.phones)).toContain(item.call);
      expect([item.key, placeholdersIn(stringOf(source, `page.${item.key}`))]).toEqual([item.key, expect.arrayContaining([item.call])]);
    }
  });

  it('says "24 hours" on a button only where the English says so, in the sentence or its section\'s first', () => {
    for (const section of HELP_SECTIONS)
      for (const item of section.items.filter((i) => i.call)) {
        const said = [item.key, section.items[0]?.key ?? ''].some((key) => /24 hours/.test(stringOf(source, `page.${key}`)));
        expect([item.key, Boolean(item.hours24)]).toEqual([item.key, said]);
      }
  });

  it('offers a button for every number on the page except the textphone code', () => {
    const numbersOnPage = new Set(
      placed.flatMap((key) => placeholdersIn(stringOf(source, `page.${key}`))).filter((p) => p in shared.phones),
    );
    const buttons = new Set(HELP_SECTIONS.flatMap((s) => s.items.flatMap((i) => i.call ?? [])));
    expect([...numbersOnPage].filter((n) => !buttons.has(n))).toEqual(['textphoneNumber']);
  });

  it('links only to site paths named in shared.yaml', () => {
    for (const item of HELP_SECTIONS.flatMap((s) => s.items.filter((i) => i.link))) expect(shared.links[item.link ?? '']).toMatch(/^\//);
  });
});

describe('filling a sentence', () => {
  const values = placeholderValues(shared, source);

  it('isolates numbers as English, left to right, and names as English', () => {
    const segments = segmentsOf(stringOf(source, 'page.rapeHavens'), values);
    expect(segments[0]).toEqual({ text: 'The Havens', lang: 'en-GB' });
    expect(segments.at(-2)).toEqual({ text: '020 3299 6900', lang: 'en-GB', dir: 'ltr' });
    expect(segments.at(-1)).toBe('.');
    expect(plainText(segments)).toBe(
      'The Havens help anyone in London who was raped or sexually assaulted in the last 12 months. They are open 24 hours, every day. Call 020 3299 6900.',
    );
  });

  it('keeps the text between placeholders, and a text with none as it is', () => {
    expect(segmentsOf('{silentCode} then {emergencyNumber}', values)).toEqual([
      { text: '55', lang: 'en-GB', dir: 'ltr' },
      ' then ',
      { text: '999', lang: 'en-GB', dir: 'ltr' },
    ]);
    expect(segmentsOf('No placeholder.', values)).toEqual(['No placeholder.']);
  });

  it('refuses an unknown placeholder rather than showing it', () => {
    expect(() => segmentsOf('Call {havensNumbr}.', values)).toThrow('{havensNumbr}');
  });

  it('has a value for every placeholder a sentence may use, except the quick-exit count', () => {
    const missing = [...knownPlaceholders(shared)].filter((p) => !(p in values));
    // checkedOn exists only for a checked catalogue; count is filled by the quick exit.
    expect(missing.sort()).toEqual(['checkedOn', 'count']);
  });

  it('fills every sentence of every catalogue, and the Easy Read page', () => {
    for (const c of [source, ...translations]) {
      const v = placeholderValues(shared, c);
      for (const key of [...HELP_PAGE_TOP_KEYS, ...placed]) expect(() => segmentsOf(stringOf(c, `page.${key}`), v)).not.toThrow();
      expect(plainText(segmentsOf(stringOf(c, 'page.dangerInterpreter'), v))).toContain(c.interpreterPhrase);
    }
    for (const section of easyRead.sections)
      for (const line of section.lines) expect(() => segmentsOf(typeof line === 'string' ? line : line.text, values)).not.toThrow();
  });

  it("writes dates the language's way", () => {
    expect(formatDate('2026-12-01', 'en')).toBe('1 December 2026');
    expect(formatDate('2026-12-01', 'pl')).toBe('1 grudnia 2026');
    expect(formatDate('2027-03-14', 'tr')).toBe('14 Mart 2027');
    expect(htmlLang('en')).toBe('en-GB');
    expect(htmlLang('ar')).toBe('ar');
  });
});

describe('the translation status on each page', () => {
  const polish = translations.find((c) => c.code === 'pl') as Catalogue;

  it("is the catalogue's own draft notice for a draft, and nothing for the English original", () => {
    for (const c of translations.filter((t) => t.status.state === 'draft'))
      expect(plainText(statusSegments(c, placeholderValues(shared, c)) ?? [])).toBe(stringOf(c, 'ui.statusDraft'));
    expect(statusSegments(source, placeholderValues(shared, source))).toBeNull();
  });

  it('names the date, written in the language, once a fluent speaker has checked it', () => {
    const checked: Catalogue = { ...polish, status: { state: 'checked', checkedBy: 'Jan Kowalski', checkedOn: '2027-03-14' } };
    expect(plainText(statusSegments(checked, placeholderValues(shared, checked)) ?? [])).toBe(
      'Sprawdzone przez osobę biegle znającą język dnia 14 marca 2027.',
    );
  });
});

describe('the language chooser', () => {
  const entries = languageChoices(source, translations, easyRead);

  it('lists English and Easy Read first, then every translation by its English name', () => {
    expect(entries.slice(0, 2).map((e) => e.id)).toEqual(['en', 'easy-read']);
    const rest = entries.slice(2);
    expect(rest).toHaveLength(translations.length);
    expect(rest.map((e) => e.englishName)).toEqual(
      [...rest.map((e) => e.englishName)].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en')),
    );
    expect(choices()).toEqual(entries);
  });

  it('names each language in its own script and in English, with its direction and page', () => {
    const arabic = entries.find((e) => e.id === 'ar');
    expect(arabic).toEqual({ id: 'ar', name: 'العربية', nameLang: 'ar', englishName: 'Arabic', dir: 'rtl', href: '/ar/', status: 'draft' });
    expect(entries.find((e) => e.id === 'pa')).toMatchObject({ name: 'ਪੰਜਾਬੀ', englishName: 'Punjabi', href: '/pa/' });
    expect(languagePath('en')).toBe('/languages/');
  });
});

describe('the interface words of a page (src/ui/page-language.ts)', () => {
  it('come from the catalogue on a translated page, with nothing left in English', () => {
    const english = pageLanguage('en');
    for (const c of translations) {
      const p = pageLanguage(c.code);
      expect([p.lang, p.dir]).toEqual([c.code, c.dir]);
      for (const key of ['skipLink', 'navLabel', 'footerNote', 'chooserHeading'] as const)
        expect([c.code, key, p[key]]).not.toEqual([c.code, key, english[key]]);
      const q = p.quickExit;
      expect(q.label).toBe(stringOf(c, 'ui.quickExit'));
      expect(q.hiddenPrefix).toBe(stringOf(c, 'ui.quickExitHiddenPrefix'));
      expect(q.loading).toBe(stringOf(c, 'ui.quickExitLoading'));
      expect(q.cancelled).toBe(stringOf(c, 'ui.quickExitCancelled'));
      expect(q.pressesLeft(2)).toBe(stringOf(c, 'ui.quickExitPressesLeft').replace('{count}', '2'));
      expect(q.helpHref).toBe('#online');
    }
  });

  it('are the English catalogue (src/ui/strings.ts) on English pages', () => {
    const p = pageLanguage();
    expect([p.lang, p.dir, p.skipLink, p.navLabel, p.chooserHeading]).toEqual([
      'en-GB',
      'ltr',
      layoutText.skipLink,
      layoutText.navLabel,
      languageText.chooser,
    ]);
    expect(p.quickExit.pressesLeft(1)).toBe(quickExitText.pressesLeft(1));
    expect(p.quickExit.helpHref).toBe('/staying-safe-online/#quick-exit');
  });

  it('say the same in en.yaml (what translators translate) as on the English pages', () => {
    const en = (key: string) => stringOf(source, `ui.${key}`);
    expect({
      quickExit: en('quickExit'),
      quickExitHelp: en('quickExitHelp'),
      quickExitHiddenPrefix: en('quickExitHiddenPrefix'),
      quickExitLoading: en('quickExitLoading'),
      quickExitCancelled: en('quickExitCancelled'),
      skipLink: en('skipLink'),
      footerNote: en('footerNote'),
      languageChooserHeading: en('languageChooserHeading'),
    }).toEqual({
      quickExit: quickExitText.label,
      quickExitHelp: quickExitText.help,
      quickExitHiddenPrefix: quickExitText.hiddenPrefix,
      quickExitLoading: quickExitText.loading,
      quickExitCancelled: quickExitText.expired,
      skipLink: layoutText.skipLink,
      footerNote: layoutText.footerNote,
      languageChooserHeading: languageText.chooser,
    });
  });

  it('refuse a language without a catalogue', () => {
    expect(() => pageLanguage('xx')).toThrow('content/translations/xx.yaml');
  });
});

describe('the Easy Read page', () => {
  it('offers a call button for the main numbers, each after a line that gives it', () => {
    expect(new Set(easyReadCalls(easyRead))).toEqual(
      new Set(['emergencyNumber', 'havensNumber', 'domesticAbuseNumber', 'rapeCrisisNumber', 'samaritansNumber', 'childlineNumber']),
    );
    expect(checkEasyRead('en-easy-read.yaml', easyRead, shared)).toEqual([]);
  });

  it('catches a button for an unknown phone, or after a line that does not give its number', () => {
    const bad: EasyRead = {
      ...easyRead,
      sections: [
        {
          heading: 'Help',
          lines: [
            { text: 'Call {havensNumber}.', call: 'havensNumbr' },
            { text: 'Call now.', call: 'havensNumber' },
          ],
        },
      ],
    };
    expect(checkEasyRead('en-easy-read.yaml', bad, shared)).toEqual([
      expect.stringContaining('sections.0.lines.0.call: "havensNumbr" is not a phone in shared.yaml'),
      'en-easy-read.yaml: sections.0.lines.1.call: the line does not mention {havensNumber}. Put the button after the line that gives the number.',
    ]);
  });
});
