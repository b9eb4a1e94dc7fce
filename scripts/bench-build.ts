// npm run bench:build: build the site from 100, 1,000 and 10,000 synthetic listings and
// report build seconds, peak memory and output size, to show how the cost grows.
// Target (issue): 10,000 listings in <= 60 s on 2 cores, growing linearly.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticListings } from './synthetic-listings.ts';
import { table, writeReport } from './bench-lib.ts';

const SIZES = (process.env['BENCH_BUILD_SIZES'] ?? '100,1000,10000').split(',').map(Number);
const TIME = '/usr/bin/time'; // GNU time gives the peak memory (max RSS) of the build

export interface BuildRow {
  listings: number;
  pages: number;
  seconds: number;
  peakMemoryMB: number | null;
  outputMB: number;
  secondsPer1000: number;
}

function du(dir: string): number {
  const out = spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout;
  return Number(out.split(/\s/)[0] ?? 0);
}

function countPages(dir: string): number {
  const out = spawnSync('find', [dir, '-name', '*.html'], { encoding: 'utf8' }).stdout;
  return out.split('\n').filter(Boolean).length;
}

export function benchBuild(sizes = SIZES): BuildRow[] {
  const rows: BuildRow[] = [];
  const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
  for (const size of sizes) {
    const listings = join(work, `listings-${size}`);
    const out = join(work, `dist-${size}`);
    writeSyntheticListings(listings, size);
    const command = ['npm', 'run', '-s', 'build', '--', '--outDir', out];
    const useTime = existsSync(TIME);
    const start = performance.now();
    const result = spawnSync(useTime ? TIME : (command[0] as string), useTime ? ['-f', 'PEAK_KB=%M', ...command] : command.slice(1), {
      env: { ...process.env, LISTINGS_DIR: listings },
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 256,
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) {
      console.error(result.stdout.slice(-2000), result.stderr.slice(-2000));
      throw new Error(`build with ${size} listings failed`);
    }
    const peak = /PEAK_KB=(\d+)/.exec(result.stderr);
    rows.push({
      listings: size,
      pages: countPages(out),
      seconds,
      peakMemoryMB: peak ? Number(peak[1]) / 1024 : null,
      outputMB: du(out) / 1024 / 1024,
      secondsPer1000: (seconds / size) * 1000,
    });
    console.log(`${size} listings: ${seconds.toFixed(1)} s`);
    rmSync(out, { recursive: true, force: true });
    rmSync(listings, { recursive: true, force: true });
  }
  rmSync(work, { recursive: true, force: true });
  return rows;
}

export function buildTable(rows: BuildRow[]): string {
  return table(
    ['listings', 'pages', 'build', 'per 1,000 listings', 'peak memory', 'output'],
    rows.map((r) => [
      r.listings.toLocaleString('en-GB'),
      r.pages.toLocaleString('en-GB'),
      `${r.seconds.toFixed(1)} s`,
      `${r.secondsPer1000.toFixed(1)} s`,
      r.peakMemoryMB === null ? 'n/a' : `${r.peakMemoryMB.toFixed(0)} MB`,
      `${r.outputMB.toFixed(1)} MB`,
    ]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = benchBuild();
  const md = [
    `# Build scaling (${cpus().length} cores)`,
    '',
    buildTable(rows),
    '',
    'Target: 10,000 listings in 60 s or less, growing linearly.',
    '',
  ].join('\n');
  writeReport('build', md, rows);
  console.log(`\n${md}`);
}
