// Help in your language (issue 17), as people use it: each page declares its language and
// direction; on a right-to-left page the quick exit is labelled in the language, sits in view on
// a phone and still leaves (tap, click and Shift pressed three times); the language chooser works
// without JavaScript, fits a 320 px phone open or closed and never covers the quick exit; and the
// site never switches language by itself. Axe, privacy and reflow for these pages are in
// every-page.spec.ts and phone-reflow.spec.ts, which cover every built page.
import { expect, test } from '@playwright/test';
import { loadTranslations } from '../../src/lib/i18n/translations.ts';
import { stringOf } from '../../src/lib/i18n/help-page.ts';
import { NEUTRAL_SITE, phone, phoneProblems, quickExitWording, stubNeutralSite } from './site.ts';

const { translations } = loadTranslations();
const rtl = translations.filter((c) => c.dir === 'rtl');

const expected: [string, string, string][] = [
  ...translations.map((c): [string, string, string] => [`/${c.code}/`, c.code, c.dir]),
  ['/languages/', 'en-GB', 'ltr'],
  ['/easy-read/', 'en-GB', 'ltr'],
  ['/', 'en-GB', 'ltr'],
];

for (const [path, lang, dir] of expected) {
  test(`${path}: <html lang="${lang}" dir="${dir}">, the quick exit and the chooser in the page's language`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const words = quickExitWording(path);
    await expect(page.locator('[data-quick-exit-button]')).toContainText(words.label);
    // Writing direction as the browser applies it, not only as declared.
    expect(await page.locator('main').evaluate((m) => getComputedStyle(m).direction)).toBe(dir);
  });
}

test.describe('right-to-left pages on a 320 px phone', () => {
  test.use(phone(320));

  for (const c of rtl) {
    const path = `/${c.code}/`;
    const words = quickExitWording(path);

    test(`${path}: the quick exit is labelled in ${c.englishName}, in view, and a tap leaves`, async ({ page, context }) => {
      await stubNeutralSite(context);
      await page.goto(path);
      const button = page.getByRole('link', { name: `${stringOf(c, 'ui.quickExitHiddenPrefix')}${words.label}` });
      await expect(button).toBeVisible();
      expect(await phoneProblems(page, 320)).toEqual([]);
      // Fixed at the bottom, across the screen, on the start (right-hand) side in right to left.
      const box = await button.boundingBox();
      const help = await page.locator('.quick-exit__help').boundingBox();
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeGreaterThan(740 - 80);
      expect(box?.x ?? 0).toBeGreaterThan(help?.x ?? Infinity);
      await button.tap();
      await page.waitForURL(NEUTRAL_SITE);
    });

    test(`${path}: Shift pressed three times leaves, counting down in ${c.englishName}`, async ({ page, context }) => {
      await stubNeutralSite(context);
      await page.goto(path);
      const status = page.locator('[data-quick-exit-status]');
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(words.pressesLeft(2));
      await page.keyboard.press('Shift');
      await expect(status).toHaveText(words.pressesLeft(1));
      const leaving = page.waitForURL(NEUTRAL_SITE);
      await page.keyboard.press('Shift');
      await leaving;
    });
  }

  test('the cover shown while leaving says "Loading" in the language, right to left', async ({ page }) => {
    // Hold the departure (Navigation API), so the cover can be read.
    await page.addInitScript(() => {
      const nav = (window as unknown as { navigation?: EventTarget }).navigation;
      nav?.addEventListener('navigate', (event) => event.preventDefault());
    });
    await page.goto('/ar/');
    await page.locator('[data-quick-exit-button]').tap();
    const cover = page.locator('.quick-exit-overlay');
    await expect(cover).toHaveText(quickExitWording('/ar/').loading);
    expect(await cover.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.title()).toBe(quickExitWording('/ar/').loading);
  });
});

test.describe('the language chooser without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('opens, goes to a language page, and back to the English original', async ({ page }) => {
    await page.goto('/');
    const chooser = page.locator('.language-chooser');
    await expect(chooser.getByRole('link', { name: 'Polski (Polish)' })).toBeHidden();
    await chooser.locator('summary').click();
    await chooser.getByRole('link', { name: 'Polski (Polish)' }).click();
    await expect(page).toHaveURL(/\/pl\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');

    await page.locator('.language-chooser summary').click();
    await page.locator('.language-chooser').getByRole('link', { name: 'العربية (Arabic)' }).click();
    await expect(page).toHaveURL(/\/ar\/$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The current language is marked, for screen readers too.
    await page.locator('.language-chooser summary').click();
    await expect(page.locator('.language-chooser a[aria-current="page"]')).toHaveAttribute('href', '/ar/');

    // "Read this page in English", at the top of the page.
    await page.locator('.translation-notice a').click();
    await expect(page).toHaveURL(/\/languages\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await page.locator('.language-chooser summary').click();
    await page.locator('.language-chooser').getByRole('link', { name: 'Easy Read' }).click();
    await expect(page).toHaveURL(/\/easy-read\/$/);
  });
});

test.describe('no automatic switching', () => {
  test.use({ locale: 'ar', extraHTTPHeaders: { 'Accept-Language': 'ar,ur;q=0.9' } });

  test('a browser set to Arabic still gets the English home page, with the chooser offered', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.request().redirectedFrom()).toBeNull();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.locator('.language-chooser summary')).toBeVisible();
  });
});

for (const width of [320, 360]) {
  test.describe(`the chooser on a ${width} px phone`, () => {
    test.use(phone(width));

    test(`closed, the chooser is a globe beside the site's name: named in words, at least 44 px, on the header's first line (${width} px)`, async ({
      page,
    }) => {
      await page.goto('/');
      const summary = page.locator('.language-chooser summary');
      await expect(summary).toHaveAccessibleName('Help in your language');
      const box = (await summary.boundingBox())!;
      const name = (await page.locator('.site-name').boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      // On the site name's line, so the header stays two lines and the call buttons stay high.
      expect(box.y).toBeLessThan(name.y + name.height);
      expect(box.y + box.height).toBeGreaterThan(name.y);
    });

    for (const path of ['/', '/ar/', '/ur/', '/bn/', '/easy-read/']) {
      test(`${path}: open, it fits and leaves the quick exit in view and uncovered (${width} px)`, async ({ page }) => {
        await page.goto(path);
        await page.locator('.language-chooser summary').tap();
        await expect(page.locator('.language-chooser__list')).toBeVisible();
        expect(await phoneProblems(page, width)).toEqual([]);
        // Scrolled so the end of the list lies where the quick exit is.
        await page.locator('.language-chooser__list li').last().scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, 120));
        expect(await phoneProblems(page, width)).toEqual([]);
      });
    }
  });
}

test("the search's language filter lists languages in their own script and puts their services first", async ({ page, request }) => {
  const index = (await (await request.get('/search-index.json')).json()) as {
    docs: { id: string; languages: string[]; needs: string[] }[];
  };
  const speaksSpanish = new Set(index.docs.filter((d) => d.languages.includes('Spanish')).map((d) => d.id));
  const interpreters = new Set(index.docs.filter((d) => d.needs.includes('interpreters')).map((d) => d.id));
  expect(speaksSpanish.size).toBeGreaterThan(0);

  await page.goto('/search/');
  await page.locator('details.search__more > summary').click();
  const select = page.locator('#search-language');
  await expect(select.locator('option', { hasText: 'Polish (Polski)' })).toHaveCount(1);
  await expect(select.locator('option', { hasText: 'Bengali (বাংলা)' })).toHaveCount(1);
  await expect(select).toHaveAccessibleDescription(/come first/);
  await select.selectOption('Spanish');
  await expect(page.locator('[data-search-status]')).toContainText('found');
  const ids = await page.locator('[data-result]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-result') ?? ''));
  const tier = (id: string) => (speaksSpanish.has(id) ? 0 : interpreters.has(id) ? 1 : 2);
  expect(ids.length).toBeGreaterThanOrEqual(speaksSpanish.size);
  expect(ids.slice(0, speaksSpanish.size).every((id) => tier(id) === 0)).toBe(true);
  expect(ids.map(tier)).toEqual([...ids.map(tier)].sort());
});
