// Open Referral UK list endpoints, each one page holding every item: services.json,
// organizations.json and service_at_locations.json. See src/lib/open-data/oruk.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../lib/domain/content.ts';
import { orukFeed, type OrukFeed } from '../../../lib/open-data/oruk.ts';

const LISTS: (keyof OrukFeed)[] = ['services', 'organizations', 'service_at_locations'];

export const getStaticPaths = (() => LISTS.map((list) => ({ params: { list } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const feed = orukFeed(await getServices());
  return new Response(JSON.stringify(feed[params['list'] as keyof OrukFeed], null, 1), { headers: { 'Content-Type': 'application/json' } });
};
