// Shared test helpers: fixture listings parsed by the real schema.
import { readFileSync } from 'node:fs';
import { validateListingText } from '../../src/lib/listing/validate.ts';
import type { ServiceEntry } from '../../src/lib/domain/services.ts';
import type { Service } from '../../src/lib/listing/schema/index.ts';

export function fixture(name: string): ServiceEntry {
  const file = `tests/fixtures/services/valid/${name}.yaml`;
  // Fixtures are examples (drama numbers, example.org.uk): allowed here, never in real listings.
  const result = validateListingText(file, name, readFileSync(file, 'utf8'), { today: '2026-11-23', allowExamples: true });
  if (!result.data) throw new Error(`fixture ${name} is invalid: ${JSON.stringify(result.errors)}`);
  return { id: name, data: result.data };
}

/** A fixture with some fields replaced, for one-off cases. */
export function variant(name: string, id: string, change: (data: Service) => Service): ServiceEntry {
  const base = fixture(name);
  return { id, data: change(structuredClone(base.data)) };
}
