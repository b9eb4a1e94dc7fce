// Every field of a listing is documented beside it (meaning, what to write, an example), and the
// one walk over the schema that the field reference, the JSON Schema and the validator's hints
// use finds every field.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createServiceSchema } from '../../src/lib/listing/schema/index.ts';
import { docAt, fieldNamesAt, fieldsOf } from '../../src/lib/listing/schema/walk.ts';
import { validateListingText } from '../../src/lib/listing/validate.ts';

const schema = createServiceSchema({ today: () => '2026-11-23', allowExamples: true });
const fields = fieldsOf(schema);

describe('field documentation', () => {
  it('the walk finds every field, inside lists and groups too', () => {
    const paths = fields.map((f) => f.path);
    for (const path of [
      'name',
      'serves.genders',
      'contact.phones[].number',
      'contact.phones[].hours.sessions[].opens',
      'contact.email[].label',
      'contact.textMessage[].number',
      'contact.textphone[].label',
      'locations[].note',
      'verification.sources[].covers',
    ])
      expect(paths).toContain(path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(fields.length).toBeGreaterThan(80);
  });

  it.each(fields.map((f) => [f.path, f] as const))('%s has a meaning, what to write and an example', (_path, field) => {
    expect(field.doc?.meaning).toMatch(/^[A-Z].{10,}\.$/s);
    expect(field.doc?.format).toMatch(/\S/);
    expect(field.doc?.example).toMatch(/\S/);
  });

  it.each(fields.filter((f) => f.leaf).map((f) => [f.path, f] as const))('the example for %s is a right answer', (_path, field) => {
    const result = field.schema.safeParse(parse(field.doc?.example ?? ''));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('a group used in two places is documented once, and the second place points to the first', () => {
    const phoneHours = fields.find((f) => f.path === 'contact.phones[].hours');
    expect(phoneHours?.sameAs).toBe('hours');
    expect(fields.filter((f) => f.within === 'contact.phones[].hours').map((f) => f.path)).toContain('contact.phones[].hours.always');
    expect(docAt(schema, ['contact', 'phones', 0, 'hours', 'always'])).toEqual(docAt(schema, ['hours', 'always']));
  });

  it('names the fields of a group for "did you mean"', () => {
    expect(fieldNamesAt(schema, ['contact', 'phones', 2])).toEqual(['number', 'label', 'hours']);
    expect(fieldNamesAt(schema, ['area'])).toEqual(['scope', 'boroughs', 'regions', 'note']);
    expect(fieldNamesAt(schema, ['name'])).toEqual([]);
    expect(fieldNamesAt(schema, ['nothing', 'here'])).toEqual([]);
  });

  it("a missing field's message gives the documentation beside the field", () => {
    const text =
      'name: A\norganisation: B\nkind: helpline\nsummary: C\ncrimeTypes: [stalking]\nserves: { genders: [women] }\narea: { scope: london }\naccess: {}\ncontact: { email: [{ address: a@b.org.uk }] }\nverification: { status: provider-site, lastVerified: 2026-11-20, sources: [{ url: "https://b.org.uk/", checked: 2026-11-20 }] }\n';
    const errors = validateListingText('x.yaml', 'x', text, { today: '2026-11-23' }).errors;
    expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'contact.email[0].label: is missing. Who this address reaches, or what to write to it about. For example: General enquiries',
    ]);
  });
});
