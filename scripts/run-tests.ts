// npm test: every check and test, in order, ending with one line "N passed, N failed".
// Steps that are not test suites (validation, type check, build) count as one test each,
// so a broken build can never end in "0 failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Step {
  name: string;
  script: string;
  /** A JSON report that counts the tests this step ran. */
  report?: 'vitest-unit' | 'vitest-dist' | 'playwright';
  /** Later steps cannot run without this one. */
  required?: boolean;
  /** Informational: printed, never fails the run. */
  informs?: boolean;
}

const steps: Step[] = [
  { name: 'listing validation', script: 'validate', required: true },
  { name: 'type check', script: 'check' },
  { name: 'lint and format (ESLint, Prettier)', script: 'lint' },
  { name: 'build', script: 'build', required: true },
  { name: 'unit tests', script: 'test:unit', report: 'vitest-unit' },
  { name: 'built-site tests (budgets, output safety)', script: 'test:dist', report: 'vitest-dist' },
  // The behaviour browser tests run on a site built from frozen fixture listings (tests/e2e/builds.ts).
  // Playwright would build it too; built here, a broken fixture build is named as such.
  { name: 'fixture site build', script: 'build:fixtures' },
  { name: 'browser tests (Playwright + axe)', script: 'test:e2e', report: 'playwright' },
  { name: 'coverage report', script: 'report:coverage', informs: true },
  { name: 'stale listings report', script: 'report:stale', informs: true },
];

/**
 * Browser tests use Debian's Chromium (Playwright cannot download its own browser here).
 * Install it when missing and we are allowed to (root, as on CI); otherwise say how.
 */
function ensureChromium(): boolean {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  if (process.getuid?.() === 0) {
    console.log('Chromium not found: installing it from Debian (apt-get install -y chromium)');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
            stdio: 'inherit',
            env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
          })
        : update;
    if (install.status === 0 && existsSync(path)) return true;
  }
  console.log(
    `Chromium is needed for the browser tests. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).`,
  );
  return false;
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;
const failures: string[] = [];
const browser = ensureChromium();

/** The parts of the JSON reports counted here. */
interface PlaywrightReport {
  stats: { expected: number; flaky: number; unexpected: number };
}
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { status: string; assertionResults: unknown[] }[];
}

function countReport(kind: NonNullable<Step['report']>): { passed: number; failed: number } | null {
  const file = { 'vitest-unit': 'reports/vitest.json', 'vitest-dist': 'reports/vitest-dist.json', playwright: 'reports/playwright.json' }[
    kind
  ];
  if (!existsSync(file)) return null;
  if (kind === 'playwright') {
    const { stats } = JSON.parse(readFileSync(file, 'utf8')) as PlaywrightReport;
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  // A test file that fails to load reports no assertions: count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  return { passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles };
}

for (const step of steps) {
  if (step.report === 'playwright' && !browser) {
    failed += 1;
    failures.push(`${step.name} (no Chromium)`);
    continue;
  }
  console.log(`\n=== ${step.name} (npm run ${step.script}) ===`);
  const result = spawnSync('npm', ['run', '-s', step.script], { stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  if (step.informs) continue;
  if (step.report) {
    const counted = countReport(step.report);
    if (counted) {
      passed += counted.passed;
      failed += counted.failed;
      if (!ok && counted.failed === 0) failed += 1; // the runner failed without a failing test: count it
      if (!ok || counted.failed > 0) failures.push(step.name);
      continue;
    }
  }
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(step.name);
    if (step.required) {
      console.log(`\n${step.name} failed: later steps need it, so they were not run.`);
      break;
    }
  }
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
