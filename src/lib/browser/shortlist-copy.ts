// The shortlist page's plain-text copy and handout wording, from the same card models the page
// draws (src/lib/domain/card.ts): the same numbers, dates and hours as every card. Pure; only the
// shortlist page loads it.
import type { CardReferral, ServiceCardModel } from '../domain/card.ts';

/** What the shortlist page holds for each service: its card and how to refer (/cards/<id>.json). */
export interface ShortlistEntry {
  card: ServiceCardModel;
  referral: CardReferral;
}

export const CHECK_BEFORE_USE = 'Check numbers before use: services change.';

/** The site as the handout and the copy name it: its name, and its address when it has one. */
export function siteLine(siteName: string, siteUrl: string | undefined): string {
  return siteUrl ? `${siteName} (${siteUrl})` : siteName;
}

/** The shortlist as plain text, for pasting into notes or an email: the same facts as the cards. */
export function shortlistText(entries: ShortlistEntry[], today: string, site: { name: string; url?: string | undefined }): string {
  const lines = [`Shortlist from ${siteLine(site.name, site.url)}, ${today}`, CHECK_BEFORE_USE, ''];
  entries.forEach(({ card, referral }, i) => {
    lines.push(`${i + 1}. ${card.name}`);
    lines.push(`   ${card.kind}, run by ${card.organisation}`);
    for (const p of card.phones) {
      const about = [p.label, p.sayFree ? 'free' : '', p.hours ?? ''].filter(Boolean).join(', ');
      lines.push(`   ${p.kind === 'text' ? 'Text' : 'Phone'}: ${p.number}${about ? ` (${about})` : ''}`);
    }
    if (card.website) lines.push(`   Website: ${card.website}`);
    if (referral.referralForm) lines.push(`   Referral form: ${referral.referralForm}`);
    if (referral.howToRefer) lines.push(`   How to refer: ${referral.howToRefer}`);
    lines.push(`   Hours: ${card.hours.join('; ')}`);
    if (card.caveat) lines.push(`   ${card.caveat}`);
    lines.push(`   Last checked ${card.lastChecked.date} (${card.lastChecked.how})`);
    if (site.url) lines.push(`   Details: ${new URL(card.href, site.url).href}`);
    lines.push('');
  });
  lines.push(`Details and sources are on each service's page on ${site.name}.`);
  return lines.join('\n');
}
