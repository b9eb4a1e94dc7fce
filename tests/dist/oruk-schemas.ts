// The official Open Referral UK 3.0 JSON schemas (tests/fixtures/oruk-3.0/, BSD 3-Clause), compiled
// with ajv for JSON Schema 2020-12 and ajv-formats (uuid, date-time, uri and email matter).
// The schemas carry HSDS keywords that are not JSON Schema (constraints, core, datapackage_metadata),
// hence strict: false. Their $refs use the published addresses, so each file is added under its own.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const ORUK_SCHEMA_DIR = 'tests/fixtures/oruk-3.0/schema';
export const ORUK_SCHEMA_BASE = 'https://openreferraluk.org/specifications/3.0/schema/';

// ajv-formats is CommonJS; under Node's ESM loader its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

type Json = Record<string, unknown>;

/** Every object schema that lists properties gets additionalProperties: false (HSDS's "closed" check). */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) out[k] = closed(v);
  if (out['properties'] && typeof out['properties'] === 'object' && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  return out;
}

function compiler(mode: 'open' | 'closed') {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(ORUK_SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'empy_list_response.json')) {
    const schema = JSON.parse(readFileSync(`${ORUK_SCHEMA_DIR}/${file}`, 'utf8')) as unknown;
    ajv.addSchema((mode === 'closed' ? closed(schema) : schema) as Json, `${ORUK_SCHEMA_BASE}${file}`);
  }
  return (name: string): ValidateFunction => {
    const validate = ajv.getSchema(`${ORUK_SCHEMA_BASE}${name}.json`);
    if (!validate) throw new Error(`no ORUK schema ${name}.json in ${ORUK_SCHEMA_DIR}`);
    return validate;
  };
}

/**
 * open: the schemas as published (what counts as an error). closed: every field the profile does not
 * define is reported too, as the official validator does at its "Info" level.
 */
export function orukValidator(mode: 'open' | 'closed' = 'open') {
  const schema = compiler(mode);
  return (name: string, data: unknown): ErrorObject[] => {
    const validate = schema(name);
    return validate(data) ? [] : [...(validate.errors ?? [])];
  };
}

/** "/organization/id must match format \"uuid\"": one line per error, for readable failures. */
export function describeErrors(label: string, errors: ErrorObject[]): string[] {
  return errors.map((e) => `${label}${e.instancePath} ${e.message ?? ''}${e.keyword === 'additionalProperties' ? `: ${String((e.params as { additionalProperty?: string }).additionalProperty)}` : ''}`);
}
