// The one message channel between this site's open tabs (BroadcastChannel: messages between
// pages of the same site, nothing stored). The shortlist keeps its copies in step over it
// (docs/decisions/0005), and the quick exit uses it to take every other tab of the site away
// too, the shortlist tab included.
import type { ShortlistState } from '../../lib/browser/shortlist.ts';

export type SiteMessage = { type: 'hello' } | { type: 'state'; state: ShortlistState } | { type: 'leave' };

export const siteChannel: BroadcastChannel | null =
  typeof BroadcastChannel === 'function' ? new BroadcastChannel('london-support-finder-shortlist') : null;

export function postToSite(message: SiteMessage): void {
  siteChannel?.postMessage(message);
}

export function onSiteMessage(listener: (message: SiteMessage) => void): void {
  siteChannel?.addEventListener('message', (event) => listener((event as MessageEvent<SiteMessage>).data));
}
