// The listing rules written as JSON Schema (draft-07) patterns, so providers' editors flag a
// mistake while they type. Each is made from the rule it mirrors wherever that rule is a regular
// expression or a list (markup, invisible characters, postcodes, link shorteners and example
// domains); tests/unit/json-schema.test.ts checks that every single-field mistake these patterns
// catch is refused by the validator too, and that every real listing passes both.
import { POSTCODE_REGEX } from 'postcode';
import { linkRules } from '../../reference/seeds.ts';
import { ISO_DATE } from '../../rules/dates.ts';
import { SPACES } from '../../rules/phone.ts';
import { INVISIBLE, MARKUP } from '../../rules/text-safety.ts';
import type { Draft07 } from './meta.ts';

/** A regular expression's source with letters matched in either case: JSON Schema patterns have no flags. */
export function ignoreCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const next = source[i + 2] ?? '';
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      if (/[a-z]/.test(c) && source[i + 1] === '-' && /[a-z]/.test(next)) {
        out += `${c}-${next}${c.toUpperCase()}-${next.toUpperCase()}`;
        i += 2;
      } else out += /[a-z]/i.test(c) ? c.toLowerCase() + c.toUpperCase() : c;
    } else {
      if (c === '[') inClass = true;
      out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    }
  }
  return out;
}

const anyOf = (sources: string[]) => sources.map((s) => `(?:${s})`).join('|');
/** Escaped for a pattern (a hyphen is left as it is: escaping it outside a class is an error in Unicode patterns). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const strip = (re: RegExp) => re.source.replace(/^\^/, '').replace(/\$$/, '');

/** A JSON Schema reference to one of the DEFINITIONS below (draft-07 ignores keywords beside a $ref, hence allOf). */
export const ref = (name: keyof typeof DEFINITIONS): Draft07 => ({ allOf: [{ $ref: `#/definitions/${name}` }] });
const use = (name: string) => ({ $ref: `#/definitions/${name}` });

const SCHEME = '^\\s*[hH][tT][tT][pP][sS]://';
const domainList = (domains: string[]) => ignoreCase(`(?:${domains.map(escape).join('|')})`);
const HOST_END = '\\.?(?:[/?#]|\\s*$)';
const space = `[${SPACES.source.slice(1, -2)}]`;
const s = `${space}*`;
const UK_PREFIX = `^\\s*(?:(?:\\+|0${s}0)${s}4${s}4${s}|0${s})`;

/**
 * The rules, once each, as the generated JSON Schema's definitions. The JSON Schema describes the
 * real rules: example addresses are refused, as `npm run validate` refuses them.
 */
export const DEFINITIONS = {
  /** Web code: <tags>, javascript:, on...= attributes (src/lib/rules/text-safety.ts). */
  webCode: { type: 'string', pattern: anyOf(MARKUP.map((re) => ignoreCase(re.source))) },
  /** An invisible or control character; line breaks and tabs are judged apart, because the ends of a value may carry them. */
  invisibleCharacter: { type: 'string', pattern: `(?![\\t\\n\\r])${INVISIBLE.source}` },
  /** Plain text (plainText in blocks.ts): not blank, not a spreadsheet formula, no web code, nothing invisible, on one line. */
  plainText: {
    type: 'string',
    pattern: '^\\s*[^\\s=+\\-@]',
    not: { anyOf: [use('webCode'), use('invisibleCharacter'), { type: 'string', pattern: '\\S\\s*[\\t\\n\\r]\\s*\\S' }] },
  },
  /** The same, with line breaks allowed (a description). */
  plainTextLines: {
    type: 'string',
    pattern: '^\\s*[^\\s=+\\-@]',
    not: { anyOf: [use('webCode'), use('invisibleCharacter'), { type: 'string', pattern: '\\S\\s*\\t\\s*\\S' }] },
  },
  /**
   * A web address (src/lib/rules/links.ts): https:// and a named website in plain letters (so no
   * user name, port or IP address), no spaces, quotes or web code, no punycode, no example domain.
   */
  webAddress: {
    type: 'string',
    pattern: `${SCHEME}[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z][A-Za-z0-9-]*\\.?(?:[/?#][^\\s"'<>\`\\\\{}|^]*)?\\s*$`,
    not: {
      anyOf: [
        use('webCode'),
        use('invisibleCharacter'),
        { type: 'string', pattern: `${SCHEME}(?:[^/?#]*\\.)?[xX][nN]--` },
        { type: 'string', pattern: `${SCHEME}(?:[^/?#]*\\.)?${domainList(linkRules.exampleDomains)}${HOST_END}` },
        { type: 'string', pattern: `${SCHEME}[^/?#]*\\.${domainList(linkRules.reservedTopLevelDomains)}${HOST_END}` },
      ],
    },
  },
  /** A link shortener's address. */
  shortenedLink: { type: 'string', pattern: `${SCHEME}(?:[wW][wW][wW]\\.)?${domainList(linkRules.shorteners)}${HOST_END}` },
  /** A contact link: a web address, never shortened. */
  link: { allOf: [use('webAddress'), { not: use('shortenedLink') }] },
  /** A source link: a web address, shortened only where seeds/link-rules.json keeps one for now. */
  sourceLink: linkRules.shortenedSourcesAllowed.length
    ? {
        allOf: [
          use('webAddress'),
          { anyOf: [{ enum: linkRules.shortenedSourcesAllowed.map((l) => l.url) }, { not: use('shortenedLink') }] },
        ],
      }
    : { allOf: [use('link')] },
  /**
   * A phone number (src/lib/rules/phone.ts): digits and spaces, with a + at the start only; not
   * premium rate (09), service charge (084, 087), personal (070), pager (076 except 07624) or
   * corporate (05), and not outside the UK.
   */
  phoneNumber: {
    type: 'string',
    pattern: `^\\s*\\+?[0-9]+(?:${space}+[0-9]+)*\\s*$`,
    not: {
      anyOf: [
        { type: 'string', pattern: `${UK_PREFIX}(?:9|8${s}[47]|7${s}0|7${s}6(?!${s}2${s}4)|5)` },
        { type: 'string', pattern: `^\\s*(?:\\+|0${s}0)(?!${s}4${s}4)` },
      ],
    },
  },
} satisfies Record<string, Draft07>;

/** An email address on an example domain. */
export const EXAMPLE_EMAIL: Draft07 = { not: { type: 'string', pattern: `@(?:[^@]*\\.)?${domainList(linkRules.exampleDomains)}\\s*$` } };

/** A full UK postcode, as the postcode library reads one. */
export const POSTCODE_PATTERN = `^\\s*${ignoreCase(strip(POSTCODE_REGEX))}\\s*$`;

/** A calendar date: YYYY-MM-DD, a day that exists. */
export const DATE: Draft07 = { type: 'string', pattern: ISO_DATE.source, format: 'date' };
