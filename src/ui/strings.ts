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
  /** Beside the help link: the quick exit replaces this page in history, but Back can still reach the page before it. */
  backHint: 'Back can show this site.',
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
    // The map is of little use in a hurry (few places to visit): off the bar on phones, still in the footer.
    { href: '/map/', label: 'Map', wideOnly: true },
    { href: '/staying-safe-online/', label: 'Staying safe online' },
  ],
  urgent: 'In danger now? Call 999. On a mobile, if you cannot speak, press 55.',
  urgentLink: 'Other urgent help',
  footer: [
    { href: '/staying-safe-online/', label: 'Staying safe online' },
    { href: '/about/', label: 'About these listings' },
    { href: '/map/', label: 'Map of places to visit' },
    { href: '/open-data/', label: 'Open data' },
    { href: '/about/#report-a-mistake', label: 'Report a mistake' },
  ],
  footerNote:
    'This site does not use cookies or tracking and stores nothing on your device. Your browser may still keep a history of the pages you visit.',
};

/**
 * Call first (src/ui/components/UrgentRoutes.astro, CallLineButton.astro): the large call
 * buttons on the pages a person in danger lands on. Which services, and their numbers, come
 * from data (src/lib/domain/call-first.ts); only the words are here.
 */
export const callFirstText = {
  heading: 'Urgent help',
  /** 999: the button reads "In danger now? Call 999". */
  emergencyAction: 'In danger now? Call',
  emergencyNote: 'On a mobile, if you cannot speak, press 55.',
  /** The Havens, after a recent rape or sexual assault. */
  recentCue: 'Raped or sexually assaulted in the last few days?',
  recentAfter: 'You do not have to go to the police.',
  call: (name: string) => `Call ${name}`,
  allDay: '24 hours',
  allDayHeading: 'More lines open day and night',
  allDayLink: (n: number) => `All ${n} services open 24 hours`,
};

export const homeText = {
  intro:
    'For anyone affected by domestic abuse, rape or sexual violence, stalking, forced marriage, FGM, so-called honour-based abuse, exploitation or any other violence against women and girls, and for the people who help them. You do not have to report to the police to get help.',
  searchLabel: 'Search: what happened, or what you need',
  searchHint: 'For example "he hits me", "stalking", "Havens" or a postcode.',
  searchButton: 'Search',
  /** Home links to a "what happened" page under the names people use, where the umbrella term is not one. */
  harmLinks: {
    'harmful-practices': 'Forced marriage, FGM and so-called honour-based abuse',
  } as Record<string, string>,
};

export const serviceText = {
  confidentialLocation: "The address is kept secret for everyone's safety. Get in touch by phone or referral.",
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
    fallback: 'see help for domestic abuse',
    after: (name: string) =>
      `It is free and open day and night. They know the services in every London borough and can put you in touch with support in ${name}, or find a refuge space. The London-wide and national services below can help you too.`,
  },
  /** Where no Rape Crisis centre is listed for the borough. */
  rapeCrisisGap: {
    lead: 'For support after rape or sexual abuse, whenever it happened, call the Rape Crisis 24/7 Support Line:',
    fallback: 'see help after rape and sexual violence',
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

/**
 * The language chooser and the language pages' English chrome. Other languages take the same
 * wording from the `ui` block of content/translations/<code>.yaml (src/ui/page-language.ts).
 */
export const languageText = {
  /** The chooser's summary: the same words as ui.languageChooserHeading in en.yaml. */
  chooser: 'Help in your language',
  /** On /languages/: the list of every page, with its status. */
  listHeading: 'Choose a language',
  listIntro:
    'Each page says what to do in danger, after a rape or sexual assault, and about domestic abuse; that help is free and confidential; that your immigration status does not stop you getting help; and how to ask for an interpreter.',
  status: {
    draftHeading: 'Draft translations, not yet checked by a fluent speaker',
    checkedHeading: 'Checked by a fluent speaker (on the date shown)',
    easyReadChecked: (date: string) => `Checked with people who use Easy Read on ${date}.`,
  },
  helpTranslate: 'Do you speak one of these languages fluently? You can check or correct a translation:',
  helpTranslateLink: 'how to check a translation',
  easyReadIntro: 'Easy Read: the urgent help page in short, plain sentences.',
  /** The link to the Easy Read page, beside the urgent help on the home page. */
  easyReadLink: 'Urgent help in Easy Read',
  easyRead: {
    description: 'How to get help fast, in Easy Read.',
    call: 'Call',
    fullVersion: 'Urgent help: the full version',
    otherLanguages: 'Help in other languages',
  },
};
