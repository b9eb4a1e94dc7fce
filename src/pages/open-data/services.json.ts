// The whole directory as JSON: one record per listing, with its sources and check date.
import type { APIRoute } from 'astro';
import { getServices } from '../../lib/domain/content.ts';
import { LISTINGS_LICENCE, openDataRecord } from '../../lib/open-data/records.ts';
import { serviceKinds } from '../../lib/reference/seeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const services = await getServices();
  const body = {
    licence: LISTINGS_LICENCE,
    count: services.length,
    kinds: serviceKinds.map(({ id, label }) => ({ id, label })),
    services: services.map((s) => openDataRecord(s, site?.href)),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
