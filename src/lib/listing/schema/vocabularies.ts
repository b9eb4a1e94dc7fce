// The words a listing chooses from. Most come from seeds/*.json, so adding a borough, kind, crime
// type, need, group or language is a data change; the few fixed here are part of the schema.
import { ageGroups, boroughs, crimeTypes, groups, ids, languages, needs, rapeCrisisRegions, serviceKinds } from '../../reference/seeds.ts';
import { DAY_IDS } from '../../rules/hours.ts';
import { AREA_SCOPES } from '../../rules/coverage.ts';
import { enumOf } from './blocks.ts';

export const DAYS = DAY_IDS;
export type Day = (typeof DAYS)[number];
export const GENDERS = ['women', 'men', 'non-binary'] as const;
export { AREA_SCOPES };
/**
 * Which evidence rule a listing's contact details met (see "How each listing is checked" on the About page):
 * provider-confirmed (the provider confirmed them), provider-site (read on the provider's own website),
 * two-sources (two independent authoritative pages agree: NHS, GOV.UK, police, council, university, or a
 * national charity's page about that service), public-source (older or indirect pages only: the listing
 * page tells readers to check with the service first).
 */
export const VERIFICATION_STATUSES = ['provider-confirmed', 'provider-site', 'two-sources', 'public-source'] as const;

export const boroughSlug = enumOf(
  ids(boroughs.map((b) => ({ id: b.slug }))),
  "borough (use the borough's slug, in lower case with hyphens)",
);
export const kindId = enumOf(ids(serviceKinds), 'kind of service');
export const crimeTypeId = enumOf(ids(crimeTypes), 'crime type');
export const needId = enumOf(ids(needs), 'need (see seeds/needs.json)');
export const groupId = enumOf(ids(groups), 'group (see seeds/groups.json)');
export const regionId = enumOf(ids(rapeCrisisRegions), 'Rape Crisis region');
export const languageName = enumOf(
  ids(languages.map((l) => ({ id: l.name }))),
  'language name. Write its English name with a capital letter, or add it to seeds/languages.json',
);
export const dayId = enumOf(DAYS, 'day. Write days as mon, tue, wed, thu, fri, sat, sun');
export const genderId = enumOf(GENDERS, 'gender. Write women, men or non-binary');
export const areaScope = enumOf(AREA_SCOPES, 'area scope. Write boroughs, region, london or national');
export const verificationStatus = enumOf(
  VERIFICATION_STATUSES,
  'status. Write provider-confirmed, provider-site, two-sources or public-source',
);

/** The oldest age in seeds/age-groups.json: the highest age a listing may give. */
export const maxAge = Math.max(...ageGroups.map((a) => a.max));
