import { defineConfig, devices } from '@playwright/test';
import { FIXTURE_SITE, ON_SHIPPED_SITE, originOf, SHIPPED_SITE } from './tests/e2e/builds.ts';

// Two builds, two preview servers (tests/e2e/builds.ts): the shipped site on PORT (4321 unless set;
// the "preview" npm script reads the same variable) and the fixture site on FIXTURE_PORT (PORT + 1),
// so two checkouts can run their browser tests side by side.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'; // Debian package `chromium`

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Resolve nothing but loopback: Chromium makes no DNS look-ups of its own, and any request
  // the site makes to another origin fails fast (and is caught by the tests) instead of leaking.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  // Most of each test is waiting on the browser, so a few more workers than cores pays off.
  workers: 4,
  // Axe over a long page takes a few seconds on a quiet machine and several times that on a loaded
  // one (a borough page timed out at 30 s with two test runs sharing two cores): a minute per test.
  timeout: 60_000,
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { trace: 'off' },
  // Each test runs on exactly one build: the safety sweeps on the shipped site, the rest on the fixture site.
  projects: [
    {
      name: SHIPPED_SITE.project,
      grep: ON_SHIPPED_SITE,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: originOf(SHIPPED_SITE),
        launchOptions: { executablePath: CHROMIUM, args: chromiumArgs },
      },
    },
    {
      name: FIXTURE_SITE.project,
      grepInvert: ON_SHIPPED_SITE,
      use: {
        ...devices['Desktop Chrome'],
        baseURL: originOf(FIXTURE_SITE),
        launchOptions: { executablePath: CHROMIUM, args: chromiumArgs },
      },
    },
  ],
  webServer: [
    {
      // `npm run`, not `npx astro`: nested npx breaks inside `npx -p node@24 -c`. Serves dist/ as
      // `npm run build` left it.
      command: 'npm run -s preview',
      url: `${originOf(SHIPPED_SITE)}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      // Builds dist-fixtures/ first when its inputs changed (about 40 s), then serves it.
      command: 'npm run -s preview:fixtures',
      url: `${originOf(FIXTURE_SITE)}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 240_000,
    },
  ],
});
