// The directory's domain rules in one place: who a service covers, what counts as urgent,
// how lists are ordered, and which services never appear to victims.
import type { Service } from '../listing/schema/index.ts';
import { boroughBySlug, crimeTypes, isConfidentialKind, isUrgentRoute, kindById, needs } from '../reference/seeds.ts';
import { isFreeToCall } from '../rules/phone.ts';
import { coverageTier, TIERS, type Tier } from '../rules/coverage.ts';
import { crimeFamilies } from './crime-types.ts';
import { cardWords } from './card-wording.ts';

export interface ServiceEntry {
  /** The file name without .yaml: the listing's identity and URL. */
  id: string;
  data: Service;
}

/** Perpetrator programmes are not victim support: they never appear in victim lists or results. */
export function isVictimService(s: ServiceEntry): boolean {
  return kindById.get(s.data.kind)?.victimSupport !== false;
}

export function victimServices(services: ServiceEntry[]): ServiceEntry[] {
  return services.filter(isVictimService);
}

/** Which tier of help a service is for someone in this borough, or null if it does not cover it. */
export function tierFor(s: ServiceEntry, boroughSlug: string): Tier | null {
  return coverageTier(s.data.area, [boroughSlug], regionOfBorough);
}

/** A borough's Rape Crisis region, or null where no source confirms one. */
export function regionOfBorough(boroughSlug: string): string | null {
  return boroughBySlug.get(boroughSlug)?.rapeCrisisRegion ?? null;
}

/**
 * The urgent route a listing is, if any: only the listings named in seeds/urgent-routes.json,
 * with the kind named there. A listing's own fields never put it in the urgent box (the
 * validator also refuses an urgent kind on any other listing).
 */
export function urgentRouteOf(s: ServiceEntry): 'emergency' | 'sarc' | null {
  if (s.data.kind === 'emergency' && isUrgentRoute(s.id, 'emergency')) return 'emergency';
  if (s.data.kind === 'sarc' && isUrgentRoute(s.id, 'sarc')) return 'sarc';
  return null;
}

/**
 * 0: emergency routes (999); 1: sexual assault referral centres (time-critical after rape);
 * 2: other 24/7 services; 3: everything else. Lower comes first.
 */
export function urgencyRank(s: ServiceEntry): number {
  const route = urgentRouteOf(s);
  if (route === 'emergency') return 0;
  if (route === 'sarc') return 1;
  if (isOpen247(s)) return 2;
  return 3;
}

export function isUrgent(s: ServiceEntry): boolean {
  return isVictimService(s) && urgencyRank(s) < 3;
}

/** Open 24/7 as a service, or through at least one of its phone lines. */
export function isOpen247(s: ServiceEntry): boolean {
  return s.data.hours?.always === true || (s.data.contact.phones ?? []).some((p) => p.hours?.always === true);
}

export function byUrgencyThenName(a: ServiceEntry, b: ServiceEntry): number {
  return urgencyRank(a) - urgencyRank(b) || a.data.name.localeCompare(b.data.name, 'en-GB');
}

export function byName(a: ServiceEntry, b: ServiceEntry): number {
  return a.data.name.localeCompare(b.data.name, 'en-GB');
}

export interface BoroughServices {
  /** Emergency routes, the Havens and 24/7 lines that cover the borough. */
  urgent: ServiceEntry[];
  /** Everything else, by tier: the borough's own, its Rape Crisis region, London-wide, national. */
  byTier: Record<Tier, ServiceEntry[]>;
}

/** A borough's own services and the regional, London-wide and national services that cover it. */
export function servicesForBorough(services: ServiceEntry[], boroughSlug: string): BoroughServices {
  const out: BoroughServices = { urgent: [], byTier: { local: [], region: [], london: [], national: [] } };
  for (const s of victimServices(services)) {
    const tier = tierFor(s, boroughSlug);
    if (!tier) continue;
    if (isUrgent(s)) out.urgent.push(s);
    else out.byTier[tier].push(s);
  }
  out.urgent.sort(byUrgencyThenName);
  for (const tier of TIERS) out.byTier[tier].sort(byName);
  return out;
}

const crimeFamily = crimeFamilies(crimeTypes);

/** Does the service help with this crime type: does it name the type, a sub-type or the parent type? */
export function helpsWith(s: ServiceEntry, crimeTypeId: string): boolean {
  const family = crimeFamily(crimeTypeId);
  return s.data.crimeTypes.some((c) => family.includes(c));
}

export function allKinds(s: ServiceEntry): string[] {
  return [s.data.kind, ...(s.data.otherKinds ?? [])];
}

/**
 * Needs that are worked out from other fields rather than listed in `meets`, so they can
 * never disagree with them. Each has a page like the needs in seeds/; `filter` says whether the
 * search panel offers it as a filter.
 */
export const DERIVED_NEEDS = [
  {
    id: 'no-police-report',
    label: cardWords.noPoliceReport,
    definition: 'You can get help without reporting to the police.',
    filter: true,
    test: (s: ServiceEntry) => s.data.access.policeReportNeeded === false,
  },
  {
    id: 'self-referral',
    label: cardWords.selfReferral,
    definition: 'You do not need a professional to refer you.',
    filter: true,
    test: (s: ServiceEntry) => s.data.access.selfReferral === true,
  },
  {
    id: 'free-to-call',
    label: 'Free to call',
    definition: 'Has a phone number that is free to call from UK landlines and mobiles.',
    filter: true,
    test: (s: ServiceEntry) => (s.data.contact.phones ?? []).some((p) => isFreeToCall(p.number)),
  },
  {
    id: 'open-24-7',
    label: 'Open 24 hours',
    definition: 'Can be reached at any time of day or night.',
    // The panel's "Open now" box answers this at any hour, so the need is not a filter too.
    filter: false,
    test: isOpen247,
  },
] as const;

export interface Need {
  id: string;
  label: string;
  definition: string;
  /** Worked out from other fields (DERIVED_NEEDS), not listed in `meets`. */
  derived: boolean;
  /** Offered as a filter in the search panel. */
  filter: boolean;
}

/**
 * Every need, the derived ones first, then seeds/needs.json in its order: the one list behind
 * the needs pages, the home page's list, the search filters and the search index's labels.
 */
export const NEEDS: readonly Need[] = [
  ...DERIVED_NEEDS.map(({ id, label, definition, filter }) => ({ id, label, definition, derived: true, filter })),
  ...needs.map(({ id, label, definition }) => ({ id, label, definition, derived: false, filter: true })),
];

export function meetsNeed(s: ServiceEntry, needId: string): boolean {
  const derived = DERIVED_NEEDS.find((d) => d.id === needId);
  if (derived) return derived.test(s);
  return s.data.meets?.includes(needId) === true;
}

/** Where the service is must never be published: the listing says so, or one of its kinds is a refuge-like kind. */
export function hasConfidentialLocation(s: ServiceEntry): boolean {
  return s.data.confidentialLocation === true || allKinds(s).some(isConfidentialKind);
}

/** A service has a public place to visit only if it is not confidential and lists locations. */
export function publicLocations(s: ServiceEntry): NonNullable<Service['locations']> {
  if (hasConfidentialLocation(s)) return [];
  return s.data.locations ?? [];
}
