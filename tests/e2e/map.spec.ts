// The map: no request off the site by default, markers that match the listings with public
// addresses, keyboard selection of boroughs and markers, opt-in street tiles that are
// remembered for nothing, a page that does not move as the map arrives, and a plain list
// without JavaScript. Expected places come from the built search index and the search engine,
// not from listing names. On the fixture listings (tests/fixtures/site-listings/), except the popup
// check over every marker, which runs on the shipped site (tagged @shipped-site: tests/e2e/builds.ts)
// because a real listing's long name or address could break it.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { EMPTY_FILTERS, type Filters, type SearchIndex } from '../../src/lib/search/client/types.ts';
import { guard, layoutShiftWhileLoading } from './site.ts';

const index = async (request: APIRequestContext) => (await (await request.get('/search-index.json')).json()) as SearchIndex;

/** "Service: place" for every place the search would show with these filters, as the markers' titles. */
async function expectedMarkers(request: APIRequestContext, filters: Partial<Filters> = {}): Promise<string[]> {
  const idx = await index(request);
  const docs = Object.keys(filters).length
    ? createSearch(idx, { ageGroups: idx.ageGroups }).search({ ...EMPTY_FILTERS, ...filters }, new Date()).results
    : idx.docs;
  return docs.flatMap((d) => d.places.map((p) => `${d.name}: ${p.name}`)).sort();
}

const markerTitles = async (page: Page) =>
  (await page.locator('.leaflet-marker-icon').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))).sort();

async function openMap(page: Page) {
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  await expect(page.locator('[data-map-list], [data-map-note]').first()).toBeVisible();
}

test('renders boundaries and markers with no request off the site, and passes axe', async ({ page, context, request }) => {
  const g = await guard(page, context);
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  const expected = await expectedMarkers(request);
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(expected.length);
  expect(await markerTitles(page)).toEqual(expected);
  await expect(page.locator('[data-map-list] li')).toHaveCount(expected.length);
  await page.waitForLoadState('networkidle');
  expect(g.offOrigin).toEqual([]);
  expect(g.cspViolations).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a borough can be chosen by keyboard on the map, and the markers and list become its places', async ({ page, request }) => {
  await openMap(page);
  const camden = page.getByRole('button', { name: 'Show services in Camden' });
  await camden.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-borough')).toHaveValue('camden');
  const expected = await expectedMarkers(request, { borough: 'camden' });
  expect(expected.length, 'Camden has places to test with').toBeGreaterThan(0);
  expect(expected.length, 'choosing Camden narrows the places').toBeLessThan((await expectedMarkers(request)).length);
  await expect.poll(() => markerTitles(page)).toEqual(expected);
  await expect(page.locator('[data-map-list] li')).toHaveCount(expected.length);
  await expect(page.locator('.map__label--on')).toHaveText('Camden');
});

test('keyboard reaches the places before the 33 borough shapes, and a place opens its details', async ({ page, request }) => {
  await openMap(page);
  const markers = (await expectedMarkers(request)).length;
  await page.locator('#map-street').focus();
  await page.keyboard.press('Tab'); // the map itself: arrow keys pan it
  await expect(page.locator(':focus')).toHaveClass(/map__leaflet/);
  for (let i = 0; i < markers; i++) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass(/leaflet-marker-icon/);
  }
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^Show services in /);
  const marker = page.locator('.leaflet-marker-icon').first();
  await marker.focus();
  await page.keyboard.press('Enter');
  // The popup is the service's compact card: its page, and its number as a call link.
  await expect(page.locator('.leaflet-popup-content a[href^="/services/"]')).toBeVisible();
  await expect(page.locator('.leaflet-popup-content [data-service]')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).include('.map').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('clicking a borough narrows the results to it', async ({ page, request }) => {
  await openMap(page);
  const all = await expectedMarkers(request);
  // The first borough (A to Z) with some but not all of the places: clicking it must narrow them.
  const idx = await index(request);
  let borough: { slug: string; name: string } | undefined;
  let expected: string[] = [];
  for (const b of [...idx.boroughs].sort((x, y) => x.name.localeCompare(y.name))) {
    expected = await expectedMarkers(request, { borough: b.slug });
    if (expected.length > 0 && expected.length < all.length) {
      borough = b;
      break;
    }
  }
  expect(borough, 'a borough with places to test with').toBeDefined();
  await page.getByRole('button', { name: `Show services in ${borough!.name}` }).click({ force: true });
  await expect(page.locator('#search-borough')).toHaveValue(borough!.slug);
  await expect.poll(() => markerTitles(page)).toEqual(expected);
  await expect(page.locator('[data-map-list] li')).toHaveCount(expected.length);
  await expect(page.locator('.map__label--on')).toHaveText(borough!.name);
});

test('a borough with no place to visit keeps its context and the way to help', async ({ page, request }) => {
  const idx = await index(request);
  const search = createSearch(idx, { ageGroups: idx.ageGroups });
  const empty = idx.boroughs.find((b) => {
    const results = search.search({ ...EMPTY_FILTERS, borough: b.slug }, new Date()).results;
    return results.length > 0 && results.every((d) => d.places.length === 0);
  });
  test.skip(!empty, 'every borough has a place to visit');
  const borough = empty as { slug: string; name: string };
  await openMap(page);
  await page.getByRole('button', { name: `Show services in ${borough.name}` }).click({ force: true });
  const note = page.locator('[data-map-note]');
  await expect(note).toContainText(borough.name);
  await expect(note).toContainText('phone call');
  await expect(note.getByRole('link')).toHaveAttribute('href', `/boroughs/${borough.slug}/`);
  await expect(page.locator('.map__label--on')).toHaveText(borough.name);
  await expect(page.locator(`path[data-borough="${borough.slug}"]`)).toHaveAttribute('stroke-width', '3');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a typed postcode district centres the map', async ({ page }) => {
  await openMap(page);
  await page.locator('#search-place').fill('NW1');
  await expect(page.locator('.map__leaflet')).toHaveAttribute('data-centre', /^51\.\d+,-0\.1\d+$/);
});

test('the list gives each place once, with its opening note', async ({ page, request }) => {
  const { notes } = (await (await request.get('/map-data.json')).json()) as { notes: Record<string, string> };
  await openMap(page);
  const items = await page.locator('[data-map-list] li').allInnerTexts();
  for (const note of Object.values(notes))
    expect(
      items.some((text) => text.includes(note)),
      note,
    ).toBe(true);
  for (const text of items) {
    const parts = (text.split('\n')[1] ?? '').split(',').map((p) => p.trim().toLowerCase());
    expect(parts.length, text).toBeGreaterThan(1);
    expect(new Set(parts).size, `said twice: ${text}`).toBe(parts.length);
  }
});

test('street tiles load only after opting in, and the choice is not remembered', async ({ page, context }) => {
  const tiles: string[] = [];
  await context.route('https://tile.openstreetmap.org/**', (route) => {
    tiles.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'image/png',
      body: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
    });
  });
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  await page.waitForLoadState('networkidle');
  expect(tiles).toEqual([]);
  await page.getByLabel(/Show street map/).check();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  tiles.length = 0;
  await page.reload();
  await expect(page.getByLabel(/Show street map/)).not.toBeChecked();
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  await page.waitForLoadState('networkidle');
  expect(tiles).toEqual([]);
});

/** Layout shift while the map page loads, its islands slowed (tests/e2e/site.ts). */
async function layoutShiftOnLoad(page: Page): Promise<number> {
  return layoutShiftWhileLoading(page, '/map/', async () => {
    await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
    await expect(page.locator('[data-map-list]')).toBeVisible();
  });
}

test('nothing moves as the map and its filters arrive (desktop)', async ({ page }) => {
  expect(await layoutShiftOnLoad(page)).toBeLessThan(0.05);
});

for (const [width, height] of [
  [360, 740],
  [412, 823], // Lighthouse's phone
]) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width: width as number, height: height as number }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

    test('nothing moves as the map and its filters arrive', async ({ page }) => {
      expect(await layoutShiftOnLoad(page)).toBeLessThan(0.05);
    });

    test(
      'a popup fits the screen, clear of the zoom control, and the page does not scroll sideways',
      { tag: '@shipped-site' },
      async ({ page }) => {
        await openMap(page);
        const box = await page.locator('.map__leaflet').boundingBox();
        const zoom = await page.locator('.leaflet-control-zoom').boundingBox();
        const count = await page.locator('.leaflet-marker-icon').count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          // As a tap does; the map may have panned a marker out of its box for the previous popup.
          await page.locator('.leaflet-marker-icon').nth(i).dispatchEvent('click');
          const popup = page.locator('.leaflet-popup-content-wrapper');
          await expect(popup).toBeVisible();
          await page.waitForTimeout(400); // Leaflet pans the map to fit the popup
          const p = await popup.boundingBox();
          if (!p || !box || !zoom) throw new Error('no box');
          expect(p.x, 'popup left edge inside the map').toBeGreaterThanOrEqual(box.x);
          expect(p.x + p.width, 'popup right edge inside the map').toBeLessThanOrEqual(box.x + box.width);
          const overlapsZoom = p.x < zoom.x + zoom.width && zoom.x < p.x + p.width && p.y < zoom.y + zoom.height && zoom.y < p.y + p.height;
          expect(overlapsZoom, 'popup clear of the zoom control').toBe(false);
          await page.locator('.leaflet-popup-close-button').dispatchEvent('click');
          await expect(page.locator('.leaflet-popup')).toHaveCount(0);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width as number);
      },
    );
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page lists every place you can visit, with no gap held for the map', async ({ page, request }) => {
    await page.goto('/map/');
    const expected = await expectedMarkers(request);
    await expect(page.locator('[data-static-places] li')).toHaveCount(expected.length);
    for (const reserve of ['.map-page__filters', '.map-page__map']) {
      expect(await page.locator(reserve).evaluate((e) => e.getBoundingClientRect().height), reserve).toBe(0);
    }
  });
});
