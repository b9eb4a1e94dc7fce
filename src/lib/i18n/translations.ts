// Translations of the "Help in your language" pages, as data: content/translations/<code>.yaml,
// one catalogue per language with the same keys as en.yaml (the English source), plus
// shared.yaml (phone numbers, codes, proper names and English words, never translated) and
// en-easy-read.yaml (the urgent help page in Easy Read). Format and review process:
// content/translations/README.md. Research and sources: docs/research/languages.md.
//
// Everything here is pure except loadTranslations(), which only reads the folder. Every
// problem is a sentence a translator can act on: the file, the key, what is wrong, what to do.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { languages } from '../reference/seeds.ts';
import { markupIn } from '../rules/text-safety.ts';

export const TRANSLATIONS_DIR = 'content/translations';
export const SOURCE_CODE = 'en';
export const EASY_READ_FILE = 'en-easy-read.yaml';
export const SHARED_FILE = 'shared.yaml';

/** The draft notice, word for word, so every draft says the same thing (issue 17). */
export const DRAFT_NOTE = 'draft translation, not yet checked by a fluent speaker';

/**
 * Values a translation may legitimately share with the English source, per key: for example a
 * key whose text is only a number, or an abbreviation such as "BSL" that languages keep. Empty
 * today: no English string on these pages is the same in any of the chosen languages. Add an
 * entry here (reviewed like code), never in a catalogue, so a catalogue cannot excuse itself.
 */
export const SAME_AS_ENGLISH_ALLOWED: Readonly<Record<string, readonly string[]>> = {};

/** Placeholders the page fills in at build or run time, not from shared.yaml. */
export const RUNTIME_PLACEHOLDERS = {
  interpreterPhrase: 'the catalogue\'s interpreterPhrase, e.g. "Polish, please"',
  checkedOn: "the date in status.checkedOn, written the language's way",
  count: 'a number of key presses (quick exit)',
} as const;

// ISO 15924 codes of the scripts the chosen languages use, with a test for a letter of each.
const SCRIPT_LETTER = {
  Latn: /\p{Script=Latin}/u,
  Arab: /\p{Script=Arabic}/u,
  Beng: /\p{Script=Bengali}/u,
  Gujr: /\p{Script=Gujarati}/u,
  Guru: /\p{Script=Gurmukhi}/u,
  Taml: /\p{Script=Tamil}/u,
} as const;
export type ScriptCode = keyof typeof SCRIPT_LETTER;
const RTL_SCRIPTS: ReadonlySet<ScriptCode> = new Set(['Arab']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(ISO_DATE, 'write the date as YYYY-MM-DD, for example 2027-03-14')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'this is not a real date');

const text = z.string().refine((s) => s.trim().length > 0, 'this text is empty: write the translation');

/** Nested groups of strings, e.g. { ui: { quickExit: "…" }, page: { … } }. */
export type StringTree = { [key: string]: string | StringTree };
const stringTree: z.ZodType<StringTree> = z.lazy(() => z.record(z.string(), z.union([z.string(), stringTree])));

const status = z.discriminatedUnion('state', [
  /** Only en.yaml: the English original. */
  z.object({ state: z.literal('source') }).strict(),
  /** Made without a fluent speaker's check (by a machine, a learner or anyone else). */
  z
    .object({
      state: z.literal('draft'),
      note: z.literal(DRAFT_NOTE, { message: `write exactly: ${DRAFT_NOTE}` }),
      /** How the draft was made, for reviewers (not shown on the page). */
      madeBy: text.optional(),
    })
    .strict(),
  /** A fluent speaker read the whole catalogue against en.yaml and corrected it. */
  z
    .object({
      state: z.literal('checked'),
      checkedBy: z.string().trim().min(2, 'write the name of the person or organisation who checked it'),
      checkedOn: isoDate,
      madeBy: text.optional(),
    })
    .strict(),
]);

export const catalogueSchema = z
  .object({
    /** BCP 47 language tag, the same as the file name: "pl" for pl.yaml. */
    code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'write a BCP 47 code such as pl, pa or pt'),
    /** The language's own name, in its own script: "Polski", "العربية". */
    name: text,
    /** The language's name in English, as in seeds/languages.json: "Polish". */
    englishName: text,
    /** Writing direction. Must match the script: rtl for Arabic script, ltr otherwise. */
    dir: z.enum(['ltr', 'rtl']),
    /** ISO 15924 script code: Latn, Arab, Beng, Gujr, Guru or Taml. */
    script: z.enum(Object.keys(SCRIPT_LETTER) as [ScriptCode, ...ScriptCode[]]),
    status,
    /** What to say on the phone to get an interpreter, in English letters: "Polish, please". */
    interpreterPhrase: text,
    /** How interpreterPhrase sounds, written in the language's own script (non-Latin scripts). */
    interpreterPhraseSound: text.optional(),
    /** Every string on the pages, in groups. The keys are the same in every catalogue. */
    strings: stringTree,
  })
  .strict();
export type Catalogue = z.infer<typeof catalogueSchema>;

const phone = z
  .object({
    /** As the provider prints it: "0808 2000 247". Checked with libphonenumber in the tests. */
    number: z.string().regex(/^[0-9 ]+$/, 'digits and spaces only'),
    /** The listing in content/services/ that holds this number and its sources. */
    listing: z.string().regex(/^[a-z0-9-]+$/, 'a listing file name without .yaml'),
  })
  .strict();

export const sharedSchema = z
  .object({
    /** When the facts on the language pages were last checked against their sources. */
    factsCheckedOn: isoDate,
    /** Phone numbers. Placeholder = key: {havensNumber}. */
    phones: z.record(z.string(), phone),
    /** Key codes that are not phone numbers: {silentCode} = "55". */
    codes: z.record(z.string(), z.string().regex(/^[0-9]+$/)),
    /** Proper names that stay in English in every language: {havensName} = "The Havens". */
    names: z.record(z.string(), text),
    /** Words the reader says or types in English: {policeWord} = "Police". */
    sayInEnglish: z.record(z.string(), text),
    /** Site paths the pages link to (not placeholders in sentences). */
    links: z.record(z.string(), z.string().regex(/^\/[a-z0-9/-]*$/, 'a site path such as /staying-safe-online/')),
  })
  .strict();
export type Shared = z.infer<typeof sharedSchema>;

/**
 * A line of Easy Read: plain text, or an object with `key: true` (shown in bold) and/or
 * `call: <phone placeholder>` (a tap-to-call button for that number follows the line).
 */
const easyReadLine = z.union([
  text,
  z
    .object({
      text,
      key: z.literal(true).optional(),
      call: z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9]*$/, 'the name of a phone in shared.yaml, such as havensNumber')
        .optional(),
    })
    .strict()
    .refine(
      (l) => l.key === true || l.call !== undefined,
      'a line written as an object needs key: true or call: <phone>; otherwise write it as plain text',
    ),
]);
export const easyReadSchema = z
  .object({
    code: z.literal(SOURCE_CODE),
    name: text,
    dir: z.literal('ltr'),
    status: z.discriminatedUnion('state', [
      z.object({ state: z.literal('draft'), note: text }).strict(),
      z.object({ state: z.literal('checked'), checkedBy: z.string().trim().min(2), checkedOn: isoDate }).strict(),
    ]),
    title: text,
    intro: z.array(easyReadLine).optional(),
    sections: z.array(z.object({ heading: text, lines: z.array(easyReadLine).min(1) }).strict()).min(1),
  })
  .strict();
export type EasyRead = z.infer<typeof easyReadSchema>;
export type EasyReadLine = z.infer<typeof easyReadLine>;

export interface Parsed<T> {
  data?: T;
  problems: string[];
}

function parseWith<T>(schema: z.ZodType<T>, file: string, source: string): Parsed<T> {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { problems: [`${file}: this is not valid YAML (${reason}). Check quotes and indentation.`] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
      return `${file}: ${where}: ${issue.message}`;
    }),
  };
}

export const parseCatalogue = (file: string, source: string) => parseWith(catalogueSchema, file, source);
export const parseShared = (file: string, source: string) => parseWith(sharedSchema, file, source);
export const parseEasyRead = (file: string, source: string) => parseWith(easyReadSchema, file, source);

/** Every string with its dotted key: "page.rapeHavens" → "…". */
export function flattenStrings(tree: StringTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flattenStrings(value, path)) out.set(k, v);
  }
  return out;
}

/** A {placeholder} in a text: the name is the first group. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names in a text, sorted, with repeats: "{a} {b} {a}" → ["a", "a", "b"]. */
export function placeholdersIn(value: string): string[] {
  return [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

// Zero of each decimal digit block used by the chosen languages' scripts, so "২৪" counts as 24.
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x9e6, 0xa66, 0xae6, 0xbe6];

/** The numbers written in a text (outside placeholders), whatever digits are used, sorted. */
export function numbersIn(value: string): string[] {
  const withoutPlaceholders = value.replace(PLACEHOLDER, ' ');
  const numbers: string[] = [];
  for (const run of withoutPlaceholders.match(/\p{Nd}+/gu) ?? []) {
    let n = '';
    for (const ch of run) {
      const cp = ch.codePointAt(0) ?? 0;
      const zero = DIGIT_ZEROS.find((z0) => cp >= z0 && cp <= z0 + 9);
      n += zero === undefined ? '?' : String(cp - zero);
    }
    numbers.push(n);
  }
  return numbers.sort();
}

/** Every placeholder a sentence may use: shared data plus runtime values. */
export function knownPlaceholders(shared: Shared): Set<string> {
  return new Set([
    ...Object.keys(shared.phones),
    ...Object.keys(shared.codes),
    ...Object.keys(shared.names),
    ...Object.keys(shared.sayInEnglish),
    'factsCheckedOn',
    ...Object.keys(RUNTIME_PLACEHOLDERS),
  ]);
}

/** Values for shared placeholders: numbers, codes, names, English words, factsCheckedOn. */
export function sharedValues(shared: Shared): Record<string, string> {
  const values: Record<string, string> = { factsCheckedOn: shared.factsCheckedOn };
  for (const [key, p] of Object.entries(shared.phones)) values[key] = p.number;
  Object.assign(values, shared.codes, shared.names, shared.sayInEnglish);
  return values;
}

/** Fills {placeholders}; an unknown one throws, so a page can never show a raw "{…}". */
export function fillPlaceholders(value: string, values: Readonly<Record<string, string>>): string {
  return value.replace(PLACEHOLDER, (match, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`No value for the placeholder ${match} in "${value}"`);
    return v;
  });
}

/** Problems with one catalogue on its own: file name, language, script and direction. */
export function checkCatalogueIdentity(file: string, catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const expectedFile = `${catalogue.code}.yaml`;
  if (file.split('/').pop() !== expectedFile)
    problems.push(`${file}: code: the code is "${catalogue.code}", so the file must be called ${expectedFile}.`);
  const known = languages.find((l) => l.code === catalogue.code);
  if (!known) problems.push(`${file}: code: "${catalogue.code}" is not in seeds/languages.json. Add the language there first.`);
  else if (known.name !== catalogue.englishName)
    problems.push(`${file}: englishName: write "${known.name}", the name used in seeds/languages.json.`);
  const wantDir = RTL_SCRIPTS.has(catalogue.script) ? 'rtl' : 'ltr';
  if (catalogue.dir !== wantDir) problems.push(`${file}: dir: ${catalogue.script} script is written ${wantDir}, so write dir: ${wantDir}.`);
  if (!SCRIPT_LETTER[catalogue.script].test(catalogue.name))
    problems.push(`${file}: name: write the language's own name in its own script (${catalogue.script}).`);
  // en.yaml holds an example phrase ("Polish, please") for the English page.
  const phraseOk = /^[\x20-\x7e]+$/.test(catalogue.interpreterPhrase) && catalogue.interpreterPhrase.includes(catalogue.englishName);
  if (catalogue.code !== SOURCE_CODE && !phraseOk)
    problems.push(
      `${file}: interpreterPhrase: write the English name in English letters, as it is said on the phone: "${catalogue.englishName}, please".`,
    );
  if (catalogue.code === SOURCE_CODE ? catalogue.status.state !== 'source' : catalogue.status.state === 'source')
    problems.push(`${file}: status: only en.yaml is the source; a translation is draft or checked.`);
  return problems;
}

export interface CompareOptions {
  /** Per key, values that may equal the English (default SAME_AS_ENGLISH_ALLOWED). */
  sameAsEnglishAllowed?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Compares a translation with the English source, key by key: missing, extra and empty keys,
 * text still in English, placeholders and numbers that differ, markup, and (for non-Latin
 * scripts) text with no letter of the language's script.
 */
export function compareWithSource(file: string, source: Catalogue, target: Catalogue, options: CompareOptions = {}): string[] {
  const allowed = options.sameAsEnglishAllowed ?? SAME_AS_ENGLISH_ALLOWED;
  const en = flattenStrings(source.strings);
  const tr = flattenStrings(target.strings);
  const problems: string[] = [];
  for (const key of en.keys())
    if (!tr.has(key)) problems.push(`${file}: strings.${key}: this key is missing. Copy it from en.yaml and translate it.`);
  for (const key of tr.keys())
    if (!en.has(key)) problems.push(`${file}: strings.${key}: en.yaml has no such key. Remove it, or check the spelling of the key.`);

  for (const [key, english] of en) {
    const value = tr.get(key);
    if (value === undefined) continue;
    const where = `${file}: strings.${key}`;
    if (value.trim() === '') {
      problems.push(`${where}: this text is empty. Write the translation.`);
      continue;
    }
    if (value.trim() === english.trim() && !(allowed[key] ?? []).includes(value.trim()))
      problems.push(`${where}: this is still the English text. Translate it.`);
    const want = placeholdersIn(english);
    const have = placeholdersIn(value);
    if (want.join() !== have.join()) {
      const missing = difference(want, have).map((p) => `{${p}}`);
      const extra = difference(have, want).map((p) => `{${p}}`);
      const parts = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        extra.length ? `not in the English: ${extra.join(', ')}` : '',
      ].filter(Boolean);
      problems.push(
        `${where}: placeholders differ from en.yaml (${parts.join('; ')}). Keep every {placeholder} exactly as in English: they stand for phone numbers, names and words said in English.`,
      );
    }
    const wantNumbers = numbersIn(english);
    const haveNumbers = numbersIn(value);
    if (wantNumbers.join() !== haveNumbers.join())
      problems.push(
        `${where}: the numbers differ from en.yaml (English has ${wantNumbers.join(', ') || 'none'}; this has ${haveNumbers.join(', ') || 'none'}). Never change a number; phone numbers are always {placeholders}.`,
      );
    const markup = markupIn(value);
    if (markup) problems.push(`${where}: remove "${markup}": write plain text, the page adds formatting.`);
    if (/\s$/.test(english) !== /\s$/.test(value))
      problems.push(`${where}: the English ends with ${/\s$/.test(english) ? 'a space' : 'no space'}; do the same.`);
    if (target.script !== 'Latn') {
      const letters = value.replace(PLACEHOLDER, '');
      if (/\p{L}/u.test(letters) && !SCRIPT_LETTER[target.script].test(letters))
        problems.push(`${where}: no ${target.script} letters: this looks untranslated. Translate it.`);
    }
  }
  return problems;
}

function difference(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i === -1) return true;
    rest.splice(i, 1);
    return false;
  });
}

/** The text of an Easy Read line, whether it is a key line (shown in bold), and the phone it offers to call. */
export function easyReadLineParts(line: EasyReadLine): { text: string; key: boolean; call?: string } {
  if (typeof line === 'string') return { text: line, key: false };
  return line.call === undefined
    ? { text: line.text, key: line.key === true }
    : { text: line.text, key: line.key === true, call: line.call };
}

/** Problems with the Easy Read file's call buttons: each names a phone of shared.yaml that its line mentions. */
export function checkEasyRead(file: string, easyRead: EasyRead, shared: Shared): string[] {
  const problems: string[] = [];
  easyRead.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      const { text: value, call } = easyReadLineParts(line);
      if (call === undefined) return;
      const where = `${file}: sections.${s}.lines.${l}.call`;
      if (!(call in shared.phones))
        problems.push(`${where}: "${call}" is not a phone in shared.yaml. Use one of: ${Object.keys(shared.phones).join(', ')}.`);
      else if (!placeholdersIn(value).includes(call))
        problems.push(`${where}: the line does not mention {${call}}. Put the button after the line that gives the number.`);
    }),
  );
  return problems;
}

export interface TranslationSet {
  shared: Shared;
  source: Catalogue;
  /** Translations only, by code, in file-name order. */
  translations: Catalogue[];
  easyRead: EasyRead;
  /** Files and problems found while loading (schema, identity); empty when all is well. */
  problems: string[];
  /** The files read, by name, for the comparison checks. */
  files: Map<string, Catalogue>;
}

/** Reads content/translations/. Throws only if shared.yaml, en.yaml or the Easy Read file cannot be used. */
export function loadTranslations(dir = TRANSLATIONS_DIR): TranslationSet {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const shared = parseShared(SHARED_FILE, read(SHARED_FILE));
  const source = parseCatalogue(`${SOURCE_CODE}.yaml`, read(`${SOURCE_CODE}.yaml`));
  const easyRead = parseEasyRead(EASY_READ_FILE, read(EASY_READ_FILE));
  const fatal = [...shared.problems, ...source.problems, ...easyRead.problems];
  if (!shared.data || !source.data || !easyRead.data) throw new Error(fatal.join('\n'));

  const problems: string[] = [
    ...checkCatalogueIdentity(`${SOURCE_CODE}.yaml`, source.data),
    ...checkEasyRead(EASY_READ_FILE, easyRead.data, shared.data),
  ];
  const translations: Catalogue[] = [];
  const files = new Map<string, Catalogue>();
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.yaml') && ![SHARED_FILE, EASY_READ_FILE, `${SOURCE_CODE}.yaml`].includes(n))
    .sort();
  for (const name of names) {
    const parsed = parseCatalogue(name, read(name));
    problems.push(...parsed.problems);
    if (!parsed.data) continue;
    problems.push(...checkCatalogueIdentity(name, parsed.data));
    translations.push(parsed.data);
    files.set(name, parsed.data);
  }
  return { shared: shared.data, source: source.data, translations, easyRead: easyRead.data, problems, files };
}
