// Phone numbers: checked with libphonenumber-js (full metadata) at build time only; the
// browser never loads this module. Numbers are stored as the provider prints them and
// turned into tel: links here, so the digits shown and the digits dialled cannot drift.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { shortNumbers, staleNumbers, type StaleNumber } from './seeds.ts';

/** Relay UK prefixes: 18001 before a number reaches it by text relay; 18000 reaches 999. */
const RELAY_PREFIX = /^1800[01]/;

export function digitsOf(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

const shortDigits = new Set(shortNumbers.map(digitsOf));

/** Numbers that are free to call from UK landlines and mobiles (Ofcom: 080 and 116 ranges; 999/112). */
export function isFreeToCall(number: string): boolean {
  const d = digitsOf(number).replace(RELAY_PREFIX, '');
  return /^(080[08]|116|999$|112$)/.test(d);
}

export type PhoneProblem = { kind: 'invalid' } | { kind: 'stale'; stale: StaleNumber };

export function findStaleNumber(number: string): StaleNumber | undefined {
  const d = digitsOf(number);
  return staleNumbers.find((s) => digitsOf(s.number) === d);
}

/** Why a number cannot be published, or null when it is a well-formed UK number. */
export function phoneProblem(number: string): PhoneProblem | null {
  const stale = findStaleNumber(number);
  if (stale) return { kind: 'stale', stale };
  let d = digitsOf(number);
  if (shortDigits.has(d)) return null;
  if (RELAY_PREFIX.test(d) && d.length > 5) d = d.slice(5);
  const parsed = parsePhoneNumberFromString(d, 'GB');
  return parsed?.isValid() ? null : { kind: 'invalid' };
}

/** The href for a tel: link: E.164 for ordinary numbers, the bare digits for short codes. */
export function telHref(number: string): string {
  const d = digitsOf(number);
  if (shortDigits.has(d) || RELAY_PREFIX.test(d)) return `tel:${d}`;
  const parsed = parsePhoneNumberFromString(d, 'GB');
  return `tel:${parsed?.isValid() ? parsed.number : d}`;
}

/** The href for an SMS link. */
export function smsHref(number: string): string {
  return telHref(number).replace(/^tel:/, 'sms:');
}
