// Typed access to the reference data in seeds/. The JSON files are the single source of
// every enum in the listing schema: adding a term there is a one-line change.
import boroughsJson from '../../seeds/boroughs.json' with { type: 'json' };
import kindsJson from '../../seeds/service-kinds.json' with { type: 'json' };
import crimeTypesJson from '../../seeds/crime-types.json' with { type: 'json' };
import needsJson from '../../seeds/needs.json' with { type: 'json' };
import groupsJson from '../../seeds/groups.json' with { type: 'json' };
import ageGroupsJson from '../../seeds/age-groups.json' with { type: 'json' };
import languagesJson from '../../seeds/languages.json' with { type: 'json' };
import regionsJson from '../../seeds/rape-crisis-regions.json' with { type: 'json' };
import shortNumbersJson from '../../seeds/short-numbers.json' with { type: 'json' };
import staleNumbersJson from '../../seeds/stale-numbers.json' with { type: 'json' };

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

export const boroughs = boroughsJson as Borough[];
export const serviceKinds = kindsJson as ServiceKind[];
export const crimeTypes = crimeTypesJson as CrimeType[];
export const needs = needsJson as Term[];
export const groups = groupsJson as Term[];
export const ageGroups = ageGroupsJson as AgeGroup[];
export const languages = languagesJson as Language[];
export const rapeCrisisRegions = regionsJson as (Term & { id: RegionId })[];
export const shortNumbers = (shortNumbersJson as { number: string }[]).map((s) => s.number);
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

/** A crime type and all its sub-types, for "a service for X also serves X's sub-types" queries. */
export function crimeTypeFamily(id: string): string[] {
  return [id, ...crimeTypes.filter((c) => c.parent === id).map((c) => c.id)];
}

export function isConfidentialKind(kind: string): boolean {
  return kindById.get(kind)?.confidentialLocation === true;
}

export function boroughsInRegion(region: RegionId): Borough[] {
  return boroughs.filter((b) => b.rapeCrisisRegion === region);
}
