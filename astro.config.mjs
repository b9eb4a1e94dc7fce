// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import listingCheck from './src/integrations/listing-check.ts';
import configCheck from './src/integrations/config-check.ts';
import { readdirSync } from 'node:fs';

// The languages of the "Help in your language" pages: one catalogue per language in
// content/translations/ (<code>.yaml), English the source. Read here so adding a catalogue
// adds its locale; the pages themselves are src/pages/[lang]/ (see content/translations/README.md).
const translated = readdirSync('content/translations')
  .filter((name) => /^[a-z]{2,3}\.yaml$/.test(name) && name !== 'en.yaml')
  .map((name) => name.replace(/\.yaml$/, ''))
  .sort();

export default defineConfig({
  // The site's public address, for full links in the open data. Unset, they are left out (never a
  // made-up host) and the build warns: see src/integrations/config-check.ts and the README.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    listingCheck(),
    configCheck(),
    // One island runtime: Preact, for search and the map (docs/decisions/0003, 0004).
    preact(),
  ],
  markdown: { syntaxHighlight: false }, // Shiki's inline styles break the CSP
  prefetch: false, // prefetching would fetch pages the user never opened
  // Internationalisation: English is the default and keeps its addresses (no /en/ prefix); each
  // other language's pages live under its code (/pl/, /ar/). No redirect or switch by the
  // browser's language: the reader chooses in the language chooser.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', ...translated],
    routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Content Security Policy, delivered as a <meta> tag on every page. Astro adds the hashes of
  // its own scripts and styles; nothing inline is allowed otherwise, and only our own origin
  // may be contacted. frame-ancestors cannot be set in a meta tag: see public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'none'",
        "manifest-src 'self'",
      ],
    },
  },
});
