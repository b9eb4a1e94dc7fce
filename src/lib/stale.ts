// Which listings need checking again: not verified for STALE_AFTER_DAYS (a year) or more.
import type { ServiceEntry } from './domain.ts';
import { STALE_AFTER_DAYS } from './validate-listings.ts';

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

export function staleListings(services: ServiceEntry[], today: string, afterDays = STALE_AFTER_DAYS): StaleListing[] {
  return services
    .map((s) => ({
      id: s.id,
      name: s.data.name,
      lastVerified: s.data.verification.lastVerified,
      days: daysBetween(s.data.verification.lastVerified, today),
      sources: s.data.verification.sources.map((src) => src.url),
    }))
    .filter((s) => s.days >= afterDays)
    .sort((a, b) => b.days - a.days);
}
