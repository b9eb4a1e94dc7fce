// Reporting a mistake without a GitHub account: an email to the maintainers (MAINTAINERS_EMAIL in
// src/config.ts) with the listing named in the subject and its page in the body.
import { MAINTAINERS_EMAIL } from '../../config.ts';

export function reportMistakeMailto(listing: { id: string; name: string }, address: string = MAINTAINERS_EMAIL): string {
  const subject = `Mistake in the listing "${listing.name}" (${listing.id})`;
  const body = [
    `Listing: ${listing.name}`,
    `Page: /services/${listing.id}/`,
    '',
    'What is wrong, and where did you see the right details (a web address helps)?',
    '',
    'Please do not include anything about yourself or anyone else.',
  ].join('\n');
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
