// Shapes shared by the search index (built at build time) and the search engine (in the browser).
import type { HoursLike } from '../../rules/hours.ts';
import type { DistrictTable } from '../../reference/postcode-lookup.ts';
import type { AreaScope } from '../../rules/coverage.ts';
import type { ServiceCardModel } from '../../domain/card.ts';

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

/**
 * One victim-support service, as the browser needs it: the fields the search ranks and filters
 * on, and the card it shows (the same model every page's card is drawn from). Perpetrator
 * programmes are never included.
 */
export interface SearchDoc {
  id: string;
  name: string;
  aka: string[];
  org: string;
  /** Main kind first, then other kinds. */
  kinds: string[];
  summary: string;
  crime: string[];
  /** Needs met, including those derived from other fields (no-police-report, self-referral, ...). */
  needs: string[];
  /** Specialist or audience groups (seeds/groups.json). */
  groups: string[];
  /** Genders the service supports (women, men, non-binary). */
  genders: string[];
  /** Languages staff speak directly (English names from seeds/languages.json). */
  languages: string[];
  ageMin?: number;
  ageMax?: number;
  scope: AreaScope;
  boroughs: string[];
  regions: string[];
  /** 0 emergency, 1 sexual assault referral centre, 2 open 24/7, 3 other. */
  urgency: number;
  /** Public places with a position for the map (confidential locations are never included). */
  places: SearchPlace[];
  /** Opening hours, for "open now" (the card says them in words). */
  hours?: HoursLike;
  /** Labels of kinds and crime types, so plain words find them. */
  terms: string;
  /** What the result shows (src/lib/domain/card.ts), less what the doc holds already: cardOf() puts it back. */
  card: IndexCard;
}

/** A card in the search index: its identity, name, organisation and summary are the doc's own. */
export type IndexCard = Omit<ServiceCardModel, 'id' | 'name' | 'organisation' | 'summary'>;

/** The whole card of a search result, for the one card component. */
export function cardOf(doc: SearchDoc): ServiceCardModel {
  return { ...doc.card, id: doc.id, name: doc.name, organisation: doc.org, summary: doc.summary };
}

export interface SynonymEntry {
  definition?: string;
  terms: string[];
  /** If present, a second set of words that must also appear (e.g. "raped" with "last night"). */
  with?: string[];
  /** Phrases that stop this entry applying ("with my children" is not about a child victim). */
  unless?: string[];
  /** What "Showing help for" names, when the entry has no crime type, kind, group or need to name. */
  label?: string;
  crimeTypes?: string[];
  kinds?: string[];
  groups?: string[];
  needs?: string[];
  /** Languages named (English names from seeds/languages.json). */
  languages?: string[];
  /** Topics with lead services in seeds/search-ranking.json (e.g. "crisis"). */
  topics?: string[];
  /** The person says who they are: services only for the other gender are not for them. */
  gender?: 'women' | 'men';
  /** true: someone may be in danger now. false: the words say it is not an emergency. */
  urgent?: boolean;
  /** Context words ("my ex", "my dad"): used only when nothing more specific was understood. */
  weak?: boolean;
}

/** Services that lead for a harm (all the crime types listed), a kind of help, a group or a topic. */
export interface LeadEntry {
  crimeTypes?: string[];
  kind?: string;
  group?: string;
  topic?: string;
  services: string[];
}

/** The data behind the ranking rules (seeds/search-ranking.json; decision 0006). */
export interface RankingData {
  /** Groups that widen who a service talks to (friends and family, professionals): never a specialism. */
  audienceGroups: string[];
  /** A need that names a group ("BSL" names Deaf people). */
  needGroups: Record<string, string>;
  /**
   * Ages that name a group (17 or under: young people), and the upper age limit at or under
   * which a service is for that group (a service for people up to 25 is a young people's one).
   */
  groupsByAge: { group: string; min?: number; max?: number; servicesUpTo?: number }[];
  /** Topics: narrow ones (crisis lines, police) rank below general help unless asked for. */
  topics: { id: string; label: string; narrow?: boolean }[];
  leads: LeadEntry[];
}

export interface TaxonomyItem {
  id: string;
  label: string;
  parent?: string;
}

export interface SearchIndex {
  version: 2;
  docs: SearchDoc[];
  districts: DistrictTable;
  boroughs: { slug: string; name: string; region: string | null }[];
  crimeTypes: TaxonomyItem[];
  synonyms: SynonymEntry[];
  ranking: RankingData;
  /** Plain labels of kinds, groups and needs, for "Showing help for". */
  labels: { kinds: Record<string, string>; groups: Record<string, string>; needs: Record<string, string> };
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
  /** A language's English name (seeds/languages.json), or '': its services come first (language.ts). */
  language: string;
}

export const EMPTY_FILTERS: Filters = {
  text: '',
  borough: '',
  place: '',
  crimeType: '',
  needs: [],
  kind: '',
  ageGroup: '',
  openNow: false,
  language: '',
};
