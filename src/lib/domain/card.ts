// The one place that decides what a service card shows. Built once from a listing, at build time,
// and rendered by one component (src/ui/components/ServiceCard.tsx) everywhere: static HTML on
// pages, the search results, the map's list and popups, the shortlist, its printout and its
// plain-text copy. The model is plain data (JSON), so the search index and the shortlist's card
// files carry it to the browser unchanged, and no renderer makes a decision of its own: dates,
// numbers, tags and hours are worked out here.
import type { Service } from '../listing/schema/index.ts';
import { describeHours, type HoursLike } from '../rules/hours.ts';
import { displayNumber, FREE_CLAIM, isFreeToCall, smsHref, telHref } from '../rules/phone.ts';
import { isSafeHttpsUrl } from '../rules/text-safety.ts';
import { formatDate } from '../rules/dates.ts';
import { cardWords } from './card-wording.ts';
import { isVictimService, type ServiceEntry } from './services.ts';
import { kindLabel, whoFor } from './wording.ts';

/** A number to call or text: shown and dialled from the same parsed digits (src/lib/rules/phone.ts). */
export interface CardPhone {
  kind: 'call' | 'text';
  /** The provider's label for the line ("24-hour helpline"), or '' for a bare number. */
  label: string;
  /** The number as shown ("0808 2000 247"), generated from its digits. */
  number: string;
  /** tel: in E.164 (short codes bare), or sms:. */
  href: string;
  /** Free to call, from the number's class (never from the listing). */
  free: boolean;
  /** Say "free" beside the number: it is free and its label does not already say so. */
  sayFree: boolean;
  /** The line's own hours ("24 hours", "Monday to Friday, 9am to 5pm"), when they are not the label's words. */
  hours?: string;
}

export type CardTagId = 'no-police-report' | 'self-referral' | 'police-based';

export interface CardTag {
  id: CardTagId;
  label: string;
  /** Worth a second look (police-based). */
  warn?: boolean;
}

export interface ServiceCardModel {
  id: string;
  /** The listing's page on this site. */
  href: string;
  name: string;
  /** The main kind of help, in words ("Rape Crisis centre"). */
  kind: string;
  organisation: string;
  summary: string;
  /** "Women, aged 16 and over". */
  whoFor: string;
  tags: CardTag[];
  /** Up to two numbers to call, then the first number to text. */
  phones: CardPhone[];
  /** The service's website (https only). */
  website?: string;
  /** What the card says about opening hours: never empty ("not published" when unknown). */
  hours: string[];
  lastChecked: {
    /** YYYY-MM-DD */
    iso: string;
    /** "23 November 2026" */
    date: string;
    /** Which evidence rule the details met, in words ("checked on the provider's own website"). */
    how: string;
  };
  /** One short caveat for readers: the listing's own, or plain words when its sources are older. */
  caveat?: string;
  /** false for perpetrator programmes, which never appear to victims but can be shortlisted by a professional. */
  victim: boolean;
}

/** Referral details the shortlist carries beside the card: what a professional needs to refer. */
export interface CardReferral {
  howToRefer?: string;
  referralForm?: string;
}

const MAX_CALLS = 2;
/** A label that already says the line is open day and night. */
const ALL_DAY_CLAIM = /\b24\b|24\/7|any ?time|day and night/i;

/** One line a listing gives, as the card and the service page show it. */
export function toPhone(number: string, label = '', kind: 'call' | 'text' = 'call', hours?: HoursLike): CardPhone {
  const free = kind === 'call' && isFreeToCall(number);
  const phone: CardPhone = {
    kind,
    label,
    number: displayNumber(number),
    href: kind === 'text' ? smsHref(number) : telHref(number),
    free,
    sayFree: free && !FREE_CLAIM.test(label),
  };
  const lineHours = hours?.always ? (ALL_DAY_CLAIM.test(label) ? '' : cardWords.allDay) : describeHours(hours).join('; ');
  if (lineHours) phone.hours = lineHours;
  return phone;
}

/**
 * The hours lines: the service's own hours; or, when it gives none but a phone line is open day
 * and night, that; or "not published". "Open 24 hours a day, every day" comes from describeHours.
 */
export function hoursLines(data: Service): string[] {
  const lines = describeHours(data.hours);
  if (lines.length > 0) return lines;
  if ((data.contact.phones ?? []).some((p) => p.hours?.always === true)) return [cardWords.phoneAllDay];
  return [cardWords.hoursUnknown];
}

/** At most one short caveat for readers. Maintainers' research notes (verification.note) never appear. */
export function readerCaveat(data: Service): string | undefined {
  return data.verification.caveat ?? (data.verification.status === 'public-source' ? cardWords.olderSourcesCaveat : undefined);
}

export function lastChecked(verification: Service['verification']): ServiceCardModel['lastChecked'] {
  return {
    iso: verification.lastVerified,
    date: formatDate(verification.lastVerified),
    how: cardWords.evidence[verification.status] ?? (cardWords.evidence['public-source'] as string),
  };
}

function tagsOf(access: Service['access']): CardTag[] {
  const tags: CardTag[] = [];
  if (access.policeReportNeeded === false) tags.push({ id: 'no-police-report', label: cardWords.noPoliceReport });
  if (access.selfReferral === true) tags.push({ id: 'self-referral', label: cardWords.selfReferral });
  if (access.policeBased === true) tags.push({ id: 'police-based', label: cardWords.policeBased, warn: true });
  return tags;
}

export function toCard(entry: ServiceEntry): ServiceCardModel {
  const d = entry.data;
  const calls = (d.contact.phones ?? []).slice(0, MAX_CALLS).map((p) => toPhone(p.number, p.label, 'call', p.hours));
  const text = d.contact.textMessage?.[0];
  const card: ServiceCardModel = {
    id: entry.id,
    href: `/services/${entry.id}/`,
    name: d.name,
    kind: kindLabel(d.kind),
    organisation: d.organisation,
    summary: d.summary,
    whoFor: whoFor(d.serves),
    tags: tagsOf(d.access),
    phones: text ? [...calls, toPhone(text.number, text.label, 'text')] : calls,
    hours: hoursLines(d),
    lastChecked: lastChecked(d.verification),
    victim: isVictimService(entry),
  };
  if (d.contact.website && isSafeHttpsUrl(d.contact.website)) card.website = d.contact.website;
  const caveat = readerCaveat(d);
  if (caveat) card.caveat = caveat;
  return card;
}

export function toReferral(entry: ServiceEntry): CardReferral {
  const referral: CardReferral = {};
  if (entry.data.access.howToRefer) referral.howToRefer = entry.data.access.howToRefer;
  const form = entry.data.contact.referralForm;
  if (form && isSafeHttpsUrl(form)) referral.referralForm = form;
  return referral;
}
