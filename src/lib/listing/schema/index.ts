// The listing schema: one YAML file per service in content/services/<slug>.yaml. Split by concern
// (who it serves, the area, access, contact, hours, locations, verification, and the rules that
// join fields); every field carries its meaning, format and an example beside it (meta.ts), and
// the same text feeds validation messages, the JSON Schema and docs/listing-fields.md.
import { z } from 'astro/zod';
import { todayInLondon } from '../../rules/dates.ts';
import { httpsUrl, plainText, uniqueList, type SchemaContext } from './blocks.ts';
import { access } from './access.ts';
import { area } from './area.ts';
import { contactSchema } from './contact.ts';
import { hours } from './hours.ts';
import { locations } from './locations.ts';
import { documented, withDraft07 } from './meta.ts';
import { checkConfidentialLocation, CONFIDENTIAL_DRAFT07 } from './rules.ts';
import { serves } from './serves.ts';
import { verificationSchema } from './verification.ts';
import { crimeTypeId, kindId, languageName, needId } from './vocabularies.ts';

export { AREA_SCOPES, DAYS, GENDERS, VERIFICATION_STATUSES, type Day } from './vocabularies.ts';
export { textLeaves } from './rules.ts';
export type { FieldDoc } from './meta.ts';

export interface SchemaOptions {
  today?: () => string;
  /**
   * Test fixtures and the documentation's example may use Ofcom's drama numbers and example.org
   * addresses. Never set for real listings: `npm run validate`, the build and new-listing
   * refuse them, so a copied example cannot be published.
   */
  allowExamples?: boolean;
}

export function createServiceSchema(options: SchemaOptions = {}) {
  const context: SchemaContext = { today: options.today ?? (() => todayInLondon()), allowExamples: options.allowExamples === true };
  const name = (max: number) => plainText(max, { name: true });

  const listing = z
    .object({
      name: documented(name(120), {
        meaning: 'The name people know the service by.',
        format: 'Plain text, up to 120 characters.',
        example: 'The Havens',
      }),
      alsoKnownAs: documented(uniqueList(name(120)).optional(), {
        meaning: 'Other names people may search for: old names, initials, the local name of a national service.',
        format: 'A list of names.',
        example: '[Haven, SARC]',
      }),
      organisation: documented(name(160), {
        meaning: 'The organisation that runs the service.',
        format: 'Plain text.',
        example: "King's College Hospital NHS Foundation Trust",
      }),
      kind: documented(kindId, {
        meaning: 'The main kind of help, which decides where the service appears.',
        format: 'One id from seeds/service-kinds.json.',
        example: 'sarc',
      }),
      otherKinds: documented(uniqueList(kindId).optional(), {
        meaning: 'Other kinds of help the service also gives.',
        format: 'A list of ids from seeds/service-kinds.json.',
        example: '[counselling, isva]',
      }),
      summary: documented(plainText(200), {
        meaning: 'What the service does and who it is for, for a frightened reader on a phone.',
        format: 'One or two plain sentences, at most 200 characters.',
        example: 'Medical care and support after rape or sexual assault, for anyone in London, 24 hours a day.',
      }),
      description: documented(plainText(3000, { lineBreaks: true }).optional(), {
        meaning: 'More detail: what happens when you get in touch, what the service offers.',
        format: 'Plain text; leave a blank line between paragraphs.',
        example: 'You can get a medical check, emergency contraception ...',
      }),
      crimeTypes: documented(uniqueList(crimeTypeId).min(1, { error: 'name at least one crime type the service helps with' }), {
        meaning: 'The forms of violence and abuse the service helps with.',
        format: 'A list of ids from seeds/crime-types.json.',
        example: '[sexual-violence, recent-sexual-assault]',
      }),
      serves,
      meets: documented(uniqueList(needId).optional(), {
        meaning: 'Needs the service says it meets, such as interpreters or step-free access.',
        format: 'A list of ids from seeds/needs.json. List only what the provider states.',
        example: '[interpreters, nrpf, women-only]',
      }),
      languages: documented(uniqueList(languageName).optional(), {
        meaning: 'Languages staff speak directly, besides interpreters.',
        format: 'A list of English names of languages, from seeds/languages.json.',
        example: '[English, Farsi, Kurdish, Arabic]',
      }),
      area,
      access,
      contact: documented(contactSchema(context), {
        meaning: 'Ways to get in touch.',
        format: 'At least one of phones, textMessage, textphone, email, webChat, website, referralForm.',
        example: 'phones:\n  - number: "020 3299 6900"\n    label: 24-hour line',
      }),
      hours: documented(hours.optional(), {
        meaning: 'When the service is open, in London time. Leave out if the provider does not publish hours.',
        format: 'always: true, or sessions; optionally bankHolidays and note.',
        example: 'always: true',
      }),
      locations,
      confidentialLocation: documented(z.boolean().optional(), {
        meaning: "The service's address must never be published. Always true for refuges.",
        format: 'true or false.',
        example: 'true',
      }),
      complaintsUrl: documented(httpsUrl(context).optional(), {
        meaning: 'The page that explains how to complain about the service.',
        format: 'A full https:// address.',
        example: 'https://www.example.org.uk/complaints',
      }),
      verification: verificationSchema(context),
    })
    .strict()
    .superRefine(checkConfidentialLocation, { when: () => true });
  return withDraft07(listing, CONFIDENTIAL_DRAFT07);
}

export const serviceSchema = createServiceSchema();
export type Service = z.infer<typeof serviceSchema>;
export type Hours = NonNullable<Service['hours']>;
export type Session = NonNullable<Hours['sessions']>[number];
