// Typed access to the reference data in seeds/. The JSON files are the single source of
// every enum in the listing schema: adding a term there is a one-line change.
import boroughsJson from '../../../seeds/boroughs.json' with { type: 'json' };
import kindsJson from '../../../seeds/service-kinds.json' with { type: 'json' };
import crimeTypesJson from '../../../seeds/crime-types.json' with { type: 'json' };
import needsJson from '../../../seeds/needs.json' with { type: 'json' };
import groupsJson from '../../../seeds/groups.json' with { type: 'json' };
import ageGroupsJson from '../../../seeds/age-groups.json' with { type: 'json' };
import languagesJson from '../../../seeds/languages.json' with { type: 'json' };
import regionsJson from '../../../seeds/rape-crisis-regions.json' with { type: 'json' };
// Read here too, so every use of seeds/ goes through this module: the search vocabulary and
// ranking (typed by the search), organisations (the open data) and borough boundaries (the map).
import synonymsJson from '../../../seeds/synonyms.json' with { type: 'json' };
import languageNamesJson from '../../../seeds/language-names.json' with { type: 'json' };
import searchRankingJson from '../../../seeds/search-ranking.json' with { type: 'json' };
import organisationsJson from '../../../seeds/organisations.json' with { type: 'json' };
import boundariesJson from '../../../seeds/borough-boundaries.geo.json' with { type: 'json' };
import shortNumbersJson from '../../../seeds/short-numbers.json' with { type: 'json' };
import staleNumbersJson from '../../../seeds/stale-numbers.json' with { type: 'json' };
import relayPrefixesJson from '../../../seeds/relay-prefixes.json' with { type: 'json' };
import dramaNumbersJson from '../../../seeds/drama-numbers.json' with { type: 'json' };
import urgentRoutesJson from '../../../seeds/urgent-routes.json' with { type: 'json' };
import linkRulesJson from '../../../seeds/link-rules.json' with { type: 'json' };

export interface Term {
  id: string;
  label: string;
  definition: string;
}

export type RegionId = 'north' | 'south' | 'east' | 'west';

export interface Borough {
  /** ONS GSS code, E09000001 to E09000033 */
  code: string;
  name: string;
  slug: string;
  type: string;
  inner: boolean;
  innerStatutory: boolean;
  /** The Rape Crisis region, or null where no source could confirm it (see seeds/SOURCES.md). */
  rapeCrisisRegion: RegionId | null;
}

export interface ServiceKind extends Term {
  urgent?: boolean;
  confidentialLocation?: boolean;
  victimSupport?: boolean;
}

export interface CrimeType extends Term {
  parent?: string;
}

export interface AgeGroup extends Term {
  min: number;
  max: number;
}

export interface Language {
  code: string;
  name: string;
}

export interface StaleNumber {
  number: string;
  reason: string;
  instead: string;
}

export interface ShortNumber {
  number: string;
  definition: string;
  /** Free to call from UK landlines and mobiles. */
  free: boolean;
}

export interface RelayPrefix {
  prefix: string;
  definition: string;
}

/** A block of numbers Ofcom keeps for TV and radio drama: they reach nobody. Digits, inclusive. */
export interface DramaRange {
  from: string;
  to: string;
  area: string;
}

/** A listing that may use an urgent kind (emergency, sarc): the urgent box is decided here, not by listings. */
export interface UrgentRoute {
  id: string;
  kind: string;
  why: string;
}

export interface LinkRules {
  shorteners: string[];
  exampleDomains: string[];
  reservedTopLevelDomains: string[];
  internationalDomainsAllowed: string[];
  /** Shortened source links kept for now, each with its listing and reason; never contact links. */
  shortenedSourcesAllowed: { url: string; listing: string; reason: string }[];
}

export const boroughs = boroughsJson as Borough[];
export const serviceKinds = kindsJson as ServiceKind[];
export const crimeTypes = crimeTypesJson as CrimeType[];
export const needs = needsJson as Term[];
export const groups = groupsJson as Term[];
export const ageGroups = ageGroupsJson as AgeGroup[];
export const languages = languagesJson as Language[];
export const rapeCrisisRegions = regionsJson as (Term & { id: RegionId })[];
export const shortNumbers = shortNumbersJson as ShortNumber[];
export const relayPrefixes = relayPrefixesJson as RelayPrefix[];
export const dramaRanges = dramaNumbersJson as DramaRange[];
export const urgentRoutes = urgentRoutesJson as UrgentRoute[];
export const linkRules = linkRulesJson as LinkRules;
export const staleNumbers = staleNumbersJson as StaleNumber[];

/** Ids as a non-empty tuple, the shape z.enum wants. */
export function ids<T extends { id: string }>(terms: T[]): [string, ...string[]] {
  const list = terms.map((t) => t.id);
  if (list.length === 0) throw new Error('a seeds list is empty');
  return list as [string, ...string[]];
}

function indexBy<T, K extends keyof T>(items: T[], key: K): Map<T[K], T> {
  return new Map(items.map((item) => [item[key], item]));
}

export const boroughBySlug = indexBy(boroughs, 'slug');
export const boroughByCode = indexBy(boroughs, 'code');
export const kindById = indexBy(serviceKinds, 'id');
export const crimeTypeById = indexBy(crimeTypes, 'id');
export const needById = indexBy(needs, 'id');
export const groupById = indexBy(groups, 'id');
export const regionById = indexBy(rapeCrisisRegions, 'id');

/** Top-level crime types (the eleven forms) in seed order. */
export const crimeTypeRoots = crimeTypes.filter((c) => !c.parent);

export function isConfidentialKind(kind: string): boolean {
  return kindById.get(kind)?.confidentialLocation === true;
}

/** Kinds that put a listing in the urgent box (emergency, sarc). */
export function isUrgentKind(kind: string): boolean {
  return kindById.get(kind)?.urgent === true;
}

/** Whether seeds/urgent-routes.json lets this listing (by file name) use this urgent kind. */
export function isUrgentRoute(id: string, kind: string): boolean {
  return urgentRoutes.some((r) => r.id === id && r.kind === kind);
}

export function boroughsInRegion(region: RegionId): Borough[] {
  return boroughs.filter((b) => b.rapeCrisisRegion === region);
}

/** An organisation that runs listed services: one open-data record however listings spell its name. */
export interface Organisation {
  name: string;
  website?: string;
  /** Other ways listings write the same organisation (for example "Hestia (with the Vodafone Foundation)"). */
  listingNames?: string[];
}

export const organisations = organisationsJson as Organisation[];
/** seeds/synonyms.json, seeds/language-names.json and seeds/search-ranking.json as written: the search build types them. */
export const synonymsSeed = synonymsJson;
export const languageNamesSeed = languageNamesJson;
export const searchRankingSeed = searchRankingJson;
/** seeds/borough-boundaries.geo.json: each London borough's outline, by ONS code (the map draws them). */
export const boroughBoundaries = boundariesJson;
