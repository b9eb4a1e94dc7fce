// The search island on the fixture listings (tests/fixtures/site-listings/, frozen so a provider's
// edit cannot fail it): queries, filters, keyboard use, accessibility in every state, privacy (no
// history entries, nothing in the address bar), and the no-JS path. Services are named by file.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { guard, origin } from './site.ts';
import { nameOf, servesBorough } from './fixture-listings.ts';
import { createSearch } from '../../src/lib/search/client/engine.ts';
import { EMPTY_FILTERS, type SearchIndex } from '../../src/lib/search/client/types.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const results = (page: Page) => page.locator('[data-result] h3');
const status = (page: Page) => page.locator('[data-search-status]');
const HAVENS = nameOf('the-havens');
const HELPLINE = nameOf('national-domestic-abuse-helpline');

async function expectAccessible(page: Page) {
  const found = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the index loads on first use, not with the page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched).not.toContain('/search-index.json');
  await page.locator('#search-q').focus();
  await expect.poll(() => fetched.includes('/search-index.json')).toBe(true);
});

test('a recent rape brings the Havens first, then 999', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('I was raped last night');
  await expect(status(page)).toContainText('services found');
  await expect(results(page).first()).toHaveText(HAVENS);
  await expect(results(page).nth(1)).toContainText('999');
  await expect(page.locator('.panel--urgent')).toContainText('call 999');
  await expectAccessible(page);
});

test('everyday words and misspellings find the right help', async ({ page }) => {
  await page.goto('/search/');
  const q = page.locator('#search-q');
  await q.fill('my ex keeps folowing me');
  await expect(page.locator('main')).toContainText('Showing help for');
  await expect(results(page).first()).toContainText(/[Ss]talking/);
  await q.fill('they want me to marry');
  // The category, never the vocabulary word that matched.
  await expect(page.locator('[data-search-feedback]')).toHaveText('Showing help for: Forced marriage.');
  await expect(results(page).filter({ hasText: nameOf('forced-marriage-unit') })).toHaveCount(1);
  await expect(results(page).filter({ hasText: nameOf('samaritans') })).toHaveCount(0);
  await q.fill('raped last night');
  await expect(page.locator('[data-search-feedback]')).toHaveText('Showing help for: Recent rape or sexual assault.');
  await q.fill('galop');
  await expect(results(page).first()).toContainText('Galop');
});

test('the specialist 24-hour line comes first for everyday words, before services for particular groups', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('he hits me');
  await expect(results(page).first()).toHaveText(HELPLINE);
  for (const id of ['ashiana-network', 'latin-american-womens-rights-service', 'praxis'])
    await expect(results(page).filter({ hasText: nameOf(id) })).toHaveCount(0); // not in the first 10 drawn
  await page.locator('#search-q').fill('forced to marry');
  await expect(results(page).nth(0)).toHaveText(nameOf('forced-marriage-unit'));
  await expect(results(page).nth(1)).toHaveText(nameOf('karma-nirvana-helpline'));
});

test('a man is not shown women-only services first: they are set apart as not for him', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill("I'm a man and my partner abuses me");
  await expect(results(page).first()).toHaveText(nameOf('mens-advice-line'));
  await expect(results(page).filter({ hasText: HELPLINE })).toHaveCount(0);
  const apart = page.locator('[data-not-for-you]');
  await expect(apart.locator('summary')).toContainText('they say they do not serve men');
  await apart.locator('summary').click();
  await expect(apart.getByRole('link', { name: HELPLINE })).toBeVisible();
  await expectAccessible(page);
});

test('a language name in English or in its own script asks for that language, not the police', async ({ page }) => {
  await page.goto('/search/');
  const q = page.locator('#search-q');
  for (const typed of ['polish', 'polski']) {
    await q.fill(typed);
    await expect(page.locator('[data-search-feedback]')).toContainText('Polish');
    await expect(results(page).filter({ hasText: nameOf('british-transport-police-text-61016') })).toHaveCount(0);
    await expect(results(page).filter({ hasText: nameOf('refuge-refuges') })).toHaveCount(1);
  }
  await q.fill('বাংলা');
  await expect(page.locator('[data-search-feedback]')).toContainText('Bengali');
  await expect(status(page)).not.toHaveText('0 services found');
});

test('a weak match says so and shows the urgent routes and 24-hour lines; the count counts matches', async ({ page }) => {
  await page.goto('/search/');
  const q = page.locator('#search-q');
  await q.fill('havens');
  await expect(status(page)).toHaveText('1 service found');
  await expect(results(page)).toHaveCount(1);
  const net = page.locator('[data-safety-net]');
  await expect(net).toContainText('Only 1 service matches.');
  await expect(net.locator('[data-fallback]')).toContainText('999');
  await expect(net.locator('[data-fallback]')).toContainText(HELPLINE);
  await expect(net.locator('[data-fallback]')).not.toContainText(HAVENS); // already the result
  await expectAccessible(page);
  await q.fill('galopp');
  await expect(page.locator('[data-search-feedback]')).toContainText('We did not recognise "galopp"');
  await expect(results(page).first()).toContainText('Galop');
  await expect(page.locator('[data-safety-net] [data-fallback]')).toContainText('999');
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  test('the safety net and the set-apart list fit the screen', async ({ page }) => {
    await page.goto('/search/');
    const q = page.locator('#search-q');
    await q.fill('havens');
    await expect(page.locator('[data-safety-net]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await q.fill("I'm a man and my partner abuses me");
    await page.locator('[data-not-for-you] summary').click();
    await expect(page.locator('[data-not-for-you] li').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test('a borough and a need narrow the list, local services first', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-borough').selectOption('hackney');
  await expect(status(page)).toContainText('services found');
  const first = await page.locator('[data-result]').first().getAttribute('data-result');
  expect(servesBorough(first!, 'hackney'), `${first} is a Hackney service`).toBe(true);
  // What the engine finds for the borough alone and with the need: the need must narrow it.
  const idx = (await (await page.request.get('/search-index.json')).json()) as SearchIndex;
  const engine = createSearch(idx, { ageGroups: idx.ageGroups });
  const find = (needs: string[]) => engine.search({ ...EMPTY_FILTERS, borough: 'hackney', needs }, new Date()).results;
  const before = find([]);
  const after = find(['no-police-report']);
  expect(after.length, 'the need leaves some services').toBeGreaterThan(0);
  expect(after.length, 'the need narrows the list').toBeLessThan(before.length);
  await expect(status(page)).toContainText(`${before.length} services found`);
  await page.locator('details.search__more > summary').click();
  await page.getByLabel('No police report needed').check();
  await expect(status(page)).toContainText(`${after.length} services found`);
  // The list shown is the narrowed one, in the engine's order (the first page of it), and each
  // service found meets the need.
  await expect(page.locator('[data-result]').first()).toHaveAttribute('data-result', after[0]!.id);
  const shown = await page.locator('[data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(after.slice(0, shown.length).map((d) => d.id));
  for (const d of after) expect(d.needs, d.id).toContain('no-police-report');
  await expectAccessible(page);
});

test('a postcode district that spans boroughs says so', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-place').fill('SE5');
  await expect(page.locator('[data-place-note]')).toHaveText('SE5 covers parts of Southwark and Lambeth. Services for each are shown.');
  await page.locator('#search-place').fill('E8 1AA');
  await expect(page.locator('[data-place-note]')).toHaveText('E8 is in Hackney.');
});

test('an empty result still shows urgent routes and how to widen the search', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').fill('xqzvw');
  await expect(status(page)).toHaveText('0 services found');
  await expect(page.locator('#search-empty')).toBeVisible();
  await expect(page.locator('#search-empty').locator('..')).toContainText('We did not recognise "xqzvw".');
  await expect(page.locator('[data-fallback]')).toContainText('999');
  await expect(page.locator('[data-fallback]')).toContainText(HELPLINE);
  await expectAccessible(page);
});

test('the keyboard alone can search, filter and reach a result', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('#search-q').focus();
  await page.keyboard.type('stalking');
  await page.keyboard.press('Tab'); // the Search button
  await expect(page.locator(':focus')).toHaveText('Search');
  await page.keyboard.press('Tab'); // borough (the filters' fold has no summary on a wide screen)
  await expect(page.locator(':focus')).toHaveId('search-borough');
  await page.keyboard.press('Tab'); // postcode
  await page.keyboard.type('E8');
  await page.keyboard.press('Tab'); // postcode hint is text; next is "More filters"
  await expect(page.locator(':focus')).toHaveText('More filters');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // what happened
  await page.keyboard.press('Tab'); // kind
  await page.keyboard.press('Tab'); // age
  await page.keyboard.press('Tab'); // language
  await page.keyboard.press('Tab'); // first need
  await page.keyboard.press('Space');
  await expect(page.locator('.search__needs input').first()).toBeChecked();
  await expect(status(page)).toContainText('found');
  // Shift+Tab back, then forward to the first result link
  const firstResult = page.locator('[data-result] h3 a').first();
  for (let i = 0; i < 60 && !(await firstResult.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstResult).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'How to get in touch' })).toBeVisible();
});

test('searching adds no history entries, puts nothing in the address bar and stores nothing', async ({ page, context }) => {
  const g = await guard(page, context);
  await page.goto('/search/');
  const length = await page.evaluate(() => history.length);
  await page.locator('#search-q').fill('he hits me');
  await page.locator('#search-borough').selectOption('lambeth');
  await page.locator('#search-place').fill('SE5');
  await expect(status(page)).toContainText('found');
  expect(await page.evaluate(() => history.length)).toBe(length);
  expect(page.url()).toBe(`${origin()}/search/`);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  await expect(page.locator('#search-q')).toHaveAttribute('autocomplete', 'off');
  expect(g.offOrigin).toEqual([]);
  expect(g.cspViolations).toEqual([]);
});

test('a professional can copy a link to the results, and the link restores them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/search/');
  await page.locator('#search-q').fill('stalking');
  await page.locator('#search-borough').selectOption('camden');
  await page.getByRole('button', { name: 'Copy a link to these results' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${origin()}/search/#q=stalking&borough=camden`);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('#search-q')).toHaveValue('stalking');
  await expect(other.locator('#search-borough')).toHaveValue('camden');
  await expect(other.locator('[data-result]').first()).toBeVisible();
  expect(other.url()).toBe(`${origin()}/search/`); // the words leave the address bar
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page offers links that land on the right pages', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('link', { name: 'Help by borough' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help by borough');
    await page.goto('/search/');
    await page.getByRole('link', { name: 'Help for what happened' }).click();
    await page.getByRole('link', { name: 'Stalking', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stalking');
  });
});
