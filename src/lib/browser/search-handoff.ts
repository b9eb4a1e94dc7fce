// The home page's search box hands its words to the search page without putting them in any
// address: not in ?q= (sent to the server, kept in history), not in #q= (kept in the browser's
// history database even after the page moves it out of the address bar; measured in Chromium).
// The box's script adds a history entry for /search/ whose state holds the words and reloads
// it; the search island reads the words from history.state and takes them out at once.
// history.state lives in the tab's session history only: it is never sent anywhere, and the
// browser's history list shows the address ("/search/"), not the state.

const KEY = 'lsfSearchWords';
/** Longer input is cut, as a shared link's words are (src/lib/search/client/share.ts). */
export const MAX_HANDOFF_LENGTH = 200;

/** The history state that carries the words, or null when there is nothing to search for. */
export function handOffState(words: string): Record<string, string> | null {
  const text = words.trim().slice(0, MAX_HANDOFF_LENGTH);
  return text ? { [KEY]: text } : null;
}

/** The words handed over in a history state, or null. */
export function handedOffWords(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !(KEY in state)) return null;
  const value = (state as Record<string, unknown>)[KEY];
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_HANDOFF_LENGTH) : null;
}

/** The state without the words (other scripts may keep their own keys there), or null if empty. */
export function withoutHandOff(state: unknown): unknown {
  if (typeof state !== 'object' || state === null || !(KEY in state)) return state;
  const rest = { ...(state as Record<string, unknown>) };
  delete rest[KEY];
  return Object.keys(rest).length > 0 ? rest : null;
}
