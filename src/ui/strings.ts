// UI wording in one place, so it is reviewed together (and could be translated).
// The islands' wording is in strings-islands.ts and strings-cards.ts (re-exported here): the
// bundler keeps a module whole, so the script every page loads carries only this file's groups
// that browser scripts use (quick exit, shortlist bar).
// Tone: calm, believing, never blaming; help never depends on leaving or on the police.
// The card's wording is in strings-cards.ts, and what a card says about a listing (evidence,
// tags, hours) in src/lib/domain/card-wording.ts, beside the card model.

export const quickExitText = {
  label: 'Quick exit',
  hiddenPrefix: 'Emergency: ',
  help: 'What does this do?',
  loading: 'Loading',
  pressesLeft: (n: number) => `Shift pressed. Press ${n} more ${n === 1 ? 'time' : 'times'} to leave this site.`,
  expired: 'Quick exit cancelled.',
};

export const layoutText = {
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  nav: [
    { href: '/search/', label: 'Find help' },
    { href: '/boroughs/', label: 'By borough' },
    { href: '/services/', label: 'A to Z' },
    { href: '/map/', label: 'Map' },
    { href: '/staying-safe-online/', label: 'Staying safe online' },
  ],
  urgent: 'In danger now? Call 999. If you cannot speak on a mobile, press 55 when asked.',
  urgentLink: 'Other urgent help',
  footer: [
    { href: '/staying-safe-online/', label: 'Staying safe online' },
    { href: '/about/', label: 'About these listings' },
    { href: '/open-data/', label: 'Open data' },
    { href: '/about/#report-a-mistake', label: 'Report a mistake' },
  ],
  footerNote:
    'This site does not use cookies or tracking and stores nothing on your device. Your browser may still keep a history of the pages you visit.',
};


export const serviceText = {
  confidentialLocation: 'The address is kept secret for everyone\'s safety. Get in touch by phone or referral.',
  notStated: 'Not stated',
  suggestChange: 'suggest a change to this listing',
  reportByEmail: 'Email us about a mistake',
  reportIntro: 'Is something wrong or out of date?',
  reportPublicWarning: 'A suggested change on GitHub is public: do not include anything about yourself or anyone else.',
};
export const boroughText = {
  /** Where no service run for the borough itself is listed: who can connect the reader. */
  localGap: {
    lead: (name: string) => `For support in ${name}, call the National Domestic Abuse Helpline:`,
    after: (name: string) =>
      `It is free and open day and night. They know the services in every London borough and can put you in touch with support in ${name}, or find a refuge space. The London-wide and national services below can help you too.`,
  },
  /** Where no Rape Crisis centre is listed for the borough. */
  rapeCrisisGap: {
    lead: 'For support after rape or sexual abuse, whenever it happened, call the Rape Crisis 24/7 Support Line:',
    after: 'It is free, open day and night, and for anyone aged 16 or over. They can tell you about Rape Crisis support near you.',
    recent: 'If it happened in the last 12 months, the Havens can also help. Call them at any time:',
  },
};

export { searchText, mapText } from './strings-islands.ts';
export { cardText, shortlistPageText } from './strings-cards.ts';

export const shortlistText = {
  add: 'Add to shortlist',
  remove: 'Remove from shortlist',
  count: (n: number) => (n === 1 ? '1 service' : `${n} services`),
  added: (name: string, n: number) => `Added ${name} to your shortlist (${n}).`,
  removed: (name: string, n: number) => `Removed ${name} from your shortlist (${n}).`,
  /** Said with the first "Add", and on the shortlist page: how long the list lasts. */
  lasts: 'It is kept while this tab is open. Closing the tab, reloading the page or Quick exit clears it.',
  barLabel: 'Your shortlist:',
  open: 'Review, print or copy',
};

