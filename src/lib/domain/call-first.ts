// Call first: what a page a person in danger lands on (home, a borough, a "what happened" page)
// offers as large call buttons, and which lines open day and night follow them.
//
// Every choice comes from data, in one place:
// - 999 and the Havens are the urgent routes of seeds/urgent-routes.json (urgentRouteOf);
// - the specialist line for a harm is its lead service in seeds/search-ranking.json, the same
//   leads the search ranks first (decision 0006), so a page and a search never disagree;
// - every number is the listing's own (the page never types one).
import type { Service } from '../listing/schema/index.ts';
import { crimeTypes, rankingLeads, type RankingLead } from '../reference/seeds.ts';
import { withSubTypes } from './crime-types.ts';
import { digitsOf } from '../rules/phone.ts';
import { byName, helpsWith, isOpen247, isVictimService, tierFor, urgentRouteOf, type ServiceEntry } from './services.ts';

type Phone = NonNullable<Service['contact']['phones']>[number];
type Hours = NonNullable<Service['hours']>;

/** Why a line is on the page: 999, the Havens (after a recent rape), or the lead line for the harm. */
export type CallRole = 'emergency' | 'sarc' | 'lead';

export interface CallLine {
  service: ServiceEntry;
  role: CallRole;
  /** The number to dial: the listing's first number answered day and night, else its first number. */
  number: string;
  /** That number is answered day and night. */
  allDay: boolean;
  /** When that number is answered, when it is not day and night and the listing says. */
  hours?: Hours;
}

export interface CallFirstPlan {
  /** 999 (with 55 explained beside it). */
  emergency?: CallLine;
  /** After 999, at most MAX_LINES routes that matter most on this page, most urgent first. */
  lines: CallLine[];
  /** The other lines open day and night, most relevant to the page first, none dialling a number already shown. */
  allDay: ServiceEntry[];
  /** How many services open day and night the reader can use, 999 and the buttons included (as on the "Open 24 hours" page). */
  allDayCount: number;
}

/** What the page is about: one form of violence (a root crime type), a borough, or neither (home). */
export interface CallFirstPage {
  crimeType?: string;
  borough?: string;
}

/** Call buttons after 999: "the one or two routes that matter most there". */
export const MAX_LINES = 2;

/** Other lines open day and night shown with the buttons; a link leads to them all. */
export const ALL_DAY_SHOWN = 3;

const unique = (ids: string[]) => [...new Set(ids)];

/** The lead services for exactly this harm (an entry naming it alone), first first. */
export function leadsForHarm(crimeType: string, leads: RankingLead[] = rankingLeads): string[] {
  return unique(leads.filter((l) => l.crimeTypes?.length === 1 && l.crimeTypes[0] === crimeType).flatMap((l) => l.services));
}

/** The lead services for a kind of help ("sarc", "helpline"), first first. */
export function leadsForKind(kind: string, leads: RankingLead[] = rankingLeads): string[] {
  return unique(leads.filter((l) => l.kind === kind).flatMap((l) => l.services));
}

/** Lead services for a harm or any of its sub-types (not its parent), in the order of the data. */
function leadsForFamily(crimeType: string, leads: RankingLead[]): string[] {
  const family = new Set(withSubTypes(crimeTypes, crimeType));
  return unique(leads.filter((l) => l.crimeTypes?.some((c) => family.has(c))).flatMap((l) => l.services));
}

/**
 * The services a page leads with after 999, most urgent first (before the MAX_LINES cut and
 * before services the reader cannot use are left out):
 * - a page about one harm: the urgent routes that lead for it or one of its sub-types (the
 *   Havens, for a recent rape, on the rape and sexual violence page), then its lead services;
 * - a page about no one harm (home, a borough): the lead for a recent rape (kind "sarc"), then
 *   the first of the main 24-hour lines (kind "helpline": the National Domestic Abuse Helpline).
 */
export function leadServiceIds(
  page: CallFirstPage,
  leads: RankingLead[] = rankingLeads,
  isSarc: (id: string) => boolean = () => false,
): string[] {
  if (page.crimeType) {
    const urgent = leadsForFamily(page.crimeType, leads).filter(isSarc);
    return unique([...urgent, ...leadsForHarm(page.crimeType, leads)]);
  }
  return unique([...leadsForKind('sarc', leads), ...leadsForKind('helpline', leads).slice(0, 1)]);
}

/** The number a call button dials for a service, or undefined when it lists no phone. */
export function callLineOf(service: ServiceEntry, role: CallRole): CallLine | undefined {
  const phones = service.data.contact.phones ?? [];
  const serviceAllDay = service.data.hours?.always === true;
  const answersAllDay = (p: Phone) => p.hours?.always === true || (!p.hours && serviceAllDay);
  const phone = phones.find(answersAllDay) ?? phones[0];
  if (!phone) return undefined;
  const allDay = answersAllDay(phone);
  const hours = allDay ? undefined : (phone.hours ?? service.data.hours);
  return { service, role, number: phone.number, allDay, ...(hours ? { hours } : {}) };
}

function mainNumber(s: ServiceEntry): string | undefined {
  const first = s.data.contact.phones?.[0]?.number;
  return first === undefined ? undefined : digitsOf(first);
}

/** What the page offers first: 999, up to MAX_LINES call buttons, then the other 24-hour lines. */
export function callFirst(services: ServiceEntry[], page: CallFirstPage = {}, leads: RankingLead[] = rankingLeads): CallFirstPlan {
  const usable = services.filter((s) => isVictimService(s) && (!page.borough || tierFor(s, page.borough) !== null));
  const byId = new Map(usable.map((s) => [s.id, s]));
  const emergencyService = usable.find((s) => urgentRouteOf(s) === 'emergency');
  const emergency = emergencyService && callLineOf(emergencyService, 'emergency');

  const shown = new Set<string>(emergency ? [digitsOf(emergency.number)] : []);
  const lines: CallLine[] = [];
  const isSarc = (id: string) => {
    const s = byId.get(id);
    return s !== undefined && urgentRouteOf(s) === 'sarc';
  };
  for (const id of leadServiceIds(page, leads, isSarc)) {
    const service = byId.get(id);
    if (!service || lines.length >= MAX_LINES) continue;
    const line = callLineOf(service, urgentRouteOf(service) === 'sarc' ? 'sarc' : 'lead');
    if (!line || shown.has(digitsOf(line.number))) continue;
    shown.add(digitsOf(line.number));
    lines.push(line);
  }

  // The other lines open day and night: this harm's leads, then the main 24-hour lines, then
  // those that help with this harm, then the rest; within each, leads (in the data's order) first.
  const inButtons = new Set([emergencyService?.id, ...lines.map((l) => l.service.id)]);
  const first = [...(page.crimeType ? leadsForFamily(page.crimeType, leads) : []), ...leadsForKind('helpline', leads)];
  const anyLead = unique(leads.flatMap((l) => l.services));
  const rank = (s: ServiceEntry) => {
    const i = first.indexOf(s.id);
    if (i >= 0) return i;
    const tier = page.crimeType && helpsWith(s, page.crimeType) ? 0 : 1;
    const lead = anyLead.indexOf(s.id);
    return first.length + tier * (anyLead.length + 1) + (lead >= 0 ? lead : anyLead.length);
  };
  const open = usable.filter((s) => isOpen247(s) && urgentRouteOf(s) === null);
  const allDay: ServiceEntry[] = [];
  for (const s of [...open].sort((a, b) => rank(a) - rank(b) || byName(a, b))) {
    if (inButtons.has(s.id)) continue;
    const number = mainNumber(s);
    if (number !== undefined && shown.has(number)) continue;
    if (number !== undefined) shown.add(number);
    allDay.push(s);
  }
  return { ...(emergency ? { emergency } : {}), lines, allDay, allDayCount: usable.filter(isOpen247).length };
}

/** The services a page shows in its urgent box (999, the buttons, the first ALL_DAY_SHOWN other lines). */
export function shownInUrgentBox(plan: CallFirstPlan): Set<string> {
  return new Set([
    ...(plan.emergency ? [plan.emergency.service.id] : []),
    ...plan.lines.map((l) => l.service.id),
    ...plan.allDay.slice(0, ALL_DAY_SHOWN).map((s) => s.id),
  ]);
}

/** The one service to call for a harm where a page has nothing nearer (its first lead with a phone). */
export function leadLineFor(services: ServiceEntry[], crimeType: string, leads: RankingLead[] = rankingLeads): CallLine | undefined {
  for (const id of leadsForHarm(crimeType, leads)) {
    const service = services.find((s) => s.id === id && isVictimService(s));
    const line = service && callLineOf(service, 'lead');
    if (line) return line;
  }
  return undefined;
}

/** The urgent route of a kind (999, the Havens) as a call line, if listed. */
export function urgentLine(services: ServiceEntry[], route: 'emergency' | 'sarc'): CallLine | undefined {
  const service = services.find((s) => urgentRouteOf(s) === route);
  return service && callLineOf(service, route);
}
