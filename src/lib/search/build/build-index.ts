// Builds the search index at build time (served as /search-index.json and loaded by the
// search island on first use). Victim services only: perpetrator programmes never appear.
import Holidays from 'date-holidays';
import type { ServiceEntry } from '../../domain/services.ts';
import { DERIVED_NEEDS, NEEDS, allKinds, publicLocations, urgencyRank, victimServices } from '../../domain/services.ts';
import { toCard } from '../../domain/card.ts';
import { districtCentroid, districtTable } from '../../reference/postcodes.ts';
import { toOutcode } from 'postcode';
import {
  ageGroups,
  boroughs,
  crimeTypeById,
  crimeTypes,
  groups,
  kindById,
  languageNamesSeed,
  searchRankingSeed,
  serviceKinds,
  synonymsSeed,
} from '../../reference/seeds.ts';
import type { IndexCard, RankingData, SearchDoc, SearchIndex, SearchPlace, SynonymEntry } from '../client/types.ts';

interface LanguageNames {
  language: string;
  names: string[];
  groups?: string[];
}

/**
 * The vocabulary the search reads words with: everyday words (seeds/synonyms.json) and the
 * names of languages in English and in the language itself (seeds/language-names.json), which
 * ask for that language and so for an interpreter.
 */
export function vocabulary(): SynonymEntry[] {
  const words = (synonymsSeed as SynonymEntry[]).map(({ definition: _unused, ...rest }) => rest);
  const languages = (languageNamesSeed as LanguageNames[]).map((l): SynonymEntry => {
    const entry: SynonymEntry = { label: l.language, terms: l.names, languages: [l.language], needs: ['interpreters'] };
    if (l.groups) entry.groups = l.groups;
    return entry;
  });
  return [...words, ...languages];
}

export function rankingData(): RankingData {
  type Lead = RankingData['leads'][number] & { why: string };
  const { definition: _unused, leads, ...rest } = searchRankingSeed as Omit<RankingData, 'leads'> & { definition: string; leads: Lead[] };
  return { ...rest, leads: leads.map(({ why: _why, ...lead }) => lead) };
}

/**
 * England and Wales bank holidays from last year to two years ahead, for "open now": only the
 * days GOV.UK lists. date-holidays also lists a holiday that falls on a weekend (Boxing Day on a
 * Saturday) beside its weekday substitute; GOV.UK lists only the substitute, so the weekend date
 * is dropped.
 */
export function bankHolidays(today = new Date()): string[] {
  const calendar = new Holidays('GB', 'ENG');
  const year = today.getUTCFullYear();
  const days = [year - 1, year, year + 1, year + 2].flatMap((y) => calendar.getHolidays(y)).filter((h) => h.type === 'public');
  const substituted = new Set(
    days.filter((h) => h.substitute).map((h) => `${h.date.slice(0, 4)} ${h.name.replace(/\s*\(substitute day\)$/, '')}`),
  );
  const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
  return days
    .filter((h) => !(isWeekend(h.date.slice(0, 10)) && substituted.has(`${h.date.slice(0, 4)} ${h.name}`)))
    .map((h) => h.date.slice(0, 10))
    .sort();
}

/**
 * Public places with a map position: the listed coordinates, or else the centre of the
 * postcode district (marked approximate). Confidential locations never get here.
 */
export function placesOf(s: ServiceEntry): SearchPlace[] {
  return publicLocations(s).flatMap((l) => {
    const centroid = l.lat !== undefined && l.lng !== undefined ? null : districtCentroid(toOutcode(l.postcode) ?? '');
    const lat = l.lat ?? centroid?.[0];
    const lng = l.lng ?? centroid?.[1];
    if (lat === undefined || lng === undefined) return [];
    const place: SearchPlace = { name: l.name, address: l.address, postcode: l.postcode, lat, lng, approximate: centroid !== null };
    if (l.borough) place.borough = l.borough;
    if (l.appointmentOnly) place.appointmentOnly = true;
    return [place];
  });
}

/** The card, less the identity, name, organisation and summary the doc carries anyway (2 KB gzip less in the index). */
function indexCard(s: ServiceEntry): IndexCard {
  const { id: _id, name: _name, organisation: _organisation, summary: _summary, ...card } = toCard(s);
  return card;
}

export function toSearchDoc(s: ServiceEntry): SearchDoc {
  const d = s.data;
  const kinds = allKinds(s);
  const derived = DERIVED_NEEDS.filter((n) => n.test(s)).map((n) => n.id);
  const doc: SearchDoc = {
    id: s.id,
    name: d.name,
    aka: d.alsoKnownAs ?? [],
    org: d.organisation,
    kinds,
    summary: d.summary,
    crime: d.crimeTypes,
    needs: [...(d.meets ?? []), ...derived],
    groups: d.serves.groups ?? [],
    genders: d.serves.genders,
    languages: d.languages ?? [],
    scope: d.area.scope,
    boroughs: d.area.boroughs ?? [],
    regions: d.area.regions ?? [],
    urgency: urgencyRank(s),
    places: placesOf(s),
    terms: [...kinds.map((k) => kindById.get(k)?.label ?? k), ...d.crimeTypes.map((c) => crimeTypeById.get(c)?.label ?? c)].join('; '),
    card: indexCard(s),
  };
  if (d.serves.ageMin !== undefined) doc.ageMin = d.serves.ageMin;
  if (d.serves.ageMax !== undefined) doc.ageMax = d.serves.ageMax;
  if (d.hours) doc.hours = d.hours;
  return doc;
}

export function buildSearchIndex(services: ServiceEntry[], today = new Date()): SearchIndex {
  return {
    version: 2,
    docs: victimServices(services).map(toSearchDoc),
    districts: districtTable(),
    boroughs: boroughs.map((b) => ({ slug: b.slug, name: b.name, region: b.rapeCrisisRegion })),
    crimeTypes: crimeTypes.map((c) => (c.parent ? { id: c.id, label: c.label, parent: c.parent } : { id: c.id, label: c.label })),
    synonyms: vocabulary(),
    ranking: rankingData(),
    labels: {
      kinds: Object.fromEntries(serviceKinds.map((k) => [k.id, k.label])),
      groups: Object.fromEntries(groups.map((g) => [g.id, g.label])),
      needs: Object.fromEntries(NEEDS.map((n) => [n.id, n.label])),
    },
    bankHolidays: bankHolidays(today),
    ageGroups: ageGroups.map(({ id, label, min, max }) => ({ id, label, min, max })),
  };
}
