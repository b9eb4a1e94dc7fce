// The listing schema as JSON Schema (draft-07), so providers' editors (VS Code with the YAML
// extension, GitHub's editor with a schema-aware extension) autocomplete fields and flag mistakes
// while typing. Generated from the zod schema: each field's documentation becomes its description
// and example, and the rules zod cannot write itself come from the schema's draft07 metadata
// (schema/draft07.ts, schema/rules.ts). `npm run schema` writes public/schema/service.schema.json.
import { z } from 'astro/zod';
import { serviceSchema } from './schema/index.ts';
import { DEFINITIONS } from './schema/draft07.ts';
import { mergeKeywords, type Draft07, type FieldDoc } from './schema/meta.ts';
import { parse as parseYaml } from 'yaml';

export const JSON_SCHEMA_PATH = 'public/schema/service.schema.json';

/** Our metadata keys, which become JSON Schema keywords (or nothing) here. */
const OWN_KEYS = ['doc', 'draft07', 'draft07Replace'];

/** What only `npm run validate` checks, because draft-07 cannot say it (tests/unit/json-schema.test.ts tries each). */
export const VALIDATOR_ONLY =
  'dates in the future, lastVerified against the sources, two sources on two websites, ageMin not above ageMax, a session that opens and closes at the same time, real, stale and drama phone numbers, "free" in a label, a postcode in another borough, addresses in a confidential listing\'s text, safe houses listed as places, names mixing alphabets, urgent kinds, and the rules across files';

function override({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: Record<string, unknown> }): void {
  const meta = z.globalRegistry.get(zodSchema);
  for (const key of OWN_KEYS) delete jsonSchema[key];
  if (!meta) return;
  if (meta['draft07Replace']) {
    for (const key of Object.keys(jsonSchema)) if (key !== 'description' && key !== 'examples') delete jsonSchema[key];
    Object.assign(jsonSchema, meta['draft07Replace']);
  }
  if (meta['draft07']) mergeKeywords(jsonSchema, structuredClone(meta['draft07'] as Draft07));
  const doc = meta['doc'] as FieldDoc | undefined;
  if (doc) {
    jsonSchema['description'] = `${doc.meaning} ${doc.format}`;
    // The example is written as YAML (what a provider types); the JSON Schema wants the value.
    jsonSchema['examples'] = [parseYaml(doc.example) as unknown];
  }
}

export function listingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(serviceSchema, {
    io: 'input', // describe what providers write, before dates and text are normalised
    unrepresentable: 'any',
    target: 'draft-07',
    override,
  }) as Record<string, unknown>;
  // No $id: the site's address is deployment configuration (SITE_URL), and this file is committed.
  // Listings point at it by relative path (the yaml-language-server comment on their first line).
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'London support finder: one service listing',
    description: `One file per service in content/services/<slug>.yaml. Editors check what JSON Schema can say; run \`npm run validate\` for the rest: ${VALIDATOR_ONLY}.`,
    ...rest,
    definitions: { ...(rest['definitions'] as object | undefined), ...DEFINITIONS },
  };
}

export function listingJsonSchemaText(): string {
  return `${JSON.stringify(listingJsonSchema(), null, 2)}\n`;
}
