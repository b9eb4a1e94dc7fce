// How the "Help in your language" pages and the Easy Read page are put together from the
// catalogues (content/translations/): which sentence goes in which section, which sentence is
// followed by a call button, and how a sentence with {placeholders} becomes text and isolated
// values. Pure: the pages render what these functions return.
//
// Filled values are isolated (<bdi>) so that a phone number or an English name inside Arabic,
// Urdu or Farsi text keeps its own direction, and English words carry lang="en-GB" so that a
// screen reader reads them with an English voice.
import { PLACEHOLDER, SOURCE_CODE, easyReadLineParts, flattenStrings, type Catalogue, type EasyRead, type Shared } from './translations.ts';

/** A sentence of the page: a key of `strings.page`, and what follows it. */
export interface HelpItem {
  key: string;
  /** A phone of shared.yaml: a tap-to-call button for it follows the sentence. */
  call?: string;
  /** The call button says "24 hours" (only where the sentence says the line is open 24 hours). */
  hours24?: boolean;
  /** The sentence is the text of a link to this site path (a key of shared.links). */
  link?: string;
  /** A large line shown after the sentence: the interpreter phrase, or how it sounds. */
  show?: 'interpreterPhrase' | 'interpreterPhraseSound';
}

export interface HelpSection {
  /** The fragment identifier (#danger): the same in every language. */
  id: string;
  /** A key of `strings.page`. */
  heading: string;
  items: HelpItem[];
}

/**
 * The page, in order (the order of content/translations/en.yaml). Every key of `strings.page`
 * except `title` and `intro` is used exactly once (tests/unit/help-page.test.ts).
 */
export const HELP_SECTIONS: readonly HelpSection[] = [
  {
    id: 'danger',
    heading: 'dangerHeading',
    items: [
      { key: 'dangerCall', call: 'emergencyNumber' },
      { key: 'dangerService' },
      { key: 'dangerInterpreter' },
      { key: 'dangerSilent' },
      { key: 'dangerSilentMobile' },
      // 18000 is dialled from a textphone, not tapped on a phone: no call button.
      { key: 'dangerTextphone' },
      { key: 'dangerText' },
    ],
  },
  {
    id: 'rape',
    heading: 'rapeHeading',
    items: [
      { key: 'rapeHavens', call: 'havensNumber', hours24: true },
      { key: 'rapeSoon' },
      { key: 'rapeNoPolice' },
      { key: 'rapeWomen' },
      { key: 'rapeInterpreter' },
      { key: 'rapeLater' },
      { key: 'rapeCrisis', call: 'rapeCrisisNumber', hours24: true },
    ],
  },
  {
    id: 'abuse',
    heading: 'abuseHeading',
    items: [
      { key: 'abuseLine', call: 'domesticAbuseNumber', hours24: true },
      { key: 'abuseWomen' },
      { key: 'abuseInterpreter' },
      { key: 'abuseSafeTime' },
      { key: 'abuseOthers' },
    ],
  },
  {
    id: 'other',
    heading: 'otherHeading',
    items: [
      { key: 'otherIntro' },
      { key: 'otherSamaritans', call: 'samaritansNumber', hours24: true },
      { key: 'otherChildline', call: 'childlineNumber', hours24: true },
      { key: 'otherModernSlavery', call: 'modernSlaveryNumber', hours24: true },
    ],
  },
  {
    id: 'free',
    heading: 'freeHeading',
    items: [{ key: 'freeCost' }, { key: 'freeConfidential' }, { key: 'freeNoPolice' }, { key: 'freeCallLog' }],
  },
  {
    id: 'immigration',
    heading: 'statusHeading',
    items: [
      { key: 'statusProtection' },
      { key: 'statusNhs' },
      { key: 'statusGp' },
      { key: 'statusConcession' },
      { key: 'statusFunds' },
      { key: 'statusAdvice' },
    ],
  },
  {
    id: 'online',
    heading: 'onlineHeading',
    items: [
      { key: 'onlineQuickExit' },
      { key: 'onlineHistory' },
      { key: 'onlinePrivate' },
      { key: 'onlineSafer' },
      { key: 'onlineMore', link: 'onlineSafety' },
    ],
  },
  {
    id: 'interpreter',
    heading: 'interpreterHeading',
    items: [
      { key: 'interpreterSay', show: 'interpreterPhrase' },
      { key: 'interpreterSoundLabel', show: 'interpreterPhraseSound' },
      { key: 'interpreterWait' },
    ],
  },
];

/** Keys of `strings.page` shown outside the sections. */
export const HELP_PAGE_TOP_KEYS = ['title', 'intro'] as const;

/** The section that explains the quick exit: its help link goes there on a language page. */
export const QUICK_EXIT_SECTION = 'online';

/** A filled value, isolated from the sentence around it. */
export interface Isolated {
  text: string;
  /** The value's language when it differs from the page's (English names and words, numbers). */
  lang?: string;
  /** Numbers: always left to right. */
  dir?: 'ltr';
}

/** A sentence as plain text and isolated values, in reading order. */
export type Segment = string | Isolated;

/** The language tag for <html lang> and for values in English. */
export const ENGLISH_TAG = 'en-GB';

/** The tag for <html lang>: en-GB for English, the catalogue's BCP 47 code otherwise. */
export function htmlLang(code: string): string {
  return code === SOURCE_CODE ? ENGLISH_TAG : code;
}

/** A YYYY-MM-DD date, written the language's way ("1 December 2026", "1 grudnia 2026"). */
export function formatDate(isoDate: string, code: string): string {
  return new Intl.DateTimeFormat(htmlLang(code), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * Every value a sentence may need, isolated: numbers and codes left to right in English digits,
 * names and words to say in English marked as English, dates written the page's way.
 */
export function placeholderValues(
  shared: Shared,
  catalogue: Pick<Catalogue, 'code' | 'interpreterPhrase' | 'status'>,
): Record<string, Isolated> {
  const english = (text: string): Isolated => ({ text, lang: ENGLISH_TAG });
  const number = (text: string): Isolated => ({ text, lang: ENGLISH_TAG, dir: 'ltr' });
  const values: Record<string, Isolated> = {
    factsCheckedOn: { text: formatDate(shared.factsCheckedOn, catalogue.code) },
    interpreterPhrase: english(catalogue.interpreterPhrase),
  };
  for (const [key, phone] of Object.entries(shared.phones)) values[key] = number(phone.number);
  for (const [key, code] of Object.entries(shared.codes)) values[key] = number(code);
  for (const [key, name] of Object.entries(shared.names)) values[key] = english(name);
  for (const [key, words] of Object.entries(shared.sayInEnglish)) values[key] = english(words);
  if (catalogue.status.state === 'checked') values['checkedOn'] = { text: formatDate(catalogue.status.checkedOn, catalogue.code) };
  return values;
}

/** Splits a sentence into text and filled values. An unknown {placeholder} throws, so no page shows one. */
export function segmentsOf(value: string, values: Readonly<Record<string, Isolated>>): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of value.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    const filled = values[name];
    if (filled === undefined) throw new Error(`No value for the placeholder {${name}} in "${value}"`);
    if (match.index > last) out.push(value.slice(last, match.index));
    out.push(filled);
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push(value.slice(last));
  return out;
}

/** The plain text of segments (for a title or a description). */
export function plainText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.text)).join('');
}

/** One string of a catalogue by its dotted key ("page.rapeHavens"); throws if it is missing. */
export function stringOf(catalogue: Pick<Catalogue, 'code' | 'strings'>, key: string): string {
  const value = flattenStrings(catalogue.strings).get(key);
  if (value === undefined) throw new Error(`${catalogue.code}.yaml has no strings.${key}`);
  return value;
}

/** A catalogue's translation status, in its own words: "Draft translation…" or "Checked … on {date}". */
export function statusSegments(catalogue: Catalogue, values: Readonly<Record<string, Isolated>>): Segment[] | null {
  switch (catalogue.status.state) {
    case 'source':
      return null;
    case 'draft':
      return segmentsOf(stringOf(catalogue, 'ui.statusDraft'), values);
    case 'checked':
      return segmentsOf(stringOf(catalogue, 'ui.statusChecked'), values);
  }
}

/** The phones an Easy Read page offers to call, in order, for its buttons. */
export function easyReadCalls(easyRead: EasyRead): string[] {
  return easyRead.sections.flatMap((s) => s.lines.flatMap((l) => easyReadLineParts(l).call ?? []));
}

/** One entry of the language chooser. */
export interface LanguageChoice {
  /** The catalogue code, or "easy-read". */
  id: string;
  /** The language's own name in its own script ("Polski"); "English", "Easy Read". */
  name: string;
  /** The language of `name`, for lang="" (BCP 47). */
  nameLang: string;
  /** The English name, shown after the own name: absent where `name` is already English. */
  englishName?: string;
  dir: 'ltr' | 'rtl';
  href: string;
  /** Draft or checked (translations), source (English), draft or checked (Easy Read). */
  status: Catalogue['status']['state'];
}

/** Where each page lives. English pages have no prefix (Astro i18n: prefixDefaultLocale false). */
export const LANGUAGES_PATH = '/languages/';
export const EASY_READ_PATH = '/easy-read/';
export const languagePath = (code: string) => (code === SOURCE_CODE ? LANGUAGES_PATH : `/${code}/`);

/**
 * The chooser's entries: English (the original) and Easy Read first, then every translation in
 * the alphabetical order of its English name, so a helper reading English finds it.
 */
export function languageChoices(source: Catalogue, translations: readonly Catalogue[], easyRead: EasyRead): LanguageChoice[] {
  const translated = [...translations]
    .sort((a, b) => a.englishName.localeCompare(b.englishName, 'en'))
    .map((c): LanguageChoice => ({
      id: c.code,
      name: c.name,
      nameLang: c.code,
      englishName: c.englishName,
      dir: c.dir,
      href: languagePath(c.code),
      status: c.status.state,
    }));
  return [
    { id: source.code, name: source.name, nameLang: ENGLISH_TAG, dir: 'ltr', href: languagePath(source.code), status: source.status.state },
    { id: 'easy-read', name: easyRead.name, nameLang: ENGLISH_TAG, dir: 'ltr', href: EASY_READ_PATH, status: easyRead.status.state },
    ...translated,
  ];
}
