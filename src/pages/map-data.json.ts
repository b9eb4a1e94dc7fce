// The map's base layer, fetched by the map island: borough boundaries (no tile server needed),
// postcode-district centres (to centre the map on a typed district) and the public places'
// notes ("Thursday drop-in, 9:30am to 12:30pm"), which the search index does not carry.
import type { APIRoute } from 'astro';
import type { Feature, Geometry } from 'geojson';
import { boroughBoundaries, boroughByCode } from '../lib/reference/seeds.ts';
import { districtRows } from '../lib/reference/postcodes.ts';
import { getServices } from '../lib/domain/content.ts';
import { placeNotes } from '../lib/search/build/map-notes.ts';
import type { MapData } from '../lib/search/client/map-places.ts';

interface BoundaryFeature {
  properties: { code: string; name: string };
  geometry: Geometry;
}

export const GET: APIRoute = async () => {
  const features = (boroughBoundaries as { features: BoundaryFeature[] }).features.map((f): Feature => ({
    type: 'Feature',
    properties: { slug: boroughByCode.get(f.properties.code)?.slug ?? f.properties.code, name: f.properties.name },
    geometry: f.geometry,
  }));
  const data: MapData = {
    boroughs: { type: 'FeatureCollection', features },
    districts: Object.fromEntries(districtRows.map((r) => [r.district, r.centroid])),
    notes: placeNotes(await getServices()),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
