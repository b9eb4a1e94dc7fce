// Wiring only: the services collection is every YAML file in content/services/, checked by
// the listing schema. The file name (without .yaml) is the listing's id and URL.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { serviceSchema } from './schemas/service.ts';
import { LISTINGS_DIR } from './config.ts';

const services = defineCollection({
  loader: glob({ pattern: '*.yaml', base: LISTINGS_DIR }),
  schema: serviceSchema,
});

export const collections = { services };
