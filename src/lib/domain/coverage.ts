// What help each borough has in the directory: the basis of `npm run report:coverage`.
import type { ServiceEntry } from './services.ts';
import { allKinds, servicesForBorough } from './services.ts';
import { boroughs, type Borough } from '../reference/seeds.ts';

export interface BoroughCoverage {
  borough: Borough;
  /** The borough's own services (any kind). */
  local: ServiceEntry[];
  /** Of those, routes in for domestic abuse (kinds in LOCAL_DA_KINDS). */
  localDomesticAbuse: ServiceEntry[];
  havens: ServiceEntry[];
  rapeCrisis: ServiceEntry[];
  londonWide: number;
  national: number;
}

const LOCAL_DA_KINDS = new Set(['idva', 'outreach', 'housing', 'refuge', 'by-and-for']);

export function boroughCoverage(services: ServiceEntry[]): BoroughCoverage[] {
  return boroughs.map((borough) => {
    const found = servicesForBorough(services, borough.slug);
    const all = [...found.urgent, ...Object.values(found.byTier).flat()];
    const local = all.filter((s) => s.data.area.scope === 'boroughs');
    return {
      borough,
      local,
      localDomesticAbuse: local.filter(
        (s) =>
          s.data.crimeTypes.some((c) => c === 'domestic-abuse' || c === 'coercive-control') &&
          allKinds(s).some((k) => LOCAL_DA_KINDS.has(k)),
      ),
      havens: all.filter((s) => s.data.kind === 'sarc'),
      rapeCrisis: all.filter((s) => s.data.kind === 'rape-crisis-centre' && s.data.area.scope === 'region'),
      londonWide: all.filter((s) => s.data.area.scope === 'london').length,
      national: all.filter((s) => s.data.area.scope === 'national').length,
    };
  });
}
