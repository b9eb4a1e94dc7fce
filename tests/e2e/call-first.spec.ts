// Call first, on a phone (isMobile, touch, 360 by 740 and 320 by 640): the pages a person in
// danger lands on open with large call buttons wholly on the first screen, above the quick exit
// bar, dialling the numbers in the listings; 999 is said once; the 24-hour lines are not closed
// away. The search page: Go/Enter moves to the result summary; its island does not move the page
// as it arrives; the home page's box hands its words over without putting them in an address.
// On the fixture listings (tests/fixtures/site-listings/), except the sweep of every borough and
// "what happened" page, which runs on the shipped site (tagged @shipped-site: tests/e2e/builds.ts).
import { expect, test, type Page } from '@playwright/test';
import { builtPages, layoutShiftWhileLoading, phone } from './site.ts';
import { dial, nameOf } from './fixture-listings.ts';

interface ButtonBox {
  href: string;
  top: number;
  bottom: number;
  height: number;
  width: number;
}

/** Every call button on the page, and the part of the screen not under the quick exit bar. */
async function callButtons(page: Page): Promise<{ buttons: ButtonBox[]; screenTop: number; screenBottom: number; screenRight: number }> {
  return page.evaluate(() => {
    const vv = window.visualViewport!;
    const exit = document.querySelector('[data-quick-exit]')!.getBoundingClientRect();
    // On a phone the quick exit bar is fixed at the bottom: the first screen ends where it starts.
    const bottom = exit.top > vv.height / 2 ? Math.min(exit.top, vv.offsetTop + vv.height) : vv.offsetTop + vv.height;
    const buttons = [...document.querySelectorAll<HTMLAnchorElement>('a.call-button')].map((a) => {
      const r = a.getBoundingClientRect();
      return {
        href: a.getAttribute('href') ?? '',
        top: r.top,
        bottom: r.bottom,
        height: r.height,
        width: r.width,
        left: r.left,
        right: r.right,
      };
    });
    return { buttons, screenTop: vv.offsetTop, screenBottom: bottom, screenRight: vv.offsetLeft + vv.width };
  });
}

const onFirstScreen = (b: ButtonBox, s: { screenTop: number; screenBottom: number }) =>
  b.top >= s.screenTop - 0.5 && b.bottom <= s.screenBottom + 0.5;

test.describe('on a 360 by 740 phone', () => {
  test.use(phone(360));

  const expectations: [string, string[]][] = [
    ['/', ['police-emergency-999', 'the-havens', 'national-domestic-abuse-helpline']],
    ['/services/the-havens/', ['the-havens']],
    ['/what-happened/domestic-abuse/', ['police-emergency-999', 'national-domestic-abuse-helpline']],
    ['/what-happened/sexual-violence/', ['police-emergency-999', 'the-havens', 'rape-crisis-247-support-line']],
    ['/boroughs/lambeth/', ['police-emergency-999', 'the-havens', 'national-domestic-abuse-helpline']],
  ];
  for (const [path, ids] of expectations) {
    test(`${path}: call buttons for ${ids.join(', ')}, at least 44 px tall, wholly on the first screen, dialling the listings' numbers`, async ({
      page,
    }) => {
      await page.goto(path);
      const screen = await callButtons(page);
      const first = screen.buttons.slice(0, ids.length);
      expect(first.map((b) => b.href)).toEqual(ids.map(dial));
      for (const b of first) {
        expect(b.height, `${b.href} height`).toBeGreaterThanOrEqual(44);
        expect(b.width, `${b.href} width`).toBeGreaterThanOrEqual(44);
        expect(
          onFirstScreen(b, screen),
          `${b.href} at ${b.top.toFixed(0)}-${b.bottom.toFixed(0)}, first screen ends at ${screen.screenBottom.toFixed(0)}`,
        ).toBe(true);
      }
    });
  }

  test('the urgent box says "999" once on the first screen, with 55 beside it, and has no shortlist button', async ({ page }) => {
    for (const path of ['/', '/boroughs/lambeth/', '/what-happened/domestic-abuse/']) {
      await page.goto(path);
      // Words on the first screen that mention 999 (the yellow strip is not on these pages).
      const mentions = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!/999/.test(n.textContent ?? '')) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          const r = range.getBoundingClientRect();
          if (r.height > 0 && r.top < window.innerHeight && !n.parentElement?.closest('.visually-hidden'))
            found.push(n.textContent!.trim());
        }
        return found;
      });
      expect(mentions, path).toEqual(['999']);
      await expect(page.locator('.urgent-strip'), path).toHaveCount(0);
      const box = page.locator('#urgent');
      await expect(box.locator('[data-call-route="emergency"]'), path).toContainText('press 55');
      await expect(box.locator('[data-shortlist-add]'), path).toHaveCount(0);
    }
  });

  test('the 24-hour lines are open on the page about them, with a link to them all', async ({ page }) => {
    await page.goto('/what-happened/domestic-abuse/');
    const more = page.locator('#urgent [data-all-day]');
    await expect(more.locator('details')).toHaveCount(0);
    await expect(more.locator('li')).toHaveCount(3);
    await expect(more.locator('li').first()).toBeVisible();
    // No line dials the helpline's number a second time (Refuge's refuges share it).
    await expect(more.locator(`a[href="${dial('national-domestic-abuse-helpline')}"]`)).toHaveCount(0);
    await more.getByRole('link', { name: /^All \d+ services open 24 hours$/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open 24 hours');
  });

  test('on the 999 page the button comes first and the strip does not repeat it', async ({ page }) => {
    await page.goto('/services/police-emergency-999/');
    await expect(page.locator('.urgent-strip')).toHaveCount(0);
    const screen = await callButtons(page);
    expect(screen.buttons[0]?.href).toBe(dial('police-emergency-999'));
    expect(onFirstScreen(screen.buttons[0]!, screen)).toBe(true);
    await expect(page.locator('[data-call-route="emergency"]')).toContainText('press 55');
  });
});

const LANDING = builtPages().filter((p) => /^\/(boroughs|what-happened)\/[^/]+\/$/.test(p));

for (const [width, height] of [
  [360, 740],
  [320, 640],
] as const) {
  test.describe(`every borough and "what happened" page at ${width} by ${height}`, { tag: '@shipped-site' }, () => {
    test.use({ ...phone(width), viewport: { width, height }, screen: { width, height } });

    test(`the first call button is 44 px or taller and wholly on the first screen (${width} px)`, async ({ page }) => {
      test.setTimeout(120_000);
      expect(LANDING.length).toBeGreaterThan(40);
      const problems: string[] = [];
      for (const path of LANDING) {
        await page.goto(path);
        const screen = await callButtons(page);
        const b = screen.buttons[0];
        if (!b) problems.push(`${path}: no call button`);
        else if (b.height < 44 || !onFirstScreen(b, screen))
          problems.push(
            `${path}: ${b.href} at ${b.top.toFixed(0)}-${b.bottom.toFixed(0)} (${b.height.toFixed(0)} px tall), first screen ends at ${screen.screenBottom.toFixed(0)}`,
          );
      }
      expect(problems).toEqual([]);
    });
  });
}

test.describe('search on a phone', () => {
  test.use(phone(360));

  test('Go moves focus from the box to the result summary, which says how many were found, with the first result on screen', async ({
    page,
  }) => {
    await page.goto('/search/');
    const box = page.locator('#search-q');
    await box.tap();
    await box.fill('he hits me');
    await expect(page.locator('[data-result]').first()).toBeAttached();
    await box.press('Enter');
    const summary = page.locator('#search-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toHaveText(/^\d+ services? found$/);
    await expect(summary).toHaveAttribute('role', 'status');
    await expect(box).not.toBeFocused();
    const first = await page.locator('[data-result] h3').first().boundingBox();
    expect(first, 'the first result').not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(740 - 60);
    expect(first!.y).toBeGreaterThanOrEqual(0);
  });

  test('the borough, postcode and other filters fold away under the box, so the results follow it', async ({ page }) => {
    await page.goto('/search/');
    const fold = page.locator('details.search__where');
    await expect(fold).not.toHaveAttribute('open', '');
    await expect(page.locator('#search-borough')).toBeHidden();
    await page.locator('#search-q').fill('stalking');
    const box = await page.locator('#search-q').boundingBox();
    const summary = await page.locator('#search-summary').boundingBox();
    expect(summary!.y - (box!.y + box!.height), 'space between the box and the summary').toBeLessThan(200);
    await fold.locator(':scope > summary').tap();
    await page.locator('#search-borough').selectOption('camden');
    await expect(fold.locator(':scope > summary')).toHaveText('Borough, postcode and more filters (1 chosen)');
  });

  for (const width of [320, 360, 412]) {
    test(`nothing moves as the search panel arrives (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      const shift = await layoutShiftWhileLoading(page, '/search/', () => page.locator('#search-q').waitFor());
      console.log(`/search/ at ${width} px: layout shift ${shift.toFixed(4)}`);
      expect(shift).toBeLessThan(0.05);
    });
  }
});

test.describe('search on a desktop', () => {
  test('Enter moves focus to the result summary; the filters are open and their fold has no summary to click', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('#search-borough')).toBeVisible();
    await expect(page.locator('details.search__where > summary')).toBeHidden();
    await page.locator('#search-q').fill('forced to marry');
    await page.locator('#search-q').press('Enter');
    await expect(page.locator('#search-summary')).toBeFocused();
    await expect(page.locator('#search-summary')).toHaveText(/services? found/);
  });

  test('the Search button does the same', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-q').fill('stalking');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('#search-summary')).toBeFocused();
  });

  test('nothing moves as the search panel arrives (desktop)', async ({ page }) => {
    const shift = await layoutShiftWhileLoading(page, '/search/', () => page.locator('#search-q').waitFor());
    console.log(`/search/ on a desktop: layout shift ${shift.toFixed(4)}`);
    expect(shift).toBeLessThan(0.05);
  });
});

test.describe('the home page search box', () => {
  test.use(phone(360));

  test('opens the search page with the words searched and the results announced, and no words in any address or in the history state', async ({
    page,
  }) => {
    const addresses: string[] = [];
    page.on('request', (r) => addresses.push(r.url()));
    page.on('framenavigated', (f) => addresses.push(f.url()));
    await page.goto('/');
    await page.locator('#home-search-q').fill('he hits me');
    await page.locator('#home-search-q').press('Enter');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#search-q')).toHaveValue('he hits me');
    await expect(page.locator('[data-result] h3').first()).toHaveText(nameOf('national-domestic-abuse-helpline'));
    await expect(page.locator('#search-summary')).toBeFocused();
    expect(await page.evaluate(() => JSON.stringify(history.state))).not.toContain('hits');
    expect(addresses.filter((a) => /hits/.test(decodeURIComponent(a)))).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('still opens the search page, which says what works without JavaScript, and sends no words', async ({ page }) => {
      await page.goto('/');
      await page.locator('#home-search-q').fill('he hits me');
      await page.locator('#home-search-q').press('Enter');
      await expect(page).toHaveURL(/\/search\/\??$/);
      await expect(page.locator('[data-no-script]')).toBeVisible();
      await page.getByRole('link', { name: 'Help by borough' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help by borough');
    });
  });
});

test.describe('the home page names harms as people call them', () => {
  test('forced marriage, FGM and so-called honour-based abuse lead to their page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Forced marriage, FGM and so-called honour-based abuse' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harmful practices');
    await expect(page.locator('main')).toContainText('Forced marriage');
  });

  test('the borough index lists every borough A to Z, not by region', async ({ page }) => {
    await page.goto('/boroughs/');
    const names = await page.locator('main .link-grid a').allTextContents();
    expect(names).toHaveLength(33);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    await expect(page.locator('main h2')).toHaveCount(1);
  });
});

test.describe('the quick exit on a phone', () => {
  test.use(phone(320));

  test('says beside its help link that Back can show this site, without making the bar taller', async ({ page }) => {
    await page.goto('/');
    const hint = page.locator('.quick-exit__hint');
    await expect(hint).toHaveText('Back can show this site.');
    const bar = await page.locator('[data-quick-exit]').boundingBox();
    const button = await page.locator('[data-quick-exit-button]').boundingBox();
    const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom));
    expect(bar!.height, 'the bar fits the space kept for it under the page').toBeLessThanOrEqual(padding);
    expect(button!.height, 'the button stays one line').toBeLessThan(56);
  });

  test('the map is not in the top bar on a phone, and the footer still links to it', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.site-nav a[href="/map/"]')).toBeHidden();
    await expect(page.locator('.site-footer a[href="/map/"]')).toBeVisible();
  });
});
