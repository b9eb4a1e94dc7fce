// On a phone, every page fits the screen and the quick exit is wholly on it, uncovered.
// Measured as a phone measures: mobile Chromium (isMobile, touch, a dense screen) widens the
// layout viewport when anything is wider than the screen, which draws the fixed quick exit
// below and to the right of what the person can see. So each page is checked against the
// visual viewport and the device width, on arrival and scrolled to the end, at 320 and 360 px
// (every built page) and 390 px (a sample), with JavaScript on and off, and in the states a
// page can be put in: "More filters" open, a map popup, the shortlist with services, print.
import { expect, test, type Page } from '@playwright/test';
import { builtPages, phone, phoneProblems, samplePages, settle, settleAny } from './site.ts';

type Found = Record<string, string[]>;

/** Visit each page in turn in one tab; return the problems found on each, by path. */
async function survey(page: Page, paths: string[], width: number, javaScriptEnabled = true): Promise<Found> {
  const found: Found = {};
  for (const path of paths) {
    await page.goto(path);
    await settleAny(page, path, javaScriptEnabled);
    const arrival = await phoneProblems(page, width);
    await scrollToEnd(page);
    const end = await phoneProblems(page, width);
    const problems = [...arrival.map((p) => `on arrival: ${p}`), ...end.map((p) => `scrolled to the end: ${p}`)];
    if (problems.length > 0) found[path] = problems;
  }
  return found;
}

async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** Print the figures a reviewer wants (how many pages overflow, how many lose the quick exit). */
function summarise(label: string, total: number, found: Found): void {
  const overflow = Object.values(found).filter((ps) => ps.some((p) => /wide|widened|visual viewport/.test(p))).length;
  const exit = Object.values(found).filter((ps) => ps.some((p) => /quick exit/.test(p))).length;
  console.log(`${label}: ${total} pages, ${overflow} overflow sideways, ${exit} with the quick exit out of view or covered`);
}

const ALL = builtPages();
const SAMPLE = [...new Set([...samplePages(), '/services/the-havens/', '/shortlist/', '/boroughs/'])].filter((p) => ALL.includes(p));

for (const width of [320, 360]) {
  test.describe(`${width} px phone`, () => {
    test.use(phone(width));

    test(`every built page fits and keeps the quick exit in view (${width} px)`, async ({ page }) => {
      test.setTimeout(300_000);
      const found = await survey(page, ALL, width);
      summarise(`${width} px`, ALL.length, found);
      expect(found).toEqual({});
    });

    test(`"More filters", the map, the shortlist and print fit, and nothing covers the quick exit (${width} px)`, async ({
      page,
      context,
    }) => {
      test.setTimeout(120_000);
      const found: Found = {};
      const record = async (state: string, p: Page = page) => {
        const problems = await phoneProblems(p, width);
        if (problems.length > 0) found[state] = problems;
      };

      for (const path of ['/search/', '/map/']) {
        await page.goto(path);
        await settle(page, path);
        // On a phone the search page folds its filters under the query box: open the fold first.
        const fold = page.locator('details.search__where:not([open]) > summary');
        if (await fold.count()) {
          await fold.click();
          await record(`${path} with the filters unfolded`);
        }
        await page.locator('details.search__more > summary').click();
        await expect(page.locator('#search-crime')).toBeVisible();
        await record(`${path} with More filters open`);
        // The longest "What happened" option, chosen, must fit as well.
        const longest = await page
          .locator('#search-crime option')
          .evaluateAll((options) => (options as HTMLOptionElement[]).reduce((a, b) => (b.text.length > a.text.length ? b : a)).value);
        await page.locator('#search-crime').selectOption(longest);
        await record(`${path} with the longest "What happened" option chosen`);
        await scrollToEnd(page);
        await record(`${path} with More filters open, scrolled to the end`);
      }

      // The map: a marker's popup open, then the popup and the zoom control scrolled to where the
      // quick exit is. Leaflet's panes and controls carry z-indexes of 400 to 1000.
      await page.goto('/map/');
      await settle(page, '/map/');
      await page.locator('.leaflet-marker-icon').first().focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.leaflet-popup')).toBeVisible();
      await record('/map/ with a popup open');
      const scrollUnderExit = (selector: string) =>
        page.evaluate((selector) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          const exit = document.querySelector('[data-quick-exit-button]')!.getBoundingClientRect();
          window.scrollBy(0, r.top - exit.top);
        }, selector);
      await scrollUnderExit('.leaflet-popup-content-wrapper');
      await record('/map/ with the popup scrolled behind the quick exit');
      await scrollUnderExit('.leaflet-control-zoom');
      await record('/map/ with the zoom control scrolled behind the quick exit');

      // The shortlist page open in its own tab, then three services added from their pages in the
      // first tab: the shortlist bar (sticky at the bottom) shows on each, under the quick exit.
      const list = await context.newPage();
      await list.goto('/shortlist/');
      const services = ALL.filter((p) => p.startsWith('/services/') && p !== '/services/').slice(0, 3);
      for (const [i, path] of services.entries()) {
        await page.goto(path);
        await page.locator('[data-shortlist-add]').first().click();
        await expect(list.locator('[data-shortlist-item]')).toHaveCount(i + 1);
      }
      const from = services.at(-1)!;
      await expect(page.locator('[data-shortlist-bar]')).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, 0));
      await record(`${from} with the shortlist bar showing`);
      await scrollToEnd(page);
      await record(`${from} with the shortlist bar showing, scrolled to the end`);
      await list.evaluate(() => window.scrollTo(0, 0));
      await record('/shortlist/ with 3 services', list);
      await scrollToEnd(list);
      await record('/shortlist/ with 3 services, scrolled to the end', list);

      // Print preview at phone width: no line wider than the page (printed link addresses wrap).
      for (const [p, state] of [
        [list, '/shortlist/ with 3 services'],
        [page, from],
      ] as const) {
        await p.emulateMedia({ media: 'print' });
        const printed = await p.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
        if (printed > width) found[`${state}, print preview`] = [`page is ${printed}px wide`];
        await p.emulateMedia({ media: 'screen' });
      }
      await page.goto('/services/the-havens/');
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (printed > width) found['/services/the-havens/ print preview'] = [`page is ${printed}px wide`];

      expect(found).toEqual({});
    });
  });

  test.describe(`${width} px phone without JavaScript`, () => {
    test.use(phone(width, false));

    test(`a page of each kind fits and keeps the quick exit in view without JavaScript (${width} px)`, async ({ page }) => {
      test.setTimeout(120_000);
      const found = await survey(page, SAMPLE, width, false);
      summarise(`${width} px, no JavaScript`, SAMPLE.length, found);
      expect(found).toEqual({});
    });
  });
}

test.describe('390 px phone', () => {
  test.use(phone(390));

  test('a page of each kind fits and keeps the quick exit in view (390 px)', async ({ page }) => {
    test.setTimeout(120_000);
    const found = await survey(page, SAMPLE, 390);
    summarise('390 px', SAMPLE.length, found);
    expect(found).toEqual({});
  });
});

test.describe('on-screen keyboard', () => {
  test.use(phone(360));

  test('the viewport asks for the keyboard to shrink the layout, and the quick exit stays above it', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text());
    });
    await page.goto('/search/');
    await settle(page, '/search/');
    // Chromium warns in the console about a viewport key or value it does not understand.
    expect(await page.locator('meta[name="viewport"]').getAttribute('content')).toContain('interactive-widget=resizes-content');
    expect(warnings.filter((w) => /interactive-widget|not recognized|is invalid/.test(w))).toEqual([]);
    // With resizes-content, the keyboard opening shrinks the layout viewport to the space above
    // it (headless Chromium has no keyboard; a shorter viewport is what the page then gets).
    await page.locator('#search-q').tap();
    await page.locator('#search-q').fill('raped last night');
    await page.setViewportSize({ width: 360, height: 740 - 320 });
    expect(await phoneProblems(page, 360)).toEqual([]);
    await expect(page.locator('#search-q')).toBeFocused();
  });
});
