// The shortlist page's island: the services in the shortlist, drawn by the one card component from
// their card files (/cards/<id>.json: a few hundred bytes each, not the open-data file), with
// print, copy as plain text and clear. The list itself lives in this tab's memory
// (src/ui/scripts/shortlist.ts); the printout is a dated handout that says where it came from and
// to check numbers before use. Text is rendered as text by Preact, never as HTML.
import { useEffect, useState } from 'preact/hooks';
import ServiceCard, { ShortlistButton } from '../components/ServiceCard.tsx';
import { EMPTY_SHORTLIST, type ShortlistState } from '../../lib/browser/shortlist.ts';
import { CHECK_BEFORE_USE, shortlistText, siteLine, type ShortlistEntry } from '../../lib/browser/shortlist-copy.ts';
import { formatDate, todayInLondon } from '../../lib/rules/dates.ts';
import { changeShortlist, onShortlist } from '../scripts/shortlist.ts';
import { shortlistPageText as t } from '../strings-cards.ts';

export interface ShortlistPanelProps {
  siteName: string;
  /** The site's public address (SITE_URL), when the deployment sets one. */
  siteUrl?: string | undefined;
}

type Loaded = ShortlistEntry | 'failed';

const today = () => formatDate(todayInLondon(new Date()));

export default function ShortlistPanel({ siteName, siteUrl }: ShortlistPanelProps) {
  const [list, setList] = useState<ShortlistState>(EMPTY_SHORTLIST);
  const [entries, setEntries] = useState<ReadonlyMap<string, Loaded>>(new Map());
  const [printed, setPrinted] = useState(today);
  const [status, setStatus] = useState('');
  const [manualCopy, setManualCopy] = useState('');

  useEffect(() => onShortlist(setList), []);
  // The date on the handout is the day it is printed.
  useEffect(() => {
    const update = () => setPrinted(today());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  // Fetch the card of each service not yet loaded.
  useEffect(() => {
    for (const id of list.ids.filter((id) => !entries.has(id))) {
      fetch(`/cards/${encodeURIComponent(id)}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<ShortlistEntry>) : Promise.reject(new Error(String(r.status)))))
        .then(
          (entry) => setEntries((m) => new Map(m).set(id, entry)),
          () => setEntries((m) => new Map(m).set(id, 'failed')),
        );
    }
  }, [list.ids]);

  const loaded = list.ids.flatMap((id) => {
    const entry = entries.get(id);
    return entry && entry !== 'failed' ? [entry] : [];
  });
  const site = siteLine(siteName, siteUrl);

  const copy = () => {
    const text = shortlistText(loaded, today(), { name: siteName, url: siteUrl });
    const manual = () => {
      setManualCopy(text);
      setStatus(t.copyManual);
    };
    if (!navigator.clipboard) return manual();
    navigator.clipboard.writeText(text).then(() => {
      setManualCopy('');
      setStatus(t.copied(loaded.length));
    }, manual);
  };

  if (list.ids.length === 0) return <p data-shortlist-empty>{t.empty}</p>;
  return (
    <div>
      <p class="print-only shortlist-handout" data-shortlist-handout>
        {t.printed(printed, site)} <strong>{CHECK_BEFORE_USE}</strong>
      </p>
      <ol class="cards" data-shortlist-items>
        {list.ids.map((id) => {
          const entry = entries.get(id);
          if (entry && entry !== 'failed')
            return <ServiceCard key={id} card={entry.card} referral={entry.referral} headingLevel={2} hook="shortlist-item" />;
          return (
            <li key={id} class="card no-print" data-shortlist-item={id}>
              {entry === 'failed' ? t.loadFailed : t.loading}
              {entry === 'failed' && <ShortlistButton id={id} name={id} />}
            </li>
          );
        })}
      </ol>
      <div class="shortlist-actions no-print" data-shortlist-actions>
        <button type="button" class="button" data-shortlist-print onClick={() => window.print()}>
          {t.print}
        </button>
        <button type="button" class="button button--secondary" data-shortlist-copy onClick={copy}>
          {t.copy}
        </button>
        <button type="button" class="button button--secondary" data-shortlist-clear onClick={() => changeShortlist('clear')}>
          {t.clear}
        </button>
      </div>
      <div class="shortlist-keep no-print">
        <div class="check">
          <input
            id="shortlist-keep"
            type="checkbox"
            checked={list.keepOnReload}
            aria-describedby="shortlist-keep-hint"
            onChange={(e) => changeShortlist({ keepOnReload: e.currentTarget.checked })}
          />
          <label for="shortlist-keep">{t.keepOnReload}</label>
        </div>
        <p id="shortlist-keep-hint" class="meta">
          {t.keepOnReloadHint}
        </p>
      </div>
      <p role="status" class="no-print" data-shortlist-page-status>
        {status}
      </p>
      {manualCopy && (
        <p class="no-print">
          <label for="shortlist-text">{t.textLabel}</label>
          <textarea
            id="shortlist-text"
            data-shortlist-text
            readOnly
            rows={12}
            cols={60}
            value={manualCopy}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
