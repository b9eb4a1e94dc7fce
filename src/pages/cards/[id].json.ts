// One small file per service: its card (src/lib/domain/card.ts) and how to refer. The shortlist
// page fetches the few it shows, instead of the whole open-data file. Every listing has one,
// perpetrator programmes included: a professional can shortlist those from their own pages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../lib/domain/content.ts';
import { toCard, toReferral } from '../../lib/domain/card.ts';
import type { ServiceEntry } from '../../lib/domain/services.ts';
import type { ShortlistEntry } from '../../lib/browser/shortlist-copy.ts';

export const getStaticPaths = (async () => {
  const services = await getServices();
  return services.map((service) => ({ params: { id: service.id }, props: { service } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: ServiceEntry }> = ({ props }) => {
  const entry: ShortlistEntry = { card: toCard(props.service), referral: toReferral(props.service) };
  return new Response(JSON.stringify(entry), { headers: { 'Content-Type': 'application/json' } });
};
