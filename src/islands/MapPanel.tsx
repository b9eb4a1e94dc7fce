// The map island (React, for react-leaflet). It reads and changes the same search state as
// the search panel (src/lib/search/store.ts). The base map is the 33 borough boundaries from
// seeds/, drawn with no tile server; street tiles load only if the user turns them on.
// Refuges and other confidential locations are never in the data it receives.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { GeoJSON, MapContainer, Marker, Popup, TileLayer, useMap } from 'react-leaflet';
import type { Feature, FeatureCollection } from 'geojson';
import { searchStore } from '../lib/search/store.ts';
import type { SearchDoc, SearchPlace } from '../lib/search/types.ts';
import { mapText as t } from '../strings.ts';

interface MapData {
  boroughs: FeatureCollection;
  districts: Record<string, [number, number]>;
}

interface Point {
  doc: SearchDoc;
  place: SearchPlace;
  key: string;
}

const LONDON: L.LatLngBoundsExpression = [
  [51.28, -0.52],
  [51.7, 0.34],
];
const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

const markerIcon = L.divIcon({ className: 'map-marker', html: '<span></span>', iconSize: [28, 28], iconAnchor: [14, 14] });

export default function MapPanel({ dataUrl = '/map-data.json' }: { dataUrl?: string }) {
  const state = useSyncExternalStore(searchStore.subscribe, searchStore.getState, searchStore.getState);
  const [data, setData] = useState<MapData | null>(null);
  const [failed, setFailed] = useState(false);
  const [streetMap, setStreetMap] = useState(false);

  useEffect(() => {
    void searchStore.ensureIndex();
    fetch(dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(String(r.status)))))
      .then(setData, () => setFailed(true));
  }, [dataUrl]);

  const docs: SearchDoc[] = !state.outcome ? [] : state.outcome.browsing ? (state.index?.docs ?? []) : state.outcome.results;
  const points: Point[] = useMemo(
    () => docs.flatMap((doc) => doc.places.map((place, i) => ({ doc, place, key: `${doc.id}-${i}` }))),
    [docs],
  );
  const selected = state.outcome?.place?.boroughs ?? (state.filters.borough ? [state.filters.borough] : []);
  const district = state.outcome?.place?.district;
  const centre = district && data ? data.districts[district] : undefined;

  return (
    <div className="map">
      <div className="check">
        <input id="map-street" type="checkbox" checked={streetMap} onChange={(e) => setStreetMap(e.target.checked)} />
        <label htmlFor="map-street">{t.streetToggle}</label>
      </div>
      <div className="map__layout">
        <div className="map__canvas" role="region" aria-label={t.mapLabel}>
          {failed && <p>{t.failed}</p>}
          {data && (
            <MapContainer bounds={LONDON} className="map__leaflet" attributionControl={streetMap} scrollWheelZoom={false}>
              {streetMap && <TileLayer url={TILE_URL} attribution="&copy; OpenStreetMap contributors" />}
              <Boroughs data={data.boroughs} selected={selected} />
              {points.map((p) => (
                <Marker
                  key={p.key}
                  position={[p.place.lat, p.place.lng]}
                  icon={markerIcon}
                  title={`${p.doc.name}: ${p.place.name}`}
                  alt={`${p.doc.name}: ${p.place.name}`}
                  keyboard
                >
                  <Popup>
                    <strong>
                      <a href={`/services/${p.doc.id}/`}>{p.doc.name}</a>
                    </strong>
                    <br />
                    {p.place.name}, {p.place.address}, {p.place.postcode}
                    {p.place.approximate && (
                      <>
                        <br />
                        {t.approximate}
                      </>
                    )}
                  </Popup>
                </Marker>
              ))}
              <FollowPlace centre={centre} selected={selected} boroughs={data.boroughs} />
            </MapContainer>
          )}
        </div>
        <div className="map__list">
          <h2>{t.listHeading(points.length)}</h2>
          {points.length === 0 ? (
            <p>{state.load === 'ready' ? t.none : t.loading}</p>
          ) : (
            <ul className="rows" data-map-list>
              {points.map((p) => (
                <li key={p.key}>
                  <a href={`/services/${p.doc.id}/`}>{p.doc.name}</a>
                  <br />
                  {p.place.name}, {p.place.address}, {p.place.postcode}
                  {p.place.appointmentOnly && <span className="meta"> ({t.appointmentOnly})</span>}
                  {p.place.approximate && <span className="meta"> ({t.approximateShort})</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p className="meta">{t.credit}</p>
    </div>
  );
}

/** The 33 boroughs as the base map. Each is a button: click it, or Tab to it and press Enter. */
function Boroughs({ data, selected }: { data: FeatureCollection; selected: string[] }) {
  const layer = useRef<L.GeoJSON | null>(null);
  const slugOf = (f: Feature | undefined) => String(f?.properties?.['slug'] ?? '');
  const style = (f: Feature | undefined): L.PathOptions => {
    const on = selected.includes(slugOf(f));
    return { color: on ? '#3d1f6b' : '#6b6880', weight: on ? 3 : 1, fillColor: on ? '#8f7bbf' : '#e9e6f2', fillOpacity: on ? 0.5 : 0.6 };
  };

  useEffect(() => {
    layer.current?.setStyle(style as L.StyleFunction);
  });

  const onEachFeature = (feature: Feature, path: L.Layer) => {
    const slug = slugOf(feature);
    const name = String(feature.properties?.['name'] ?? slug);
    const select = () => searchStore.update({ borough: slug, place: '' });
    path.on('click', select);
    path.on('add', () => {
      const el = (path as L.Path).getElement();
      if (!el) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('aria-label', t.selectBorough(name));
      el.addEventListener('keydown', (e) => {
        const key = (e as KeyboardEvent).key;
        if (key === 'Enter' || key === ' ') {
          e.preventDefault();
          select();
        }
      });
    });
  };

  return <GeoJSON ref={layer} data={data} style={style as L.StyleFunction} onEachFeature={onEachFeature} />;
}

/** Centre on a typed postcode district, or fit a chosen borough. */
function FollowPlace({ centre, selected, boroughs }: { centre: [number, number] | undefined; selected: string[]; boroughs: FeatureCollection }) {
  const map = useMap();
  const key = centre ? centre.join(',') : selected.join(',');
  useEffect(() => {
    if (centre) {
      map.setView(centre, 13);
      map.getContainer().dataset['centre'] = centre.join(','); // for tests and debugging
      return;
    }
    delete map.getContainer().dataset['centre'];
    const features = boroughs.features.filter((f) => selected.includes(String(f.properties?.['slug'])));
    if (features.length) map.fitBounds(L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection).getBounds(), { maxZoom: 13 });
    else map.fitBounds(LONDON);
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps -- follow the place, not every render
  return null;
}
