// UI wording in one place, so it is reviewed together (and could be translated).
// Split into named groups so browser scripts bundle only the group they use.
// Tone: calm, believing, never blaming; help never depends on leaving or on the police.

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
  lastChecked: 'Last checked',
  /** Which evidence rule the contact details met (verification.status), in plain words. */
  evidence: {
    'provider-confirmed': 'confirmed by the provider',
    'provider-site': 'checked on the provider\'s own website',
    'two-sources': 'checked on two independent websites that agree',
    'public-source': 'from older or indirect sources',
  } as Record<string, string>,
  olderSourcesCaveat: 'These details come from older or indirect sources. Check with the service before you rely on them.',
  freeToCall: 'free to call',
  free: 'free',
  noPoliceReport: 'No police report needed',
  policeReportNeeded: 'Needs a police report',
  selfReferral: 'You can contact them yourself',
  professionalOnly: 'Referral by a professional only',
  policeBased: 'Run by or based with the police',
  perpetrator: 'For people who cause harm, not for victims',
  confidentialLocation: 'The address is kept secret for everyone\'s safety. Get in touch by phone or referral.',
  hoursUnknown: 'Opening hours not published: check with the service.',
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

export const shortlistText = {
  add: 'Add to shortlist',
  remove: 'Remove from shortlist',
  count: (n: number) => (n === 1 ? '1 service' : `${n} services`),
  added: (name: string, n: number) => `Added ${name} to your shortlist (${n}).`,
  removed: (name: string, n: number) => `Removed ${name} from your shortlist (${n}).`,
  barLabel: 'Your shortlist:',
  open: 'Review, print or copy',
  memoryNote:
    'Your shortlist is kept only in this browser\'s memory while a page of this site is open. It is never saved on this device. Keep the shortlist page open in its own tab to add services from other pages.',
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
