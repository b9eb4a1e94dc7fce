// The listing schema as JSON Schema, so providers' editors (VS Code with the YAML extension,
// GitHub's editor with a schema-aware extension) autocomplete fields and flag mistakes while
// typing. Generated from the zod schema; `npm run schema` writes public/schema/service.schema.json.
import { z } from 'astro/zod';
import { serviceSchema } from './schema.ts';

export const JSON_SCHEMA_PATH = 'public/schema/service.schema.json';

export function listingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(serviceSchema, {
    io: 'input', // describe what providers write, before dates and text are normalised
    unrepresentable: 'any',
    target: 'draft-07',
  }) as Record<string, unknown>;
  // No $id: the site's address is deployment configuration (SITE_URL), and this file is committed.
  // Listings point at it by relative path (the yaml-language-server comment on their first line).
  return {
    ...schema,
    title: 'London support finder: one service listing',
    description: 'One file per service in content/services/<slug>.yaml. Run `npm run validate` for the full checks (phone numbers, confidential locations, dates, cross-file rules).',
  };
}

export function listingJsonSchemaText(): string {
  return `${JSON.stringify(listingJsonSchema(), null, 2)}\n`;
}
