// The directory as open data: one JSON record per listing, a flat CSV, and a feed shaped like
// Open Referral UK (HSDS 3.0: organizations, services, locations, phones, schedules).
// Confidential locations are never included: locations come only from publicLocations().
import { stringify } from 'csv-stringify/sync';
import type { ServiceEntry } from './domain.ts';
import { allKinds, hasConfidentialLocation, isVictimService, publicLocations } from './domain.ts';
import { describeHours, type SessionLike } from './hours.ts';
import { areaText, slugify } from './format.ts';
import { boroughBySlug, crimeTypeById, kindById, languages, needById } from './seeds.ts';
import type { Service } from '../schemas/service.ts';

/** The licence the listings are published under (see the Open data page). */
export const LISTINGS_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export interface OpenDataRecord extends Service {
  id: string;
  pageUrl: string;
  forVictims: boolean;
}

export function openDataRecord(s: ServiceEntry, site: string): OpenDataRecord {
  const locations = publicLocations(s);
  const { locations: _dropped, ...rest } = s.data;
  return {
    id: s.id,
    ...rest,
    ...(locations.length ? { locations } : {}),
    pageUrl: new URL(`/services/${s.id}/`, site).href,
    forVictims: isVictimService(s),
  };
}

const CSV_COLUMNS = [
  'id', 'name', 'organisation', 'kind', 'other_kinds', 'for_victims', 'summary', 'crime_types', 'genders', 'age_min', 'age_max', 'groups',
  'needs_met', 'languages', 'area_scope', 'area', 'self_referral', 'professional_referral', 'police_report_needed', 'police_based',
  'threshold', 'how_to_refer', 'phones', 'text_message', 'textphone', 'email', 'web_chat', 'website', 'referral_form', 'callback_form',
  'hours', 'locations', 'confidential_location', 'complaints_url', 'verification_status', 'last_verified', 'sources', 'page_url',
] as const;

const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'no');

export function openDataCsv(services: ServiceEntry[], site: string): string {
  const rows = services.map((s) => {
    const d = s.data;
    const row: Record<(typeof CSV_COLUMNS)[number], string | number> = {
      id: s.id,
      name: d.name,
      organisation: d.organisation,
      kind: d.kind,
      other_kinds: (d.otherKinds ?? []).join('; '),
      for_victims: yesNo(isVictimService(s)),
      summary: d.summary,
      crime_types: d.crimeTypes.join('; '),
      genders: d.serves.genders.join('; '),
      age_min: d.serves.ageMin ?? '',
      age_max: d.serves.ageMax ?? '',
      groups: (d.serves.groups ?? []).join('; '),
      needs_met: (d.meets ?? []).join('; '),
      languages: (d.languages ?? []).join('; '),
      area_scope: d.area.scope,
      area: areaText(d.area),
      self_referral: yesNo(d.access.selfReferral),
      professional_referral: yesNo(d.access.professionalReferral),
      police_report_needed: yesNo(d.access.policeReportNeeded),
      police_based: yesNo(d.access.policeBased),
      threshold: d.access.threshold ?? '',
      how_to_refer: d.access.howToRefer ?? '',
      phones: (d.contact.phones ?? []).map((p) => `${p.number} (${p.label})`).join('; '),
      text_message: (d.contact.textMessage ?? []).map((p) => `${p.number} (${p.label})`).join('; '),
      textphone: (d.contact.textphone ?? []).map((p) => `${p.number} (${p.label})`).join('; '),
      email: (d.contact.email ?? []).map((e) => e.address).join('; '),
      web_chat: d.contact.webChat ?? '',
      website: d.contact.website ?? '',
      referral_form: d.contact.referralForm ?? '',
      callback_form: d.contact.callbackForm ?? '',
      hours: describeHours(d.hours).join('; '),
      locations: publicLocations(s).map((l) => `${l.name}, ${l.address}, ${l.postcode}`).join('; '),
      confidential_location: yesNo(hasConfidentialLocation(s)),
      complaints_url: d.complaintsUrl ?? '',
      verification_status: d.verification.status,
      last_verified: d.verification.lastVerified,
      sources: d.verification.sources.map((src) => src.url).join('; '),
      page_url: new URL(`/services/${s.id}/`, site).href,
    };
    return row;
  });
  // A cell starting with =, +, -, @, a tab or a carriage return is a formula to a spreadsheet
  // (=HYPERLINK(...) in a summary): csv-stringify prefixes such cells with ' so they stay text.
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], escape_formulas: true });
}

// --- Open Referral UK (HSDS 3.0) shapes ------------------------------------------------------

const HSDS_DAYS: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  website: string | null;
}

export interface OrukPhone {
  id: string;
  number: string;
  type: 'voice' | 'text' | 'textphone';
  description: string;
}

export interface OrukSchedule {
  id: string;
  freq: 'WEEKLY';
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
}

export interface OrukAddress {
  id: string;
  address_1: string;
  city: string;
  postal_code: string;
  country: 'GB';
  address_type: 'physical';
}

export interface OrukLocation {
  id: string;
  location_type: 'physical';
  name: string;
  latitude: number | null;
  longitude: number | null;
  addresses: OrukAddress[];
}

export interface OrukTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  vocabulary: string;
}

export interface OrukService {
  id: string;
  organization: OrukOrganization;
  name: string;
  alternate_name: string | null;
  description: string;
  url: string | null;
  email: string | null;
  status: 'active';
  interpretation_services: string | null;
  application_process: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: string;
  assurer_email: null;
  last_modified: string;
  phones: OrukPhone[];
  schedules: OrukSchedule[];
  service_areas: { id: string; name: string; extent_type: 'borough' | 'region' | 'london' | 'national'; uri: string | null }[];
  service_at_locations: { id: string; location: OrukLocation }[];
  languages: { id: string; name: string; code: string | null }[];
  attributes: { id: string; taxonomy_term: OrukTaxonomyTerm }[];
}

export interface OrukFeed {
  organizations: OrukOrganization[];
  services: OrukService[];
  locations: OrukLocation[];
}

function term(vocabulary: string, id: string, name: string, description: string): OrukTaxonomyTerm {
  return { id: `${vocabulary}:${id}`, code: id, name, description, vocabulary };
}

function schedules(serviceId: string, d: Service): OrukSchedule[] {
  const h = d.hours;
  if (!h) return [];
  if (h.always)
    return [{ id: `${serviceId}-always`, freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00', description: 'Open 24 hours a day, every day' }];
  return (h.sessions ?? []).map((session: SessionLike, i) => ({
    id: `${serviceId}-session-${i + 1}`,
    freq: 'WEEKLY' as const,
    byday: session.days.map((day) => HSDS_DAYS[day] ?? day).join(','),
    opens_at: session.opens,
    closes_at: session.closes,
    description: [describeHours({ sessions: [session] })[0], h.bankHolidays === 'closed' ? 'closed on bank holidays' : h.bankHolidays === 'open' ? 'open on bank holidays' : '', h.note ?? '']
      .filter(Boolean)
      .join('; '),
  }));
}

export function orukFeed(services: ServiceEntry[]): OrukFeed {
  const organizations = new Map<string, OrukOrganization>();
  const locations: OrukLocation[] = [];
  const out: OrukService[] = services.map((s) => {
    const d = s.data;
    const orgId = slugify(d.organisation);
    const organization = organizations.get(orgId) ?? { id: orgId, name: d.organisation, description: `Runs ${d.name}.`, website: null };
    organizations.set(orgId, organization);
    const serviceLocations = publicLocations(s).map((l, i) => {
      const location: OrukLocation = {
        id: `${s.id}-location-${i + 1}`,
        location_type: 'physical',
        name: l.name,
        latitude: l.lat ?? null,
        longitude: l.lng ?? null,
        addresses: [{ id: `${s.id}-address-${i + 1}`, address_1: l.address, city: 'London', postal_code: l.postcode, country: 'GB', address_type: 'physical' }],
      };
      locations.push(location);
      return { id: `${s.id}-at-${i + 1}`, location };
    });
    const phones: OrukPhone[] = [
      ...(d.contact.phones ?? []).map((p, i) => ({ id: `${s.id}-phone-${i + 1}`, number: p.number, type: 'voice' as const, description: p.label })),
      ...(d.contact.textMessage ?? []).map((p, i) => ({ id: `${s.id}-text-${i + 1}`, number: p.number, type: 'text' as const, description: p.label })),
      ...(d.contact.textphone ?? []).map((p, i) => ({ id: `${s.id}-textphone-${i + 1}`, number: p.number, type: 'textphone' as const, description: p.label })),
    ];
    const area =
      d.area.scope === 'boroughs'
        ? (d.area.boroughs ?? []).map((b) => ({ id: `${s.id}-area-${b}`, name: boroughBySlug.get(b)?.name ?? b, extent_type: 'borough' as const, uri: `https://statistics.data.gov.uk/id/statistical-geography/${boroughBySlug.get(b)?.code ?? ''}` }))
        : [{ id: `${s.id}-area`, name: areaText(d.area), extent_type: d.area.scope === 'region' ? ('region' as const) : d.area.scope, uri: null }];
    return {
      id: s.id,
      organization,
      name: d.name,
      alternate_name: d.alsoKnownAs?.join('; ') ?? null,
      description: [d.summary, d.description].filter(Boolean).join('\n\n'),
      url: d.contact.website ?? null,
      email: d.contact.email?.[0]?.address ?? null,
      status: 'active',
      interpretation_services: d.meets?.includes('interpreters') ? 'Interpreters available' : null,
      application_process: d.access.howToRefer ?? null,
      eligibility_description: [d.serves.note, d.access.threshold].filter(Boolean).join(' ') || null,
      minimum_age: d.serves.ageMin ?? null,
      maximum_age: d.serves.ageMax ?? null,
      assured_date: d.verification.lastVerified,
      assurer_email: null,
      last_modified: d.verification.lastVerified,
      phones,
      schedules: schedules(s.id, d),
      service_areas: area,
      service_at_locations: serviceLocations,
      languages: (d.languages ?? []).map((name) => ({ id: `${s.id}-lang-${name}`, name, code: languages.find((l) => l.name === name)?.code ?? null })),
      attributes: [
        ...allKinds(s).map((k) => ({ id: `${s.id}-kind-${k}`, taxonomy_term: term('lsf-service-kind', k, kindById.get(k)?.label ?? k, kindById.get(k)?.definition ?? '') })),
        ...d.crimeTypes.map((c) => ({ id: `${s.id}-crime-${c}`, taxonomy_term: term('lsf-crime-type', c, crimeTypeById.get(c)?.label ?? c, crimeTypeById.get(c)?.definition ?? '') })),
        ...(d.meets ?? []).map((n) => ({ id: `${s.id}-need-${n}`, taxonomy_term: term('lsf-need', n, needById.get(n)?.label ?? n, needById.get(n)?.definition ?? '') })),
      ],
    };
  });
  return { organizations: [...organizations.values()], services: out, locations };
}
