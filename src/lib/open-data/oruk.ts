// The directory as an Open Referral UK 3.0 feed (HSDS-UK 3.0), published as static files:
//   oruk/index.json                  the API root: api_details (version, profile, openapi_url)
//   oruk/services.json               GET /services: one page object holding every service
//   oruk/services/<id>.json          GET /services/{id}
//   oruk/organizations.json          GET /organizations: one page object
//   oruk/service_at_locations.json   GET /service_at_locations: one page object
// Checked against the official schemas in tests/dist/open-data.test.ts (tests/fixtures/oruk-3.0/).
// Rules the schemas state only in prose are kept too: ids are UUIDs derived from names (stable
// from build to build), absent facts are left out (never null), extent_type says how `extent` is
// written. Confidential locations are never included: locations come only from publicLocations().
import type { ServiceEntry } from '../domain/services.ts';
import { allKinds, publicLocations } from '../domain/services.ts';
import { DAY_IDS, describeHours, type SessionLike } from '../rules/hours.ts';
import { areaText } from '../domain/wording.ts';
import {
  boroughBySlug,
  boroughsInRegion,
  crimeTypeById,
  kindById,
  languages,
  needById,
  organisations,
  type Organisation,
  type RegionId,
} from '../reference/seeds.ts';
import { uuidV5 } from './uuid.ts';
import type * as Oruk from './oruk-schema.ts';
import type { Service } from '../listing/schema/index.ts';

export const ORUK_API_DETAILS = {
  version: 'HSDS-UK-3.0',
  profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
  openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
} as const;

/** The ONS code of the London region, for London-wide services. */
const LONDON_REGION_GSS = 'E12000007';
const gssUri = (code: string) => `https://statistics.data.gov.uk/id/statistical-geography/${code}`;

// --- shapes: the official schemas' types (oruk-schema.ts, generated), with the fields this feed
// always fills made required -------------------------------------------------------------------

/** T, with the fields K that this feed always writes required. */
type Filled<T, K extends keyof T> = T & Required<Pick<T, K>>;

export type OrukOrganization = Oruk.Organization;
export type OrukPhone = Filled<Oruk.Phone, 'description'>;
export type OrukSchedule = Filled<Oruk.Schedule, 'service_id' | 'freq' | 'byday' | 'opens_at' | 'closes_at' | 'description'>;
export type OrukAddress = Filled<Oruk.Address, 'location_id'>;
export type OrukLocation = Filled<Oruk.Location, 'name' | 'external_identifier' | 'external_identifier_type' | 'addresses'> & {
  addresses: OrukAddress[];
};
export type OrukServiceArea = Filled<Oruk.ServiceArea, 'service_id' | 'name' | 'extent' | 'extent_type'>;
export type OrukTaxonomyTerm = Filled<Oruk.TaxonomyTerm, 'term' | 'taxonomy'>;
export type OrukAttribute = Filled<Oruk.Attribute, 'link_id' | 'link_type' | 'taxonomy_term_id'> & { taxonomy_term: OrukTaxonomyTerm };
export type OrukServiceAtLocation = Filled<Oruk.ServiceAtLocation, 'service_id' | 'location_id'> & { location: OrukLocation };

/**
 * HSDS 3.0 fields the UK profile leaves out, kept on purpose: a phone-first directory has no other
 * place for a phone, and a language needs its name. The official validator reports them as
 * information only (tests/dist/open-data.test.ts checks nothing else is outside the profile).
 */
export type OrukLanguage = Oruk.Language & { name: string; code?: string };
interface HsdsOnly {
  alternate_name?: string;
  application_process?: string;
  eligibility_description?: string;
  interpretation_services?: string;
  phones: OrukPhone[];
  languages: OrukLanguage[];
}

export type OrukService = Filled<
  Omit<Oruk.Service, 'languages'>,
  | 'organization_id'
  | 'organization'
  | 'description'
  | 'assured_date'
  | 'last_modified'
  | 'schedules'
  | 'service_areas'
  | 'service_at_locations'
  | 'attributes'
> & {
  schedules: OrukSchedule[];
  service_areas: OrukServiceArea[];
  service_at_locations: OrukServiceAtLocation[];
  attributes: OrukAttribute[];
} & HsdsOnly;

/** A list endpoint's answer: one page holding every item (a static site has no query string). */
export type OrukPage<T> = Required<Oruk.Page> & { contents: T[] };

export interface OrukFeed {
  services: OrukPage<OrukService>;
  organizations: OrukPage<OrukOrganization>;
  service_at_locations: OrukPage<OrukServiceAtLocation>;
}

export function onePage<T>(contents: T[]): OrukPage<T> {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

// --- organisations: one record each, from seeds/organisations.json ------------------------------

const seedByListingName = new Map(organisations.flatMap((o) => [o.name, ...(o.listingNames ?? [])].map((n) => [n, o] as const)));

/** The organisation a listing names: its seed entry, or (for a new organisation) the name as written. */
export function organisationOf(listingOrganisation: string): Organisation {
  return seedByListingName.get(listingOrganisation) ?? { name: listingOrganisation };
}

export const organisationId = (name: string) => uuidV5(`organization:${name}`);
export const serviceId = (slug: string) => uuidV5(`service:${slug}`);

// --- building the feed --------------------------------------------------------------------------

/** A day as HSDS writes it (iCalendar's BYDAY): MO, TU, ... the first two letters of the day in DAY_IDS. */
const hsdsDay = (day: string) => day.slice(0, 2).toUpperCase();

/** A record as it is written, before present(): an optional field may hold undefined. */
type Draft<T> = { [K in keyof T]: Partial<Pick<T, K>> extends Pick<T, K> ? T[K] | undefined : T[K] };

/** Omit a field rather than write null or an empty string. */
function present<T extends object>(record: Draft<T>): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T;
}

function term(taxonomy: string, id: string, name: string, description: string): OrukTaxonomyTerm {
  return { id: uuidV5(`taxonomy_term:${taxonomy}:${id}`), term: id, name, description, taxonomy };
}

function schedules(slug: string, sid: string, d: Service): OrukSchedule[] {
  const h = d.hours;
  if (!h) return [];
  if (h.always)
    return [
      {
        id: uuidV5(`schedule:${slug}:always`),
        service_id: sid,
        freq: 'WEEKLY',
        byday: DAY_IDS.map(hsdsDay).join(','),
        opens_at: '00:00',
        closes_at: '23:59',
        description: describeHours({ always: true }).join('; '),
      },
    ];
  return (h.sessions ?? []).map((session: SessionLike, i) => ({
    id: uuidV5(`schedule:${slug}:${i + 1}`),
    service_id: sid,
    freq: 'WEEKLY' as const,
    byday: session.days.map(hsdsDay).join(','),
    opens_at: session.opens,
    // HSDS times are RFC 3339 times, which have no 24:00: midnight at the end of the day is 23:59.
    closes_at: session.closes === '24:00' ? '23:59' : session.closes,
    description: [
      `${describeHours({ sessions: [session] })[0] ?? ''} (London time)`,
      h.bankHolidays === 'closed' ? 'closed on bank holidays' : h.bankHolidays === 'open' ? 'open on bank holidays' : '',
      h.note ?? '',
    ]
      .filter(Boolean)
      .join('; '),
  }));
}

function serviceAreas(slug: string, sid: string, d: Service): OrukServiceArea[] {
  const area = d.area;
  if (area.scope === 'boroughs')
    return (area.boroughs ?? []).map((b) => {
      const borough = boroughBySlug.get(b);
      return present<OrukServiceArea>({
        id: uuidV5(`service_area:${slug}:${b}`),
        service_id: sid,
        name: borough?.name ?? b,
        extent: borough?.name ?? b,
        extent_type: 'text' as const,
        uri: borough ? gssUri(borough.code) : undefined,
      });
    });
  if (area.scope === 'region')
    return (area.regions ?? []).map((r) => ({
      id: uuidV5(`service_area:${slug}:region:${r}`),
      service_id: sid,
      name: areaText({ scope: 'region', regions: [r] }),
      extent:
        boroughsInRegion(r as RegionId)
          .map((b) => b.name)
          .join(', ') || areaText({ scope: 'region', regions: [r] }),
      extent_type: 'text' as const,
    }));
  return [
    present<OrukServiceArea>({
      id: uuidV5(`service_area:${slug}:${area.scope}`),
      service_id: sid,
      name: areaText(area),
      extent: [areaText(area), area.note].filter(Boolean).join('. '),
      extent_type: 'text' as const,
      uri: area.scope === 'london' ? gssUri(LONDON_REGION_GSS) : undefined,
    }),
  ];
}

function orukService(s: ServiceEntry, organization: OrukOrganization, locations: OrukServiceAtLocation[]): OrukService {
  const d = s.data;
  const sid = serviceId(s.id);
  const phones: OrukPhone[] = [
    ...(d.contact.phones ?? []).map((p) => ({ number: p.number, description: p.label })),
    ...(d.contact.textMessage ?? []).map((p) => ({ number: p.number, description: `Text message: ${p.label}` })),
    ...(d.contact.textphone ?? []).map((p) => ({ number: p.number, description: `Textphone: ${p.label}` })),
  ].map((p) => ({ id: uuidV5(`phone:${s.id}:${p.description}:${p.number}`), ...p }));
  return present<OrukService>({
    id: sid,
    organization_id: organization.id,
    organization,
    name: d.name,
    alternate_name: d.alsoKnownAs?.join('; '),
    description: [d.summary, d.description].filter(Boolean).join('\n\n'),
    url: d.contact.website,
    email: d.contact.email?.[0]?.address,
    status: 'active' as const,
    interpretation_services: d.meets?.includes('interpreters') ? 'Interpreters available' : undefined,
    application_process: d.access.howToRefer,
    eligibility_description: [d.serves.note, d.access.threshold].filter(Boolean).join(' '),
    minimum_age: d.serves.ageMin,
    maximum_age: d.serves.ageMax,
    assured_date: d.verification.lastVerified,
    last_modified: `${d.verification.lastVerified}T00:00:00.000Z`,
    phones,
    schedules: schedules(s.id, sid, d),
    service_areas: serviceAreas(s.id, sid, d),
    service_at_locations: locations,
    languages: (d.languages ?? []).map((name) =>
      present<OrukLanguage>({
        id: uuidV5(`language:${s.id}:${name}`),
        service_id: sid,
        name,
        code: languages.find((l) => l.name === name)?.code,
      }),
    ),
    attributes: [
      ...allKinds(s).map((k) => term('lsf-service-kind', k, kindById.get(k)?.label ?? k, kindById.get(k)?.definition ?? '')),
      ...d.crimeTypes.map((c) => term('lsf-crime-type', c, crimeTypeById.get(c)?.label ?? c, crimeTypeById.get(c)?.definition ?? '')),
      ...(d.meets ?? []).map((n) => term('lsf-need', n, needById.get(n)?.label ?? n, needById.get(n)?.definition ?? '')),
    ].map((t) => ({
      id: uuidV5(`attribute:${s.id}:${t.taxonomy}:${t.term}`),
      link_id: sid,
      link_type: 'service' as const,
      taxonomy_term_id: t.id,
      taxonomy_term: t,
    })),
  });
}

export function orukFeed(services: ServiceEntry[]): OrukFeed {
  // One record per organisation, however the listings spell it; each says which services it runs.
  const byOrganisation = new Map<string, { seed: Organisation; names: string[] }>();
  for (const s of services) {
    const seed = organisationOf(s.data.organisation);
    const entry = byOrganisation.get(seed.name) ?? { seed, names: [] };
    entry.names.push(s.data.name);
    byOrganisation.set(seed.name, entry);
  }
  const organizations = new Map(
    [...byOrganisation.values()].map(({ seed, names }) => [
      seed.name,
      present<OrukOrganization>({
        id: organisationId(seed.name),
        name: seed.name,
        description: `Runs ${names.join('; ')}.`,
        website: seed.website,
      }),
    ]),
  );

  const atLocations: OrukServiceAtLocation[] = [];
  const out = services.map((s) => {
    const sid = serviceId(s.id);
    const here = publicLocations(s).map((l) => {
      const key = `${s.id}:${l.name}:${l.postcode}`;
      const locationId = uuidV5(`location:${key}`);
      const location = present<OrukLocation>({
        id: locationId,
        location_type: 'physical' as const,
        name: l.name,
        latitude: l.lat,
        longitude: l.lng,
        external_identifier: key,
        external_identifier_type: 'london-support-finder listing, place name and postcode',
        addresses: [
          {
            id: uuidV5(`address:${key}`),
            location_id: locationId,
            address_1: l.address,
            city: 'London',
            state_province: 'Greater London',
            postal_code: l.postcode,
            country: 'GB' as const,
            address_type: 'physical' as const,
          },
        ],
      });
      return { id: uuidV5(`service_at_location:${key}`), service_id: sid, location_id: locationId, location };
    });
    atLocations.push(...here);
    const organization = organizations.get(organisationOf(s.data.organisation).name) as OrukOrganization;
    return orukService(s, organization, here);
  });
  return { services: onePage(out), organizations: onePage([...organizations.values()]), service_at_locations: onePage(atLocations) };
}
