// The shortlist: add services from different pages in one tab (Back included), review, print and
// copy them from the same card as everywhere else, and nothing is left on the device: the list
// lives in this tab's name (window.name) and the site's other open tabs, and a reload, closing
// the tab or the quick exit forgets it (docs/decisions/0005-shortlist-in-memory.md).
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';
import { dial, listing, nameOf } from './fixture-listings.ts';

const bar = (page: Page) => page.locator('[data-shortlist-bar]');
const count = (page: Page) => page.locator('[data-shortlist-count]');
const items = (page: Page) => page.locator('[data-shortlist-item]');
// On the fixture listings (tests/fixtures/site-listings/): names and numbers come from them.
const HAVENS = nameOf('the-havens');
const HELPLINE = nameOf('national-domestic-abuse-helpline');

async function nothingStored(page: Page, context: BrowserContext): Promise<void> {
  expect(
    await page.evaluate(async () => ({
      stored: localStorage.length + sessionStorage.length + document.cookie.length + (await indexedDB.databases()).length,
      caches: 'caches' in window ? (await caches.keys()).length : 0,
    })),
  ).toEqual({ stored: 0, caches: 0 });
  expect(await context.cookies()).toEqual([]);
}

test('in one tab: add from a service page, a borough page and search, Back keeps the list, then print and copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));

  // 1. From a service page: the first "Add" says how long the list lasts.
  await page.goto('/services/the-havens/');
  await page.getByRole('button', { name: new RegExp(`^Add to shortlist.*${RegExp.escape(HAVENS)}$`) }).click();
  await expect(bar(page)).toBeVisible();
  await expect(page.locator('[data-shortlist-status]')).toHaveText(
    `Added ${HAVENS} to your shortlist (1). It is kept while this tab is open. Closing the tab, reloading the page or Quick exit clears it.`,
  );
  await expect(page.locator('[data-shortlist-note]')).toBeVisible();
  await expect(bar(page).locator('.shortlist-bar__line')).toHaveText('Your shortlist: 1 service. Review, print or copy');

  // 2. From a borough page (a card), in the same tab
  await page.goto('/boroughs/camden/');
  await expect(count(page)).toHaveText('1 service');
  await page.locator('.card [data-shortlist-add]').first().click();
  await expect(count(page)).toHaveText('2 services');
  await expect(page.locator('[data-shortlist-note]')).toBeHidden();

  // Back: the list is still there, and the Havens' button says it is on it.
  await page.goBack();
  await expect(page).toHaveURL(/\/services\/the-havens\/$/);
  await expect(count(page)).toHaveText('2 services');
  await expect(page.locator('[data-shortlist-add="the-havens"]')).toHaveAttribute('aria-pressed', 'true');

  // 3. From the search results
  await page.goto('/search/');
  await page.locator('#search-q').fill(HELPLINE.toLowerCase());
  await page.locator('[data-result="national-domestic-abuse-helpline"] [data-shortlist-add]').click();
  await expect(bar(page).locator('.shortlist-bar__line')).toHaveText('Your shortlist: 3 services. Review, print or copy');

  // The shortlist page, in the same tab: the same cards, dialled the same way as everywhere.
  await page.getByRole('link', { name: 'Review, print or copy' }).click();
  await expect(page).toHaveURL(/\/shortlist\/$/);
  await expect(items(page)).toHaveCount(3);
  await expect(page.locator('[data-shortlist-item="the-havens"] h2')).toHaveText(HAVENS);
  await expect(page.locator(`[data-shortlist-item="the-havens"] a.call-button[href="${dial('the-havens')}"]`)).toBeVisible();
  await expect(page.locator('[data-shortlist-item="the-havens"] .last-checked')).toHaveText(/^Last checked: \d{1,2} [A-Z][a-z]+ \d{4} \(/);
  // Its cards come from small card files, not the open-data file.
  expect(requests.filter((p) => p.startsWith('/cards/'))).toHaveLength(3);
  expect(requests).not.toContain('/open-data/services.json');

  // Print: a dated handout that says where it came from and to check numbers; no buttons or
  // messages; each web address once (after its link's words, which never repeat it).
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('.site-nav')).toBeHidden();
  await expect(page.locator('[data-shortlist-actions]')).toBeHidden();
  await expect(page.locator('[data-shortlist-add]').first()).toBeHidden();
  await expect(page.locator('[data-shortlist-page-status]')).toBeHidden();
  await expect(page.locator('[data-shortlist-handout]')).toBeVisible();
  await expect(page.locator('[data-shortlist-handout]')).toHaveText(
    /^Printed on \d{1,2} [A-Z][a-z]+ \d{4} from London support finder\. Check numbers before use: services change\.$/,
  );
  await expect(items(page)).toHaveCount(3);
  await expect(page.locator('[data-shortlist-item] .call-button').first()).toBeVisible();
  const printedLinks = await page
    .locator('main a[href^="http"]')
    .evaluateAll((links) =>
      links
        .filter((a) => getComputedStyle(a).display !== 'none')
        .map((a) => ({ text: a.textContent ?? '', after: getComputedStyle(a, '::after').content, href: a.getAttribute('href') ?? '' })),
    );
  expect(printedLinks.length).toBeGreaterThan(0);
  for (const link of printedLinks) {
    expect(link.after, link.href).toBe(`" (${link.href})"`);
    expect(link.text, link.href).not.toContain(link.href);
  }
  await page.emulateMedia({ media: 'screen' });

  // Copy as plain text: the same facts, one date format.
  await page.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(page.locator('[data-shortlist-page-status]')).toHaveText('Copied 3 services as plain text.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('Check numbers before use: services change.');
  expect(text).toContain(`1. ${HAVENS}`);
  expect(text).toContain('Phone: 020 3299 6900'); // the number as people write it, not as dialled
  expect(text).toContain(`3. ${HELPLINE}`);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(text).not.toContain('<');

  // Removing one from its card
  await page.locator('[data-shortlist-item="the-havens"] [data-shortlist-add]').click();
  await expect(items(page)).toHaveCount(2);

  await nothingStored(page, context);
});

test('a reload empties the list, unless the user chose to keep it', async ({ page }) => {
  await page.goto('/services/the-havens/');
  await page.locator('[data-shortlist-add]').click();
  await expect(count(page)).toHaveText('1 service');
  await page.reload();
  await expect(bar(page)).toBeHidden();
  expect(await page.evaluate(() => window.name)).toBe('');

  // Chosen on the shortlist page: kept through a reload, on any page of the tab.
  await page.locator('[data-shortlist-add]').click();
  await page.goto('/shortlist/');
  await page.getByLabel('Keep the list if I reload a page in this tab').check();
  await page.goto('/services/the-havens/');
  await page.reload();
  await expect(count(page)).toHaveText('1 service');
  await page.goto('/shortlist/');
  await page.reload();
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByLabel('Keep the list if I reload a page in this tab')).toBeChecked();
  // Unchosen: the next reload forgets it.
  await page.getByLabel('Keep the list if I reload a page in this tab').uncheck();
  await page.reload();
  await expect(page.locator('[data-shortlist-empty]')).toBeVisible();
});

test('the quick exit forgets the list: a page of the site opened afterwards in the tab shows none', async ({ page, context }) => {
  await stubNeutralSite(context);
  await page.goto('/services/the-havens/');
  await page.locator('[data-shortlist-add]').click();
  await page.goto('/boroughs/camden/');
  await page.locator('.card [data-shortlist-add]').first().click();
  await expect(count(page)).toHaveText('2 services');
  await page.locator('[data-quick-exit-button]').click();
  await page.waitForURL(NEUTRAL_SITE);
  expect(await page.evaluate(() => window.name)).toBe('');

  // Back returns to the page before the one left (the quick exit replaced that one): no list.
  await page.goBack();
  await expect(page).toHaveURL(/\/services\/the-havens\/$/);
  await expect(bar(page)).toBeHidden();
  await expect(page.locator('[data-shortlist-add]')).toHaveAttribute('aria-pressed', 'false');

  // A page of the site opened afterwards in the same tab
  await page.goto('/shortlist/');
  await expect(page.locator('[data-shortlist-empty]')).toBeVisible();
  expect(await page.evaluate(() => window.name)).toBe('');
});

test('another site opened in the tab cannot read the list, and Back brings it back', async ({ page, context }) => {
  const website = listing('the-havens').data.contact.website!;
  await context.route(`${website}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>provider</title><p>provider</p>' }),
  );
  await page.goto('/services/the-havens/');
  await page.locator('[data-shortlist-add]').click();
  await page.locator(`#contact ~ ul a[href="${website}"]`).click();
  await page.waitForURL(website);
  expect(await page.evaluate(() => window.name)).toBe('');
  await page.goBack();
  await expect(count(page)).toHaveText('1 service');
});

test("the site's other open tabs keep the same list", async ({ page, context, browser }) => {
  const other = await context.newPage();
  await other.goto('/shortlist/');
  await page.goto('/services/the-havens/');
  await page.locator('[data-shortlist-add]').click();
  await expect(items(other)).toHaveCount(1);
  // A page opened later in another tab asks the open ones for the list.
  const third = await context.newPage();
  await third.goto('/services/');
  await expect(count(third)).toHaveText('1 service');
  await nothingStored(third, context);
  // Once the site's pages are closed, a fresh page has an empty shortlist.
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/shortlist/');
  await expect(fresh.locator('[data-shortlist-empty]')).toBeVisible();
});

test('a card that cannot load says so, and can still be removed', async ({ page }) => {
  await page.route('**/cards/the-havens.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/services/the-havens/');
  await page.locator('[data-shortlist-add]').click();
  await page.goto('/shortlist/');
  await expect(page.locator('[data-shortlist-item="the-havens"]')).toContainText('could not be loaded');
  await page.locator('[data-shortlist-item="the-havens"] [data-shortlist-add]').click();
  await expect(page.locator('[data-shortlist-empty]')).toBeVisible();
});

test('the shortlist page says it keeps nothing on the device', async ({ page }) => {
  await page.goto('/shortlist/');
  await expect(page.locator('main')).toContainText('never saved on this device');
});
