// Shared helpers for browser tests: the list of built pages, and guards that record any
// request to another origin and any Content Security Policy violation.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

export const ORIGIN = `http://127.0.0.1:${process.env['PORT'] ?? 4321}`;
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/** Every page in dist/, as a URL path ("/", "/services/the-havens/", "/404.html"). */
export function builtPages(dir = 'dist'): string[] {
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
  return [...new Set(['/', '/search/', '/map/', '/services/', firstUnder('/services/'), firstUnder('/boroughs/'), firstUnder('/what-happened/'), firstUnder('/needs/'), '/staying-safe-online/', '/404.html'])].filter((p) => all.includes(p));
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
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) g.offOrigin.push(url);
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
