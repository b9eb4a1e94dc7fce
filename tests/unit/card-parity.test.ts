// One card, two paths, the same HTML: Astro renders ServiceCard.tsx into a page (no JavaScript),
// and the islands draw it with Preact in the browser from the card model the search index
// carries (after its trip through JSON). Any decision taken on one path only would show here.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import ServiceList from '../../src/ui/components/ServiceList.astro';
import ServiceRows from '../../src/ui/components/ServiceRows.astro';
import { buildSearchIndex } from '../../src/lib/search/build/build-index.ts';
import { cardOf, type SearchDoc } from '../../src/lib/search/client/types.ts';
import { ServiceRow } from '../../src/ui/components/ServiceCard.tsx';
import { h, render } from 'preact';
import { islandHtml } from './island-render.ts';
import { fixture } from './helpers.ts';

const window = new Window();
/** Parsed and written out again, so both paths are compared as a browser reads them. */
const normalise = (html: string, selector: string): string[] => {
  const doc = new window.DOMParser().parseFromString(`<ul>${html}</ul>`, 'text/html');
  return [...doc.querySelectorAll(selector)].map((el) => el.outerHTML);
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
});

describe.each(['example-full-listing', 'example-minimal-listing', 'example-refuge-route'])('%s', (name) => {
  const service = fixture(name);
  const doc = (JSON.parse(JSON.stringify(buildSearchIndex([service]).docs)) as SearchDoc[])[0]!;

  it('the card on a page and the card in the islands are the same HTML', async () => {
    const page = normalise(await container.renderToString(ServiceList, { props: { services: [service] } }), 'li.card');
    const island = normalise(islandHtml({ card: cardOf(doc) }), 'li.card');
    expect(page).toHaveLength(1);
    expect(island).toEqual(page);
    // A search result differs only by its hook.
    const result = normalise(islandHtml({ card: cardOf(doc), hook: 'result' }), 'li.card')[0]!;
    expect(result.replace(` data-result="${name}"`, '')).toBe(page[0]);
  });

  it('the compact row on a page and in the islands are the same HTML', async () => {
    const page = normalise(await container.renderToString(ServiceRows, { props: { services: [service] } }), 'li.row');
    const root = window.document.createElement('ul');
    const globals = globalThis as unknown as { document?: unknown };
    globals.document = window.document;
    render(h(ServiceRow, { card: cardOf(doc) }), root);
    delete globals.document;
    expect(page).toHaveLength(1);
    expect(normalise(root.innerHTML, 'li.row')).toEqual(page);
  });
});
