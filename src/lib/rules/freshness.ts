// When a listing needs checking again: not verified for STALE_AFTER_DAYS (a year) or more. The one
// place this rule lives: validation warns by it (listing/validate.ts), the about page states it and
// `npm run report:stale` lists by it (domain/stale.ts). Pure, dates as YYYY-MM-DD.

export const STALE_AFTER_DAYS = 365;

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Not verified for a year or more. */
export function isStale(lastVerified: string, today: string, afterDays = STALE_AFTER_DAYS): boolean {
  return daysBetween(lastVerified, today) >= afterDays;
}
