// The Open Referral UK feed's types come from the official schemas, through a generated file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ORUK_TYPES_FILE, orukTypesSource } from '../../scripts/generate-oruk-types.ts';

describe('the Open Referral UK types', () => {
  it(`${ORUK_TYPES_FILE} is generated from tests/fixtures/oruk-3.0/schema and up to date (npm run oruk:types)`, async () => {
    const source = await orukTypesSource();
    expect(readFileSync(ORUK_TYPES_FILE, 'utf8')).toBe(source);
    for (const name of [
      'Service',
      'Organization',
      'ServiceAtLocation',
      'Location',
      'Schedule',
      'ServiceArea',
      'Phone',
      'Attribute',
      'TaxonomyTerm',
      'Page',
    ])
      expect(source).toContain(`export interface ${name} {`);
  }, 30_000);
});
