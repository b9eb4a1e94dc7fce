// Reading a typed postcode or postcode district, and looking it up in a district table.
// Pure and small, so the search island can use it with the table it downloads.
import { isValid, toOutcode, validOutcode } from 'postcode';

/** Postcode district -> London borough slugs, most residents first. */
export type DistrictTable = Record<string, string[]>;

/** The outward code in a full postcode ("E8 1AA") or a district typed alone ("se5"); null otherwise. */
export function districtOf(input: string): string | null {
  const cleaned = input.trim().toUpperCase().replace(/\s+/g, ' ');
  if (cleaned.length < 2) return null;
  if (isValid(cleaned)) return toOutcode(cleaned);
  const compact = cleaned.replace(/ /g, '');
  return validOutcode(compact) ? compact : null;
}

export interface DistrictMatch {
  district: string;
  /** Borough slugs; empty when the district is not in London (or not a real district). */
  boroughs: string[];
}

export function lookupDistrict(table: DistrictTable, input: string): DistrictMatch | null {
  const district = districtOf(input);
  if (!district) return null;
  return { district, boroughs: table[district] ?? [] };
}
