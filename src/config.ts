// Site-wide settings that a deployment may change, in one place.

/**
 * Where the quick exit goes: a neutral, non-personalised page (GOV.UK's default, and one
 * most UK users recognise). See docs/decisions/0001-quick-exit.md.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

// --- Deployment settings (see "Configuration" in the README) ----------------------------------
// The values below are placeholders: a build with any of them still succeeds, but warns
// (src/integrations/config-check.ts), so a real deployment sets all three.

/** Placeholder values, which the build warns about. */
export const PLACEHOLDERS = {
  repositoryUrl: 'https://github.com/london-support-finder/london-support-finder',
  maintainersEmail: 'report-a-mistake@london-support-finder.invalid',
} as const;

/**
 * The repository that holds the listings; "Suggest a change" links point at its edit pages.
 * REPOSITORY_URL at build time overrides it.
 */
export const REPOSITORY_URL = process.env['REPOSITORY_URL'] || PLACEHOLDERS.repositoryUrl;
export const REPOSITORY_BRANCH = 'main';

/**
 * Where anyone can report a mistake without a GitHub account: every listing has an email link to
 * this address, with the listing named in the subject. MAINTAINERS_EMAIL at build time overrides it.
 */
export const MAINTAINERS_EMAIL = process.env['MAINTAINERS_EMAIL'] || PLACEHOLDERS.maintainersEmail;

/**
 * The site's public address (https://your-domain/) comes from SITE_URL at
 * build time, in astro.config.mjs. Unset, the open data leaves out full page addresses.
 */
export const SITE_URL = process.env['SITE_URL'] || undefined;

export const SITE_NAME = 'London support finder';

/**
 * The folder of listing files. LISTINGS_DIR overrides it, so benchmarks and tests can build
 * the site from synthetic or fixture listings without touching the real ones.
 */
export const LISTINGS_DIR = process.env['LISTINGS_DIR'] ?? 'content/services';
