// Which listings need checking again: not verified for STALE_AFTER_DAYS (a year) or more.
// The one place this rule lives: validation warns and `npm run report:stale` lists by it.
import type { ServiceEntry } from './services.ts';

export const STALE_AFTER_DAYS = 365;

export interface StaleListing {
  id: string;
  name: string;
  lastVerified: string;
  days: number;
  sources: string[];
}

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Not verified for a year or more. */
export function isStale(lastVerified: string, today: string, afterDays = STALE_AFTER_DAYS): boolean {
  return daysBetween(lastVerified, today) >= afterDays;
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
