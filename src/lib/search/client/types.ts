// Shapes shared by the search index (built at build time) and the search engine (in the browser).
import type { HoursLike } from '../../rules/hours.ts';
import type { DistrictTable } from '../../reference/postcode-lookup.ts';

export interface SearchPhone {
  /** As the provider prints it. */
  number: string;
  href: string;
  label: string;
  free: boolean;
}

/** A public place to visit (never a refuge or other confidential location). */
export interface SearchPlace {
  name: string;
  address: string;
  postcode: string;
  borough?: string;
  lat: number;
  lng: number;
  /** true when the position is the centre of the postcode district, not the building. */
  approximate: boolean;
  appointmentOnly?: boolean;
}

/** One victim-support service, as the browser needs it. Perpetrator programmes are never included. */
export interface SearchDoc {
  id: string;
  name: string;
  aka: string[];
  org: string;
  /** Main kind first, then other kinds. */
  kinds: string[];
  kindLabel: string;
  summary: string;
  crime: string[];
  /** Needs met, including those derived from other fields (no-police-report, self-referral, ...). */
  needs: string[];
  groups: string[];
  ageMin?: number;
  ageMax?: number;
  whoFor: string;
  scope: 'boroughs' | 'region' | 'london' | 'national';
  boroughs: string[];
  regions: string[];
  /** 0 emergency, 1 sexual assault referral centre, 2 open 24/7, 3 other. */
  urgency: number;
  phones: SearchPhone[];
  web?: string;
  /** Public places with a position for the map (confidential locations are never included). */
  places: SearchPlace[];
  hours?: HoursLike;
  hoursText: string[];
  lastVerified: string;
  /** Labels of kinds and crime types, so plain words find them. */
  terms: string;
}

export interface SynonymEntry {
  definition?: string;
  terms: string[];
  /** If present, a second set of words that must also appear (e.g. "raped" with "last night"). */
  with?: string[];
  crimeTypes?: string[];
  kinds?: string[];
  groups?: string[];
  needs?: string[];
  urgent?: boolean;
  /** Context words ("my ex", "my dad"): used only when nothing more specific was understood. */
  weak?: boolean;
}

export interface TaxonomyItem {
  id: string;
  label: string;
  parent?: string;
}

export interface SearchIndex {
  version: 1;
  docs: SearchDoc[];
  districts: DistrictTable;
  boroughs: { slug: string; name: string; region: string | null }[];
  crimeTypes: TaxonomyItem[];
  synonyms: SynonymEntry[];
  /** England and Wales bank holidays (YYYY-MM-DD) for "open now". */
  bankHolidays: string[];
  ageGroups: { id: string; label: string; min: number; max: number }[];
}

export interface Filters {
  text: string;
  /** A borough slug chosen from the list, or ''. */
  borough: string;
  /** A postcode or postcode district typed by the user, or ''. */
  place: string;
  crimeType: string;
  needs: string[];
  kind: string;
  ageGroup: string;
  openNow: boolean;
}

export const EMPTY_FILTERS: Filters = { text: '', borough: '', place: '', crimeType: '', needs: [], kind: '', ageGroup: '', openNow: false };
