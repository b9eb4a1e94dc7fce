// Leaflet, driven directly (no react-leaflet): the map island (MapPanel.tsx) creates one of
// these and tells it what to show. The base map is the 33 borough boundaries, drawn as SVG with
// no tile server; street tiles are added only when the user asks. Nothing here writes listing
// text as HTML: popups are DOM nodes the island builds.
import L from 'leaflet';
import type { Feature, FeatureCollection } from 'geojson';

export interface MapMarker {
  /** The marker's accessible name ("Service: place"). */
  title: string;
  lat: number;
  lng: number;
  /** The popup's content, built when it opens. */
  details: () => HTMLElement;
}

export interface MapView {
  setMarkers(markers: MapMarker[]): void;
  /** Highlight these boroughs (and label them). */
  setSelected(slugs: string[]): void;
  /** Centre on a postcode district, or fit the chosen boroughs and the markers; else all London. */
  follow(view: { centre?: [number, number] | undefined; boroughs: string[] }): void;
  setStreetMap(on: boolean): void;
  destroy(): void;
}

export interface MapOptions {
  onBorough: (slug: string) => void;
  boroughButtonLabel: (name: string) => string;
}

const LONDON = L.latLngBounds([51.28, -0.52], [51.7, 0.34]);
const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION = '&copy; OpenStreetMap contributors';
/** Borough names are drawn from this zoom in, where they fit (and always for a chosen borough). */
const LABEL_ZOOM = 11;
/** Room the zoom control takes in the map's top-left corner, so a popup never opens under it. */
const CONTROL_ROOM = L.point(56, 12);
const EDGE_ROOM = L.point(12, 12);
/** A popup's frame (padding, margins, border) around its content, and its tip, in pixels. */
const POPUP_FRAME = 48;
const POPUP_TIP = 20;

const markerIcon = L.divIcon({ className: 'map-marker', html: '<span></span>', iconSize: [28, 28], iconAnchor: [14, 14] });
const slugOf = (f: Feature | undefined) => String(f?.properties?.['slug'] ?? '');

export function createMapView(container: HTMLElement, boroughs: FeatureCollection, options: MapOptions): MapView {
  const map = L.map(container, { attributionControl: false, scrollWheelZoom: false, zoomSnap: 0.25 });
  map.fitBounds(LONDON);

  // Keyboard order follows the DOM: put the places (and their popups) before the 33 borough
  // shapes, so a keyboard user reaches the few places first. They still draw above the shapes.
  const mapPane = map.getPane('mapPane') as HTMLElement;
  const overlayPane = map.getPane('overlayPane') as HTMLElement;
  const placesPane = map.createPane('places');
  const placePopupPane = map.createPane('placePopups');
  placesPane.style.zIndex = '600'; // as Leaflet's marker pane
  placePopupPane.style.zIndex = '700'; // as its popup pane
  mapPane.insertBefore(placesPane, overlayPane);
  mapPane.insertBefore(placePopupPane, overlayPane);

  let selected: string[] = [];
  const style = (f: Feature | undefined): L.PathOptions => {
    const on = selected.includes(slugOf(f));
    return { color: on ? '#3d1f6b' : '#6b6880', weight: on ? 3 : 1, fillColor: on ? '#8f7bbf' : '#e9e6f2', fillOpacity: on ? 0.5 : 0.6 };
  };
  const shapes = L.geoJSON(boroughs, { style }).addTo(map);
  shapes.eachLayer((layer) => {
    const path = layer as L.Path & { feature?: Feature };
    const slug = slugOf(path.feature);
    const name = String(path.feature?.properties?.['name'] ?? slug);
    path.on('click', () => options.onBorough(slug));
    // Each borough is a button: click it, or Tab to it and press Enter or Space.
    const el = path.getElement();
    if (!el) return;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', options.boroughButtonLabel(name));
    el.setAttribute('data-borough', slug);
    el.addEventListener('keydown', (e: Event) => {
      if (e instanceof KeyboardEvent && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        options.onBorough(slug);
      }
    });
  });
  // Borough names, made when first needed (zoomed in, or a borough chosen): 33 labels at once
  // would cost a phone a layout each while the page loads.
  const label = (path: L.Path & { feature?: Feature }): HTMLElement | undefined => {
    if (!path.getTooltip()) {
      const name = document.createElement('span');
      name.textContent = String(path.feature?.properties?.['name'] ?? slugOf(path.feature));
      path.bindTooltip(name, { permanent: true, direction: 'center', className: 'map__label', interactive: false });
      path.getTooltip()?.getElement()?.setAttribute('aria-hidden', 'true'); // the button already says it
    }
    return path.getTooltip()?.getElement();
  };
  const showLabels = () => {
    const on = map.getZoom() >= LABEL_ZOOM;
    if (on) shapes.eachLayer((layer) => void label(layer as L.Path));
    container.classList.toggle('map__leaflet--labels', on);
  };
  map.on('zoomend', showLabels);

  const markers = L.layerGroup().addTo(map);
  let markerBounds: L.LatLngBounds | null = null;
  let tiles: L.TileLayer | null = null;
  let attribution: L.Control.Attribution | null = null;

  const popupOptions = (): L.PopupOptions => {
    // Fit the popup between the zoom control and the map's right edge, on a phone too; a long
    // note scrolls inside it rather than pushing its top out of the map.
    const size = map.getSize();
    const room = size.x - CONTROL_ROOM.x - EDGE_ROOM.x - POPUP_FRAME;
    return {
      pane: 'placePopups',
      maxWidth: Math.max(120, Math.min(300, room)),
      minWidth: Math.max(120, Math.min(200, room)),
      maxHeight: Math.max(120, size.y - CONTROL_ROOM.y - EDGE_ROOM.y - POPUP_TIP - POPUP_FRAME),
      autoPanPaddingTopLeft: CONTROL_ROOM,
      autoPanPaddingBottomRight: EDGE_ROOM,
    };
  };

  return {
    setMarkers(list) {
      markers.clearLayers();
      for (const m of list) {
        L.marker([m.lat, m.lng], { icon: markerIcon, title: m.title, keyboard: true, pane: 'places' })
          .bindPopup(() => m.details(), popupOptions())
          .addTo(markers);
      }
      markerBounds = list.length ? L.latLngBounds(list.map((m) => [m.lat, m.lng] as L.LatLngTuple)) : null;
    },
    setSelected(slugs) {
      selected = slugs;
      shapes.setStyle(style);
      shapes.eachLayer((layer) => {
        const path = layer as L.Path & { feature?: Feature };
        const on = slugs.includes(slugOf(path.feature));
        (on ? label(path) : path.getTooltip()?.getElement())?.classList.toggle('map__label--on', on);
      });
    },
    follow({ centre, boroughs: chosen }) {
      if (centre) {
        map.setView(centre, 13);
        container.dataset['centre'] = centre.join(','); // for tests and debugging
        return;
      }
      delete container.dataset['centre'];
      const bounds = L.latLngBounds([]);
      shapes.eachLayer((layer) => {
        const path = layer as L.Polygon & { feature?: Feature };
        if (chosen.includes(slugOf(path.feature))) bounds.extend(path.getBounds());
      });
      if (!bounds.isValid()) return void map.fitBounds(LONDON);
      // Keep in view every place the chosen borough's services offer, not only the borough.
      if (markerBounds) bounds.extend(markerBounds);
      map.fitBounds(bounds, { maxZoom: 13, padding: [16, 16] });
    },
    setStreetMap(on) {
      if (on && !tiles) {
        attribution = L.control.attribution({ prefix: false }).addAttribution(TILE_ATTRIBUTION).addTo(map);
        tiles = L.tileLayer(TILE_URL).addTo(map);
      } else if (!on && tiles) {
        tiles.remove();
        attribution?.remove();
        tiles = null;
        attribution = null;
      }
    },
    destroy() {
      map.remove();
    },
  };
}
