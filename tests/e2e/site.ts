// Shared helpers for browser tests: the list of built pages, and guards that record any
// request to another origin and any Content Security Policy violation.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, type BrowserContext, type Page } from '@playwright/test';
import { fillPlaceholders, loadTranslations } from '../../src/lib/i18n/translations.ts';
import { stringOf } from '../../src/lib/i18n/help-page.ts';
import { SHIPPED_SITE } from './builds.ts';

/** The origin of the site the running test is on (its project's build: tests/e2e/builds.ts). */
export function origin(): string {
  return new URL(test.info().project.use.baseURL!).origin;
}
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/** Every page of the shipped site (dist/), as a URL path ("/", "/services/the-havens/", "/404.html"). */
export function builtPages(dir = SHIPPED_SITE.outDir): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else if (name === 'index.html') out.push(`/${sub ? `${sub}/` : ''}`);
      else if (name.endsWith('.html')) out.push(`/${rel}`);
    }
  };
  walk('');
  return out.sort();
}

/** A fixed sample of pages, one of each type, for tests too slow to run on every page. */
export function samplePages(): string[] {
  const all = builtPages();
  const firstUnder = (prefix: string) => all.find((p) => p.startsWith(prefix) && p !== prefix) ?? prefix;
  return [
    ...new Set([
      '/',
      '/search/',
      '/map/',
      '/services/',
      firstUnder('/services/'),
      firstUnder('/boroughs/'),
      firstUnder('/what-happened/'),
      firstUnder('/needs/'),
      '/staying-safe-online/',
      '/404.html',
    ]),
  ].filter((p) => all.includes(p));
}

/** Wait until a page has finished what it does on load: islands fetch their data. */
export async function settle(page: Page, path: string): Promise<void> {
  await page.waitForLoadState('load');
  if (path === '/map/') await page.locator('path.leaflet-interactive').first().waitFor();
  if (path === '/shortlist/') await page.waitForLoadState('networkidle');
  if (path === '/search/') await page.locator('#search-q').waitFor();
}

export interface Guard {
  offOrigin: string[];
  cspViolations: string[];
  consoleErrors: string[];
}

/** Record every request that leaves the site and every CSP violation on a page. */
export async function guard(page: Page, context: BrowserContext): Promise<Guard> {
  const g: Guard = { offOrigin: [], cspViolations: [], consoleErrors: [] };
  const site = origin();
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(site) && !url.startsWith('data:') && !url.startsWith('blob:')) g.offOrigin.push(url);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') g.consoleErrors.push(msg.text());
  });
  await page.exposeFunction('__reportCsp', (v: string) => g.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return g;
}

/** Serve a stand-in for the neutral site, so quick-exit tests never leave the machine. */
export async function stubNeutralSite(context: BrowserContext): Promise<void> {
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>neutral</p>' }),
  );
}

/** A phone's browser context: mobile layout (meta viewport honoured), touch, a dense screen. */
export function phone(width: number, javaScriptEnabled = true) {
  return {
    viewport: { width, height: 740 },
    screen: { width, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
  };
}

/** Wait until a page has finished loading, with or without JavaScript. */
export async function settleAny(page: Page, path: string, javaScriptEnabled: boolean): Promise<void> {
  if (javaScriptEnabled) await settle(page, path);
  else await page.waitForLoadState('load');
}

/**
 * What is wrong with a page on a phone `deviceWidth` CSS pixels wide, as it is now (empty if
 * nothing). Mobile Chromium widens the layout viewport when content overflows, which moves
 * fixed elements off the screen, so this measures against the visual viewport and the device.
 * - Reflow: nothing is wider than the screen, so the page never scrolls sideways.
 * - Quick exit: the button (and its help link) lies wholly inside the visual viewport, and a grid
 *   of points across the button hits the button itself, so nothing (a sticky bar, a map popup or
 *   control) is drawn over it.
 */
export async function phoneProblems(page: Page, deviceWidth: number): Promise<string[]> {
  return page.evaluate((deviceWidth) => {
    const problems: string[] = [];
    const vv = window.visualViewport!;
    const root = document.documentElement;
    const pageWidth = Math.max(root.scrollWidth, document.body.scrollWidth);
    if (pageWidth > deviceWidth) problems.push(`page is ${pageWidth}px wide`);
    if (window.innerWidth > deviceWidth) problems.push(`layout viewport widened to ${window.innerWidth}px`);
    if (vv.width > deviceWidth + 0.5 || vv.scale < 0.99)
      problems.push(`visual viewport ${vv.width.toFixed(0)}px at scale ${vv.scale.toFixed(2)}`);

    const view = { left: vv.offsetLeft, top: vv.offsetTop, right: vv.offsetLeft + vv.width, bottom: vv.offsetTop + vv.height };
    const inside = (r: DOMRect) =>
      r.width > 0 &&
      r.height > 0 &&
      r.left >= view.left - 0.5 &&
      r.top >= view.top - 0.5 &&
      r.right <= view.right + 0.5 &&
      r.bottom <= view.bottom + 0.5;
    const box = (r: DOMRect) => `${r.left.toFixed(0)},${r.top.toFixed(0)} ${r.width.toFixed(0)}x${r.height.toFixed(0)}`;
    const button = document.querySelector<HTMLElement>('[data-quick-exit-button]');
    if (!button) return [...problems, 'no quick exit button'];
    const b = button.getBoundingClientRect();
    if (!inside(b))
      return [
        ...problems,
        `quick exit at ${box(b)}, outside the visible ${(view.right - view.left).toFixed(0)}x${(view.bottom - view.top).toFixed(0)} screen`,
      ];
    const help = document.querySelector<HTMLElement>('.quick-exit__help');
    if (help && !inside(help.getBoundingClientRect()))
      problems.push(`quick exit help link at ${box(help.getBoundingClientRect())}, outside the screen`);

    const name = (el: Element | null) =>
      el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
        : 'nothing';
    const covers = new Set<string>();
    for (const fx of [0, 0.25, 0.5, 0.75, 1])
      for (const fy of [0, 0.5, 1]) {
        const hit = document.elementFromPoint(b.left + 4 + fx * (b.width - 8), b.top + 4 + fy * (b.height - 8));
        if (!hit || !button.contains(hit)) covers.add(name(hit));
      }
    if (covers.size) problems.push(`quick exit covered by ${[...covers].join(', ')}`);
    return problems;
  }, deviceWidth);
}

const { translations } = loadTranslations();

/** The catalogue of a "Help in your language" page (/pl/, /ar/), or undefined for an English page. */
export function catalogueOf(path: string) {
  return translations.find((c) => path === `/${c.code}/`);
}

/**
 * What the quick exit should say on a page, worked out from the sources (English, or the page's
 * catalogue), not read from the page: its label, the cover's word while leaving, the Shift count.
 */
export function quickExitWording(path: string): { label: string; loading: string; pressesLeft: (n: number) => string | RegExp } {
  const c = catalogueOf(path);
  if (!c)
    return { label: 'Quick exit', loading: 'Loading', pressesLeft: (n) => new RegExp(`Press ${n} more time${n === 1 ? '' : 's'}\\b`) };
  return {
    label: stringOf(c, 'ui.quickExit'),
    loading: stringOf(c, 'ui.quickExitLoading'),
    pressesLeft: (n) => fillPlaceholders(stringOf(c, 'ui.quickExitPressesLeft'), { count: String(n) }),
  };
}

/**
 * Sum of layout shifts while a page loads, with scripts and data slowed so the page is drawn
 * before its islands arrive (as on a slow phone), the way Lighthouse counts them: shifts after
 * the person's own input are not counted. `ready` waits until the islands have drawn.
 */
export async function layoutShiftWhileLoading(page: Page, path: string, ready: () => Promise<void>): Promise<number> {
  await page.route(/\/(_astro\/.*\.js|search-index\.json|map-data\.json)$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await ready();
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}
