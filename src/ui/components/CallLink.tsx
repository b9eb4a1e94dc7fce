// The one look of a number to call or text: a large tap target (at least 44 px tall) with what it
// does, the number (always left to right) and short facts ("free", "24 hours"). The call-first
// buttons (CallButton.astro), the cards' numbers and every number on a service page draw this.
// It takes the number already worked out (src/lib/domain/card.ts, src/lib/rules/phone.ts), so
// the browser never needs the phone-number library.
export interface CallLinkProps {
  href: string;
  /** The number as shown, generated from the same digits as href. */
  number: string;
  /** What the link does or which line it is ("Call the Havens", "24-hour helpline"); may be empty. */
  action?: string;
  /** Short facts after the number ("free", "24 hours"). */
  facts?: string[];
  /** The quieter, outlined look: every number but the one or two routes that lead a page. */
  secondary?: boolean;
  /** Inside a sentence or a compact row, rather than a full-width button. */
  inline?: boolean;
}

export default function CallLink({ href, number, action = '', facts = [], secondary = false, inline = false }: CallLinkProps) {
  const className = ['call-button', secondary ? 'call-button--secondary' : '', inline ? 'call-button--inline' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <a class={className} href={href}>
      {action && <span class="call-button__action">{action}</span>}
      {action && ' '}
      <bdi class="call-button__number" dir="ltr" lang="en-GB">
        {number}
      </bdi>
      {facts.length > 0 && ' '}
      {facts.length > 0 && <span class="call-button__facts">{facts.join(' · ')}</span>}
    </a>
  );
}
