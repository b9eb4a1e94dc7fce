// Listing text is rendered as text. Validation already rejects markup (tests/unit/validation),
// but if a hostile value ever slipped past it, the components must still render it inert.
// The one card is checked on both of its paths: rendered by Astro on a page (the container API,
// with the Preact renderer) and drawn by Preact in the browser from the model as the search
// index carries it. Each is parsed as HTML: the payload must appear only as text.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import ServiceList from '../../src/ui/components/ServiceList.astro';
import ServiceRows from '../../src/ui/components/ServiceRows.astro';
import ReferralDetails from '../../src/ui/components/ReferralDetails.astro';
import ExternalLink from '../../src/ui/components/ExternalLink.astro';
import { toCard, toReferral } from '../../src/lib/domain/card.ts';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { cardOf } from '../../src/lib/search/client/types.ts';
import { islandHtml } from './island-render.ts';
import { variant } from './helpers.ts';

const parser = new new Window().DOMParser();
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];

const hostileListing = (payload: string) =>
  variant('example-full-listing', 'hostile', (d) => ({
    ...d,
    name: `Name ${payload}`,
    organisation: `Org ${payload}`,
    summary: `Summary ${payload}`,
    serves: { ...d.serves, note: `Note ${payload}` },
    contact: {
      ...d.contact,
      phones: [{ number: '020 7946 0123', label: `Label ${payload}` }],
      textMessage: [{ number: '020 7946 0124', label: `Text ${payload}` }],
    },
    access: {
      ...d.access,
      threshold: `Threshold ${payload}`,
      howToRefer: `How ${payload}`,
      whatToInclude: `Include ${payload}`,
      whatHappensNext: `Next ${payload}`,
      ifNotEligible: `Else ${payload}`,
    },
    verification: { ...d.verification, caveat: `Caveat ${payload}` },
  }));

function expectInert(html: string, payload: string): void {
  expect(html).toContain('&lt;'); // escaped in text
  // Parsed as a document, no element or handler came from the payload. (Inside quoted
  // attribute values, such as data-name, a "<" is plain text: only quotes need escaping.)
  const doc = parser.parseFromString(html, 'text/html');
  expect(doc.querySelectorAll('script, img, svg')).toHaveLength(0);
  expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
  expect(doc.body.textContent).toContain(`Summary ${payload}`);
  expect(doc.body.textContent).toContain(`Label ${payload}`);
}

describe('hostile text is rendered inert', () => {
  it.each(PAYLOADS)('in every text field of a card on a page, a compact row and the referral view: %s', async (payload) => {
    const hostile = hostileListing(payload);
    const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
    const html = [
      await container.renderToString(ServiceList, { props: { services: [hostile] } }),
      await container.renderToString(ServiceRows, { props: { services: [hostile] } }),
      await container.renderToString(ReferralDetails, { props: { service: hostile, alternatives: [] } }),
    ].join('');
    expectInert(html, payload);
  });

  it.each(PAYLOADS)('in the card the islands draw from the search index, and on the shortlist: %s', (payload) => {
    const hostile = hostileListing(payload);
    const [doc] = JSON.parse(JSON.stringify(buildSearchIndex([hostile]).docs)) as ReturnType<typeof buildSearchIndex>['docs'];
    expectInert(islandHtml({ card: cardOf(doc!), hook: 'result' }), payload);
    expectInert(islandHtml({ card: toCard(hostile), referral: toReferral(hostile), hook: 'shortlist-item', headingLevel: 2 }), payload);
  });

  it('drops links with unsafe schemes, keeping only their text', async () => {
    const container = await AstroContainer.create();
    for (const href of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://insecure.example.org/']) {
      const html = await container.renderToString(ExternalLink, { props: { href }, slots: { default: 'Website' } });
      expect(html, href).not.toContain('<a');
      expect(html).toContain('Website');
    }
    const ok = await container.renderToString(ExternalLink, { props: { href: 'https://www.example.org/' }, slots: { default: 'Website' } });
    expect(ok).toContain('rel="noreferrer noopener"');
  });
});
