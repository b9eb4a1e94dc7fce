// The listing schema: one YAML file per service in content/services/<slug>.yaml.
// Every field carries its meaning, format and an example (fieldDocs below); the same
// text feeds validation messages, the generated JSON Schema and CONTRIBUTING.md.
// Enums come from seeds/*.json, so adding a borough, kind, crime type or need is a data change.
import { z } from 'astro/zod';
import Fuse from 'fuse.js';
import { parse as parseYaml } from 'yaml';
import { isValid as isValidPostcode, toOutcode } from 'postcode';
import {
  ageGroups,
  boroughBySlug,
  boroughs,
  crimeTypes,
  groups,
  ids,
  isConfidentialKind,
  languages,
  needs,
  rapeCrisisRegions,
  serviceKinds,
} from '../reference/seeds.ts';
import { boroughsForDistrict } from '../reference/postcodes.ts';
import { FREE_CLAIM, displayNumber, isFreeToCall, phoneProblem, phoneProblemMessage } from '../rules/phone.ts';
import { describeCharacter, invisibleIn, markupIn, visible } from '../rules/text-safety.ts';
import { isExampleDomain, linkProblem } from '../rules/links.ts';
import { mixedScriptWord } from '../rules/lookalike.ts';
import { locationClues, SAFE_HOUSE_WORDS } from '../rules/location-clues.ts';
import { DAY_IDS } from '../rules/hours.ts';
import { AREA_SCOPES } from '../rules/coverage.ts';
import { todayInLondon } from '../rules/dates.ts';

export interface FieldDoc {
  /** What the field means, in a sentence. */
  meaning: string;
  /** What to write, in words a charity worker understands. */
  format: string;
  /** A realistic example, as it would appear in YAML. */
  example: string;
}

/** Field documentation keyed by path; array items are written `[]` (e.g. `contact.phones[].number`). */
export const fieldDocs: Record<string, FieldDoc> = {};

function doc<T extends z.ZodType>(path: string, schema: T, fieldDoc: FieldDoc): T {
  fieldDocs[path] = fieldDoc;
  // The example is written as YAML (what a provider types); the JSON Schema wants the value.
  return schema.meta({ description: `${fieldDoc.meaning} ${fieldDoc.format}`, examples: [parseYaml(fieldDoc.example) as unknown] });
}

export const DAYS = DAY_IDS;
export type Day = (typeof DAYS)[number];
export const GENDERS = ['women', 'men', 'non-binary'] as const;
export { AREA_SCOPES };
/**
 * Which evidence rule a listing's contact details met (see "How each listing is checked" on the About page):
 * provider-confirmed (the provider confirmed them), provider-site (read on the provider's own website),
 * two-sources (two independent authoritative pages agree: NHS, GOV.UK, police, council, university, or a
 * national charity's page about that service), public-source (older or indirect pages only: the listing
 * page tells readers to check with the service first).
 */
export const VERIFICATION_STATUSES = ['provider-confirmed', 'provider-site', 'two-sources', 'public-source'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export { todayInLondon };

// --- building blocks ---------------------------------------------------------------------

/** "must be text", except for a missing field, which the validator reports as "is missing". */
const textError = (message: string) => (iss: { input?: unknown }) => (iss.input === undefined ? undefined : message);

/** A message about a character that cannot be seen (or that acts on the screen). */
function invisibleMessage(char: string): string {
  return `contains ${describeCharacter(char)}, which cannot be seen or changes how the text around it is shown: delete it and retype that part of the text`;
}

/**
 * Plain text: trimmed, not empty, no HTML or script, no invisible or control characters (a
 * line break only where lineBreaks is set). Rendered as text everywhere.
 */
function plainText(max?: number, options: { lineBreaks?: boolean; name?: boolean } = {}) {
  let s = z.string({ error: textError('must be text') }).trim().min(1, { error: 'is empty: write some text or remove the field' });
  if (max) s = s.max(max, { error: (iss) => `is ${String((iss.input as string).length)} characters long; keep it to ${max} or fewer` });
  return s.superRefine((value, ctx) => {
    const invisible = invisibleIn(value, options);
    if (invisible) {
      ctx.addIssue({ code: 'custom', message: invisibleMessage(invisible) });
      return;
    }
    const formula = /^[=+\-@]/.exec(value);
    if (formula) {
      ctx.addIssue({
        code: 'custom',
        message: `starts with "${formula[0]}", which a spreadsheet reads as the start of a formula: start the text with a word`,
      });
      return;
    }
    const found = markupIn(value);
    if (found)
      ctx.addIssue({
        code: 'custom',
        message: `contains "${visible(found)}", which looks like web code. Write plain text only (no <tags>, "javascript:" or on...= attributes)`,
      });
    const mixed = options.name ? mixedScriptWord(value) : null;
    if (mixed)
      ctx.addIssue({
        code: 'custom',
        message: `"${mixed.word}" mixes letters from different alphabets (${mixed.scripts.join(' and ')}), so it can pass for another name: type the word again in one alphabet`,
      });
  });
}

/** A calendar date. YAML loaders may hand us a Date object for an unquoted date; both are accepted. */
function isoDate(today: () => string) {
  return z
    .union([z.string(), z.date()], { error: textError('must be a date written YYYY-MM-DD, for example 2026-11-23') })
    .transform((v, ctx) => {
      const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
      if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s))) {
        ctx.addIssue({ code: 'custom', message: `"${visible(s)}" is not a date: write it as YYYY-MM-DD, for example 2026-11-23` });
        return z.NEVER;
      }
      // Date.parse rolls 2026-02-30 over to 2 March: a real date reads back the same.
      if (new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) !== s) {
        ctx.addIssue({ code: 'custom', message: `${s} is not a real date (that month has fewer days): check the day and the month` });
        return z.NEVER;
      }
      if (s > today()) {
        ctx.addIssue({ code: 'custom', message: `${s} is in the future: write the date the check was actually done` });
        return z.NEVER;
      }
      return s;
    });
}

function enumOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  const fuzzy = new Fuse([...values], { threshold: 0.3, ignoreLocation: true });
  return z.enum(values, {
    error: (iss) => {
      const input = String(iss.input);
      const guess = typeof iss.input === 'string' ? fuzzy.search(input)[0]?.item : undefined;
      return `"${input}" is not a known ${what}.${guess ? ` Did you mean "${guess}"?` : ''} Write one of: ${values.join(', ')}`;
    },
  });
}

const boroughSlug = enumOf(ids(boroughs.map((b) => ({ id: b.slug }))), 'borough (use the borough\'s slug, in lower case with hyphens)');
const kindId = enumOf(ids(serviceKinds), 'kind of service');
const crimeTypeId = enumOf(ids(crimeTypes), 'crime type');
const needId = enumOf(ids(needs), 'need (see seeds/needs.json)');
const groupId = enumOf(ids(groups), 'group (see seeds/groups.json)');
const regionId = enumOf(ids(rapeCrisisRegions), 'Rape Crisis region');
const languageName = enumOf(
  ids(languages.map((l) => ({ id: l.name }))),
  'language name. Write its English name with a capital letter, or add it to seeds/languages.json',
);
const maxAge = Math.max(...ageGroups.map((a) => a.max));

// --- the schema --------------------------------------------------------------------------

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
  const today = options.today ?? (() => todayInLondon());
  const allowExamples = options.allowExamples === true;

  function httpsUrl(kind: 'contact' | 'source' = 'contact') {
    return z
      .string({ error: textError('must be a web address in quotes') })
      .trim()
      .superRefine((value, ctx) => {
        const problem = linkProblem(value, { allowExamples, source: kind === 'source' });
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      });
  }

  // The number as written must be digits and spaces; what is kept (and shown everywhere) is the
  // text generated from the parsed digits, so nothing else can reach a page.
  const phoneNumber = z
    .string({ error: textError('must be written in quotes, exactly as the provider prints it, for example "0808 2000 247"') })
    .superRefine((value, ctx) => {
      const problem = phoneProblem(value, { allowExamples });
      if (problem) ctx.addIssue({ code: 'custom', message: phoneProblemMessage(`"${visible(value)}"`, problem) });
    })
    .overwrite((value) => displayNumber(value));

  /** A label may not call a number free when its class says otherwise. */
  function labelledNumber<T extends z.ZodRawShape>(shape: T) {
    return z
      .object(shape)
      .strict()
      .superRefine((entry, ctx) => {
        const { number, label } = entry as { number?: unknown; label?: unknown };
        if (typeof number !== 'string' || typeof label !== 'string' || phoneProblem(number, { allowExamples })) return;
        const claim = FREE_CLAIM.exec(label);
        if (claim && !isFreeToCall(number))
          ctx.addIssue({
            code: 'custom',
            path: ['label'],
            message: `says "${claim[0]}", but ${displayNumber(number)} is not free to call: remove "${claim[0]}". The site works out from the number whether it is free (0800, 0808 and 116 numbers are) and says so itself`,
          });
      });
  }

  const session = z
    .object({
      days: doc('hours.sessions[].days', z.array(enumOf(DAYS, 'day. Write days as mon, tue, wed, thu, fri, sat, sun')).min(1), {
        meaning: 'The days this session runs.',
        format: 'A list of days, each one of mon, tue, wed, thu, fri, sat, sun.',
        example: '[mon, tue, wed, thu, fri]',
      }),
      opens: doc('hours.sessions[].opens', z.string({ error: 'must be a time in quotes, like "09:00"' }).regex(TIME, { error: 'must be a 24-hour time in quotes, like "09:00"' }), {
        meaning: 'When the session starts, London time.',
        format: 'A 24-hour time in quotes.',
        example: '"09:00"',
      }),
      closes: doc('hours.sessions[].closes', z.string({ error: 'must be a time in quotes, like "17:00"' }).regex(TIME, { error: 'must be a 24-hour time in quotes, like "17:00", or "24:00" for midnight' }), {
        meaning: 'When the session ends, London time. A time earlier than the start means it runs past midnight.',
        format: 'A 24-hour time in quotes; "24:00" means midnight at the end of the day.',
        example: '"17:00"',
      }),
    })
    .strict()
    .refine((s) => s.opens !== s.closes, { error: 'opens and closes are the same time: for a line that never closes write always: true instead' });

  const hours = z
    .object({
      always: doc('hours.always', z.literal(true, { error: 'write always: true for a service open 24 hours a day, 7 days a week, or leave it out' }).optional(), {
        meaning: 'The service is open 24 hours a day, every day of the year.',
        format: 'Write true, or leave the field out.',
        example: 'true',
      }),
      sessions: doc('hours.sessions', z.array(session).min(1).optional(), {
        meaning: 'The regular weekly opening times, in London time.',
        format: 'A list of sessions, each with days, opens and closes.',
        example: '- days: [mon, tue, wed, thu, fri]\n  opens: "09:00"\n  closes: "17:00"',
      }),
      bankHolidays: doc('hours.bankHolidays', z.enum(['open', 'closed'], { error: 'write open or closed, or leave it out if the provider does not say' }).optional(), {
        meaning: 'Whether the sessions run on bank holidays in England. Leave out if the provider does not say.',
        format: 'open or closed.',
        example: 'closed',
      }),
      note: doc('hours.note', plainText(300).optional(), {
        meaning: 'Anything about opening times that does not fit the sessions.',
        format: 'Plain text, up to 300 characters.',
        example: 'Out of hours, calls go to an answerphone; leave a safe number to call back.',
      }),
    })
    .strict()
    .superRefine((h, ctx) => {
      if (h.always && h.sessions)
        ctx.addIssue({ code: 'custom', path: ['sessions'], message: 'a service open 24/7 (always: true) has no sessions: remove one or the other' });
      if (!h.always && !h.sessions)
        ctx.addIssue({ code: 'custom', message: 'say when the service is open: always: true, or a list of sessions. If the provider does not publish hours, leave "hours" out' });
    });

  const phone = labelledNumber({
      number: doc('contact.phones[].number', phoneNumber, {
        meaning: 'A phone number to call, exactly as the provider publishes it.',
        format: 'In quotes, with the spaces the provider uses. Whether it is free to call is worked out from the number.',
        example: '"0808 2000 247"',
      }),
      label: doc('contact.phones[].label', plainText(80), {
        meaning: 'What this number is for, in a few words.',
        format: 'Plain text, up to 80 characters.',
        example: '24-hour helpline',
      }),
      hours: doc('contact.phones[].hours', hours.optional(), {
        meaning: 'When this particular number is answered, if different from the service\'s hours.',
        format: 'The same shape as the service\'s hours.',
        example: 'always: true',
      }),
    });

  const textContact = labelledNumber({
    number: phoneNumber,
    label: plainText(80),
  });

  const email = z
    .object({
      address: doc('contact.email[].address', z
        .email({ error: textError('must be an email address like help@yourservice.org.uk') })
        .refine((address) => allowExamples || !isExampleDomain(address.split('@').at(-1) ?? ''), {
          error: (iss) => `${String(iss.input)} is an example address, not the service's own: copy the real address from the service's page`,
        }), {
        meaning: 'An email address that reaches the service.',
        format: 'A plain email address.',
        example: 'help@example.org.uk',
      }),
      label: plainText(80),
    })
    .strict();

  const contact = z
    .object({
      phones: doc('contact.phones', z.array(phone).min(1).optional(), {
        meaning: 'Phone numbers to call, most important first.',
        format: 'A list; each has number and label, and may have hours.',
        example: '- number: "0808 2000 247"\n  label: 24-hour helpline',
      }),
      textMessage: doc('contact.textMessage', z.array(textContact).min(1).optional(), {
        meaning: 'Numbers you can send a text message (SMS) to.',
        format: 'A list; each has number and label.',
        example: '- number: "07860 077 333"\n  label: Text us',
      }),
      textphone: doc('contact.textphone', z.array(textContact).min(1).optional(), {
        meaning: 'Textphone, minicom or Relay UK numbers for Deaf, hard of hearing or speech-impaired people.',
        format: 'A list; each has number and label. Relay UK numbers start 18001.',
        example: '- number: "18001 0808 16 89 111"\n  label: Relay UK',
      }),
      email: doc('contact.email', z.array(email).min(1).optional(), {
        meaning: 'Email addresses that reach the service.',
        format: 'A list; each has address and label.',
        example: '- address: help@example.org.uk\n  label: General enquiries',
      }),
      webChat: doc('contact.webChat', httpsUrl().optional(), {
        meaning: 'The page where the service\'s online chat starts.',
        format: 'A full https:// address.',
        example: 'https://www.example.org.uk/chat',
      }),
      website: doc('contact.website', httpsUrl().optional(), {
        meaning: 'The service\'s own web page.',
        format: 'A full https:// address.',
        example: 'https://www.thehavens.org.uk/',
      }),
      referralForm: doc('contact.referralForm', httpsUrl().optional(), {
        meaning: 'An online form for referrals (by professionals or self-referral).',
        format: 'A full https:// address.',
        example: 'https://www.example.org.uk/refer',
      }),
      callbackForm: doc('contact.callbackForm', httpsUrl().optional(), {
        meaning: 'A form to ask the service to contact you at a safe time.',
        format: 'A full https:// address.',
        example: 'https://www.example.org.uk/safe-time',
      }),
    })
    .strict()
    .refine((c) => Boolean(c.phones || c.textMessage || c.textphone || c.email || c.webChat || c.website || c.referralForm), {
      error: 'give at least one way to get in touch: a phone, text, email, web chat, website or referral form',
    });

  const location = z
    .object({
      name: doc('locations[].name', plainText(120), {
        meaning: 'The name of this site.',
        format: 'Plain text.',
        example: 'Haven Camberwell',
      }),
      address: doc('locations[].address', plainText(200), {
        meaning: 'The street address, without the postcode. Never for refuges or other secret addresses.',
        format: 'Plain text on one line, parts separated by commas.',
        example: "King's College Hospital, Denmark Hill, London",
      }),
      postcode: doc('locations[].postcode', z.string({ error: 'must be a full UK postcode, like SE5 9RS' }).trim().refine(isValidPostcode, { error: 'is not a valid UK postcode: write it in full, like SE5 9RS' }), {
        meaning: 'The full postcode of this site.',
        format: 'A full UK postcode.',
        example: 'SE5 9RS',
      }),
      borough: doc('locations[].borough', boroughSlug.optional(), {
        meaning: 'The London borough the site is in.',
        format: 'A borough slug from seeds/boroughs.json.',
        example: 'southwark',
      }),
      lat: doc('locations[].lat', z.number({ error: 'must be a number like 51.4682' }).min(51.2, { error: 'is south of London: check the latitude' }).max(51.75, { error: 'is north of London: check the latitude' }).optional(), {
        meaning: 'Latitude of the entrance, for the map.',
        format: 'A decimal number, about 51.3 to 51.7 in London.',
        example: '51.4682',
      }),
      lng: doc('locations[].lng', z.number({ error: 'must be a number like -0.0937' }).min(-0.6, { error: 'is west of London: check the longitude' }).max(0.4, { error: 'is east of London: check the longitude' }).optional(), {
        meaning: 'Longitude of the entrance, for the map.',
        format: 'A decimal number, about -0.5 to 0.3 in London.',
        example: '-0.0937',
      }),
      appointmentOnly: doc('locations[].appointmentOnly', z.boolean().optional(), {
        meaning: 'Whether people must call first rather than walk in.',
        format: 'true or false.',
        example: 'true',
      }),
      stepFree: doc('locations[].stepFree', z.boolean().optional(), {
        meaning: 'Whether the site has step-free access, as the provider states.',
        format: 'true or false; leave out if not stated.',
        example: 'true',
      }),
      note: plainText(300).optional(),
    })
    .strict()
    .superRefine((loc, ctx) => {
      if ((loc.lat === undefined) !== (loc.lng === undefined))
        ctx.addIssue({ code: 'custom', path: [loc.lat === undefined ? 'lat' : 'lng'], message: 'give both lat and lng, or neither' });
      if (loc.borough && isValidPostcode(loc.postcode)) {
        const district = toOutcode(loc.postcode);
        const inDistrict = district ? boroughsForDistrict(district) : [];
        if (inDistrict.length > 0 && !inDistrict.some((b) => b.slug === loc.borough))
          ctx.addIssue({
            code: 'custom',
            path: ['borough'],
            message: `postcode ${loc.postcode} is in ${inDistrict.map((b) => b.name).join(' or ')}, not ${boroughBySlug.get(loc.borough)?.name ?? loc.borough}: check the postcode and the borough`,
          });
      }
    });

  const source = z
    .object({
      url: doc('verification.sources[].url', httpsUrl('source'), {
        meaning: 'A public page that shows the facts in this listing: the provider\'s own page first.',
        format: 'A full https:// address.',
        example: 'https://www.thehavens.org.uk/referrals/how-do-i-refer/',
      }),
      checked: doc('verification.sources[].checked', isoDate(today), {
        meaning: 'The date someone read this page and compared it with the listing.',
        format: 'YYYY-MM-DD, not in the future.',
        example: '2026-11-23',
      }),
      covers: doc('verification.sources[].covers', plainText(500).optional(), {
        meaning: 'Which facts this page supports.',
        format: 'Plain text, up to 500 characters.',
        example: 'phone number, 24/7 hours, who can use the service',
      }),
    })
    .strict();

  return z
    .object({
      name: doc('name', plainText(120, { name: true }), {
        meaning: 'The name people know the service by.',
        format: 'Plain text, up to 120 characters.',
        example: 'The Havens',
      }),
      alsoKnownAs: doc('alsoKnownAs', z.array(plainText(120, { name: true })).optional(), {
        meaning: 'Other names people may search for: old names, initials, the local name of a national service.',
        format: 'A list of names.',
        example: '[Haven, SARC]',
      }),
      organisation: doc('organisation', plainText(160, { name: true }), {
        meaning: 'The organisation that runs the service.',
        format: 'Plain text.',
        example: "King's College Hospital NHS Foundation Trust",
      }),
      kind: doc('kind', kindId, {
        meaning: 'The main kind of help, which decides where the service appears.',
        format: 'One id from seeds/service-kinds.json.',
        example: 'sarc',
      }),
      otherKinds: doc('otherKinds', z.array(kindId).optional(), {
        meaning: 'Other kinds of help the service also gives.',
        format: 'A list of ids from seeds/service-kinds.json.',
        example: '[counselling, isva]',
      }),
      summary: doc('summary', plainText(200), {
        meaning: 'What the service does and who it is for, for a frightened reader on a phone.',
        format: 'One or two plain sentences, at most 200 characters.',
        example: 'Medical care and support after rape or sexual assault, for anyone in London, 24 hours a day.',
      }),
      description: doc('description', plainText(3000, { lineBreaks: true }).optional(), {
        meaning: 'More detail: what happens when you get in touch, what the service offers.',
        format: 'Plain text; leave a blank line between paragraphs.',
        example: 'You can get a medical check, emergency contraception ...',
      }),
      crimeTypes: doc('crimeTypes', z.array(crimeTypeId).min(1, { error: 'name at least one crime type the service helps with' }), {
        meaning: 'The forms of violence and abuse the service helps with.',
        format: 'A list of ids from seeds/crime-types.json.',
        example: '[sexual-violence, recent-sexual-assault]',
      }),
      serves: doc(
        'serves',
        z
          .object({
            genders: doc('serves.genders', z.array(enumOf(GENDERS, 'gender. Write women, men or non-binary')).min(1), {
              meaning: 'The genders the service supports.',
              format: 'A list of women, men, non-binary.',
              example: '[women, men, non-binary]',
            }),
            ageMin: doc('serves.ageMin', z.number().int().min(0).max(maxAge).optional(), {
              meaning: 'The youngest age the service supports directly.',
              format: 'A whole number of years; leave out if there is no lower limit.',
              example: '13',
            }),
            ageMax: doc('serves.ageMax', z.number().int().min(0).max(maxAge).optional(), {
              meaning: 'The oldest age the service supports.',
              format: 'A whole number of years; leave out if there is no upper limit.',
              example: '25',
            }),
            groups: doc('serves.groups', z.array(groupId).optional(), {
              meaning: 'Communities or groups the service specialises in. Leave out for a general service.',
              format: 'A list of ids from seeds/groups.json.',
              example: '[black-minoritised, migrant]',
            }),
            note: doc('serves.note', plainText(400).optional(), {
              meaning: 'Anything else about who can use the service.',
              format: 'Plain text.',
              example: 'Children under 13 are seen after a referral by a professional.',
            }),
          })
          .strict()
          .refine((s) => s.ageMin === undefined || s.ageMax === undefined || s.ageMin <= s.ageMax, {
            error: 'ageMin is older than ageMax: check the two ages',
          }),
        {
          meaning: 'Who the service is for.',
          format: 'genders, and optionally ageMin, ageMax, groups and note.',
          example: 'genders: [women]\nageMin: 16',
        },
      ),
      meets: doc('meets', z.array(needId).optional(), {
        meaning: 'Needs the service says it meets, such as interpreters or step-free access.',
        format: 'A list of ids from seeds/needs.json. List only what the provider states.',
        example: '[interpreters, nrpf, women-only]',
      }),
      languages: doc('languages', z.array(languageName).optional(), {
        meaning: 'Languages staff speak directly, besides interpreters.',
        format: 'A list of English names of languages, from seeds/languages.json.',
        example: '[English, Farsi, Kurdish, Arabic]',
      }),
      area: doc(
        'area',
        z
          .object({
            scope: doc('area.scope', enumOf(AREA_SCOPES, 'area scope. Write boroughs, region, london or national'), {
              meaning: 'How wide an area the service covers.',
              format: 'boroughs (list them), region (a Rape Crisis region), london, or national.',
              example: 'boroughs',
            }),
            boroughs: doc('area.boroughs', z.array(boroughSlug).min(1).optional(), {
              meaning: 'The boroughs the service covers, when scope is boroughs.',
              format: 'A list of borough slugs from seeds/boroughs.json.',
              example: '[hackney]',
            }),
            regions: doc('area.regions', z.array(regionId).min(1).optional(), {
              meaning: 'The Rape Crisis regions the service covers, when scope is region.',
              format: 'A list of north, south, east, west.',
              example: '[east]',
            }),
            note: doc('area.note', plainText(300).optional(), {
              meaning: 'Anything else about the area, such as "people who work or study here too".',
              format: 'Plain text.',
              example: 'Also open to people who work or study in Camden.',
            }),
          })
          .strict()
          .superRefine((a, ctx) => {
            if (a.scope === 'boroughs' && !a.boroughs)
              ctx.addIssue({ code: 'custom', path: ['boroughs'], message: 'scope is boroughs, so list them, for example boroughs: [hackney]' });
            if (a.scope === 'region' && !a.regions)
              ctx.addIssue({ code: 'custom', path: ['regions'], message: 'scope is region, so list them, for example regions: [east]' });
            if (a.scope !== 'boroughs' && a.boroughs)
              ctx.addIssue({ code: 'custom', path: ['boroughs'], message: `scope is ${a.scope}, so remove the borough list (or set scope: boroughs)` });
            if (a.scope !== 'region' && a.regions)
              ctx.addIssue({ code: 'custom', path: ['regions'], message: `scope is ${a.scope}, so remove the region list (or set scope: region)` });
          }),
        {
          meaning: 'Where people must live (or be) to use the service.',
          format: 'scope, and boroughs or regions where the scope needs them.',
          example: 'scope: boroughs\nboroughs: [lambeth]',
        },
      ),
      access: doc(
        'access',
        z
          .object({
            selfReferral: doc('access.selfReferral', z.boolean().optional(), {
              meaning: 'Whether people can contact the service themselves, without being referred.',
              format: 'true or false; leave out if the provider does not say.',
              example: 'true',
            }),
            professionalReferral: doc('access.professionalReferral', z.boolean().optional(), {
              meaning: 'Whether professionals can refer people.',
              format: 'true or false; leave out if the provider does not say.',
              example: 'true',
            }),
            policeReportNeeded: doc('access.policeReportNeeded', z.boolean().optional(), {
              meaning: 'Whether people must have reported to the police to get help.',
              format: 'true or false; leave out if the provider does not say.',
              example: 'false',
            }),
            policeBased: doc('access.policeBased', z.boolean().optional(), {
              meaning: 'Whether the service is run by or based in the police (this matters to people with insecure immigration status).',
              format: 'true or false.',
              example: 'false',
            }),
            threshold: doc('access.threshold', plainText(300).optional(), {
              meaning: 'Any limit on who is taken on, such as "high-risk cases only".',
              format: 'Plain text.',
              example: 'High-risk cases (MARAC level) only.',
            }),
            howToRefer: doc('access.howToRefer', plainText(800).optional(), {
              meaning: 'How to get help or make a referral, step by step.',
              format: 'Plain text.',
              example: 'Call the 24-hour line. Professionals can call the same number.',
            }),
            whatToInclude: doc('access.whatToInclude', plainText(600).optional(), {
              meaning: 'What a referrer should have ready, and consent rules.',
              format: 'Plain text.',
              example: 'The person\'s consent, a safe contact number and the DASH risk checklist if completed.',
            }),
            whatHappensNext: doc('access.whatHappensNext', plainText(600).optional(), {
              meaning: 'What happens after someone gets in touch or is referred.',
              format: 'Plain text.',
              example: 'A worker calls back within two working days at the safe time you give.',
            }),
            ifNotEligible: doc('access.ifNotEligible', plainText(400).optional(), {
              meaning: 'Where to go if the person is not eligible.',
              format: 'Plain text; name the alternative services.',
              example: 'If you are not at high risk, call the National Domestic Abuse Helpline.',
            }),
            alternatives: doc('access.alternatives', z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'must be the file name of another listing, without .yaml, for example national-domestic-abuse-helpline' })).optional(), {
              meaning: 'Other listings to suggest when someone is not eligible.',
              format: 'A list of listing file names without .yaml.',
              example: '[national-domestic-abuse-helpline]',
            }),
          })
          .strict(),
        {
          meaning: 'How people reach the service and any conditions.',
          format: 'A group of fields; give what the provider states.',
          example: 'selfReferral: true\npoliceReportNeeded: false',
        },
      ),
      contact: doc('contact', contact, {
        meaning: 'Ways to get in touch.',
        format: 'At least one of phones, textMessage, textphone, email, webChat, website, referralForm.',
        example: 'phones:\n  - number: "020 3299 6900"\n    label: 24-hour line',
      }),
      hours: doc('hours', hours.optional(), {
        meaning: 'When the service is open, in London time. Leave out if the provider does not publish hours.',
        format: 'always: true, or sessions; optionally bankHolidays and note.',
        example: 'always: true',
      }),
      locations: doc('locations', z.array(location).min(1).optional(), {
        meaning: 'Public places people can go to. Never for refuges or any secret address.',
        format: 'A list; each has name, address, postcode, and optionally borough, lat, lng.',
        example: '- name: The Lighthouse\n  address: 7-9 Greenland Place, London\n  postcode: NW1 0AP',
      }),
      confidentialLocation: doc('confidentialLocation', z.boolean().optional(), {
        meaning: 'The service\'s address must never be published. Always true for refuges.',
        format: 'true or false.',
        example: 'true',
      }),
      complaintsUrl: doc('complaintsUrl', httpsUrl().optional(), {
        meaning: 'The page that explains how to complain about the service.',
        format: 'A full https:// address.',
        example: 'https://www.example.org.uk/complaints',
      }),
      verification: doc(
        'verification',
        z
          .object({
            status: doc('verification.status', enumOf(VERIFICATION_STATUSES, 'status. Write provider-confirmed, provider-site, two-sources or public-source'), {
              meaning:
                'Which evidence rule the contact details met: confirmed by the provider; read on the provider\'s own website; two independent authoritative pages (NHS, GOV.UK, police, council, university, national charity) that agree; or only older or indirect pages, which the listing page tells readers plainly.',
              format: 'provider-confirmed, provider-site, two-sources or public-source.',
              example: 'provider-site',
            }),
            lastVerified: doc('verification.lastVerified', isoDate(today), {
              meaning: 'The date the contact details shown (phone numbers, email, web addresses, hours) were last compared with a source. Shown on the listing as "Last checked".',
              format: 'YYYY-MM-DD, not in the future: the checked date of the source you compared them with.',
              example: '2026-11-23',
            }),
            sources: doc('verification.sources', z.array(source).min(1, { error: 'list at least one source page for the facts in this listing' }), {
              meaning: 'The public pages the facts come from.',
              format: 'A list; each has url and checked, and optionally covers.',
              example: '- url: https://www.thehavens.org.uk/\n  checked: 2026-11-23',
            }),
            caveat: doc('verification.caveat', plainText(160).optional(), {
              meaning: 'One short sentence for readers, shown beside the contact details: what to check before relying on the listing. Never a note to maintainers.',
              format: 'Plain text, at most 160 characters.',
              example: 'Call to confirm opening hours.',
            }),
            note: doc('verification.note', plainText(1200).optional(), {
              meaning:
                'For maintainers only, never shown on the site or in the open data: what could not be verified and was left out, conflicts between sources, what to recheck.',
              format: 'Plain text.',
              example: 'Street addresses are not listed: the provider asks people to call first.',
            }),
          })
          .strict()
          .superRefine((v, ctx) => {
            // lastVerified is the day the contact details were compared with a source, so it is one of
            // the sources' check dates (not necessarily the newest: a later check may cover other facts).
            const dates = [...new Set(v.sources.map((src) => src.checked))].sort();
            if (dates.length > 0 && !dates.includes(v.lastVerified))
              ctx.addIssue({
                code: 'custom',
                path: ['lastVerified'],
                message: `${v.lastVerified} is not the date any source was checked (${dates.join(', ')}): set lastVerified to the day you compared the contact details with a source`,
              });
            const hosts = new Set(v.sources.map((src) => URL.canParse(src.url) ? new URL(src.url).hostname.replace(/^www\./, '') : src.url));
            if (v.status === 'two-sources' && hosts.size < 2)
              ctx.addIssue({ code: 'custom', path: ['status'], message: 'two-sources needs at least two source pages on different websites: add the second source, or write public-source' });
          }),
        {
          meaning: 'How and when the listing was checked.',
          format: 'status, lastVerified, sources, and optionally caveat and note.',
          example: 'status: provider-site\nlastVerified: 2026-11-23',
        },
      ),
    })
    .strict()
    // Runs even when other fields are wrong (when: always), because a published refuge
    // address is the one mistake that must never wait for the next fix-and-retry round.
    .superRefine(
      (s, ctx) => {
        const raw = s as unknown as Record<string, unknown>;
        const kinds = [raw['kind'], ...(Array.isArray(raw['otherKinds']) ? raw['otherKinds'] : [])].filter(
          (k): k is string => typeof k === 'string',
        );
        const confidentialKind = kinds.find(isConfidentialKind);
        if (confidentialKind && raw['confidentialLocation'] === false)
          ctx.addIssue({ code: 'custom', path: ['confidentialLocation'], message: `a ${confidentialKind} listing always has a confidential location: remove this line or write true` });
        const confidential = Boolean(confidentialKind) || raw['confidentialLocation'] === true;
        if (confidential && raw['locations'] !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['locations'],
            message: `this ${confidentialKind ? `${confidentialKind} ` : ''}listing has a confidential location, so it must not have an address, postcode or coordinates. Remove "locations" and give only the way in (phone or referral)`,
          });
        if (confidential) {
          // Every piece of text, wherever it is: a refuge's address must not be published in a
          // description, a note or a source's "covers" either.
          for (const { path, text } of textLeaves(raw).filter((leaf) => leaf.path[0] !== 'locations')) {
            const [clue] = locationClues(text);
            if (clue)
              ctx.addIssue({
                code: 'custom',
                path,
                message: `this listing's location is confidential (${confidentialKind ?? 'confidentialLocation: true'}), but this text has what looks like a ${clue.kind} ("${visible(clue.text)}"). Remove it: the address of a refuge or safe house must never be published, in any field. Give only the way in (phone or referral)`,
              });
          }
        } else if (Array.isArray(raw['locations'])) {
          // A "public" location that is really a safe house.
          const selfDescription = ['name', 'summary'].map((k) => raw[k]).concat(Array.isArray(raw['alsoKnownAs']) ? raw['alsoKnownAs'] : []);
          const safeHouseSelf = selfDescription.some((t) => typeof t === 'string' && /\bsafe[ -]?houses?\b|\bsafe accommodation\b/i.test(t));
          raw['locations'].forEach((loc: unknown, i: number) => {
            const texts = loc && typeof loc === 'object' ? ['name', 'address', 'note'].map((k) => (loc as Record<string, unknown>)[k]) : [];
            if (safeHouseSelf || texts.some((t) => typeof t === 'string' && SAFE_HOUSE_WORDS.test(t)))
              ctx.addIssue({
                code: 'custom',
                path: ['locations', i],
                message: 'this location is described as a refuge or safe house, whose address must never be published: remove "locations" and set confidentialLocation: true',
              });
          });
        }
      },
      { when: () => true },
    );
}

/** Every string in a listing with its path, except web and email addresses. */
export function textLeaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') {
    const key = path.at(-1);
    const isAddress = key === 'url' || key === 'website' || key === 'webChat' || key === 'referralForm' || key === 'callbackForm' || key === 'complaintsUrl' || (key === 'address' && path.includes('email'));
    return isAddress ? [] : [{ path, text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textLeaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textLeaves(v, [...path, k]));
  return [];
}

export const serviceSchema = createServiceSchema();
export type Service = z.infer<typeof serviceSchema>;
export type Hours = NonNullable<Service['hours']>;
export type Session = NonNullable<Hours['sessions']>[number];
