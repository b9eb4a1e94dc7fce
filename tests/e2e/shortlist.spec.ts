// The shortlist: add services from different pages, print and copy them, and nothing is left
// on the device (no storage written, gone once the site's pages are closed).
import { expect, test } from '@playwright/test';

test('add three services from different pages, print and copy them, and leave no trace', async ({ context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();

  // 1. From a service page
  await page.goto('/services/the-havens/');
  await page.getByRole('button', { name: /Add to shortlist.*The Havens/ }).click();
  await expect(page.locator('[data-shortlist-bar]')).toBeVisible();
  await expect(page.locator('[data-shortlist-status]')).toHaveText('Added The Havens to your shortlist (1).');

  // Open the shortlist in its own tab: it keeps the list while the first tab moves on.
  const [shortlist] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Review, print or copy/ }).click()]);
  await expect(shortlist.locator('[data-shortlist-item]')).toHaveCount(1);

  // 2. From a borough page (a card)
  await page.goto('/boroughs/camden/');
  await page.locator('[data-shortlist-add]').first().click();
  // 3. From the search results
  await page.goto('/search/');
  await page.locator('#search-q').fill('national domestic abuse helpline');
  await page.locator('[data-result="national-domestic-abuse-helpline"] [data-shortlist-add]').click();

  await expect(shortlist.locator('[data-shortlist-item]')).toHaveCount(3);
  await expect(page.locator('[data-shortlist-count]')).toHaveText('3 services');

  // Print view: the list, no navigation or buttons, links printed as text
  await shortlist.emulateMedia({ media: 'print' });
  await expect(shortlist.locator('.quick-exit')).toBeHidden();
  await expect(shortlist.locator('.site-nav')).toBeHidden();
  await expect(shortlist.locator('[data-shortlist-actions]')).toBeHidden();
  await expect(shortlist.locator('[data-shortlist-item]')).toHaveCount(3);
  await expect(shortlist.locator('[data-shortlist-item] .tel').first()).toBeVisible();
  await shortlist.emulateMedia({ media: 'screen' });

  // Copy as plain text
  await shortlist.getByRole('button', { name: 'Copy as plain text' }).click();
  await expect(shortlist.locator('[data-shortlist-page-status]')).toHaveText('Copied 3 services as plain text.');
  const text = await shortlist.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('1. The Havens');
  expect(text).toContain('Phone: 020 3299 6900');
  expect(text).toContain('3. National Domestic Abuse Helpline');
  expect(text).not.toContain('<');

  // Nothing was written to the device
  for (const p of [page, shortlist])
    expect(await p.evaluate(async () => localStorage.length + sessionStorage.length + document.cookie.length + (await indexedDB.databases()).length)).toBe(0);
  expect(await context.cookies()).toEqual([]);

  // Once the site's pages are closed, a fresh page has an empty shortlist
  await page.close();
  await shortlist.reload();
  await expect(shortlist.locator('[data-shortlist-item]')).toHaveCount(0);
  await expect(shortlist.locator('[data-shortlist-empty]')).toBeVisible();
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto('/shortlist/');
  await expect(fresh.locator('[data-shortlist-empty]')).toBeVisible();
});

test('the shortlist page says it keeps nothing on the device', async ({ page }) => {
  await page.goto('/shortlist/');
  await expect(page.locator('main')).toContainText('never saved on this device');
});
