// Site-wide settings that a deployment may change, in one place.

/**
 * Where the quick exit goes: a neutral, non-personalised page (GOV.UK's default, and one
 * most UK users recognise). See docs/decisions/0001-quick-exit.md.
 */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The repository that holds the listings; "Suggest a change" links point at its edit pages. */
export const REPOSITORY_URL = 'https://github.com/london-support-finder/london-support-finder';
export const REPOSITORY_BRANCH = 'main';

export const SITE_NAME = 'London support finder';

/**
 * The folder of listing files. LISTINGS_DIR overrides it, so benchmarks and tests can build
 * the site from synthetic or fixture listings without touching the real ones.
 */
export const LISTINGS_DIR = process.env['LISTINGS_DIR'] ?? 'content/services';
