// The JSON Schema that providers' editors use (public/schema/service.schema.json): up to date with
// the zod schema, valid draft-07 under Ajv's strict mode with formats, passed by every real
// listing, and as strict as draft-07 allows: each single-field mistake below is refused by the
// JSON Schema AND by the validator. The mistakes only the validator can catch are listed apart,
// so the gap is measured, not guessed.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_PATH, listingJsonSchemaText } from '../../src/lib/listing/json-schema.ts';
import { FIELD_REFERENCE_PATH, fieldReferenceMarkdown } from '../../src/lib/listing/field-reference.ts';
import { parseListingText } from '../../src/lib/listing/file.ts';
import { validateListingText } from '../../src/lib/listing/validate.ts';

const TODAY = '2026-11-23';
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: true, allErrors: true });
addFormats(ajv); // without formats, "format: email" and "format: date" would be silently ignored
const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as object);
const load = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

describe('the generated JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` if this fails)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(listingJsonSchemaText());
  });

  it('the field reference for providers is up to date too', () => {
    expect(readFileSync(FIELD_REFERENCE_PATH, 'utf8')).toBe(fieldReferenceMarkdown());
  });

  it('knows the formats it uses (Ajv strict mode refuses an unknown format)', () => {
    const text = readFileSync(JSON_SCHEMA_PATH, 'utf8');
    expect(text).toContain('"format": "email"');
    expect(text).toContain('"format": "date"');
    expect(validate({ contact: { email: [{ address: 'not an email', label: 'x' }] } })).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'format' && e.instancePath === '/contact/email/0/address')).toBe(true);
  });

  it('accepts every real listing, read as the validator reads it', () => {
    const files = readdirSync('content/services').filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    const refused = files.filter((file) => !validate(parseListingText(readFileSync(`content/services/${file}`, 'utf8')).data));
    expect(refused).toEqual([]);
  });

  it.each(['example-full-listing', 'example-minimal-listing', 'example-refuge-route', 'example-perpetrator-programme'])(
    'refuses the valid fixture %s only for its example addresses, as npm run validate does',
    (name) => {
      const data = load(`tests/fixtures/services/valid/${name}.yaml`);
      if (validate(data)) return;
      const at = (path: string) =>
        path
          .split('/')
          .slice(1)
          .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], data);
      for (const error of validate.errors ?? []) expect(String(at(error.instancePath)), JSON.stringify(error)).toMatch(/example\.org/);
    },
  );

  it.each(['misspelt-field', 'unknown-borough', 'unknown-crime-type', 'missing-crime-types', 'summary-too-long', 'unquoted-phone'])(
    'flags the invalid fixture %s while typing',
    (name) => {
      expect(validate(load(`tests/fixtures/services/invalid/${name}.yaml`))).toBe(false);
    },
  );

  it('is referenced from every listing file', () => {
    const files = readdirSync('content/services').filter((f) => f.endsWith('.yaml'));
    for (const file of files)
      expect(readFileSync(`content/services/${file}`, 'utf8').split('\n')[0], file).toBe(
        '# yaml-language-server: $schema=../../public/schema/service.schema.json',
      );
  });
});

// --- single-field mistakes ------------------------------------------------------------------------

/** The full example listing with real-looking numbers and addresses: valid under the real rules. */
const BASE = parse(
  readFileSync('tests/fixtures/services/valid/example-full-listing.yaml', 'utf8')
    .replaceAll('example.org.uk', 'advocacy-service.org.uk')
    .replaceAll('18001 020 7946 0123', '18001 020 3299 6900')
    .replaceAll('020 7946 0123', '020 3299 6900')
    .replaceAll('0808 157 0123', '0808 2000 247')
    .replaceAll('020 7946 0124', '07860 077 333'),
) as Record<string, unknown>;

const DELETE = Symbol('delete');
type Change = [path: string, value: unknown];
type Mistake = [what: string, ...changes: Change[]];

function apply(changes: Change[]): Record<string, unknown> {
  const data = structuredClone(BASE);
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop() as string;
    const parent = keys.reduce<Record<string, unknown>>((obj, key) => obj[key] as Record<string, unknown>, data);
    if (value === DELETE) delete parent[last];
    else parent[last] = value;
  }
  return data;
}

const validatorErrors = (data: unknown) => validateListingText('x.yaml', 'x', stringify(data), { today: TODAY }).errors;

/** Mistakes JSON Schema can express: editors flag them while the provider types. */
const BOTH: Mistake[] = [
  ['an empty name', ['name', '']],
  ['a blank name', ['name', '   ']],
  ['a name that is a number', ['name', 123]],
  ['a tag in the summary', ['summary', '<b>Help</b> for women in Hackney.']],
  ['a script link in the summary', ['summary', 'Call us javascript:alert(1)']],
  ['an event attribute in the description', ['description', 'Read more onclick=steal()']],
  ['a formula in the organisation', ['organisation', '=HYPERLINK("https://a.org.uk")']],
  ['a formula in an hours note', ['hours.note', '@everyone call first']],
  ['a zero-width space in the name', ['name', 'Example\u200BAdvocacy']],
  ['a right-to-left override in a label', ['contact.phones.0.label', 'Advice \u202Eenil']],
  ['a line break in the summary', ['summary', 'Advocates for women.\nIn Hackney.']],
  ['a tab in the description', ['description', 'One\ttwo']],
  ['a summary over 200 characters', ['summary', 'x'.repeat(201)]],
  ['an http link', ['contact.website', 'http://www.advocacy-service.org.uk/']],
  ['a link with a user name', ['contact.website', 'https://user@www.advocacy-service.org.uk/']],
  ['a link to an IP address', ['contact.website', 'https://192.168.0.1/']],
  ['a link with a port', ['contact.website', 'https://www.advocacy-service.org.uk:8443/']],
  ['a link shortener', ['contact.webChat', 'https://bit.ly/3abc']],
  ['a link shortener as a source', ['verification.sources.0.url', 'https://tinyurl.com/abc']],
  ['an example domain', ['contact.website', 'https://www.example.org/']],
  ['a reserved top-level domain', ['contact.referralForm', 'https://help.test/refer']],
  ['a punycode domain', ['contact.website', 'https://xn--advocacy-9ya.org.uk/']],
  ['a Cyrillic letter in a domain', ['contact.website', 'https://www.advocаcy-service.org.uk/']],
  ['a javascript: link', ['complaintsUrl', 'javascript:alert(1)']],
  ['markup in a link', ['contact.callbackForm', 'https://www.advocacy-service.org.uk/<script>']],
  ['a link without https://', ['complaintsUrl', 'www.advocacy-service.org.uk/complaints']],
  ['a malformed email address', ['contact.email.0.address', 'help at advocacy-service.org.uk']],
  ['an example email address', ['contact.email.0.address', 'help@example.org.uk']],
  ['letters in a phone number', ['contact.phones.0.number', '020 3299 6900 ext 2']],
  ['hyphens in a phone number', ['contact.phones.0.number', '020-3299-6900']],
  ['an unquoted phone number', ['contact.phones.0.number', 2032996900]],
  ['a premium-rate number', ['contact.phones.0.number', '0906 123 4567']],
  ['a service-charge number', ['contact.phones.0.number', '0871 234 5678']],
  ['a personal number', ['contact.textMessage.0.number', '070 1234 5678']],
  ['a pager number', ['contact.textMessage.0.number', '076 1234 5678']],
  ['a corporate number', ['contact.phones.1.number', '0560 123 4567']],
  ['a number outside the UK', ['contact.phones.0.number', '+33 1 23 45 67 89']],
  ['a date written day first', ['verification.lastVerified', '20/11/2026']],
  ['a date that does not exist', ['verification.lastVerified', '2026-02-30'], ['verification.sources.0.checked', '2026-02-30']],
  ['a source date in words', ['verification.sources.0.checked', 'last week']],
  ['a postcode district alone', ['locations.0.postcode', 'E8']],
  ['a street instead of a postcode', ['locations.0.postcode', 'Mare Street']],
  ['an unknown kind', ['kind', 'refugee']],
  ['an unknown other kind', ['otherKinds', ['counseling']]],
  ['an unknown crime type', ['crimeTypes', ['domestic-violence']]],
  ['an unknown borough', ['area.boroughs', ['hackny']]],
  ['an unknown need', ['meets', ['wheelchair']]],
  ['an unknown language', ['languages', ['french']]],
  ['an unknown group', ['serves.groups', ['lgbtq']]],
  ['an unknown gender', ['serves.genders', ['female']]],
  ['an unknown day', ['hours.sessions.0.days', ['monday']]],
  ['an unknown status', ['verification.status', 'checked']],
  ['an unknown bank holiday answer', ['hours.bankHolidays', 'sometimes']],
  ['an unknown area scope', ['area.scope', 'borough']],
  ['a crime type twice', ['crimeTypes', ['domestic-abuse', 'stalking', 'domestic-abuse']]],
  ['a borough twice', ['area.boroughs', ['hackney', 'hackney']]],
  ['a day twice', ['hours.sessions.0.days', ['mon', 'mon']]],
  ['a language twice', ['languages', ['English', 'English']]],
  ['another name twice', ['alsoKnownAs', ['EWAS', 'EWAS']]],
  ['an unknown field', ['slug', 'another-service']],
  ['an unknown contact field', ['contact.fax', '020 3299 6900']],
  ['no summary', ['summary', DELETE]],
  ['no sources', ['verification.sources', DELETE]],
  ['an empty list of sources', ['verification.sources', []]],
  ['no crime types', ['crimeTypes', []]],
  ['a negative age', ['serves.ageMin', -1]],
  ['an age with a fraction', ['serves.ageMin', 16.5]],
  ['an age over the oldest age group', ['serves.ageMax', 200]],
  ['a latitude north of London', ['locations.0.lat', 52.5]],
  ['a longitude without a latitude', ['locations.0.lat', DELETE]],
  ['an opening time in words', ['hours.sessions.0.opens', '9am']],
  ['a closing time after midnight', ['hours.sessions.0.closes', '25:00']],
  ['an alternative that is not a file name', ['access.alternatives', ['Not A Listing']]],
  ['yes for true', ['access.selfReferral', 'yes']],
  ['scope boroughs without boroughs', ['area.boroughs', DELETE]],
  ['scope london with boroughs', ['area.scope', 'london']],
  ['scope region without regions', ['area.scope', 'region'], ['area.boroughs', DELETE]],
  ['scope national with regions', ['area.scope', 'national'], ['area.boroughs', DELETE], ['area.regions', ['east']]],
  ['hours both always and sessions', ['hours.always', true]],
  ['hours with neither always nor sessions', ['hours.sessions', DELETE]],
  ['always: false', ['hours.always', false], ['hours.sessions', DELETE]],
  ['only a callback form to get in touch', ['contact', { callbackForm: 'https://www.advocacy-service.org.uk/safe-time' }]],
  ['a confidential listing with locations', ['confidentialLocation', true]],
  ['a refuge with locations', ['kind', 'refuge']],
  ['a refuge among other kinds, with locations', ['otherKinds', ['outreach', 'refuge']]],
  ['a refuge marked not confidential', ['kind', 'refuge'], ['locations', DELETE]],
  ['two-sources with one source', ['verification.status', 'two-sources']],
];

/**
 * Mistakes only `npm run validate` catches, because draft-07 cannot express them: a date compared
 * with today or with other dates, two fields compared, what a phone number really is (valid,
 * stale, a drama number, free to call), a postcode's borough, what free text says (an address in
 * a confidential listing, a safe house, letters from two alphabets), and which file may use an
 * urgent kind. The rules across files (duplicate names, lookalikes, alternatives that are not
 * listings) need the whole folder and are tested in validation.test.ts.
 */
const VALIDATOR_ONLY: Mistake[] = [
  ['a date in the future', ['verification.lastVerified', '2026-12-01'], ['verification.sources.0.checked', '2026-12-01']],
  ["lastVerified that is no source's date", ['verification.lastVerified', '2026-11-19']],
  [
    'two-sources on one website',
    ['verification.status', 'two-sources'],
    [
      'verification.sources',
      [
        { url: 'https://www.advocacy-service.org.uk/', checked: '2026-11-20' },
        { url: 'https://advocacy-service.org.uk/about', checked: '2026-11-20' },
      ],
    ],
  ],
  ['ageMin above ageMax', ['serves.ageMin', 30], ['serves.ageMax', 18]],
  ['a session that opens and closes at the same time', ['hours.sessions.0.closes', '09:00']],
  ['a number too short to be real', ['contact.phones.0.number', '0808 200']],
  ['a stale number', ['contact.phones.0.number', '0808 802 9999']],
  ['a TV drama number', ['contact.phones.0.number', '020 7946 0123']],
  ['"free" in the label of a number that is not free', ['contact.phones.0.label', 'Freephone advice line']],
  ['a postcode in another borough', ['locations.0.borough', 'southwark']],
  [
    "an address in a confidential listing's text",
    ['confidentialLocation', true],
    ['locations', DELETE],
    ['description', 'Our house is at 12 Station Road.'],
  ],
  ['a safe house listed as a place', ['locations.0.name', 'Hackney safe house']],
  ['a name mixing alphabets', ['name', "Ехample Women's Advocacy Service"]],
  ['an urgent kind this file may not use', ['kind', 'emergency']],
];

/** Right answers both must accept, so that the JSON Schema is not stricter than the rules. */
const CONTROLS: Mistake[] = [
  ['"Online = yes" is not an event attribute', ['summary', 'Online = yes: ongoing support for women in Hackney.']],
  ['an international form of a UK number', ['contact.phones.0.number', '+44 20 3299 6900']],
  ['non-breaking spaces in a number', ['contact.phones.0.number', '020\u00A03299\u00A06900']],
  ['a pager-like 07624 mobile (Isle of Man)', ['contact.textMessage.0.number', '07624 123456']],
  ['a postcode in lower case without a space', ['locations.0.postcode', 'e81aa']],
  ['a link with a query and a fragment', ['contact.website', 'https://www.advocacy-service.org.uk/help?lang=en#call']],
  ['HTTPS in capitals', ['contact.website', 'HTTPS://www.advocacy-service.org.uk/']],
  ['scope region with regions', ['area.scope', 'region'], ['area.boroughs', DELETE], ['area.regions', ['east', 'north']]],
  ['always: true without sessions', ['hours.always', true], ['hours.sessions', DELETE]],
  ['a confidential listing without locations', ['confidentialLocation', true], ['locations', DELETE]],
];

describe('single-field mistakes', () => {
  it('the base listing passes both', () => {
    expect(validatorErrors(BASE)).toEqual([]);
    expect(validate(BASE), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(BOTH.map(([what, ...changes]) => [what, changes] as const))(
    '%s: refused by the JSON Schema and by the validator',
    (_what, changes) => {
      const data = apply(changes);
      expect(validate(data), 'the JSON Schema accepts it').toBe(false);
      expect(validatorErrors(data).length, 'the validator accepts it').toBeGreaterThan(0);
    },
  );

  it.each(VALIDATOR_ONLY.map(([what, ...changes]) => [what, changes] as const))('%s: refused by the validator only', (_what, changes) => {
    const data = apply(changes);
    expect(validatorErrors(data).length, 'the validator accepts it').toBeGreaterThan(0);
    expect(validate(data), 'the JSON Schema refuses it now: move it to the list above').toBe(true);
  });

  it.each(CONTROLS.map(([what, ...changes]) => [what, changes] as const))('%s: accepted by both', (_what, changes) => {
    const data = apply(changes);
    expect(validatorErrors(data).map((e) => e.message)).toEqual([]);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it(`figures: ${BOTH.length} mistakes refused by both, ${VALIDATOR_ONLY.length} by the validator only`, () => {
    expect(BOTH.length).toBeGreaterThanOrEqual(80);
    expect(new Set([...BOTH, ...VALIDATOR_ONLY].map(([what]) => what)).size).toBe(BOTH.length + VALIDATOR_ONLY.length);
  });
});
