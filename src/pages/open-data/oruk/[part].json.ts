// Open Referral UK (HSDS 3.0) feed: organizations.json, services.json, locations.json.
// See src/lib/open-data.ts for the shapes and the Open data page for the licence.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../lib/content.ts';
import { orukFeed, type OrukFeed } from '../../../lib/open-data.ts';

const PARTS: (keyof OrukFeed)[] = ['organizations', 'services', 'locations'];

export const getStaticPaths = (() => PARTS.map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = orukFeed(await getServices());
  return new Response(JSON.stringify(feed[params['part'] as keyof OrukFeed], null, 1), { headers: { 'Content-Type': 'application/json' } });
};
