// UI wording of the service card (ServiceCard.tsx) and the shortlist page. Its own module, like strings-islands.ts: the islands that draw cards bundle it, and the
// small script every page loads (quick exit, shortlist glue) does not. src/ui/strings.ts
// re-exports it.
// What a card says about a listing (evidence, tags, hours) is worked out with the card model:
// src/lib/domain/card-wording.ts. Only literals here: a value read from another module would
// keep this module in every page's script.

export const cardText = {
  /** "For: Women, aged 16 and over" */
  forWho: 'For',
  website: 'Website',
  text: 'Text',
  free: 'free',
  howToRefer: 'How to refer',
  referralForm: 'Referral form',
  lastChecked: 'Last checked',
  /** "Open now until 5pm." on a search result. */
  openNow: 'Open now',
  closedNow: 'Closed now',
  until: (time: string) => `until ${time}`,
};

/** The shortlist page (its island and static text): apart, so every page's script stays small. */
export const shortlistPageText = {
  memoryNote:
    "Your shortlist is kept only in this tab's memory while it is open, and in other tabs of this site that are open. It is never saved on this device. Closing the tab, reloading the page or Quick exit clears it.",
  empty: 'Your shortlist is empty. Use "Add to shortlist" on any service, in a list or on its page.',
  loading: 'Loading…',
  loadFailed: 'This service could not be loaded. Check your connection and open this page again.',
  keepOnReload: 'Keep the list if I reload a page in this tab',
  keepOnReloadHint: "It stays in this tab's memory only. Closing the tab or Quick exit still clears it.",
  print: 'Print',
  copy: 'Copy as plain text',
  clear: 'Clear the shortlist',
  copied: (n: number) => `Copied ${n === 1 ? '1 service' : `${n} services`} as plain text.`,
  copyManual: 'Select the text below and copy it.',
  textLabel: 'Shortlist as plain text',
  printed: (date: string, site: string) => `Printed on ${date} from ${site}.`,
  noScript: 'The shortlist needs JavaScript. You can print any listing page directly from your browser.',
};
