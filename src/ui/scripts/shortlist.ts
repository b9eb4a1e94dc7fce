// Shortlist glue for every page: reveals the "Add to shortlist" buttons, keeps the list in
// memory and in step with this site's other open pages (BroadcastChannel: messages between
// tabs, nothing stored). Closing every page of the site, or the quick exit, forgets it.
import { EMPTY_SHORTLIST, cleared, newer, toggle, type ShortlistState } from '../../lib/browser/shortlist.ts';
import { shortlistText as t } from '../strings.ts';
import { onSiteMessage, postToSite, siteChannel } from './site-channel.ts';

type Listener = (state: ShortlistState) => void;

let state: ShortlistState = EMPTY_SHORTLIST;
const listeners = new Set<Listener>();

function adopt(next: ShortlistState, announce?: string): void {
  state = next;
  listeners.forEach((l) => l(state));
  render(announce);
}

export function onShortlist(listener: Listener): void {
  listeners.add(listener);
  listener(state);
}

export function changeShortlist(change: 'clear' | { toggle: string }, announce?: string): void {
  const next = change === 'clear' ? cleared(state, Date.now()) : toggle(state, change.toggle, Date.now());
  adopt(next, announce);
  postToSite({ type: 'state', state });
}

/** Set text only when it changes, so the MutationObserver below does not loop. */
function setText(node: Node | null | undefined, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

function render(announce?: string): void {
  document.querySelectorAll<HTMLButtonElement>('[data-shortlist-add]').forEach((button) => {
    const id = button.dataset['shortlistAdd'] ?? '';
    const on = state.ids.includes(id);
    if (button.hidden) button.hidden = false;
    if (button.getAttribute('aria-pressed') !== String(on)) button.setAttribute('aria-pressed', String(on));
    const label = button.firstChild;
    if (label?.nodeType === Node.TEXT_NODE) setText(label, on ? t.remove : t.add);
  });
  const bar = document.querySelector<HTMLElement>('[data-shortlist-bar]');
  if (bar) {
    if (bar.hidden !== (state.ids.length === 0)) bar.hidden = state.ids.length === 0;
    setText(bar.querySelector('[data-shortlist-count]'), t.count(state.ids.length));
  }
  if (announce !== undefined) setText(document.querySelector('[data-shortlist-status]'), announce);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-shortlist-add]');
  if (!button) return;
  const id = button.dataset['shortlistAdd'] ?? '';
  const name = button.dataset['name'] ?? id;
  const adding = !state.ids.includes(id);
  changeShortlist({ toggle: id }, adding ? t.added(name, state.ids.length + 1) : t.removed(name, state.ids.length - 1));
});

if (siteChannel) {
  onSiteMessage((message) => {
    if (message.type === 'hello' && state.ids.length > 0) postToSite({ type: 'state', state });
    if (message.type === 'state') {
      const next = newer(state, message.state);
      if (next !== state) adopt(next);
    }
    // Another tab's quick exit: forget the list here too (this tab's quick exit leaves as well).
    if (message.type === 'leave') adopt(EMPTY_SHORTLIST);
  });
  postToSite({ type: 'hello' });
}

// Buttons drawn later by the search island get the same treatment.
new MutationObserver(() => render()).observe(document.body, { childList: true, subtree: true });
render();
