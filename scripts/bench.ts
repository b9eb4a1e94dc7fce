// npm run bench: how heavy and how fast each kind of page is on a cheap phone on a slow
// connection, plus the search benchmark and build scaling. Writes bench-results/report.md and
// report.json (git-ignored) and prints the tables.
//
// Per page type: HTML, CSS and JS bytes (raw and gzip), requests on load, and, in headless
// Chromium with 4x CPU throttling and DevTools' "Slow 4G" profile, the first contentful paint
// and the moment the quick exit's script is ready (its link works from first paint).
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pageJs } from './dist-files.ts';
import {
  CPU_SLOWDOWN,
  SLOW_4G,
  ensureBuild,
  gzip,
  kb,
  launchChromium,
  median,
  ms,
  serveDist,
  table,
  writeReport,
  RESULTS_DIR,
} from './bench-lib.ts';
import { benchBuild, buildTable } from './bench-build.ts';

const PAGES: [string, string][] = [
  ['home', '/'],
  ['A to Z', '/services/'],
  ['service', '/services/the-havens/'],
  ['borough', '/boroughs/hackney/'],
  ['crime type', '/what-happened/domestic-abuse/'],
  ['search', '/search/'],
  ['map', '/map/'],
  ['safety page', '/staying-safe-online/'],
];
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const PORT = 4398;

function fileOf(path: string): string {
  return `dist${path}index.html`;
}

function sizes(path: string) {
  const html = readFileSync(fileOf(path), 'utf8');
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string).join('');
  const htmlOnly = html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  const js = pageJs(html);
  return {
    htmlRaw: htmlOnly.length,
    htmlGzip: gzip(htmlOnly),
    cssRaw: css.length,
    cssGzip: gzip(css),
    jsRaw: js.raw,
    jsGzip: js.gzip,
    totalGzip: gzip(html) + js.gzip,
  };
}

async function timings(path: string) {
  const server = await serveDist(PORT);
  const browser = await launchChromium();
  const fcp: number[] = [];
  const ready: number[] = [];
  let requests = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      let count = 0;
      page.on('request', () => (count += 1));
      await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => performance.getEntriesByName('quick-exit-ready').length > 0, null, { timeout: 60_000 });
      if (path === '/map/') await page.locator('path.leaflet-interactive').first().waitFor({ timeout: 120_000 });
      const t = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName('quick-exit-ready')[0]?.startTime ?? NaN,
      }));
      fcp.push(t.fcp);
      ready.push(t.ready);
      requests = count;
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { requests, fcp: median(fcp), quickExitReady: median(ready) };
}

ensureBuild();
const pageRows: Record<string, unknown>[] = [];
for (const [name, path] of PAGES) {
  console.log(`measuring ${name} (${path})`);
  pageRows.push({ name, path, ...sizes(path), ...(await timings(path)) });
}

const pageTable = table(
  ['page', 'HTML raw / gzip', 'CSS raw / gzip', 'JS raw / gzip', 'requests', 'first paint', 'quick exit script ready'],
  pageRows.map((r) => [
    `${String(r['name'])} (${String(r['path'])})`,
    `${kb(r['htmlRaw'] as number)} / ${kb(r['htmlGzip'] as number)}`,
    `${kb(r['cssRaw'] as number)} / ${kb(r['cssGzip'] as number)}`,
    `${kb(r['jsRaw'] as number)} / ${kb(r['jsGzip'] as number)}`,
    r['requests'] as number,
    ms(r['fcp'] as number),
    ms(r['quickExitReady'] as number),
  ]),
);

console.log('\nrunning the search benchmark (npm run bench:search)');
const search = spawnSync('npm', ['run', '-s', 'bench:search'], { stdio: 'inherit' });
const searchMd = search.status === 0 ? readFileSync(`${RESULTS_DIR}/search.md`, 'utf8') : '(the search benchmark failed: see its output)';

console.log('\nbuilding with synthetic listings (build scaling)');
const buildRows = benchBuild();

const md = [
  '# Benchmark report',
  '',
  `Headless Chromium, ${CPU_SLOWDOWN}x CPU throttling, DevTools "Slow 4G" (562.5 ms latency, 1.6 Mbps down), cache off, median of ${RUNS} loads. Pages served gzip by a local server. CSS is inlined in each page.`,
  '',
  '## Pages',
  '',
  pageTable,
  '',
  'Budgets (checked by `npm run test:dist`): content pages <= 14 KB HTML + CSS gzip; no framework JavaScript except search and map; search page JS <= 70 KB gzip.',
  '',
  searchMd.replace(/^# /m, '## '),
  '',
  '## Build scaling',
  '',
  buildTable(buildRows),
  '',
  'Target: 10,000 listings in 60 s or less on 2 cores, growing linearly.',
  '',
].join('\n');
writeReport('report', md, { pages: pageRows, build: buildRows });
console.log(`\n${md}`);
