// Every listing page offers a way to report a mistake without a GitHub account, naming the listing,
// and never shows a maintainers' note; the Rape Crisis 24/7 line shows its number as a call link
// wherever the site presents it.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAINTAINERS_EMAIL } from '../../src/config.ts';
import { loadListings } from '../../scripts/load-listings.ts';
import { htmlPages, requireBuild } from './built-site.ts';

beforeAll(requireBuild);

const listings = loadListings();
const page = (id: string) => readFileSync(`dist/services/${id}/index.html`, 'utf8');
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"');

describe('listing pages', () => {
  it.each(listings.map((l) => [l.id, l] as const))('%s: an email link to report a mistake, naming the listing', (id, listing) => {
    const hrefs = [...page(id).matchAll(/href="(mailto:[^"]+)"/g)].map((m) => new URL(decode(m[1] as string)));
    const report = hrefs.find((u) => u.pathname === MAINTAINERS_EMAIL);
    expect(report, 'no mailto link to MAINTAINERS_EMAIL').toBeDefined();
    expect(report?.searchParams.get('subject')).toContain(listing.data.name);
    expect(page(id)).toContain('on GitHub is public');
  });

  it.each(listings.filter((l) => l.data.verification.note).map((l) => [l.id, l] as const))('%s: the maintainers\' note is not on the page', (id, listing) => {
    const note = (listing.data.verification.note ?? '').slice(0, 60);
    expect(decode(page(id))).not.toContain(note);
  });
});

describe('the Rape Crisis 24/7 Support Line', () => {
  const TEL = 'href="tel:+448085002222"';
  // Every page that presents the line: its own page, cards, rows, alternatives and gap messages.
  // The A to Z (/services/) is an index of names only, with no number for any service.
  const pagesPresentingIt = htmlPages().filter((f) => f !== 'dist/services/index.html' && readFileSync(f, 'utf8').includes('href="/services/rape-crisis-247-support-line/"'));

  it('is presented on many pages (borough, what-happened, A to Z)', () => {
    expect(pagesPresentingIt.length).toBeGreaterThan(30);
  });

  it.each(pagesPresentingIt)('%s shows 0808 500 2222 as a call link', (file) => {
    expect(readFileSync(file, 'utf8')).toContain(TEL);
  });

  it('its own page and the search index carry the number', () => {
    expect(page('rape-crisis-247-support-line')).toContain(TEL);
    const doc = (JSON.parse(readFileSync('dist/search-index.json', 'utf8')) as { docs: { id: string; card: { phones: { number: string; href: string }[] } }[] }).docs.find((d) => d.id === 'rape-crisis-247-support-line');
    expect(doc?.card.phones).toContainEqual(expect.objectContaining({ number: '0808 500 2222', href: 'tel:+448085002222' }));
  });
});
