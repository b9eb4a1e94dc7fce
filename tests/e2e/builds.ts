// The two builds the browser tests run on, in one place (playwright.config.ts, the helpers and
// scripts/fixture-site.ts read them):
// - the shipped site: dist/, built from the live listings by `npm run build`. The safety sweeps
//   run here (every page, reflow on phones, the quick exit, languages, and anything that walks
//   every landing page or marker), because a real listing can break them.
// - the fixture site: dist-fixtures/, built from the frozen listings in tests/fixtures/site-listings/
//   (see its README). The behaviour tests run here, so a provider renaming or removing a service
//   cannot fail a test of the code.
import { LISTINGS_DIR } from '../../src/config.ts';

export interface SiteBuild {
  /** The Playwright project that tests this build. */
  project: string;
  listingsDir: string;
  outDir: string;
  port: number;
}

// PORT (4321 unless set) serves the shipped site; the fixture site uses the next port unless
// FIXTURE_PORT is set, so two checkouts can run their browser tests side by side.
const PORT = Number(process.env['PORT'] ?? 4321);

export const SHIPPED_SITE: SiteBuild = { project: 'shipped-site', listingsDir: LISTINGS_DIR, outDir: 'dist', port: PORT };

export const FIXTURE_SITE: SiteBuild = {
  project: 'fixture-site',
  listingsDir: 'tests/fixtures/site-listings',
  outDir: 'dist-fixtures',
  port: Number(process.env['FIXTURE_PORT'] ?? PORT + 1),
};

export const originOf = (build: SiteBuild) => `http://127.0.0.1:${build.port}`;

/**
 * The tests that run on the shipped site; every other test runs on the fixture site. Playwright
 * matches these against "project file describe title tags", so a whole spec file is named here,
 * and a sweep inside a behaviour spec carries the tag.
 */
export const ON_SHIPPED_SITE = [/\b(every-page|phone-reflow|quick-exit|languages)\.spec\.ts\b/, /@shipped-site\b/];
