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
  checkedAgainstSource: 'checked against a public source',
  confirmedByProvider: 'confirmed by the provider',
  freeToCall: 'free to call',
  noPoliceReport: 'No police report needed',
  policeReportNeeded: 'Needs a police report',
  selfReferral: 'You can contact them yourself',
  professionalOnly: 'Referral by a professional only',
  policeBased: 'Run by or based with the police',
  perpetrator: 'For people who cause harm, not for victims',
  confidentialLocation: 'The address is kept secret for everyone\'s safety. Get in touch by phone or referral.',
  hoursUnknown: 'Opening hours not published: check with the service.',
  notStated: 'Not stated',
  suggestChange: 'Suggest a change to this listing',
};

export const boroughText = {
  notYetChecked: (name: string) =>
    `We have not yet checked ${name} council's own local service, so none is listed here. The London-wide and national services below cover you.`,
  regionUnchecked:
    'We have not yet confirmed which Rape Crisis centre covers this borough. The Rape Crisis 24/7 Support Line and the Havens, listed on this page, are open to everyone.',
  regionCentreUnchecked: (region: string) =>
    `We have not yet confirmed current contact details for the ${region} Rape Crisis centre, so it is not listed. The Rape Crisis 24/7 Support Line and the Havens, listed on this page, are open to everyone.`,
};

export const searchText = {
  heading: 'Find support',
  queryLabel: 'What happened, or what do you need?',
  queryHint: 'For example: "he hits me", "stalking", "forced marriage", "Havens" or a postcode. What you type stays on this device.',
  boroughLabel: 'Borough',
  anyBorough: 'Anywhere in London',
  placeLabel: 'Or postcode',
  placeHint: 'For example E8 1AA or SE5',
  moreFilters: 'More filters',
  crimeLabel: 'What happened',
  anyCrime: 'Anything',
  kindLabel: 'Kind of help',
  anyKind: 'Any kind',
  ageLabel: 'Age',
  anyAge: 'Any age',
  needsLegend: 'What you need',
  openNow: 'Open now',
  clear: 'Clear search',
  loading: 'Loading the list of services…',
  loadFailed: 'The search could not load. Use the links below instead, or call one of the numbers on the home page.',
  count: (n: number) => (n === 1 ? '1 service found' : `${n} services found`),
  urgentFirst: 'If you are in danger now, call 999. Urgent help is listed first.',
  understood: (words: string) => `Showing help for: ${words}.`,
  nameSearch: (typed: string) => `Showing services whose names or descriptions match "${typed}".`,
  notSure: (typed: string) => `We did not recognise "${typed}". These services have names or words that look a little like it, so they may not be what you need.`,
  notRecognised: (typed: string) => `We did not recognise "${typed}".`,
  fewMatches: (n: number) => (n === 1 ? 'Only 1 service matches.' : `Only ${n} services match.`),
  safetyNetTitle: 'Urgent help and 24-hour lines',
  safetyNetIntro: 'If this is not the help you need, these are open day and night:',
  notForYou: (n: number, why: string) => `${n === 1 ? '1 service' : `${n} services`} left out: ${why}`,
  notForYouWhy: { men: 'they say they do not serve men', women: 'they say they do not serve women', age: 'they say they do not serve people of your age' },
  placeSpans: (district: string, names: string) => `${district} covers parts of ${names}. Services for each are shown.`,
  placeIn: (district: string, name: string) => `${district} is in ${name}.`,
  placeOutside: (typed: string) => `We could not find "${typed}" in London, so services for all of London are shown.`,
  emptyTitle: 'No service matches all of that',
  emptyIntro: 'You can still get help now, day or night:',
  widen: 'To see more, try:',
  widenFilter: (what: string, n: number) => `removing "${what}" (${n} ${n === 1 ? 'service' : 'services'})`,
  showMore: (n: number) => `Show ${n} more`,
  copyLink: 'Copy a link to these results',
  copyDone: 'Link copied. It contains your search words: only share it with someone you trust.',
  copyManual: 'Copy this link:',
  privacyNote: 'Your search is not saved and does not appear in the address bar. Copying a link puts your search into that link.',
  openState: { open: 'Open now', closed: 'Closed now', unknown: '' },
  closesAt: (time: string) => `until ${time}`,
  lastChecked: 'Last checked',
  free: 'free',
  call: 'Call',
  details: 'Details, eligibility and referral',
  addToShortlist: 'Add to shortlist',
};

export const mapText = {
  mapLabel: 'Map of London boroughs and places to visit',
  streetToggle:
    'Show street map: this loads map images from OpenStreetMap, which will see your internet address and the area you look at',
  failed: 'The map could not load. The list shows the same places.',
  loading: 'Loading…',
  none: 'None of the services found has a public address. Change the search to see more.',
  listHeading: (n: number) => (n === 1 ? '1 place you can visit' : `${n} places you can visit`),
  approximate: 'The marker shows the postcode area, not the exact building.',
  approximateShort: 'marker shows the postcode area',
  appointmentOnly: 'by appointment: call first',
  selectBorough: (name: string) => `Show services in ${name}`,
  credit:
    'Borough boundaries: contains OS data © Crown copyright and database right; contains National Statistics data © Crown copyright and database right. Refuges and other confidential addresses are never shown.',
};

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
