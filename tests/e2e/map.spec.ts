// The map: no request off the site by default, markers that match the listings with public
// addresses, keyboard selection of boroughs and markers, opt-in street tiles that are
// remembered for nothing, and a plain list without JavaScript.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guard } from './site.ts';

interface Doc {
  id: string;
  name: string;
  places: { name: string }[];
}

async function expectedMarkers(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const index = (await (await request.get('/search-index.json')).json()) as { docs: Doc[] };
  return index.docs.flatMap((d) => d.places.map((p) => `${d.name}: ${p.name}`)).sort();
}

test('renders boundaries and markers with no request off the site, and passes axe', async ({ page, context, request }) => {
  const g = await guard(page, context);
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  const expected = await expectedMarkers(request);
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator('.leaflet-marker-icon')).toHaveCount(expected.length);
  const titles = (await page.locator('.leaflet-marker-icon').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''))).sort();
  expect(titles).toEqual(expected);
  await expect(page.locator('[data-map-list] li')).toHaveCount(expected.length);
  await page.waitForLoadState('networkidle');
  expect(g.offOrigin).toEqual([]);
  expect(g.cspViolations).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('a borough can be chosen by keyboard on the map, and narrows the results', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  const camden = page.getByRole('button', { name: 'Show services in Camden' });
  await camden.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-borough')).toHaveValue('camden');
  const names = await page.locator('[data-map-list] li a').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names).not.toContain('Whipps Cross FGM Clinic'); // east London, not Camden
});

test('markers are reachable by keyboard and open their details', async ({ page }) => {
  await page.goto('/map/');
  const marker = page.locator('.leaflet-marker-icon').first();
  await expect(marker).toBeVisible();
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.leaflet-popup-content a')).toBeVisible();
});

test('clicking a borough narrows the results to it', async ({ page }) => {
  await page.goto('/map/');
  await page.getByRole('button', { name: 'Show services in Hackney' }).click({ force: true });
  await expect(page.locator('#search-borough')).toHaveValue('hackney');
});

test('a typed postcode district centres the map', async ({ page }) => {
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  await page.locator('#search-place').fill('NW1');
  await expect(page.locator('.map__leaflet')).toHaveAttribute('data-centre', /^51\.\d+,-0\.1\d+$/);
});

test('street tiles load only after opting in, and the choice is not remembered', async ({ page, context }) => {
  const tiles: string[] = [];
  await context.route('https://tile.openstreetmap.org/**', (route) => {
    tiles.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex') });
  });
  await page.goto('/map/');
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  await page.waitForLoadState('networkidle');
  expect(tiles).toEqual([]);
  await page.getByLabel(/Show street map/).check();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  tiles.length = 0;
  await page.reload();
  await expect(page.getByLabel(/Show street map/)).not.toBeChecked();
  await expect(page.locator('path.leaflet-interactive')).toHaveCount(33);
  await page.waitForLoadState('networkidle');
  expect(tiles).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page lists every place you can visit', async ({ page, request }) => {
    await page.goto('/map/');
    const expected = await expectedMarkers(request);
    await expect(page.locator('[data-static-places] li')).toHaveCount(expected.length);
  });
});
