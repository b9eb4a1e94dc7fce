// The map island (Preact, driving Leaflet through leaflet-map.ts). It reads and changes the same
// search state as the search panel (src/lib/search/client/store.ts): the panel, in filters-only mode,
// is the map's filters. The base map is the 33 borough boundaries from seeds/, drawn with no
// tile server; street tiles load only if the user turns them on. Refuges and other confidential
// locations are never in the data it receives.
import 'leaflet/dist/leaflet.css';
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useSearchState } from './SearchPanel.tsx';
import { createMapView, type MapView } from './leaflet-map.ts';
import { noteKey, placeLine, type MapData } from '../../lib/search/client/map-places.ts';
import { searchStore } from '../../lib/search/client/store.ts';
import { cardOf, type SearchDoc, type SearchPlace } from '../../lib/search/client/types.ts';
import { mapText as t } from '../strings.ts';
import { ServiceRow } from '../components/ServiceCard.tsx';

interface Point {
  doc: SearchDoc;
  place: SearchPlace;
  note: string | undefined;
  key: string;
}

export default function MapPanel({ dataUrl = '/map-data.json' }: { dataUrl?: string }) {
  const state = useSearchState();
  const [data, setData] = useState<MapData | null>(null);
  const [failed, setFailed] = useState(false);
  const [streetMap, setStreetMap] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const view = useRef<MapView | null>(null);

  useEffect(() => {
    void searchStore.ensureIndex();
    fetch(dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(String(r.status)))))
      .then(setData, () => setFailed(true));
  }, [dataUrl]);

  const { outcome, index, filters } = state;
  const docs = !outcome ? [] : outcome.browsing ? (index?.docs ?? []) : outcome.results;
  const points: Point[] = useMemo(
    () =>
      docs.flatMap((doc) =>
        doc.places.map((place, i) => ({ doc, place, note: data?.notes[noteKey(doc.id, place.name)], key: `${doc.id}-${i}` })),
      ),
    [docs, data],
  );
  const selected = outcome?.place?.boroughs ?? (filters.borough ? [filters.borough] : []);
  const district = outcome?.place?.district;
  const centre = district && data ? data.districts[district] : undefined;
  const boroughName = (slug: string) => index?.boroughs.find((b) => b.slug === slug)?.name ?? slug;

  // Leaflet lives outside Preact: create it once the boundaries arrive, then tell it what changed.
  useEffect(() => {
    if (!data || !box.current) return;
    const map = createMapView(box.current, data.boroughs, {
      onBorough: (slug) => searchStore.update({ borough: slug, place: '' }),
      boroughButtonLabel: t.selectBorough,
    });
    view.current = map;
    return () => {
      map.destroy();
      view.current = null;
    };
  }, [data]);
  useEffect(() => {
    view.current?.setMarkers(
      points.map((p) => ({ title: `${p.doc.name}: ${p.place.name}`, lat: p.place.lat, lng: p.place.lng, details: () => detailsNode(p) })),
    );
  }, [points, data]);
  const selectedKey = selected.join(',');
  useEffect(() => view.current?.setSelected(selected), [selectedKey, data]);
  const followKey = `${centre?.join(',') ?? ''}|${selectedKey}|${points.length}`;
  useEffect(() => view.current?.follow({ centre, boroughs: selected }), [followKey, data]);
  useEffect(() => view.current?.setStreetMap(streetMap), [streetMap, data]);

  const searching = outcome !== null && !outcome.browsing;
  const onlyBorough = selected.length === 1 && !centre ? (selected[0] as string) : '';

  return (
    <div className="map">
      <div className="check map__street">
        <input id="map-street" type="checkbox" checked={streetMap} onChange={(e) => setStreetMap(e.currentTarget.checked)} />
        <label htmlFor="map-street">{t.streetToggle}</label>
      </div>
      <div className="map__layout">
        <div className="map__canvas" role="region" aria-label={t.mapLabel}>
          <div ref={box} className="map__leaflet" />
          {failed && <p className="map__note">{t.failed}</p>}
          {searching && points.length === 0 && state.load === 'ready' && (
            <p className="map__note" data-map-note>
              {onlyBorough ? t.noneInBorough(boroughName(onlyBorough)) : t.noneFound(outcome.results.length)} {t.callFirst}{' '}
              {onlyBorough ? (
                <a href={`/boroughs/${onlyBorough}/`}>{t.boroughHelp(boroughName(onlyBorough))}</a>
              ) : (
                <a href="/#urgent">{t.urgentHelp}</a>
              )}
              .
            </p>
          )}
        </div>
        <div className="map__list">
          <h2>{t.listHeading(points.length)}</h2>
          {points.length === 0 ? (
            (state.load === 'idle' || state.load === 'loading') && <p>{t.loading}</p>
          ) : (
            <ul className="rows" data-map-list>
              {points.map((p) => (
                <ServiceRow key={p.key} card={cardOf(p.doc)}>
                  <PlaceDetails point={p} />
                </ServiceRow>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p className="meta">{t.credit}</p>
    </div>
  );
}

/** Where a service's place is, and what to know before going: inside its compact card, in the list and the popups. */
function PlaceDetails({ point: { place, note } }: { point: Point }) {
  return (
    <span className="map__place">
      {placeLine(place)}
      {place.appointmentOnly && <span className="meta"> ({t.appointmentOnly})</span>}
      {note && <span className="map__place-note">{note}</span>}
      {place.approximate && <span className="meta map__place-note">{t.approximate}</span>}
    </span>
  );
}

/** A popup's content as DOM nodes, drawn by Preact (text, never HTML), for Leaflet to show. */
function detailsNode(point: Point): HTMLElement {
  const node = document.createElement('div');
  render(
    <ServiceRow as="div" card={cardOf(point.doc)}>
      <PlaceDetails point={point} />
    </ServiceRow>,
    node,
  );
  return node;
}
