// Phone numbers: read once, with libphonenumber-js (full metadata), at build time only; the
// browser never loads this module. A number field may hold only digits, spaces and a leading
// +, so nothing can make the number shown differ from the number dialled: the text shown and
// the tel: link are both generated here from the same parsed digits (the provider's grouping
// of the digits is kept, because people remember "0808 2000 247", not "0808 200 0247").
//
// Which numbers a listing may give (and why) is decided here, in one place:
// - allowed: UK geographic (01, 02), UK-wide 03, freephone 0800/0808, mobiles (07 except 070
//   and 076), the short numbers in seeds/short-numbers.json, and Relay UK prefixes
//   (seeds/relay-prefixes.json) before an allowed number;
// - refused: premium rate (09); service-charge 084 and 087, which cost more than a normal call
//   plus the phone company's access charge, so a caller with little credit may be cut off or
//   run out (public bodies moved helplines off 084/087 for this reason, and every service we
//   list has an 01, 02, 03 or 080 number); personal numbers (070, often used by scams) and
//   pagers (076); corporate and internet-phone numbers (05); numbers outside the UK; Ofcom's
//   drama ranges (seeds/drama-numbers.json), which reach nobody; numbers known to be stale.
// Whether a number is free to call comes from its class, never from the listing.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import {
  dramaRanges,
  relayPrefixes,
  shortNumbers,
  staleNumbers,
  type DramaRange,
  type ShortNumber,
  type StaleNumber,
} from '../reference/seeds.ts';
import { describeCharacter } from './text-safety.ts';

export type NumberClass =
  'geographic' | 'uk-wide' | 'freephone' | 'mobile' | 'short' | 'premium' | 'service-charge' | 'personal' | 'pager' | 'corporate';

/** Classes a listing may publish. */
const ALLOWED: ReadonlySet<NumberClass> = new Set(['geographic', 'uk-wide', 'freephone', 'mobile', 'short']);

export interface ParsedNumber {
  /** The text to show: generated from the digits, grouped as the provider groups them. */
  text: string;
  /** The tel: target (E.164, or the bare digits for short numbers and relay calls). */
  tel: string;
  class: NumberClass;
  free: boolean;
  /** The national digits (0...), or the short number; without any relay prefix. */
  national: string;
  /** The Relay UK prefix, when the number is dialled through Relay UK. */
  relay?: string;
  short?: ShortNumber;
}

export type ReadProblem = { kind: 'characters'; char: string } | { kind: 'foreign'; countryCode: string } | { kind: 'invalid' };

export type PhoneProblem =
  | ReadProblem
  | { kind: 'stale'; stale: StaleNumber }
  | { kind: 'drama'; range: DramaRange }
  | { kind: 'refused-class'; numberClass: NumberClass };

export function digitsOf(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

const shortByDigits = new Map(shortNumbers.map((s) => [digitsOf(s.number), s]));
// Ordinary, non-breaking and thin spaces (copied from web pages) all count as spaces.
export const SPACES = /[ \u00A0\u2009\u202F]+/g;
const ONLY_DIGITS = /^\+?[0-9]+( [0-9]+)*$/;

function classOf(national: string): NumberClass | null {
  if (/^09/.test(national)) return 'premium';
  if (/^08[47]/.test(national)) return 'service-charge';
  if (/^070/.test(national)) return 'personal';
  if (/^076/.test(national) && !/^07624/.test(national)) return 'pager';
  if (/^05/.test(national)) return 'corporate';
  if (/^0[12]/.test(national)) return 'geographic';
  if (/^03/.test(national)) return 'uk-wide';
  if (/^080[08]/.test(national)) return 'freephone';
  if (/^07/.test(national)) return 'mobile';
  return null;
}

/** The national digits regrouped as the provider grouped them, when the groups fit. */
function grouped(national: string, written: string): string | null {
  const groups = written.split(' ').map((g) => g.length);
  if (groups.some((n) => n === 0)) return null;
  if (groups.reduce((a, b) => a + b, 0) !== national.length) return null;
  let at = 0;
  return groups.map((n) => national.slice(at, (at += n))).join(' ');
}

function firstBadCharacter(text: string): string | null {
  for (const char of text.replace(/^\+/, '')) if (!/[0-9 ]/.test(char)) return char;
  return null;
}

/**
 * Read a number as written in a listing. Only the shape is judged here (characters, a real
 * UK number); which classes may be published is phoneProblem's decision.
 */
export function readNumber(written: string): { number: ParsedNumber } | { problem: ReadProblem } {
  const text = written.replace(SPACES, ' ').trim();
  if (!ONLY_DIGITS.test(text)) {
    const char = firstBadCharacter(text);
    return { problem: char ? { kind: 'characters', char } : { kind: 'invalid' } };
  }
  const digits = text.replace(/ /g, '');
  const short = shortByDigits.get(digits);
  if (short) return { number: { text: short.number, tel: `tel:${digits}`, class: 'short', free: short.free, national: digits, short } };

  const relay = relayPrefixes.find((r) => digits.startsWith(r.prefix) && digits.length > r.prefix.length);
  if (relay) {
    const inner = readNumber(text.startsWith(`${relay.prefix} `) ? text.slice(relay.prefix.length + 1) : digits.slice(relay.prefix.length));
    if ('problem' in inner) return inner;
    if (inner.number.relay || inner.number.class === 'short') return { problem: { kind: 'invalid' } };
    return {
      number: {
        ...inner.number,
        text: `${relay.prefix} ${inner.number.text}`,
        tel: `tel:${relay.prefix}${inner.number.national}`,
        relay: relay.prefix,
      },
    };
  }

  const international = /^(\+|00)/.test(digits);
  const parsed = parsePhoneNumberFromString(international ? `+${digits.replace(/^(\+|00)/, '')}` : digits, 'GB');
  if (international && parsed && parsed.countryCallingCode !== '44')
    return { problem: { kind: 'foreign', countryCode: parsed.countryCallingCode } };
  const national = international ? `0${digits.replace(/^(\+|00)44/, '')}` : digits;
  const numberClass = classOf(national);
  if (!parsed || !numberClass) return { problem: { kind: 'invalid' } };
  // Ofcom's drama numbers are well-formed but unallocated: some libraries call them invalid.
  const valid = parsed.isValid() || dramaRangeOf(national) !== undefined;
  if (!valid) return { problem: { kind: 'invalid' } };
  const shown = (!international && grouped(national, text)) || parsed.formatNational();
  return { number: { text: shown, tel: `tel:+44${national.slice(1)}`, class: numberClass, free: numberClass === 'freephone', national } };
}

export function findStaleNumber(number: string): StaleNumber | undefined {
  const d = digitsOf(number);
  return staleNumbers.find((s) => digitsOf(s.number) === d);
}

function dramaRangeOf(national: string): DramaRange | undefined {
  return dramaRanges.find((r) => national.length === r.from.length && national >= r.from && national <= r.to);
}

export interface PhoneRules {
  /** Test fixtures and documentation may use Ofcom's drama numbers; listings never. */
  allowExamples?: boolean;
}

/** Why a number cannot be published, or null when it may be. */
export function phoneProblem(written: string, rules: PhoneRules = {}): PhoneProblem | null {
  const read = readNumber(written);
  if ('problem' in read) return read.problem;
  const stale = findStaleNumber(written);
  if (stale) return { kind: 'stale', stale };
  if (!ALLOWED.has(read.number.class)) return { kind: 'refused-class', numberClass: read.number.class };
  const drama = dramaRangeOf(read.number.national);
  if (drama && !rules.allowExamples) return { kind: 'drama', range: drama };
  return null;
}

const INSTEAD = "Give the service's number that starts 01, 02, 03, 0800 or 0808 (or a mobile starting 07) instead";

const CLASS_REASON: Partial<Record<NumberClass, string>> = {
  premium: 'is a premium-rate number (09): calls cost far more than a normal call, and such numbers are used by scams',
  'service-charge':
    "is a service-charge number (084 or 087): it costs more than a normal call, plus the phone company's access charge, so someone with little credit may be cut off",
  personal: 'is a personal number (070): it looks like a mobile but can cost far more, and such numbers are used by scams',
  pager: 'is a pager number (076): it cannot take a call from someone who needs help',
  corporate: 'is a corporate or internet-phone number (05): what it costs to call varies and is often not included in call allowances',
};

/** The plain-English message for a number that cannot be published. */
export function phoneProblemMessage(shown: string, problem: PhoneProblem): string {
  switch (problem.kind) {
    case 'characters':
      return `${shown} contains ${/[\p{L}\p{N}\p{P}\p{S}]/u.test(problem.char) ? `"${problem.char}"` : describeCharacter(problem.char)}: a phone number may hold only digits and spaces (and a + at the start), so that the number shown is the number dialled. Write it like "0808 2000 247"`;
    case 'foreign':
      return `${shown} is not a UK number (it starts +${problem.countryCode}): list only numbers people in the UK can call at UK rates. ${INSTEAD}`;
    case 'invalid':
      return `${shown} is not a valid UK phone number. Copy it digit by digit from the provider's own page, for example "020 3299 6900"`;
    case 'stale':
      return `${shown} ${problem.stale.reason} Use ${problem.stale.instead}`;
    case 'drama':
      return `${shown} is one of the numbers Ofcom keeps for TV and radio drama (${problem.range.area}), so it reaches nobody: it looks copied from an example. Copy the service's real number from its own page`;
    case 'refused-class':
      return `${shown} ${CLASS_REASON[problem.numberClass] ?? 'cannot be listed'}. ${INSTEAD}`;
  }
}

/** The text to show for a number: generated from its digits, never the raw field. */
export function displayNumber(number: string): string {
  const read = readNumber(number);
  return 'number' in read ? read.number.text : number.replace(/[^0-9+ ]/g, '').trim();
}

/** The href for a tel: link: E.164 for ordinary numbers, the bare digits for short codes. */
export function telHref(number: string): string {
  const read = readNumber(number);
  return 'number' in read ? read.number.tel : `tel:${digitsOf(number)}`;
}

/** The href for an SMS link. */
export function smsHref(number: string): string {
  return telHref(number).replace(/^tel:/, 'sms:');
}

/** Free to call from UK landlines and mobiles, from the number's class (080, 116, 999...). */
export function isFreeToCall(number: string): boolean {
  const read = readNumber(number);
  return 'number' in read && read.number.free;
}

/** Words in a label that claim a call is free. */
export const FREE_CLAIM = /\bfree(?:phone|fone|call)?\b/i;
