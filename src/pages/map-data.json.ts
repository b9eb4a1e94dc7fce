// The map's base layer, fetched by the map island: borough boundaries (no tile server needed)
// and postcode-district centres (to centre the map on a typed district).
import type { APIRoute } from 'astro';
import boundaries from '../../seeds/borough-boundaries.geo.json' with { type: 'json' };
import { boroughByCode } from '../lib/seeds.ts';
import { districtRows } from '../lib/postcodes.ts';

interface Feature {
  type: 'Feature';
  id?: string;
  properties: { code: string; name: string };
  geometry: unknown;
}

export const GET: APIRoute = () => {
  const features = (boundaries as { features: Feature[] }).features.map((f) => ({
    type: 'Feature' as const,
    properties: { slug: boroughByCode.get(f.properties.code)?.slug ?? f.properties.code, name: f.properties.name },
    geometry: f.geometry,
  }));
  const districts = Object.fromEntries(districtRows.map((r) => [r.district, r.centroid]));
  return new Response(JSON.stringify({ boroughs: { type: 'FeatureCollection', features }, districts }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
