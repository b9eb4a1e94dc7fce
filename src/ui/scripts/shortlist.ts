// Shortlist glue for every page: reveals the "Add to shortlist" buttons and keeps the list in
// memory: in this tab's name (window.name), so it survives moving between pages and Back, and in
// step with this site's other open tabs (BroadcastChannel: messages between tabs, nothing stored).
// Before the tab goes to another site, the list moves out of the name into this page's history
// entry, so the other site cannot read it and Back brings it back. Closing the tab, reloading
// (unless the user chose to keep it) or the quick exit forgets it.
// docs/decisions/0005-shortlist-in-memory.md says why, and what window.name exposes.
import {
  EMPTY_SHORTLIST,
  cleared,
  fromTabName,
  isShortlistName,
  keptOnReload,
  leavesSite,
  newer,
  restore,
  toTabName,
  toggle,
  type ShortlistState,
} from '../../lib/browser/shortlist.ts';
import { shortlistText as t } from '../strings.ts';
import { onSiteMessage, postToSite, siteChannel } from './site-channel.ts';

type Listener = (state: ShortlistState) => void;

function navigationType(): string {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return entry?.type ?? 'navigate';
}

// The Navigation API (where the browser has it): it says where each navigation goes before it
// happens, and keeps a state of our own with this page's history entry.
interface NavigationLike extends EventTarget {
  currentEntry: { getState(): unknown } | null;
  updateCurrentEntry(options: { state: unknown }): void;
}
interface NavigateEventLike extends Event {
  destination: { url: string };
}
const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
const ENTRY_KEY = 'lsfShortlist';

/** The list this page put aside in its history entry when the tab left the site, if any. */
function putAside(): string | undefined {
  const entry = navigation?.currentEntry?.getState();
  const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[ENTRY_KEY] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function setPutAside(name: string): void {
  if (!navigation || (!name && putAside() === undefined)) return;
  try {
    navigation.updateCurrentEntry({ state: name ? { [ENTRY_KEY]: name } : undefined });
  } catch {
    // A page being unloaded may refuse: the tab's name is emptied all the same.
  }
}

let state: ShortlistState = restore(window.name, navigationType(), putAside());
/** The list as it was when the tab left the site from this page (for Back from the back-forward cache). */
let leftWith: ShortlistState | null = null;
const listeners = new Set<Listener>();
setPutAside('');
remember();

/** Keep the tab's name in step with the list (and never touch a name the site did not write). */
function remember(): void {
  const name = toTabName(state);
  if (name) {
    if (window.name !== name) window.name = name;
  } else if (isShortlistName(window.name)) window.name = '';
}

function adopt(next: ShortlistState, announce?: string): void {
  state = next;
  remember();
  listeners.forEach((l) => l(state));
  render(announce);
}

/** Follow the list; returns a function that stops following. */
export function onShortlist(listener: Listener): () => void {
  listeners.add(listener);
  listener(state);
  return () => listeners.delete(listener);
}

export function changeShortlist(change: 'clear' | { toggle: string } | { keepOnReload: boolean }, announce?: string): void {
  const now = Date.now();
  const next =
    change === 'clear'
      ? cleared(state, now)
      : 'toggle' in change
        ? toggle(state, change.toggle, now)
        : keptOnReload(state, change.keepOnReload, now);
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
    const count = state.ids.length;
    if (bar.hidden !== (count === 0)) bar.hidden = count === 0;
    setText(bar.querySelector('[data-shortlist-count]'), t.count(count));
    // After the first "Add": how long the list lasts.
    const note = bar.querySelector<HTMLElement>('[data-shortlist-note]');
    if (note && note.hidden !== (count !== 1)) note.hidden = count !== 1;
  }
  if (announce !== undefined) setText(document.querySelector('[data-shortlist-status]'), announce);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-shortlist-add]');
  if (!button) return;
  const id = button.dataset['shortlistAdd'] ?? '';
  const name = button.dataset['name'] ?? id;
  const adding = !state.ids.includes(id);
  const count = state.ids.length + (adding ? 1 : -1);
  changeShortlist({ toggle: id }, adding ? `${t.added(name, count)}${count === 1 ? ` ${t.lasts}` : ''}` : t.removed(name, count));
});

if (siteChannel) {
  onSiteMessage((message) => {
    if (message.type === 'hello' && (state.ids.length > 0 || state.keepOnReload)) postToSite({ type: 'state', state });
    if (message.type === 'state') {
      const next = newer(state, message.state);
      if (next !== state) adopt(next);
    }
    // The quick exit, here or in another tab: forget the list (the quick exit also empties the
    // tab's name itself before it leaves).
    if (message.type === 'leave') forget();
  });
  postToSite({ type: 'hello' });
}

function forget(): void {
  leftWith = null;
  setPutAside('');
  adopt(EMPTY_SHORTLIST);
}

/** The tab is going to another site: put the list aside in this page's history entry, and empty the name. */
function leaving(): void {
  leftWith = state;
  if (state.ids.length > 0 || state.keepOnReload) setPutAside(toTabName(state));
  if (isShortlistName(window.name)) window.name = '';
}

if (navigation) {
  navigation.addEventListener('navigate', (event) => {
    // This tab's quick exit (it hides the page first): forget, put nothing aside.
    if (document.documentElement.classList.contains('quick-exit-leaving')) return forget();
    if (leavesSite((event as NavigateEventLike).destination.url, location.origin)) leaving();
  });
} else {
  // Without the Navigation API, at least a link to another site empties the name.
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
      if (link && !link.target && leavesSite(link.href, location.origin)) leaving();
    },
    true,
  );
}

// Back to a page kept whole by the browser (the back-forward cache): the tab's name holds the
// list as it is now (changed on later pages, or emptied by the quick exit); if the tab left the
// site from here, the list put aside comes back. Then ask the other tabs, whose messages this
// page missed while it was set aside.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  const fromName = fromTabName(window.name);
  const back = fromTabName(putAside() ?? '') ?? leftWith;
  leftWith = null;
  setPutAside('');
  adopt(fromName && back ? newer(fromName, back) : (fromName ?? back ?? EMPTY_SHORTLIST));
  postToSite({ type: 'hello' });
});

// Buttons drawn later by the islands get the same treatment.
new MutationObserver(() => render()).observe(document.body, { childList: true, subtree: true });
render();
