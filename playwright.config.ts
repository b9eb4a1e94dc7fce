import { defineConfig, devices } from '@playwright/test';

// The preview server's port: 4321 unless PORT is set (the "preview" npm script reads the same variable),
// so two checkouts can run their browser tests side by side.
const PORT = Number(process.env['PORT'] ?? 4321);
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
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off' },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: CHROMIUM, args: chromiumArgs } },
    },
  ],
  webServer: {
    // `npm run`, not `npx astro`: nested npx breaks inside `npx -p node@24 -c`
    command: 'npm run -s preview',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
