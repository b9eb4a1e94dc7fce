// Getting around with and without JavaScript: home, borough, service and A-Z pages link up,
// and an unknown address shows the site's own 404 page with routes to help. On the fixture
// listings (tests/fixtures/site-listings/): numbers and names come from them, by file name.
import { expect, test } from '@playwright/test';
import { dial, nameOf, servesBorough } from './fixture-listings.ts';

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('home leads to a borough page, then to a service page', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('#urgent')).toBeVisible();
      await expect(page.locator('#urgent a.call-button[href="tel:999"]')).toBeVisible();
      await page.getByRole('link', { name: 'Hackney', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help in Hackney');
      await page.locator('.card h3 a').first().click();
      await expect(page.getByRole('heading', { level: 2, name: 'How to get in touch' })).toBeVisible();
      await expect(page.locator('.last-checked')).toContainText('Last checked');
    });

    test('the A to Z lists every service and each link works', async ({ page, request }) => {
      // Every listing built into the site, from the open data (which, unlike the search index, also
      // holds the services for people who want to stop harming).
      const index = (await (await request.get('/open-data/services.json')).json()) as { services: { id: string; name: string }[] };
      const docs = index.services;
      expect(docs.length).toBeGreaterThan(0);
      await page.goto('/services/');
      const hrefs = await page.locator('main li a[href^="/services/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      expect([...new Set(hrefs)].sort()).toEqual(docs.map((d) => `/services/${d.id}/`).sort());
      // Each link leads to that service's page (with its last-checked line); the first is opened.
      for (const doc of docs) {
        const response = await request.get(`/services/${doc.id}/`);
        expect(response.status(), doc.id).toBe(200);
        const html = await response.text();
        expect(html, doc.id).toMatch(/class="[^"]*\blast-checked\b/);
      }
      await page.locator(`main li a[href="/services/${docs[0]!.id}/"]`).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(docs[0]!.name);
      await expect(page.locator('.last-checked')).toBeVisible();
    });

    test('crime type and need pages are reachable from home', async ({ page }) => {
      await page.goto('/');
      await page.getByRole('link', { name: 'Stalking', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stalking');
      await page.goto('/');
      await page.getByRole('link', { name: 'No police report needed' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('No police report needed');
    });

    test('an unknown address shows the 404 page with routes to help', async ({ page }) => {
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Urgent help', exact: true })).toBeVisible();
    });

    test('the skip link moves to the main content', async ({ page }) => {
      await page.goto('/services/');
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
    });
  });
}

test.describe('borough pages', () => {
  test('where no local service is listed, say who can connect the reader, with a number to call, and still show help that covers everyone', async ({
    page,
  }) => {
    await page.goto('/boroughs/bexley/');
    const gap = page.locator('[data-gap="local"]');
    await expect(gap).toContainText('For support in Bexley, call the National Domestic Abuse Helpline');
    await expect(gap.locator(`a[href="${dial('national-domestic-abuse-helpline')}"]`)).toBeVisible();
    await expect(gap).not.toContainText('We have not yet');
    const rapeCrisis = page.locator('[data-gap="rape-crisis"]');
    await expect(rapeCrisis.locator(`a[href="${dial('rape-crisis-247-support-line')}"]`)).toBeVisible();
    await expect(page.locator('#urgent')).toContainText(nameOf('the-havens'));
    await expect(page.locator(`#urgent a.call-button[href="${dial('the-havens')}"]`)).toBeVisible();
    await expect(page.locator(`#urgent a.call-button[href="${dial('national-domestic-abuse-helpline')}"]`)).toBeVisible();
    await expect(page.locator('#national-heading')).toBeVisible();
    await expect(page.locator('section:has(#national-heading) li')).not.toHaveCount(0);
  });

  test("list the borough's own services first when there are some", async ({ page }) => {
    await page.goto('/boroughs/hackney/');
    await expect(page.locator('[data-gap="local"]')).toHaveCount(0);
    const first = await page.locator('section:has(#local-heading) .card[data-service]').first().getAttribute('data-service');
    expect(servesBorough(first!, 'hackney'), `${first} is a Hackney service`).toBe(true);
  });
});
