// One service card, rendered from the card model (src/lib/domain/card.ts) and nothing else. Astro
// pages render it with no client directive (static HTML, no JavaScript); the search results, the
// map's list and popups, and the shortlist render the same component in the browser from the same
// model. Only what the browser alone knows is passed in: "open now", and the list's data-* hook.
// Every number is a large tap target; "Add to shortlist" is a quiet button for professionals.
import type { ComponentChildren } from 'preact';
import type { CardPhone, CardReferral, ServiceCardModel } from '../../lib/domain/card.ts';
import { formatTime, type OpenStatus } from '../../lib/rules/hours.ts';
import { shortlistText } from '../strings.ts';
import { cardText } from '../strings-cards.ts';
import { cardWords } from '../../lib/domain/card-wording.ts';
import CallLink from './CallLink.tsx';

export interface ServiceCardProps {
  card: ServiceCardModel;
  headingLevel?: 2 | 3 | 4;
  /** Offer "Add to shortlist" (never in the urgent box). */
  shortlist?: boolean;
  /** Open or closed now: only the search island knows the time. */
  openNow?: OpenStatus | undefined;
  /** The hook of the list the card is in, beside data-service: search results, the shortlist page. */
  hook?: 'result' | 'shortlist-item';
  /** How to refer, on the shortlist. */
  referral?: CardReferral;
}

export default function ServiceCard({ card, headingLevel = 3, shortlist = true, openNow, hook, referral }: ServiceCardProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const hooks = hook === 'result' ? { 'data-result': card.id } : hook === 'shortlist-item' ? { 'data-shortlist-item': card.id } : {};
  return (
    <li class="card" data-service={card.id} {...hooks}>
      <Heading>
        <a href={card.href}>{card.name}</a>
      </Heading>
      <p class="meta">
        {card.kind} · {card.organisation}
      </p>
      {!card.victim && (
        <p>
          <span class="tag tag--warn">{cardWords.perpetrator}</span>
        </p>
      )}
      <p>{card.summary}</p>
      <p class="meta">
        {cardText.forWho}: {card.whoFor}
      </p>
      {card.tags.length > 0 && (
        <p class="card__tags">
          {card.tags.map((tag) => (
            <span key={tag.id} class={tag.warn ? 'tag tag--warn' : 'tag'}>
              {tag.label}
            </span>
          ))}
        </p>
      )}
      {card.phones.length > 0 && (
        <ul class="card__calls">
          {card.phones.map((phone) => (
            <li key={`${phone.kind}-${phone.href}-${phone.label}`}>
              <PhoneAction phone={phone} />
            </li>
          ))}
        </ul>
      )}
      <p class="meta">
        {openNow && openNow.state !== 'unknown' && <OpenNow status={openNow} />}
        {card.hours.join('. ')}
      </p>
      {card.caveat && (
        <p class="meta" data-caveat>
          {card.caveat}
        </p>
      )}
      {card.website && (
        <p>
          <a href={card.website} rel="noreferrer noopener">
            {cardText.website}
            <span class="visually-hidden">: {card.name}</span>
          </a>
        </p>
      )}
      {referral?.howToRefer && (
        <p>
          {cardText.howToRefer}: {referral.howToRefer}
        </p>
      )}
      {referral?.referralForm && (
        <p>
          <a href={referral.referralForm} rel="noreferrer noopener">
            {cardText.referralForm}
            <span class="visually-hidden">: {card.name}</span>
          </a>
        </p>
      )}
      <LastCheckedLine lastChecked={card.lastChecked} />
      {shortlist && <ShortlistButton id={card.id} name={card.name} />}
    </li>
  );
}

export interface ServiceRowProps {
  card: ServiceCardModel;
  /** Details shown between the name and the number (the map's place and notes). */
  children?: ComponentChildren;
  /** A list item, or a block (a map popup). */
  as?: 'li' | 'div';
}

/** The compact card, for long lists, the 24-hour lines and the map: name, kind and the first number (to call, or else to text). */
export function ServiceRow({ card, children, as = 'li' }: ServiceRowProps) {
  const Root = as;
  // The first number, without its label (the name says whose it is), so "free" is said here.
  const phone = card.phones[0];
  return (
    <Root class="row" data-service={card.id}>
      <span class="row__title">
        <a href={card.href}>{card.name}</a> <span class="meta">{card.kind}</span>
      </span>
      {children}
      {phone && <PhoneAction phone={{ ...phone, label: '', sayFree: phone.free }} inline />}
    </Root>
  );
}

/** A number to call or text, as a large tap target: the label, the number, then "free" and its hours. */
export function PhoneAction({ phone, inline = false }: { phone: CardPhone; inline?: boolean }) {
  const action =
    phone.kind === 'call' || /^text\b/i.test(phone.label) ? phone.label : phone.label ? `${cardText.text}: ${phone.label}` : cardText.text;
  const facts = [phone.sayFree ? cardText.free : '', phone.hours ?? ''].filter(Boolean);
  return <CallLink href={phone.href} number={phone.number} action={action} facts={facts} secondary inline={inline} />;
}

export function LastCheckedLine({ lastChecked }: { lastChecked: ServiceCardModel['lastChecked'] }) {
  return (
    <p class="meta last-checked">
      {cardText.lastChecked}: <time dateTime={lastChecked.iso}>{lastChecked.date}</time> ({lastChecked.how})
    </p>
  );
}

/**
 * "Add to shortlist", for professionals: a quiet text-style button. It needs JavaScript, so it is
 * drawn hidden and the shortlist script (src/ui/scripts/shortlist.ts) shows it and keeps its words
 * and aria-pressed in step with the list.
 */
export function ShortlistButton({ id, name }: { id: string; name: string }) {
  return (
    <button type="button" class="shortlist-add no-print" data-shortlist-add={id} data-name={name} hidden>
      {shortlistText.add}
      <span class="visually-hidden">: {name}</span>
    </button>
  );
}

function OpenNow({ status }: { status: OpenStatus }) {
  const words = status.state === 'open' ? cardText.openNow : cardText.closedNow;
  return (
    <strong class={`open-state open-state--${status.state}`}>
      {words}
      {status.state === 'open' && status.closes ? ` ${cardText.until(formatTime(status.closes))}` : ''}.{' '}
    </strong>
  );
}
