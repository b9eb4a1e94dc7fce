// The shipped postcode-district table (seeds/postcode-districts.json), for build-time use:
// validation, borough pages and the compact table the search island downloads.
import districtsJson from '../../../seeds/postcode-districts.json' with { type: 'json' };
import { boroughByCode, type Borough } from './seeds.ts';
import type { DistrictTable } from './postcode-lookup.ts';

export interface DistrictRow {
  district: string;
  boroughs: { code: string; name: string; share: number; popShare: number | null }[];
  londonShare: number;
  londonPopShare: number | null;
  centroid: [number, number];
  note?: string;
}

export const districtRows = districtsJson as DistrictRow[];
const byDistrict = new Map(districtRows.map((row) => [row.district, row]));

export function boroughsForDistrict(district: string): Borough[] {
  const row = byDistrict.get(district.toUpperCase());
  if (!row) return [];
  return row.boroughs.map((b) => boroughByCode.get(b.code)).filter((b): b is Borough => b !== undefined);
}

/** district -> borough slugs, the shape the browser needs (a few KB). */
export function districtTable(): DistrictTable {
  return Object.fromEntries(districtRows.map((row) => [row.district, boroughsForDistrict(row.district).map((b) => b.slug)]));
}

/** Districts that reach into a borough, for the borough page ("postcodes in this borough"). */
export function districtsInBorough(slug: string): string[] {
  return districtRows.filter((row) => boroughsForDistrict(row.district).some((b) => b.slug === slug)).map((row) => row.district);
}

export function districtCentroid(district: string): [number, number] | null {
  return byDistrict.get(district.toUpperCase())?.centroid ?? null;
}
