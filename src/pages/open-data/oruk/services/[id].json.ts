// Open Referral UK GET /services/{id}: one file per service, named by its id. See src/lib/open-data/oruk.ts.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../../lib/domain/content.ts';
import { orukFeed, type OrukService } from '../../../../lib/open-data/oruk.ts';

export const getStaticPaths = (async () =>
  orukFeed(await getServices()).services.contents.map((service) => ({
    params: { id: service.id },
    props: { service },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { service: OrukService }).service, null, 1), { headers: { 'Content-Type': 'application/json' } });
