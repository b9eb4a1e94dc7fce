// Wording built from listing data, shared by pages, cards, the search index and exports.
import type { Service } from '../listing/schema/index.ts';
import { boroughBySlug, boroughsInRegion, groupById, kindById, regionById, type RegionId } from '../reference/seeds.ts';
import type { Area } from '../rules/coverage.ts';

const GENDER_WORDS: Record<string, string> = { women: 'women', men: 'men', 'non-binary': 'non-binary people' };

export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ageRange(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `aged ${min} to ${max}`;
  if (min !== undefined) return `aged ${min} and over`;
  if (max !== undefined) return `aged up to ${max}`;
  return '';
}

/** "Women and men, aged 16 and over", from the serves block. */
export function whoFor(serves: Service['serves']): string {
  const genders = listInWords(serves.genders.map((g) => GENDER_WORDS[g] ?? g));
  const ages = ageRange(serves.ageMin, serves.ageMax);
  return capitalise([genders, ages].filter(Boolean).join(', '));
}

export function groupLabels(serves: Service['serves']): string[] {
  return (serves.groups ?? []).map((g) => groupById.get(g)?.label ?? g);
}

export function kindLabel(kind: string): string {
  return kindById.get(kind)?.label ?? kind;
}

/** "Hackney", "Camden and Islington", "East London (Hackney, Newham ...)", "All of London", "The whole UK". */
export function areaText(area: Area): string {
  switch (area.scope) {
    case 'boroughs':
      return listInWords((area.boroughs ?? []).map((b) => boroughBySlug.get(b)?.name ?? b));
    case 'region':
      return listInWords(
        (area.regions ?? []).map((r) => {
          const names = boroughsInRegion(r as RegionId).map((b) => b.name);
          return `${regionById.get(r as RegionId)?.label ?? r}${names.length ? ` (${listInWords(names)})` : ''}`;
        }),
      );
    case 'london':
      return 'All of London';
    case 'national':
      return 'The whole country (national service)';
  }
}
