// Quick exit behaviour in the browser. No framework; bundled by Astro (no inline script, so
// the CSP stays strict). Reasons for each choice: docs/decisions/0001-quick-exit.md.
// Its words are the page's own, in the page's language: QuickExit.astro writes them into data
// attributes (data-loading, data-cancelled, data-presses-left-N), so no English is bundled here.
import { createShiftCounter } from '../../lib/browser/shift-counter.ts';
import { onSiteMessage, postToSite } from './site-channel.ts';

const LEAVING_CLASS = 'quick-exit-leaving';

export function installQuickExit(doc: Document): void {
  const root = doc.querySelector<HTMLElement>('[data-quick-exit]');
  const button = root?.querySelector<HTMLAnchorElement>('[data-quick-exit-button]');
  const status = root?.querySelector<HTMLElement>('[data-quick-exit-status]');
  const indicator = root?.querySelector<HTMLElement>('[data-quick-exit-indicator]');
  if (!root || !button || !status || !indicator) return;
  const win = doc.defaultView;
  if (!win) return;
  const originalTitle = doc.title;
  const t = {
    loading: root.getAttribute('data-loading') ?? '',
    cancelled: root.getAttribute('data-cancelled') ?? '',
    pressesLeft: (n: number) => root.getAttribute(`data-presses-left-${n}`) ?? '',
  };
  let overlay: HTMLElement | null = null;

  const showPresses = (presses: number) => {
    indicator.hidden = presses === 0;
    indicator.querySelectorAll('span').forEach((light, i) => light.classList.toggle('is-on', i < presses));
  };

  const leave = (from: 'here' | 'another tab' = 'here') => {
    if (!doc.documentElement.classList.contains(LEAVING_CLASS)) {
      // Hide everything first, in this frame, so nothing stays on screen while the next page loads.
      doc.documentElement.classList.add(LEAVING_CLASS);
      overlay = doc.createElement('div');
      overlay.className = 'quick-exit-overlay';
      overlay.setAttribute('role', 'alert');
      doc.body.append(overlay);
      overlay.textContent = t.loading;
      doc.title = t.loading;
    }
    // Forget the shortlist this tab holds in its name (docs/decisions/0005), before leaving.
    win.name = '';
    // Every other open tab of the site leaves too (the shortlist tab included).
    if (from === 'here') postToSite({ type: 'leave' });
    // replace(): the page being left is swapped out of history, so Back does not return to it.
    // If another site shows this page in a frame, leave the whole window, not just the frame;
    // if the browser refuses, the page stays hidden and the frame leaves.
    if (win.top && win.top !== win) {
      try {
        win.top.location.replace(button.href);
        return;
      } catch {
        // fall through to the frame itself
      }
    }
    win.location.replace(button.href);
  };

  const counter = createShiftCounter({
    onPress: (pressesLeft, presses) => {
      showPresses(presses);
      status.textContent = t.pressesLeft(pressesLeft);
    },
    onReset: (expired) => {
      showPresses(0);
      status.textContent = expired ? t.cancelled : '';
    },
    onTrigger: () => {
      showPresses(0);
      status.textContent = '';
      leave();
    },
    setTimer: (fn, ms) => win.setTimeout(fn, ms),
    clearTimer: (id) => win.clearTimeout(id),
  });

  // Ctrl, Cmd or Shift with a click would open the neutral site in a new tab and leave this
  // page on screen: every click leaves, here.
  button.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  // A middle click (auxclick) would do the same: leave instead.
  button.addEventListener('auxclick', (event) => {
    if (event.button !== 1) return;
    event.preventDefault();
    leave();
  });
  onSiteMessage((message) => {
    if (message.type === 'leave') leave('another tab');
  });
  // keyup in the capture phase, on the whole document: works inside text fields too.
  doc.addEventListener('keyup', (event) => counter.keyup(event.key, event.shiftKey), true);
  // Back from the neutral site may restore this page from the back-forward cache, still hidden.
  win.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    doc.documentElement.classList.remove(LEAVING_CLASS);
    overlay?.remove();
    overlay = null;
    doc.title = originalTitle;
    counter.reset();
  });
  // For the benchmark: when the quick exit's script is ready (the link works before this).
  performance.mark('quick-exit-ready');
}
