// What a written location looks like: postcodes (full, with or without the space, and London
// postcode districts on their own), a house number followed by a street word, coordinates and
// what3words-style ///word.word.word addresses. One module, used by the listing schema (a
// confidential listing's text may hold none of them) and by the post-build test that scans the
// built site for the same patterns.
import { isValid as isValidPostcode } from 'postcode';
import { districtRows } from '../reference/postcodes.ts';

export type ClueKind = 'postcode' | 'postcode district' | 'street address' | 'coordinates' | 'what3words address';

export interface LocationClue {
  kind: ClueKind;
  text: string;
}

// A full postcode, the space optional: E8 1AA, E81AA, SW1A 1AA.
export const FULL_POSTCODE = /\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b/gi;
// An outward code (district) alone, in capitals as postcodes are written: E8, SE5, N1C.
const DISTRICT = /\b([A-Z]{1,2}[0-9][A-Z0-9]?)\b/g;
const STREET_WORDS = [
  'Road',
  'Rd',
  'Street',
  'St',
  'Avenue',
  'Ave',
  'Lane',
  'Ln',
  'Close',
  'Way',
  'Court',
  'Ct',
  'Crescent',
  'Cres',
  'Drive',
  'Dr',
  'Gardens',
  'Gdns',
  'Grove',
  'Gr',
  'Hill',
  'Place',
  'Pl',
  'Square',
  'Sq',
  'Terrace',
  'Terr',
  'Walk',
  'Row',
  'Mews',
  'Parade',
  'Rise',
  'Vale',
  'Green',
  'Yard',
  'Wharf',
  'Park',
  'Passage',
  'Broadway',
  'Embankment',
];
// A house number (12, 12a, 12-14, Flat 3, 12) then up to four capitalised words and a street word.
export const STREET_ADDRESS = new RegExp(
  String.raw`\b\d{1,4}[A-Za-z]?(?:\s?[-–]\s?\d{1,4}[A-Za-z]?)?,?\s+(?:[A-Z][\p{L}'’.-]*\s+){0,4}(?:${STREET_WORDS.join('|')})\b`,
  'gu',
);
// A latitude and longitude pair (51.5456, -0.0553), or degrees written with °.
export const COORDINATES = /-?\b\d{1,3}\.\d{3,}\s*[,;/ ]\s*-?\d{1,3}\.\d{3,}\b|\b\d{1,3}\s*°\s*\d{1,2}\s*['′]/g;
// what3words: three words joined by dots after three slashes.
export const WHAT3WORDS = /\/\/\/\s*\p{L}+\.\p{L}+\.\p{L}+/gu;

const londonDistricts = new Set(districtRows.map((r) => r.district));

/** Every location clue in a text, in the order the kinds are listed above. */
export function locationClues(text: string): LocationClue[] {
  const clues: LocationClue[] = [];
  const fullPostcodeSpans: [number, number][] = [];
  for (const m of text.matchAll(FULL_POSTCODE))
    if (isValidPostcode(`${m[1]} ${m[2]}`)) {
      clues.push({ kind: 'postcode', text: m[0] });
      fullPostcodeSpans.push([m.index, m.index + m[0].length]);
    }
  for (const m of text.matchAll(DISTRICT)) {
    const inFull = fullPostcodeSpans.some(([a, b]) => m.index >= a && m.index < b);
    if (!inFull && londonDistricts.has(m[1] ?? '')) clues.push({ kind: 'postcode district', text: m[0] });
  }
  for (const m of text.matchAll(STREET_ADDRESS)) clues.push({ kind: 'street address', text: m[0].trim() });
  for (const m of text.matchAll(COORDINATES)) clues.push({ kind: 'coordinates', text: m[0].trim() });
  for (const m of text.matchAll(WHAT3WORDS)) clues.push({ kind: 'what3words address', text: m[0] });
  return clues;
}

/** Words that say a place is a refuge or safe house, whose address must stay secret. */
export const SAFE_HOUSE_WORDS = /\b(?:refuges?|safe[ -]?houses?|safe accommodation)\b/i;
