// Every built page, with JavaScript on: accessible (axe, WCAG 2.2 AA), private (no request
// off the site, no cookies or storage, strict CSP, no referrer), quick exit first to focus.
// One page load per page keeps the suite fast enough to run on every change.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, guard, settle } from './site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const path of builtPages()) {
  test(`${path}: accessible, private, quick exit first`, async ({ page, context }) => {
    const g = await guard(page, context);
    await page.goto(path);
    await settle(page, path);

    // Keyboard: the quick exit is the first thing Tab reaches; the skip link follows its help link.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('data-quick-exit-button', '');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass(/skip-link/);

    // Accessibility
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(0);

    // Privacy: policy, referrer, links, storage, requests
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    const links = await page.$$eval('a[href]', (as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: (a.getAttribute('rel') ?? '').split(/\s+/),
        external: /^https?:/.test(a.getAttribute('href') ?? '') && new URL((a as HTMLAnchorElement).href).origin !== location.origin,
      })),
    );
    for (const link of links.filter((l) => l.external))
      expect(link.rel, link.href).toEqual(expect.arrayContaining(['noreferrer', 'noopener']));
    expect(links.map((l) => l.href).filter((h) => /^[a-z]+:/i.test(h) && !/^(https?|tel|sms|mailto):/i.test(h))).toEqual([]);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: 'caches' in window ? (await caches.keys()).length : 0,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0, idb: 0, caches: 0, workers: 0 });
    expect(await context.cookies()).toEqual([]);
    expect(g.offOrigin).toEqual([]);
    expect(g.cspViolations).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
  });
}
