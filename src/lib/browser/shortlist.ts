// The shortlist professionals compile for a referral meeting. It lives only in the memory of
// this site's open pages (synchronised between them with BroadcastChannel); nothing is ever
// written to the device. This module is the pure part: state changes and the plain-text copy.

export interface ShortlistState {
  ids: string[];
  /** When the list last changed (ms); the newest list wins when pages disagree. */
  version: number;
}

export const EMPTY_SHORTLIST: ShortlistState = { ids: [], version: 0 };

export function toggle(state: ShortlistState, id: string, now: number): ShortlistState {
  const ids = state.ids.includes(id) ? state.ids.filter((x) => x !== id) : [...state.ids, id];
  return { ids, version: Math.max(now, state.version + 1) };
}

export function cleared(state: ShortlistState, now: number): ShortlistState {
  return { ids: [], version: Math.max(now, state.version + 1) };
}

/** The newer of two lists, so every open page converges on the last change. */
export function newer(a: ShortlistState, b: ShortlistState): ShortlistState {
  return b.version > a.version ? b : a;
}

export interface ShortlistItem {
  id: string;
  name: string;
  organisation: string;
  kind: string;
  phones: { number: string; label: string }[];
  website?: string;
  referralForm?: string;
  howToRefer?: string;
  hours: string[];
  lastVerified: string;
}

/** The shortlist as plain text, for pasting into notes or an email. */
export function shortlistText(items: ShortlistItem[], today: string, siteUrl: string): string {
  const lines = [`Shortlist from the London support finder (${today})`, ''];
  items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.name}`);
    lines.push(`   ${item.kind}, run by ${item.organisation}`);
    for (const p of item.phones) lines.push(`   Phone: ${p.number} (${p.label})`);
    if (item.website) lines.push(`   Website: ${item.website}`);
    if (item.referralForm) lines.push(`   Referral form: ${item.referralForm}`);
    if (item.howToRefer) lines.push(`   How to refer: ${item.howToRefer}`);
    if (item.hours.length) lines.push(`   Hours: ${item.hours.join('; ')}`);
    lines.push(`   Details: ${siteUrl}services/${item.id}/ (last checked ${item.lastVerified})`);
    lines.push('');
  });
  lines.push('Check numbers before use: services change. Details and sources are on each listing page.');
  return lines.join('\n');
}
