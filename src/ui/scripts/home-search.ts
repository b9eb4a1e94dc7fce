// The home page's search box. Without JavaScript it is a plain form that opens the search page
// (which then offers the pages that work without it); its box has no name, so the words are
// never sent or kept in an address. With JavaScript, the words go to the search page in
// history.state (src/lib/browser/search-handoff.ts), never in the address bar.
import { handOffState } from '../../lib/browser/search-handoff.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-home-search]')) {
  form.addEventListener('submit', (event) => {
    const input = form.querySelector<HTMLInputElement>('input[type="search"]');
    const state = handOffState(input?.value ?? '');
    if (!state) return; // nothing typed: open the search page as a plain form does
    event.preventDefault();
    window.history.pushState(state, '', form.action);
    window.scrollTo(0, 0); // the search page opens at its top, not at this page's scroll position
    window.location.reload();
  });
}
