// The whole directory as CSV, one row per listing.
import type { APIRoute } from 'astro';
import { getServices } from '../../lib/domain/content.ts';
import { openDataCsv } from '../../lib/open-data/records.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(openDataCsv(await getServices(), site?.href), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
