// Listing text is rendered as text. Validation already rejects markup (tests/unit/validation),
// but if a hostile value ever slipped past it, the components must still render it inert.
// Rendered with Astro's container API and parsed as HTML, the payload must appear only as text.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import ServiceCard from '../../src/ui/components/ServiceCard.astro';
import ReferralDetails from '../../src/ui/components/ReferralDetails.astro';
import ExternalLink from '../../src/ui/components/ExternalLink.astro';
import { variant } from './helpers.ts';

const parser = new new Window().DOMParser();
const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];

describe('hostile text is rendered inert', () => {
  it.each(PAYLOADS)('in every text field of a card and the referral view: %s', async (payload) => {
    const hostile = variant('example-full-listing', 'hostile', (d) => ({
      ...d,
      name: `Name ${payload}`,
      organisation: `Org ${payload}`,
      summary: `Summary ${payload}`,
      serves: { ...d.serves, note: `Note ${payload}` },
      contact: { ...d.contact, phones: [{ number: '020 7946 0123', label: `Label ${payload}` }] },
      access: { ...d.access, threshold: `Threshold ${payload}`, howToRefer: `How ${payload}`, whatToInclude: `Include ${payload}`, whatHappensNext: `Next ${payload}`, ifNotEligible: `Else ${payload}` },
    }));
    const container = await AstroContainer.create();
    const html = [
      await container.renderToString(ServiceCard, { props: { service: hostile } }),
      await container.renderToString(ReferralDetails, { props: { service: hostile, alternatives: [] } }),
    ].join('');
    expect(html).toContain('&lt;'); // escaped in text
    // Parsed as a document, no element or handler came from the payload. (Inside quoted
    // attribute values, such as data-name, a "<" is plain text: only quotes need escaping.)
    const doc = parser.parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, img, svg')).toHaveLength(0);
    expect([...doc.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(doc.body.textContent).toContain(`Summary ${payload}`);
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
