// The shortlist professionals compile for a referral meeting. It lives only in memory: in this
// tab's window.name (so it survives moving between the site's pages, Back included) and in the
// memory of the site's other open tabs (BroadcastChannel). Nothing is ever written to the device
// (docs/decisions/0005-shortlist-in-memory.md). This module is the pure part every page's script
// uses: state changes, and reading and writing the tab's name. The shortlist page's copy and
// handout wording is in shortlist-copy.ts.

export interface ShortlistState {
  ids: string[];
  /** When the list last changed (ms); the newest list wins when pages disagree. */
  version: number;
  /** The user chose to keep the list when a page of this tab is reloaded (off unless chosen). */
  keepOnReload: boolean;
}

export const EMPTY_SHORTLIST: ShortlistState = { ids: [], version: 0, keepOnReload: false };

export function toggle(state: ShortlistState, id: string, now: number): ShortlistState {
  const ids = state.ids.includes(id) ? state.ids.filter((x) => x !== id) : [...state.ids, id];
  return { ...state, ids, version: Math.max(now, state.version + 1) };
}

export function cleared(state: ShortlistState, now: number): ShortlistState {
  return { ...state, ids: [], version: Math.max(now, state.version + 1) };
}

export function keptOnReload(state: ShortlistState, keep: boolean, now: number): ShortlistState {
  return { ...state, keepOnReload: keep, version: Math.max(now, state.version + 1) };
}

/** The newer of two lists, so every open page converges on the last change. */
export function newer(a: ShortlistState, b: ShortlistState): ShortlistState {
  return b.version > a.version ? b : a;
}

// --- The tab's name -----------------------------------------------------------------------------
// window.name belongs to the tab and outlives its pages, so the next page of this site in the tab
// reads the list from it. Every page that a tab goes to can read it, another site's too, unless
// the browser empties it (not every browser does): so before the tab leaves the site the list is
// put aside in the page's own history entry and the name emptied (src/ui/scripts/shortlist.ts).
// The quick exit empties it before leaving.

const PREFIX = 'lsf-shortlist:1:';
/** A listing's identity is its file name: lower-case letters, digits and hyphens. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_ITEMS = 200;

/** The tab's name for a list: '' for an empty list that is not kept on reload. */
export function toTabName(state: ShortlistState): string {
  if (state.ids.length === 0 && !state.keepOnReload) return '';
  return PREFIX + JSON.stringify({ ids: state.ids, version: state.version, keep: state.keepOnReload });
}

export function isShortlistName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** A list read back from the tab's name, or null if the name is not one (or not one we wrote). */
export function fromTabName(name: string): ShortlistState | null {
  if (!isShortlistName(name)) return null;
  try {
    const value: unknown = JSON.parse(name.slice(PREFIX.length));
    if (typeof value !== 'object' || value === null) return null;
    const { ids, version, keep } = value as Record<string, unknown>;
    if (!Array.isArray(ids) || ids.length > MAX_ITEMS || !ids.every((id) => typeof id === 'string' && SLUG.test(id))) return null;
    if (typeof version !== 'number' || !Number.isFinite(version)) return null;
    return { ids: [...new Set(ids as string[])], version, keepOnReload: keep === true };
  } catch {
    return null;
  }
}

/**
 * Does following this address take the tab to another site? Only web addresses can: tel:, sms:
 * and mailto: links open another app and leave the page (and the list) where they are.
 */
export function leavesSite(destination: string, origin: string): boolean {
  try {
    const url = new URL(destination, origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== origin;
  } catch {
    return false;
  }
}

/**
 * The list a page starts with: the tab's name, or what this page put aside when the tab left the
 * site (its history entry's state, so Back to it brings the list back), the newer of the two.
 * How the page was reached (PerformanceNavigationTiming.type) decides the rest: moving between
 * pages and Back keep the list; a reload empties it unless the user chose to keep it.
 */
export function restore(name: string, navigation: string, putAside?: string): ShortlistState {
  const fromName = fromTabName(name);
  const fromEntry = putAside ? fromTabName(putAside) : null;
  const found = fromName && fromEntry ? newer(fromName, fromEntry) : (fromName ?? fromEntry);
  if (!found) return EMPTY_SHORTLIST;
  if (navigation === 'reload' && !found.keepOnReload) return EMPTY_SHORTLIST;
  return found;
}
