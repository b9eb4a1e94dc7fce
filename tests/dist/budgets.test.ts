// Size budgets, from dist/ (deterministic: bytes and counts, not times).
// Someone in danger may have an old phone and a weak signal.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSize, htmlPages, pageJs, requireBuild, urlOf } from './built-site.ts';

/** A page must render after the first round trip: HTML with its inlined CSS, gzip. */
const CONTENT_PAGE_BUDGET = 14 * 1024;
const SEARCH_JS_BUDGET = 70 * 1024;
/** The map page: Leaflet (about 42 KB gzip), Preact, the search panel and store, the map island. */
const MAP_JS_BUDGET = 80 * 1024;
const ISLAND_PAGE_BUDGET = 20 * 1024;
/** The shortlist page: Preact and the one card component, drawing the few cards a professional added. */
const SHORTLIST_JS_BUDGET = 18 * 1024;
const ISLAND_PAGES = new Set(['/search/', '/map/', '/shortlist/']);

beforeAll(requireBuild);

const pages = (() => {
  try {
    return htmlPages();
  } catch {
    return [];
  }
})();

describe('budgets for every page', () => {
  it('found the built pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it.each(pages.filter((f) => !ISLAND_PAGES.has(urlOf(f))))('%s: HTML + CSS within 14 KB gzip', (file) => {
    const size = gzipSize(readFileSync(file));
    expect(size, `${urlOf(file)} is ${size - CONTENT_PAGE_BUDGET} bytes over the ${CONTENT_PAGE_BUDGET}-byte budget (${size} bytes gzip)`).toBeLessThanOrEqual(CONTENT_PAGE_BUDGET);
  });

  it.each(pages.filter((f) => !ISLAND_PAGES.has(urlOf(f))))('%s: no framework JavaScript', (file) => {
    const html = readFileSync(file, 'utf8');
    expect(html, `${urlOf(file)} has an island`).not.toContain('<astro-island');
    const js = pageJs(html);
    for (const f of js.files) expect(f, `${urlOf(file)} loads ${f}`).not.toMatch(/client|preact|react|leaflet|SearchPanel|Map/i);
    // The quick exit and the shortlist glue are the only scripts: a few KB.
    expect(js.gzip, `${urlOf(file)} loads ${js.gzip} bytes of JS`).toBeLessThanOrEqual(4 * 1024);
  });
});

describe('island pages', () => {
  it.each(['dist/search/index.html', 'dist/map/index.html'])('%s: HTML + CSS within 20 KB gzip (the map inlines Leaflet\'s stylesheet)', (file) => {
    const size = gzipSize(readFileSync(file));
    expect(size, `${urlOf(file)} is ${size} bytes gzip`).toBeLessThanOrEqual(ISLAND_PAGE_BUDGET);
  });

  it('the search page loads at most 70 KB of JavaScript (gzip)', () => {
    const js = pageJs(readFileSync('dist/search/index.html', 'utf8'));
    expect(js.gzip, `search page JS is ${js.gzip} bytes gzip: ${js.files.join(', ')}`).toBeLessThanOrEqual(SEARCH_JS_BUDGET);
  });

  it('the shortlist page: HTML + CSS within 14 KB gzip, and at most 18 KB of JavaScript (gzip)', () => {
    const html = readFileSync('dist/shortlist/index.html');
    expect(gzipSize(html)).toBeLessThanOrEqual(CONTENT_PAGE_BUDGET);
    const js = pageJs(html.toString('utf8'));
    expect(js.gzip, `shortlist page JS is ${js.gzip} bytes gzip: ${js.files.join(', ')}`).toBeLessThanOrEqual(SHORTLIST_JS_BUDGET);
    // It draws its cards from small card files, not the open-data file.
    const code = js.files.map((f) => readFileSync(`dist${f}`, 'utf8')).join('\n');
    expect(code).toContain('/cards/');
    expect(code).not.toContain('/open-data/');
  });

  it('a card file is small: the shortlist fetches one per service', () => {
    const files = readdirSync('dist/cards');
    expect(files.length).toBeGreaterThan(50);
    const sizes = files.map((f) => gzipSize(readFileSync(`dist/cards/${f}`)));
    expect(Math.max(...sizes), 'largest card file, gzip').toBeLessThanOrEqual(1024);
  });

  it('the map page loads at most 80 KB of JavaScript (gzip)', () => {
    const js = pageJs(readFileSync('dist/map/index.html', 'utf8'));
    expect(js.gzip, `map page JS is ${js.gzip} bytes gzip: ${js.files.join(', ')}`).toBeLessThanOrEqual(MAP_JS_BUDGET);
  });

  it('every island on every page runs on one UI runtime', () => {
    const renderers = new Set<string>();
    for (const file of pages) for (const m of readFileSync(file, 'utf8').matchAll(/renderer-url="([^"]+)"/g)) renderers.add(m[1] as string);
    expect(renderers.size, `renderers: ${[...renderers].join(', ')}`).toBe(1);
  });

  it('the map code loads only on the map page', () => {
    const mapJs = pageJs(readFileSync('dist/map/index.html', 'utf8')).files.filter((f) => /leaflet|Map/i.test(f));
    expect(mapJs.length).toBeGreaterThan(0);
    for (const file of pages.filter((f) => urlOf(f) !== '/map/')) {
      const files = pageJs(readFileSync(file, 'utf8')).files;
      for (const f of mapJs) expect(files, `${urlOf(file)} loads map code ${f}`).not.toContain(f);
    }
  });

  it('the search index is not inlined into any page', () => {
    for (const file of pages) expect(readFileSync(file, 'utf8')).not.toContain('"bankHolidays"');
  });
});
