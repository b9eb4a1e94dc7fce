// The map's places, shared by the map page (its plain list and /map-data.json) and the map
// island in the browser, so it imports nothing but types.
import type { FeatureCollection } from 'geojson';

/** What /map-data.json carries: the base map, and what the search index does not. */
export interface MapData {
  /** The 33 borough boundaries, with properties { slug, name }. */
  boroughs: FeatureCollection;
  /** Postcode-district centres, to centre the map on a typed district. */
  districts: Record<string, [number, number]>;
  /** Location notes ("Thursday drop-in, 9:30am to 12:30pm"), by noteKey(service id, place name). */
  notes: Record<string, string>;
}

export const noteKey = (serviceId: string, placeName: string): string => `${serviceId}\n${placeName}`;

// One line for a place you can visit: its name, address and postcode, without saying anything
// twice. Providers often end a location's name with its street ("Barnet One Stop Shop,
// 2 Bristol Avenue") and then give the street again as the address's first line.

const parts = (text: string) =>
  text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);

const same = (a: string) => a.toLowerCase().replace(/\s+/g, ' ');

/** "Barnet One Stop Shop, 2 Bristol Avenue, Colindale, London, NW9 4EW" */
export function placeLine(place: { name: string; address: string; postcode: string }): string {
  const name = parts(place.name);
  const seen = new Set(name.map(same));
  const address = parts(place.address).filter((p) => !seen.has(same(p)));
  const postcode = place.postcode.trim();
  const hasPostcode = [...name, ...address].some((p) => same(p).endsWith(same(postcode)));
  return [...name, ...address, ...(postcode && !hasPostcode ? [postcode] : [])].join(', ');
}
