// Wiring only: the services collection is every YAML file in content/services/. The file name
// (without .yaml) is the listing's id and URL.
//
// One reading of YAML: this loader does not parse the files itself (Astro's glob loader would
// use js-yaml, which reads some files differently from the validator). It takes each file's
// fields from the validator (src/lib/listing/validate.ts, which reads them with
// src/lib/listing/file.ts) and publishes only the listings the validator accepts, so what
// `npm run validate` checked is exactly what the site builds.
import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { serviceSchema } from './lib/listing/schema/index.ts';
import { LISTINGS_DIR } from './config.ts';
import { allErrors, validateDirectory } from './lib/listing/validate.ts';

const services = defineCollection({
  loader: {
    name: 'listings',
    load: async (context) => {
      const { store, logger, watcher } = context;
      const sync = async () => {
        const result = validateDirectory(LISTINGS_DIR);
        const refused = new Set(allErrors(result).map((p) => p.file));
        if (refused.size > 0) logger.warn(`${refused.size} listing file(s) with errors are left out; run npm run validate`);
        store.clear();
        for (const listing of result.listings) {
          if (!listing.raw || refused.has(listing.file)) continue;
          const data = await context.parseData({ id: listing.slug, data: listing.raw });
          store.set({ id: listing.slug, data, digest: context.generateDigest(listing.raw) });
        }
      };
      await sync();
      if (watcher) {
        const dir = resolve(LISTINGS_DIR);
        watcher.add(dir);
        watcher.on('all', (_event, path) => {
          if (resolve(path).startsWith(dir)) void sync();
        });
      }
    },
  },
  schema: serviceSchema,
});

export const collections = { services };
