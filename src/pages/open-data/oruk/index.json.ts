// The Open Referral UK API root (GET /): which standard this feed follows. See src/lib/open-data/oruk.ts.
import type { APIRoute } from 'astro';
import { ORUK_API_DETAILS } from '../../../lib/open-data/oruk.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(ORUK_API_DETAILS, null, 1), { headers: { 'Content-Type': 'application/json' } });
