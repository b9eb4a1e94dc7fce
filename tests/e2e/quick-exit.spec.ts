// Quick exit on every built page: the button and Shift x3 (from inside a text field) hide the
// page before navigation starts and replace the history entry; without JavaScript the plain
// link still leaves. The neutral site is stubbed, so nothing leaves the machine.
import { expect, test, type Page } from '@playwright/test';
import { builtPages, NEUTRAL_SITE, origin, quickExitWording, settle, stubNeutralSite } from './site.ts';

/**
 * Record what the page looked like at the moment the browser was told to leave: the Navigation
 * API's "navigate" event fires synchronously when location.replace() is called, before any
 * request goes out. The neutral site itself is stubbed, so nothing leaves the machine.
 */
async function watchDeparture(page: Page) {
  let seen: { hidden: boolean; title: string; mainVisible: boolean } | undefined;
  await page.exposeBinding('__departing', (_source, state: typeof seen) => {
    seen = state;
  });
  await page.addInitScript(() => {
    const w = window as unknown as { navigation?: EventTarget; __departing: (s: unknown) => void };
    w.navigation?.addEventListener('navigate', () => {
      w.__departing({
        hidden: document.documentElement.classList.contains('quick-exit-leaving'),
        title: document.title,
        mainVisible: (document.querySelector('main')?.getClientRects().length ?? 0) > 0,
      });
    });
  });
  await stubNeutralSite(page.context());
  return () => seen;
}

const FIRST_PAGE = 'data:text/html,<title>before</title>';

async function openFromHome(page: Page, path: string): Promise<number> {
  // Arrive from another page, so history holds more than one entry.
  await page.goto(FIRST_PAGE);
  await page.goto(path);
  await settle(page, path);
  return page.evaluate(() => history.length);
}

for (const path of builtPages()) {
  // The page's own words: English, or its language's catalogue (content/translations/).
  const words = quickExitWording(path);
  test.describe(`quick exit on ${path}`, () => {
    test('button hides the page, then replaces it in history with the neutral site', async ({ page }) => {
      const departure = await watchDeparture(page);
      const lengthBefore = await openFromHome(page, path);
      await page.locator('[data-quick-exit-button]').click();
      await page.waitForURL(NEUTRAL_SITE);
      expect(departure()).toEqual({ hidden: true, title: words.loading, mainVisible: false });
      expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
      await page.goBack();
      expect(page.url()).toBe(FIRST_PAGE); // Back skips the page that was left
    });

    test('Shift pressed three times inside a text field leaves too', async ({ page }) => {
      const departure = await watchDeparture(page);
      const lengthBefore = await openFromHome(page, path);
      const field = page.locator('input[type="search"], input[type="text"]').first();
      if ((await field.count()) === 0) {
        await page.evaluate(() => {
          const input = document.createElement('input');
          input.type = 'text';
          input.setAttribute('aria-label', 'test field');
          document.querySelector('main')?.prepend(input);
        });
      }
      await page.locator('input[type="search"], input[type="text"]').first().focus();
      await page.keyboard.type('Hi'); // Shift used for a capital does not count
      await page.keyboard.press('Shift');
      await expect(page.locator('[data-quick-exit-status]')).toHaveText(words.pressesLeft(2));
      await page.keyboard.press('Shift');
      await expect(page.locator('[data-quick-exit-status]')).toHaveText(words.pressesLeft(1));
      await page.keyboard.press('Shift');
      await page.waitForURL(NEUTRAL_SITE);
      expect(departure()?.hidden).toBe(true);
      expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    });
  });

  test.describe(`quick exit without JavaScript on ${path}`, () => {
    test.use({ javaScriptEnabled: false });
    test('the plain link leaves for the neutral site', async ({ page, context }) => {
      await stubNeutralSite(context);
      await page.goto(path);
      const link = page.locator('[data-quick-exit-button]');
      await expect(link).toHaveAttribute('href', NEUTRAL_SITE);
      await expect(link).toHaveAttribute('rel', /nofollow/);
      await expect(link).toHaveAttribute('rel', /noreferrer/);
      await link.click();
      await page.waitForURL(NEUTRAL_SITE);
    });
  });
}

test('a page restored from the back-forward cache is shown again and the count is reset', async ({ page }) => {
  // Cancel the departure (Navigation API), so the page stays as it was left: hidden.
  await page.addInitScript(() => {
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigate', (event) => {
      const e = event as Event & { destination: { url: string } };
      if (e.destination.url.startsWith('https://www.bbc.co.uk/')) e.preventDefault();
    });
  });
  await page.goto('/services/');
  await page.locator('[data-quick-exit-button]').click();
  await expect(page.locator('html')).toHaveClass(/quick-exit-leaving/);
  await expect(page.locator('main h1')).toBeHidden();
  expect(await page.title()).toBe('Loading');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.locator('html')).not.toHaveClass(/quick-exit-leaving/);
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.quick-exit-overlay')).toHaveCount(0);
  expect(await page.title()).toContain('A to Z');
});

test.describe("quick exit across the site's tabs", () => {
  test('leaving one tab takes a shortlist tab away too, hidden first', async ({ page, context }) => {
    await stubNeutralSite(context);
    const shortlist = await context.newPage();
    await shortlist.goto('/shortlist/');
    await page.goto(builtPages().find((p) => /^\/services\/[^/]+\/$/.test(p))!); // any service: a listing's name or slug cannot fail this
    await page.locator('[data-shortlist-add]').first().click();
    await expect(shortlist.locator('[data-shortlist-item]')).toHaveCount(1);
    const hiddenBefore = shortlist.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const nav = (window as unknown as { navigation?: EventTarget }).navigation;
          nav?.addEventListener('navigate', () => resolve(document.documentElement.classList.contains('quick-exit-leaving')));
        }),
    );
    await page.locator('[data-quick-exit-button]').click();
    await page.waitForURL(NEUTRAL_SITE);
    await shortlist.waitForURL(NEUTRAL_SITE);
    expect(await hiddenBefore).toBe(true);
  });

  test('every other open tab of the site leaves too', async ({ page, context }) => {
    await stubNeutralSite(context);
    const other = await context.newPage();
    await other.goto('/staying-safe-online/');
    await page.goto('/');
    await page.locator('[data-quick-exit-button]').click();
    await page.waitForURL(NEUTRAL_SITE);
    await other.waitForURL(NEUTRAL_SITE);
  });
});

test.describe('clicks that would open a new tab', () => {
  const clicks: [string, Parameters<Page['click']>[1]][] = [
    ['a middle click', { button: 'middle' }],
    ['Ctrl or Cmd and click', { modifiers: ['ControlOrMeta'] }],
  ];
  for (const [name, options] of clicks) {
    test(`${name} still hides and leaves the page, and opens no tab`, async ({ page, context }) => {
      const departure = await watchDeparture(page);
      await openFromHome(page, '/services/');
      await page.locator('[data-quick-exit-button]').click(options);
      await page.waitForURL(NEUTRAL_SITE);
      expect(departure()?.hidden).toBe(true);
      expect(context.pages()).toHaveLength(1);
    });
  }
});

test("inside another site's frame, the quick exit leaves the whole window", async ({ page, context }) => {
  // The preview server sends no headers, so the page can be framed here (a host that reads
  // public/_headers forbids framing with frame-ancestors 'none' and X-Frame-Options: DENY).
  await stubNeutralSite(context);
  const ORIGIN = origin();
  // Another origin on the loopback address space (localhost, not 127.0.0.1), so Chrome's
  // private network rules allow the frame; the page itself is stubbed.
  const framer = `http://localhost:${new URL(ORIGIN).port}/framer.html`;
  await context.route(framer, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>framer</title><iframe src="${ORIGIN}/services/" width="800" height="600"></iframe>`,
    }),
  );
  // Chrome's local network access checks block a stubbed page from framing the real server,
  // so the site's own responses are passed through the same stub layer.
  await context.route(`${ORIGIN}/**`, async (route) => route.fulfill({ response: await route.fetch() }));
  await page.goto(framer);
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-quick-exit-button]').click();
  await page.waitForURL(NEUTRAL_SITE); // the top window, not just the frame
  expect(page.frames()).toHaveLength(1);
});
