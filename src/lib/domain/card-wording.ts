// What a service card says about a listing (src/lib/domain/card.ts), in plain words: the evidence
// rule the contact details met, the tags, and the hours lines. The card model, the service pages
// and the shortlist's copy all say the same. No imports: browser scripts read it through
// src/ui/strings.ts without pulling in reference data.

export const cardWords = {
  /** Which evidence rule the contact details met (verification.status). */
  evidence: {
    'provider-confirmed': 'confirmed by the provider',
    'provider-site': "checked on the provider's own website",
    'two-sources': 'checked on two independent websites that agree',
    'public-source': 'from older or indirect sources',
  } as Record<string, string>,
  olderSourcesCaveat: 'These details come from older or indirect sources. Check with the service before you rely on them.',
  noPoliceReport: 'No police report needed',
  selfReferral: 'You can contact them yourself',
  policeBased: 'Run by or based with the police',
  perpetrator: 'For people who cause harm, not for victims',
  hoursUnknown: 'Opening hours not published: check with the service.',
  /** A service with no hours of its own whose phone line is open day and night. */
  phoneAllDay: 'Phone line open 24 hours a day, every day',
  /** After a number whose own hours are "always". */
  allDay: '24 hours',
};
