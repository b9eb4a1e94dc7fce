// The frozen listings the fixture site is built from (tests/fixtures/site-listings/), read the way
// the site reads them, so a behaviour test names a service by its file name and takes its name,
// numbers and area from the listing instead of repeating them.
import { loadListings } from '../../scripts/load-listings.ts';
import type { ServiceEntry } from '../../src/lib/domain/services.ts';
import { telHref } from '../../src/lib/rules/phone.ts';
import { FIXTURE_SITE } from './builds.ts';

const listings = new Map(loadListings(FIXTURE_SITE.listingsDir).map((s) => [s.id, s]));

/** A fixture listing by its file name (without .yaml); a missing one fails the test loudly. */
export function listing(slug: string): ServiceEntry {
  const found = listings.get(slug);
  if (!found) throw new Error(`${slug} is not a listing in ${FIXTURE_SITE.listingsDir}/`);
  return found;
}

/** The listing's name, as its cards and pages show it. */
export const nameOf = (slug: string): string => listing(slug).data.name;

/** The tel: link for a listing's first number, as the listing gives it. */
export function dial(slug: string): string {
  const number = listing(slug).data.contact.phones?.[0]?.number;
  if (!number) throw new Error(`${slug} has no phone in its listing`);
  return telHref(number);
}

/** Whether a listing names this borough in its area (a local service there). */
export const servesBorough = (slug: string, borough: string): boolean => listing(slug).data.area.boroughs?.includes(borough) ?? false;
