// The directory as open data: one JSON record per listing and a flat CSV (the Open Referral UK
// feed is in oruk.ts). Confidential locations are never included: locations come only from
// publicLocations(). Maintainers' research notes (verification.note) are never published.
// `site` is the site's address (SITE_URL); without it, page addresses are left out rather than
// pointing at a made-up host.
import { stringify } from 'csv-stringify/sync';
import type { ServiceEntry } from '../domain/services.ts';
import { hasConfidentialLocation, isVictimService, publicLocations } from '../domain/services.ts';
import { describeHours } from '../rules/hours.ts';
import { areaText } from '../domain/wording.ts';
import type { Service } from '../listing/schema/index.ts';

/** The licence the listings are published under (see the Open data page). */
export const LISTINGS_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

export interface OpenDataRecord extends Omit<Service, 'verification'> {
  id: string;
  verification: Omit<Service['verification'], 'note'>;
  pagePath: string;
  pageUrl?: string;
  forVictims: boolean;
}

/** The listing's page: a full address when the site's address is configured, else undefined. */
export function pageUrl(slug: string, site: string | undefined): string | undefined {
  return site ? new URL(`/services/${slug}/`, site).href : undefined;
}

export function openDataRecord(s: ServiceEntry, site: string | undefined): OpenDataRecord {
  const locations = publicLocations(s);
  const { locations: _dropped, verification, ...rest } = s.data;
  const { note: _researchNote, ...publicVerification } = verification;
  const url = pageUrl(s.id, site);
  return {
    id: s.id,
    ...rest,
    ...(locations.length ? { locations } : {}),
    verification: publicVerification,
    pagePath: `/services/${s.id}/`,
    ...(url ? { pageUrl: url } : {}),
    forVictims: isVictimService(s),
  };
}

const CSV_COLUMNS = [
  'id',
  'name',
  'organisation',
  'kind',
  'other_kinds',
  'for_victims',
  'summary',
  'crime_types',
  'genders',
  'age_min',
  'age_max',
  'groups',
  'needs_met',
  'languages',
  'area_scope',
  'area',
  'self_referral',
  'professional_referral',
  'police_report_needed',
  'police_based',
  'threshold',
  'how_to_refer',
  'phones',
  'text_message',
  'textphone',
  'email',
  'web_chat',
  'website',
  'referral_form',
  'callback_form',
  'hours',
  'locations',
  'confidential_location',
  'complaints_url',
  'verification_status',
  'last_verified',
  'sources',
  'page_url',
] as const;

const yesNo = (v: boolean | undefined) => (v === undefined ? '' : v ? 'yes' : 'no');

export function openDataCsv(services: ServiceEntry[], site: string | undefined): string {
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
      locations: publicLocations(s)
        .map((l) => `${l.name}, ${l.address}, ${l.postcode}`)
        .join('; '),
      confidential_location: yesNo(hasConfidentialLocation(s)),
      complaints_url: d.complaintsUrl ?? '',
      verification_status: d.verification.status,
      last_verified: d.verification.lastVerified,
      sources: d.verification.sources.map((src) => src.url).join('; '),
      page_url: pageUrl(s.id, site) ?? `/services/${s.id}/`,
    };
    return row;
  });
  // A cell starting with =, +, -, @, a tab or a carriage return is a formula to a spreadsheet
  // (=HYPERLINK(...) in a summary): csv-stringify prefixes such cells with ' so they stay text.
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], escape_formulas: true });
}
