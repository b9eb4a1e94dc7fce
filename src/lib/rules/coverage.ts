// Who a service covers, and how near that is to a place: the one rule that borough pages, the
// search index and the search engine share. Pure and dependency-free, because the engine runs it
// in the browser: a borough's Rape Crisis region is passed in (from seeds/ at build time, from the
// search index in the browser).

/** How wide an area a listing covers (`area.scope` in a listing). */
export const AREA_SCOPES = ['boroughs', 'region', 'london', 'national'] as const;
export type AreaScope = (typeof AREA_SCOPES)[number];

/** A listing's area: some boroughs, some Rape Crisis regions, London or the whole country. */
export interface Area {
  scope: AreaScope;
  boroughs?: readonly string[] | undefined;
  regions?: readonly string[] | undefined;
}

/** How a service relates to a place, nearest first: the place's own, its region, London-wide, national. */
export const TIERS = ['local', 'region', 'london', 'national'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Which tier of help a service is for someone in a place, or null if it does not cover it. The
 * place is one borough, or the boroughs a postcode district spans (the nearest tier wins).
 * `regionOf` gives a borough's Rape Crisis region, or null where no source confirms one.
 */
export function coverageTier(
  area: Area,
  boroughs: readonly string[],
  regionOf: (borough: string) => string | null | undefined,
): Tier | null {
  switch (area.scope) {
    case 'boroughs':
      return boroughs.some((b) => area.boroughs?.includes(b)) ? 'local' : null;
    case 'region':
      return boroughs.some((b) => {
        const region = regionOf(b);
        return region ? area.regions?.includes(region) === true : false;
      })
        ? 'region'
        : null;
    case 'london':
      return 'london';
    case 'national':
      return 'national';
  }
}
