// The search island: one panel of free text and filters over the search index, which is
// fetched on first use. Nothing is written to the address bar, history or device storage;
// "Copy a link" is the one, explicit, way to take a search elsewhere.
// Preact, not React: React 19's runtime alone is 66 KB gzip, over the search page's 70 KB
// budget; Preact is 5 KB with the same component model (docs/decisions/0003-search-island.md).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { type AgeBand, type SearchOutcome, type Searcher } from '../../lib/search/client/engine.ts';
import { EMPTY_FILTERS, cardOf, type Filters, type SearchDoc } from '../../lib/search/client/types.ts';
import { filtersFromHash, filtersToHash } from '../../lib/search/client/share.ts';
import { searchStore, type SearchState } from '../../lib/search/client/store.ts';
import { handedOffWords, withoutHandOff } from '../../lib/browser/search-handoff.ts';
import { searchText as t } from '../strings.ts';
import ServiceCard, { ServiceRow } from '../components/ServiceCard.tsx';

interface Option {
  id: string;
  label: string;
}

export interface SearchPanelProps {
  boroughs: Option[];
  crimeTypes: Option[];
  kinds: Option[];
  needs: Option[];
  ageGroups: AgeBand[];
  /** The language filter's options (English name, "Polish (Polski)"); shown with the results only. */
  languages?: Option[];
  /** Start loading the index at once (the map page), rather than on first use. */
  eager?: boolean;
  /** Show only the filters and the count: another island (the map) shows the results. */
  filtersOnly?: boolean;
}

/** Results drawn at first ("Show more" adds more): fewer cards per keystroke on a slow phone. */
const PAGE = 10;

/** Wider than a phone (the stylesheet's phone layout ends at 40rem): the place filters are shown, not folded away. */
const WIDE = '(min-width: 40.01rem)';
const isWide = () => typeof window !== 'undefined' && window.matchMedia(WIDE).matches;

/** The shared search state (src/lib/search/client/store.ts), as Preact state. */
export function useSearchState(): SearchState {
  const [state, setState] = useState(searchStore.getState());
  useEffect(() => {
    const unsubscribe = searchStore.subscribe(() => setState(searchStore.getState()));
    setState(searchStore.getState());
    return unsubscribe;
  }, []);
  return state;
}

export default function SearchPanel(props: SearchPanelProps) {
  const { filters, load, outcome, now } = useSearchState();
  const [shown, setShown] = useState(PAGE);
  // The option lists never change: build their elements once, so each keystroke re-renders
  // only what depends on the search (Preact skips identical elements).
  const options = useMemo(() => {
    const list = (items: Option[]) =>
      items.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ));
    return {
      boroughs: list(props.boroughs),
      crimeTypes: list(props.crimeTypes),
      kinds: list(props.kinds),
      ageGroups: list(props.ageGroups),
      languages: list(props.languages ?? []),
    };
  }, [props.boroughs, props.crimeTypes, props.kinds, props.ageGroups, props.languages]);
  const [copied, setCopied] = useState<string>('');
  const ensureIndex = () => void searchStore.ensureIndex();
  // On the search page, on a phone, the place and the other filters fold away under the query
  // box, so the results come straight after it; on wider screens they are always open.
  const foldable = !props.filtersOnly;
  const [whereOpen, setWhereOpen] = useState(() => !foldable || isWide());
  const summary = useRef<HTMLDivElement>(null);
  // Words handed over by the home page's box were searched with its Search button: show the
  // results as Go does here, once they are there.
  const [toSummary, setToSummary] = useState(false);

  // A shared link carries its search in the #fragment (never sent to a server). Read it once,
  // then take it out of the address bar without adding a history entry.
  useEffect(() => {
    const shared = filtersFromHash(window.location.hash);
    // Words typed in the home page's search box arrive in history.state, never in the address
    // (src/lib/browser/search-handoff.ts): take them out at once.
    const handed = handedOffWords(window.history.state);
    if (shared) {
      window.history.replaceState(null, '', window.location.pathname);
      searchStore.update(shared);
    } else if (handed) {
      window.history.replaceState(withoutHandOff(window.history.state), '');
      searchStore.update({ ...EMPTY_FILTERS, text: handed });
      setToSummary(true);
    } else if (props.eager) ensureIndex();
    const timer = window.setInterval(() => searchStore.tick(new Date()), 60_000);
    const wide = window.matchMedia(WIDE);
    const unfold = () => wide.matches && setWhereOpen(true);
    wide.addEventListener('change', unfold);
    return () => {
      window.clearInterval(timer);
      wide.removeEventListener('change', unfold);
    };
  }, []); // once, on mount

  // Go or Enter: the results are already there (they follow every keystroke), so move to the
  // summary of them. Focus leaves the box, which closes a phone's keyboard, and a screen reader
  // reads the summary ("12 services found"). It is scrolled to the top, the results below it.
  const moveToSummary = () => {
    const el = summary.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  };
  const showResults = (e: Event) => {
    e.preventDefault();
    ensureIndex();
    moveToSummary();
  };
  useEffect(() => {
    if (toSummary && (outcome || load === 'failed')) {
      setToSummary(false);
      moveToSummary();
    }
  }, [toSummary, outcome, load]);

  const update = (patch: Partial<Filters>) => {
    setShown(PAGE);
    setCopied('');
    searchStore.update(patch);
  };
  const onSelect = (key: 'borough' | 'crimeType' | 'kind' | 'ageGroup' | 'language') => (e: Event & { currentTarget: HTMLSelectElement }) =>
    update(key === 'borough' ? { borough: e.currentTarget.value, place: '' } : { [key]: e.currentTarget.value });
  const toggleNeed = (id: string) =>
    update({ needs: filters.needs.includes(id) ? filters.needs.filter((n) => n !== id) : [...filters.needs, id] });

  const copyLink = () => {
    const url = `${window.location.origin}${window.location.pathname}${filtersToHash(filters)}`;
    if (!navigator.clipboard) return setCopied(url);
    navigator.clipboard.writeText(url).then(
      () => setCopied('done'),
      () => setCopied(url),
    );
  };

  // "More filters" changes only when one of its own filters does, not on every keystroke.
  const moreFilters = useMemo(
    () => (
      <details className="search__more">
        <summary>{t.moreFilters}</summary>
        <div className="field-row">
          <SelectField
            id="search-crime"
            label={t.crimeLabel}
            any={t.anyCrime}
            value={filters.crimeType}
            options={options.crimeTypes}
            onChange={onSelect('crimeType')}
          />
          <SelectField
            id="search-kind"
            label={t.kindLabel}
            any={t.anyKind}
            value={filters.kind}
            options={options.kinds}
            onChange={onSelect('kind')}
          />
          <SelectField
            id="search-age"
            label={t.ageLabel}
            any={t.anyAge}
            value={filters.ageGroup}
            options={options.ageGroups}
            onChange={onSelect('ageGroup')}
          />
          {props.languages && !props.filtersOnly && (
            <LanguageField value={filters.language} options={options.languages} onChange={onSelect('language')} />
          )}
        </div>
        <fieldset className="search__needs">
          <legend>{t.needsLegend}</legend>
          {props.needs.map((n) => (
            <div key={n.id} className="check">
              <input id={`need-${n.id}`} type="checkbox" checked={filters.needs.includes(n.id)} onChange={() => toggleNeed(n.id)} />
              <label htmlFor={`need-${n.id}`}>{n.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="check">
          <input
            id="search-open"
            type="checkbox"
            checked={filters.openNow}
            onChange={(e) => update({ openNow: e.currentTarget.checked })}
          />
          <label htmlFor="search-open">{t.openNow}</label>
        </div>
      </details>
    ),
    [filters.crimeType, filters.kind, filters.ageGroup, filters.needs, filters.openNow, filters.language, options, props.needs],
  );

  const labelOf = (list: Option[], id: string) => list.find((o) => o.id === id)?.label ?? id;
  const widenLabel = (filter: keyof Filters): string => {
    switch (filter) {
      case 'borough':
        return labelOf(props.boroughs, filters.borough);
      case 'place':
        return filters.place;
      case 'crimeType':
        return filters.crimeType ? labelOf(props.crimeTypes, filters.crimeType) : filters.text;
      case 'needs':
        return filters.needs.map((n) => labelOf(props.needs, n)).join(', ');
      case 'kind':
        return labelOf(props.kinds, filters.kind);
      case 'ageGroup':
        return labelOf(props.ageGroups, filters.ageGroup);
      case 'openNow':
        return t.openNow;
      default:
        return filters.text;
    }
  };

  // Borough or postcode.
  const placeFields = (
    <div className="field-row">
      <SelectField
        id="search-borough"
        label={t.boroughLabel}
        any={t.anyBorough}
        value={filters.borough}
        options={options.boroughs}
        onFocus={ensureIndex}
        onChange={onSelect('borough')}
      />
      <div className="field">
        <label htmlFor="search-place">{t.placeLabel}</label>
        <input
          id="search-place"
          type="text"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="search-place-hint"
          value={filters.place}
          onFocus={ensureIndex}
          onInput={(e) => update({ place: e.currentTarget.value, borough: '' })}
        />
        <p id="search-place-hint" className="meta">
          {t.placeHint}
        </p>
      </div>
    </div>
  );

  return (
    <div className="search">
      <form role="search" aria-label={t.heading} onSubmit={showResults} className="search__form">
        <div className="field">
          <label htmlFor="search-q">{t.queryLabel}</label>
          <p id="search-q-hint" className="meta">
            {t.queryHint}
          </p>
          <div className="search-row">
            <input
              id="search-q"
              type="search"
              autocomplete="off"
              spellcheck={false}
              enterKeyHint="search"
              aria-describedby="search-q-hint"
              value={filters.text}
              onFocus={ensureIndex}
              onInput={(e) => update({ text: e.currentTarget.value })}
            />
            <button type="submit" className="button">
              {t.submit}
            </button>
          </div>
        </div>
        {foldable ? (
          <details className="search__where" open={whereOpen} onToggle={(e) => setWhereOpen(e.currentTarget.open)}>
            <summary>{t.whereAndMore(chosen(filters))}</summary>
            {placeFields}
            {moreFilters}
          </details>
        ) : (
          <>
            {placeFields}
            {moreFilters}
          </>
        )}
        <p className="search__actions">
          <button type="button" className="button button--secondary" onClick={() => update(EMPTY_FILTERS)}>
            {t.clear}
          </button>
        </p>
      </form>

      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="search__status"
        data-search-status
        id="search-summary"
        tabIndex={-1}
        ref={summary}
      >
        {load === 'loading' && t.loading}
        {load === 'failed' && t.loadFailed}
        {outcome && !outcome.browsing && t.count(outcome.results.length)}
      </div>

      {outcome && !outcome.browsing && !props.filtersOnly && (
        <Results
          outcome={outcome}
          shown={shown}
          now={now}
          searcher={searchStore.searcher()}
          boroughs={props.boroughs}
          widenLabel={widenLabel}
          typed={filters.text.trim()}
        />
      )}
      {outcome && outcome.results.length > shown && !outcome.browsing && !props.filtersOnly && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setShown((s) => s + PAGE)}>
            {t.showMore(Math.min(PAGE, outcome.results.length - shown))}
          </button>
        </p>
      )}
      {outcome && !outcome.browsing && !props.filtersOnly && (
        <div className="search__share">
          <p className="meta">{t.privacyNote}</p>
          <button type="button" className="button button--secondary" onClick={copyLink}>
            {t.copyLink}
          </button>
          {copied === 'done' && <p role="status">{t.copyDone}</p>}
          {copied && copied !== 'done' && (
            <p>
              <label htmlFor="search-link">{t.copyManual}</label>
              <input id="search-link" type="text" readOnly value={copied} onFocus={(e) => e.currentTarget.select()} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  /** The first option, meaning "no filter". */
  any: string;
  value: string;
  options: JSX.Element[];
  onChange: (e: Event & { currentTarget: HTMLSelectElement }) => void;
  onFocus?: () => void;
}

function SelectField({ id, label, any, value, options, onChange, onFocus }: SelectFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onFocus={onFocus} onChange={onChange}>
        <option value="">{any}</option>
        {options}
      </select>
    </div>
  );
}

/** The language filter (src/lib/search/client/language.ts): its services come first, nothing is hidden. */
function LanguageField({ value, options, onChange }: Pick<SelectFieldProps, 'value' | 'options' | 'onChange'>) {
  return (
    <div className="field">
      <label htmlFor="search-language">{t.languageLabel}</label>
      <select id="search-language" value={value} aria-describedby="search-language-hint" onChange={onChange}>
        <option value="">{t.anyLanguage}</option>
        {options}
      </select>
      <p id="search-language-hint" className="meta">
        {t.languageHint}
      </p>
    </div>
  );
}

interface ResultsProps {
  outcome: SearchOutcome;
  shown: number;
  now: Date;
  searcher: Searcher | null;
  boroughs: Option[];
  widenLabel: (filter: keyof Filters) => string;
  /** The words as typed, trimmed, for "We did not recognise ...". */
  typed: string;
}

function Results({ outcome, shown, now, searcher, boroughs, widenLabel, typed }: ResultsProps) {
  const nameOf = (slug: string) => boroughs.find((b) => b.id === slug)?.label ?? slug;
  const place = outcome.place;
  const { parsed, weak, results } = outcome;
  return (
    <>
      {parsed.urgent && (
        <p className="panel panel--urgent">
          <strong>{t.urgentFirst}</strong>
        </p>
      )}
      <Feedback outcome={outcome} typed={typed} />
      {place?.district && !place.outsideLondon && (
        <p className="meta" data-place-note>
          {place.boroughs.length > 1
            ? t.placeSpans(place.district, place.boroughs.map(nameOf).join(' and '))
            : t.placeIn(place.district, nameOf(place.boroughs[0] ?? ''))}
        </p>
      )}
      {place?.outsideLondon && (
        <p className="meta" data-place-note>
          {t.placeOutside(place.district ?? '')}
        </p>
      )}
      {results.length > 0 ? (
        <ol className="cards" aria-label={t.count(results.length)}>
          {results.slice(0, shown).map((doc) => (
            <ServiceCard key={doc.id} card={cardOf(doc)} hook="result" openNow={searcher?.openStatus(doc, now)} />
          ))}
        </ol>
      ) : (
        <EmptyState outcome={outcome} widenLabel={widenLabel} typed={typed} />
      )}
      {results.length > 0 && weak && <SafetyNet outcome={outcome} />}
      {outcome.notForYou.length > 0 && <NotForYouList outcome={outcome} />}
    </>
  );
}

/** What the search understood, in the words of its categories, or what it could not read. */
function Feedback({ outcome, typed }: { outcome: SearchOutcome; typed: string }) {
  const { parsed, weak, results } = outcome;
  if (weak === 'fuzzy')
    return (
      <p className="meta" data-search-feedback>
        {t.notSure(typed)}
      </p>
    );
  if (parsed.understood.length > 0)
    return (
      <p className="meta" data-search-feedback>
        {t.understood(parsed.understood.join(', '))}
      </p>
    );
  if (parsed.leftover.length > 0 && results.length > 0)
    return (
      <p className="meta" data-search-feedback>
        {t.nameSearch(typed)}
      </p>
    );
  return null;
}

/** When the match is weak: say so, and show the urgent routes and 24-hour lines. */
function SafetyNet({ outcome }: { outcome: SearchOutcome }) {
  return (
    <section className="panel" aria-labelledby="search-safety-net" data-safety-net>
      <h2 id="search-safety-net">{t.safetyNetTitle}</h2>
      <p>
        {outcome.weak === 'few' && <>{t.fewMatches(outcome.results.length)} </>}
        {t.safetyNetIntro}
      </p>
      <FallbackList docs={outcome.weak === 'few' ? outcome.fallback.filter((d) => !outcome.results.includes(d)) : outcome.fallback} />
    </section>
  );
}

/** Services that match but say they do not serve this person: set apart, not hidden. */
function NotForYouList({ outcome }: { outcome: SearchOutcome }) {
  const reasons = new Set(outcome.notForYou.map((n) => n.reason));
  const gender = outcome.parsed.gender;
  const why = [reasons.has('gender') && gender ? t.notForYouWhy[gender] : '', reasons.has('age') ? t.notForYouWhy.age : '']
    .filter(Boolean)
    .join('; ');
  return (
    <details className="search__not-for-you" data-not-for-you>
      <summary>{t.notForYou(outcome.notForYou.length, why)}</summary>
      <ul>
        {outcome.notForYou.map(({ doc }) => (
          <li key={doc.id}>
            <a href={doc.card.href}>{doc.name}</a> <span className="meta">(For: {doc.card.whoFor})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Urgent routes and 24-hour lines: the compact card, with its number as a call link. */
function FallbackList({ docs }: { docs: SearchDoc[] }) {
  return (
    <ul className="rows" data-fallback>
      {docs.map((doc) => (
        <ServiceRow key={doc.id} card={cardOf(doc)} />
      ))}
    </ul>
  );
}

function EmptyState({
  outcome,
  widenLabel,
  typed,
}: {
  outcome: SearchOutcome;
  widenLabel: (filter: keyof Filters) => string;
  typed: string;
}) {
  return (
    <section className="panel" aria-labelledby="search-empty">
      <h2 id="search-empty">{t.emptyTitle}</h2>
      {outcome.weak === 'nothing' && typed && <p>{t.notRecognised(typed)}</p>}
      {outcome.widen.length > 0 && (
        <>
          <p>{t.widen}</p>
          <ul>
            {outcome.widen.map((w) => (
              <li key={w.filter}>{t.widenFilter(widenLabel(w.filter), w.count)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t.emptyIntro}</p>
      <FallbackList docs={outcome.fallback} />
      <p>
        <a href="/#urgent">Urgent help and 24-hour lines</a> · <a href="/boroughs/">Help by borough</a> ·{' '}
        <a href="/services/">A to Z of services</a>
      </p>
    </section>
  );
}

/** How many filters other than the words are set, for the folded filters' summary. */
function chosen(filters: Filters): number {
  return (
    (filters.borough || filters.place ? 1 : 0) +
    (filters.crimeType ? 1 : 0) +
    (filters.kind ? 1 : 0) +
    (filters.ageGroup ? 1 : 0) +
    filters.needs.length +
    (filters.openNow ? 1 : 0)
  );
}
