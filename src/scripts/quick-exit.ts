// Quick exit behaviour in the browser. No framework; bundled by Astro (no inline script, so
// the CSP stays strict). Reasons for each choice: docs/decisions/0001-quick-exit.md.
import { createShiftCounter } from '../lib/shift-counter.ts';
import { quickExitText as t } from '../strings.ts';

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
  let overlay: HTMLElement | null = null;

  const showPresses = (presses: number) => {
    indicator.hidden = presses === 0;
    indicator.querySelectorAll('span').forEach((light, i) => light.classList.toggle('is-on', i < presses));
  };

  const leave = () => {
    // Hide everything first, in this frame, so nothing stays on screen while the next page loads.
    doc.documentElement.classList.add(LEAVING_CLASS);
    overlay = doc.createElement('div');
    overlay.className = 'quick-exit-overlay';
    overlay.setAttribute('role', 'alert');
    doc.body.append(overlay);
    overlay.textContent = t.loading;
    doc.title = t.loading;
    // replace(): the page being left is swapped out of history, so Back does not return to it.
    win.location.replace(button.href);
  };

  const counter = createShiftCounter({
    onPress: (pressesLeft, presses) => {
      showPresses(presses);
      status.textContent = t.pressesLeft(pressesLeft);
    },
    onReset: (expired) => {
      showPresses(0);
      status.textContent = expired ? t.expired : '';
    },
    onTrigger: () => {
      showPresses(0);
      status.textContent = '';
      leave();
    },
    setTimer: (fn, ms) => win.setTimeout(fn, ms),
    clearTimer: (id) => win.clearTimeout(id),
  });

  button.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
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
