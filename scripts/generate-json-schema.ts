// npm run schema: regenerate, from the zod schema and its field documentation,
//   public/schema/service.schema.json  (what editors use to autocomplete and flag mistakes)
//   docs/listing-fields.md             (the field reference in CONTRIBUTING.md)
// A unit test fails if either committed file is out of date.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMA_PATH, listingJsonSchemaText } from '../src/lib/listing/json-schema.ts';
import { FIELD_REFERENCE_PATH, fieldReferenceMarkdown } from '../src/lib/listing/field-reference.ts';

writeFileSync(JSON_SCHEMA_PATH, listingJsonSchemaText());
writeFileSync(FIELD_REFERENCE_PATH, fieldReferenceMarkdown());
console.log(`wrote ${JSON_SCHEMA_PATH} and ${FIELD_REFERENCE_PATH}`);
