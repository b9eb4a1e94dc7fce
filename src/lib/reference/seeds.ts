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
// ranking, organisations (the open data) and borough boundaries (the map).
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
import type { z } from 'astro/zod';
import {
  ageGroupSchema,
  boroughSchema,
  crimeTypeSchema,
  dramaRangeSchema,
  languageSchema,
  linkRulesSchema,
  organisationSchema,
  REGION_IDS,
  relayPrefixSchema,
  serviceKindSchema,
  shortNumberSchema,
  staleNumberSchema,
  termSchema,
  urgentRouteSchema,
} from './seed-schemas.ts';
import { parseSeed } from './seed-problems.ts';

// Each file is read through its schema (seed-schemas.ts): a broken seed stops the build with a
// plain message, and `npm run validate` lists every problem in seeds/.
export const boroughs = parseSeed('boroughs.json', boroughsJson);
export const serviceKinds = parseSeed('service-kinds.json', kindsJson);
export const crimeTypes = parseSeed('crime-types.json', crimeTypesJson);
export const needs = parseSeed('needs.json', needsJson);
export const groups = parseSeed('groups.json', groupsJson);
export const ageGroups = parseSeed('age-groups.json', ageGroupsJson);
export const languages = parseSeed('languages.json', languagesJson);
export const rapeCrisisRegions = parseSeed('rape-crisis-regions.json', regionsJson);
export const shortNumbers = parseSeed('short-numbers.json', shortNumbersJson);
export const relayPrefixes = parseSeed('relay-prefixes.json', relayPrefixesJson);
export const dramaRanges = parseSeed('drama-numbers.json', dramaNumbersJson);
export const urgentRoutes = parseSeed('urgent-routes.json', urgentRoutesJson);
export const linkRules = parseSeed('link-rules.json', linkRulesJson);
export const staleNumbers = parseSeed('stale-numbers.json', staleNumbersJson);

export type Term = z.infer<typeof termSchema>;
export type RegionId = (typeof REGION_IDS)[number];
/** A London authority: ONS code (E09000001 to E09000033), name, slug, inner/outer, and its Rape Crisis region (null where no source confirms one; see seeds/SOURCES.md). */
export type Borough = z.infer<typeof boroughSchema>;
export type ServiceKind = z.infer<typeof serviceKindSchema>;
export type CrimeType = z.infer<typeof crimeTypeSchema>;
export type AgeGroup = z.infer<typeof ageGroupSchema>;
export type Language = z.infer<typeof languageSchema>;
export type StaleNumber = z.infer<typeof staleNumberSchema>;
/** A short number phone libraries do not know, and whether it is free to call from UK landlines and mobiles. */
export type ShortNumber = z.infer<typeof shortNumberSchema>;
export type RelayPrefix = z.infer<typeof relayPrefixSchema>;
/** A block of numbers Ofcom keeps for TV and radio drama: they reach nobody. Digits, inclusive. */
export type DramaRange = z.infer<typeof dramaRangeSchema>;
/** A listing that may use an urgent kind (emergency, sarc): the urgent box is decided here, not by listings. */
export type UrgentRoute = z.infer<typeof urgentRouteSchema>;
export type LinkRules = z.infer<typeof linkRulesSchema>;

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
export type Organisation = z.infer<typeof organisationSchema>;
export const organisations = parseSeed('organisations.json', organisationsJson);
/** The search vocabulary, the names of languages and the ranking data: the search build shapes them for the index. */
export const synonymsSeed = parseSeed('synonyms.json', synonymsJson);
export const languageNamesSeed = parseSeed('language-names.json', languageNamesJson);
export const searchRankingSeed = parseSeed('search-ranking.json', searchRankingJson);
/** Each London borough's outline, by ONS code (the map draws them). */
export const boroughBoundaries = parseSeed('borough-boundaries.geo.json', boundariesJson);

/**
 * A lead entry of seeds/search-ranking.json: the services that lead for a harm (or a kind of help,
 * a group, a topic), first first. The search ranks by it (decision 0006) and the call-first
 * pages take their call buttons from it (src/lib/domain/call-first.ts), so both agree.
 */
export type RankingLead = (typeof searchRankingSeed)['leads'][number];
export const rankingLeads: RankingLead[] = searchRankingSeed.leads;
