// The search index as a static file, fetched by the search island on first use.
import type { APIRoute } from 'astro';
import { getServices } from '../lib/domain/content.ts';
import { buildSearchIndex } from '../lib/search/build/build-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await getServices())), { headers: { 'Content-Type': 'application/json' } });
