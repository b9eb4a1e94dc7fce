// Which listings need checking again, by the rule in rules/freshness.ts (not verified for a year
// or more): `npm run report:stale` lists them.
import type { ServiceEntry } from './services.ts';
import { STALE_AFTER_DAYS, daysBetween, isStale } from '../rules/freshness.ts';

export interface StaleListing {
  id: string;
  name: string;
  lastVerified: string;
  days: number;
  sources: string[];
}

export function staleListings(services: ServiceEntry[], today: string, afterDays = STALE_AFTER_DAYS): StaleListing[] {
  return services
    .map((s) => ({
      id: s.id,
      name: s.data.name,
      lastVerified: s.data.verification.lastVerified,
      days: daysBetween(s.data.verification.lastVerified, today),
      sources: s.data.verification.sources.map((src) => src.url),
    }))
    .filter((s) => isStale(s.lastVerified, today, afterDays))
    .sort((a, b) => b.days - a.days);
}
