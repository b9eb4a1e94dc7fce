// The JSON Schema that providers' editors use: up to date with the zod schema, and it agrees
// with validation on the fixtures it can judge (structure, enums, unknown fields).
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, listingJsonSchemaText } from '../../src/lib/listing/json-schema.ts';
import { FIELD_REFERENCE_PATH, fieldReferenceMarkdown } from '../../src/lib/listing/field-reference.ts';

const schema = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as object;
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const load = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

describe('the generated JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(listingJsonSchemaText());
  });

  it('the field reference for providers is up to date too', () => {
    expect(readFileSync(FIELD_REFERENCE_PATH, 'utf8')).toBe(fieldReferenceMarkdown());
  });

  it.each(['example-full-listing', 'example-minimal-listing', 'example-refuge-route', 'example-perpetrator-programme'])('accepts the valid fixture %s', (name) => {
    expect(validate(load(`tests/fixtures/services/valid/${name}.yaml`)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(['misspelt-field', 'unknown-borough', 'unknown-crime-type', 'missing-crime-types', 'summary-too-long', 'unquoted-phone'])('flags the invalid fixture %s while typing', (name) => {
    expect(validate(load(`tests/fixtures/services/invalid/${name}.yaml`))).toBe(false);
  });

  it('is referenced from every listing file', () => {
    const files = readdirSync('content/services').filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(readFileSync(`content/services/${file}`, 'utf8').split('\n')[0], file).toBe('# yaml-language-server: $schema=../../public/schema/service.schema.json');
  });
});
