// The shortlist page: shows the services in the shortlist with what a referrer needs, and
// prints or copies them. Details come from the site's own open-data file; text is set with
// textContent only, never as HTML.
import { describeHours, type HoursLike } from '../../lib/rules/hours.ts';
import { shortlistText, type ShortlistItem } from '../../lib/browser/shortlist.ts';
import { changeShortlist, onShortlist } from './shortlist.ts';

interface Record {
  id: string;
  name: string;
  organisation: string;
  kind: string;
  summary: string;
  contact: { phones?: { number: string; label: string }[]; website?: string; referralForm?: string };
  access: { howToRefer?: string };
  hours?: HoursLike;
  verification: { lastVerified: string };
}

const root = document.querySelector<HTMLElement>('[data-shortlist-page]');
const list = root?.querySelector<HTMLOListElement>('[data-shortlist-items]');
const empty = root?.querySelector<HTMLElement>('[data-shortlist-empty]');
const actions = root?.querySelector<HTMLElement>('[data-shortlist-actions]');
const status = root?.querySelector<HTMLElement>('[data-shortlist-page-status]');
const textBox = root?.querySelector<HTMLTextAreaElement>('[data-shortlist-text]');
let records = new Map<string, Record>();
let kindLabels: Map<string, string> = new Map();
let ids: string[] = [];

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function items(): ShortlistItem[] {
  return ids.flatMap((id) => {
    const r = records.get(id);
    if (!r) return [];
    const item: ShortlistItem = {
      id,
      name: r.name,
      organisation: r.organisation,
      kind: kindLabels.get(r.kind) ?? r.kind,
      phones: r.contact.phones ?? [],
      hours: describeHours(r.hours),
      lastVerified: r.verification.lastVerified,
    };
    if (r.contact.website) item.website = r.contact.website;
    if (r.contact.referralForm) item.referralForm = r.contact.referralForm;
    if (r.access.howToRefer) item.howToRefer = r.access.howToRefer;
    return [item];
  });
}

function render(): void {
  if (!list || !empty || !actions) return;
  list.replaceChildren(
    ...items().map((item) => {
      const li = el('li', undefined, 'card');
      li.dataset['shortlistItem'] = item.id;
      const h2 = el('h2');
      const link = el('a', item.name);
      link.href = `/services/${item.id}/`;
      h2.append(link);
      li.append(h2, el('p', `${item.kind}, run by ${item.organisation}`, 'meta'));
      for (const p of item.phones) {
        const line = el('p', `${p.label}: `);
        const tel = el('a', p.number, 'tel');
        tel.href = `tel:${p.number.replace(/[^0-9+]/g, '')}`;
        line.append(tel);
        li.append(line);
      }
      if (item.website) {
        const line = el('p', 'Website: ');
        const a = el('a', item.website);
        a.href = item.website;
        a.rel = 'noreferrer noopener';
        line.append(a);
        li.append(line);
      }
      if (item.howToRefer) li.append(el('p', `How to refer: ${item.howToRefer}`));
      if (item.hours.length) li.append(el('p', `Hours: ${item.hours.join('; ')}`, 'meta'));
      li.append(el('p', `Last checked: ${item.lastVerified}`, 'meta'));
      const remove = el('button', 'Remove', 'button button--secondary no-print');
      remove.type = 'button';
      remove.addEventListener('click', () => changeShortlist({ toggle: item.id }));
      li.append(remove);
      return li;
    }),
  );
  empty.hidden = ids.length > 0;
  actions.hidden = ids.length === 0;
}

function today(): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(new Date());
}

root?.querySelector('[data-shortlist-print]')?.addEventListener('click', () => window.print());
root?.querySelector('[data-shortlist-clear]')?.addEventListener('click', () => changeShortlist('clear'));
root?.querySelector('[data-shortlist-copy]')?.addEventListener('click', () => {
  const text = shortlistText(items(), today(), `${location.origin}/`);
  const show = () => {
    if (!textBox || !status) return;
    textBox.hidden = false;
    textBox.value = text;
    textBox.select();
    status.textContent = 'Select the text below and copy it.';
  };
  if (!navigator.clipboard) return show();
  navigator.clipboard.writeText(text).then(() => {
    if (status) status.textContent = `Copied ${ids.length} services as plain text.`;
  }, show);
});

fetch('/open-data/services.json')
  .then((r) => r.json() as Promise<{ services: Record[]; kinds?: { id: string; label: string }[] }>)
  .then((data) => {
    records = new Map(data.services.map((r) => [r.id, r]));
    kindLabels = new Map((data.kinds ?? []).map((k) => [k.id, k.label]));
    render();
  });

onShortlist((state) => {
  ids = state.ids;
  render();
});
