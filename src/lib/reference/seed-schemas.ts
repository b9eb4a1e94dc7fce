// A schema for each file in seeds/, so an edit to the reference data (CONTRIBUTING invites them)
// is checked like a listing. seeds.ts reads the files through these schemas (seed-problems.ts),
// so the rest of the code gets typed, checked data; `npm run validate` prints one plain line per
// problem. The rules that join files (a synonym's crime type exists, a route's listing exists)
// are in seed-checks.ts.
import { z } from 'astro/zod';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, { error: 'must be lower-case words joined by hyphens, like tower-hamlets' });
const text = z.string().trim().min(1, { error: 'is empty: write some text' });
const ids = z.array(id).min(1, { error: 'is an empty list: list at least one id, or remove the field' });
const digits = (what: string) =>
  z.string().regex(/^\+?\d+( \d+)*$/, { error: `must be ${what} written as digits and spaces, like "0808 2000 247"` });
const httpsUrl = z.string().regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/, { error: 'must be a full web address starting https://' });

/** A list whose entries are told apart by a field: the same value twice is refused. */
function listOf<T extends z.ZodType>(entry: T, ...keys: string[]) {
  return z
    .array(entry)
    .min(1, { error: 'is an empty list: the site needs at least one entry' })
    .superRefine((entries, ctx) => {
      for (const key of keys) {
        const seen = new Map<unknown, number>();
        entries.forEach((e, i) => {
          const value = (e as Record<string, unknown>)[key];
          const first = seen.get(value);
          if (first !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [i, key],
              message: `"${String(value)}" is also the ${key} of entry ${first + 1}: each ${key} may appear once. Merge the two entries or change one`,
            });
          else seen.set(value, i);
        });
      }
    });
}

export const termSchema = z.object({ id, label: text, definition: text }).strict();
export const REGION_IDS = ['north', 'south', 'east', 'west'] as const;
const regionId = z.enum(REGION_IDS, { error: `must be one of ${REGION_IDS.join(', ')}` });

export const boroughSchema = z
  .object({
    code: z.string().regex(/^E09\d{6}$/, { error: 'must be the ONS code, E09 and six digits, like E09000012' }),
    name: text,
    slug: id,
    type: text,
    inner: z.boolean(),
    innerStatutory: z.boolean(),
    rapeCrisisRegion: regionId.nullable(),
  })
  .strict();

export const serviceKindSchema = termSchema
  .extend({ urgent: z.boolean().optional(), confidentialLocation: z.boolean().optional(), victimSupport: z.boolean().optional() })
  .strict();
export const crimeTypeSchema = termSchema.extend({ parent: id.optional() }).strict();
export const ageGroupSchema = termSchema
  .extend({ min: z.number().int().min(0), max: z.number().int().min(0) })
  .strict()
  .refine((a) => a.min <= a.max, { error: 'min is above max: check the two ages' });
export const languageSchema = z
  .object({
    code: z.string().regex(/^[a-z]{2,3}$/, { error: 'must be an ISO 639 code of two or three lower-case letters, like fa' }),
    name: text,
  })
  .strict();
export const regionSchema = termSchema.extend({ id: regionId }).strict();
export const shortNumberSchema = z.object({ number: digits('a short number'), definition: text, free: z.boolean() }).strict();
export const staleNumberSchema = z.object({ number: digits('the number'), reason: text, instead: text }).strict();
export const relayPrefixSchema = z
  .object({ prefix: z.string().regex(/^\d+$/, { error: 'must be digits, like 18001' }), definition: text })
  .strict();
export const dramaRangeSchema = z
  .object({
    from: z.string().regex(/^0\d{9,10}$/, { error: 'must be a full number in digits, like 02079460000' }),
    to: z.string().regex(/^0\d{9,10}$/, { error: 'must be a full number in digits, like 02079460999' }),
    area: text,
  })
  .strict()
  .refine((r) => r.from.length === r.to.length && r.from <= r.to, {
    error: 'from and to must have the same number of digits, from the lower: check both numbers',
  });
export const urgentRouteSchema = z.object({ id, kind: id, why: text }).strict();
export const linkRulesSchema = z
  .object({
    shorteners: z.array(text),
    exampleDomains: z.array(text),
    reservedTopLevelDomains: z.array(text),
    internationalDomainsAllowed: z.array(text),
    /** Shortened source links kept for now, each with its listing and reason; never contact links. */
    shortenedSourcesAllowed: z.array(z.object({ url: httpsUrl, listing: id, reason: text }).strict()),
  })
  .strict();
export const organisationSchema = z
  .object({ name: text, website: httpsUrl.optional(), listingNames: z.array(text).min(1).optional() })
  .strict();
export const synonymSchema = z
  .object({
    definition: text.optional(),
    label: text.optional(),
    terms: z.array(text).min(1, { error: 'is an empty list: write at least one word or phrase' }),
    with: z.array(text).min(1).optional(),
    unless: z.array(text).min(1).optional(),
    crimeTypes: ids.optional(),
    kinds: ids.optional(),
    groups: ids.optional(),
    needs: ids.optional(),
    topics: ids.optional(),
    gender: z.enum(['women', 'men', 'non-binary'], { error: 'must be women, men or non-binary' }).optional(),
    urgent: z.boolean().optional(),
    weak: z.boolean().optional(),
  })
  .strict();
const share = z.number().min(0).max(1);
const districtBorough = (code: z.ZodString) => z.object({ code, name: text, share, popShare: share.nullable() }).strict();
export const postcodeDistrictSchema = z
  .object({
    district: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, { error: 'must be a postcode district in capitals, like SE5' }),
    boroughs: z.array(districtBorough(boroughSchema.shape.code)),
    outside: z.array(districtBorough(z.string().regex(/^[EWSN]\d{8}$/, { error: 'must be an ONS code, like E07000111' }))).optional(),
    londonShare: share,
    londonPopShare: share.nullable(),
    centroid: z.tuple([z.number().min(51).max(52), z.number().min(-1).max(1)]),
    note: text.optional(),
  })
  .strict();
export const boundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: listOf(
    z.object({
      type: z.literal('Feature'),
      id: boroughSchema.shape.code,
      properties: z.object({ code: boroughSchema.shape.code, name: text }).loose(),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()).min(1) }).strict(),
    }),
    'id',
  ),
});
// Search data that arrives with the search-ranking work (docs/decisions/0006-search-relevance.md).
export const languageNameSchema = z.object({ language: text, names: z.array(text).min(1), groups: ids.optional() }).strict();
export const searchRankingSchema = z
  .object({
    definition: text,
    audienceGroups: ids,
    needGroups: z.record(id, id),
    groupsByAge: z.array(
      z
        .object({
          group: id,
          min: z.number().int().min(0).optional(),
          max: z.number().int().min(0).optional(),
          servicesUpTo: z.number().int().min(0).optional(),
        })
        .strict(),
    ),
    topics: listOf(z.object({ id, label: text, narrow: z.boolean().optional() }).strict(), 'id'),
    leads: z.array(
      z
        .object({ crimeTypes: ids.optional(), kind: id.optional(), group: id.optional(), topic: id.optional(), services: ids, why: text })
        .strict()
        .refine((l) => [l.crimeTypes, l.kind, l.group, l.topic].filter(Boolean).length === 1, {
          error: 'say what the services lead for: exactly one of crimeTypes, kind, group or topic',
        }),
    ),
  })
  .strict();

/** Every file in seeds/ and its schema. A new file needs an entry here (the check says so). */
export const SEED_SCHEMAS = {
  'age-groups.json': listOf(ageGroupSchema, 'id'),
  'borough-boundaries.geo.json': boundariesSchema,
  'boroughs.json': listOf(boroughSchema, 'code', 'slug', 'name'),
  'crime-types.json': listOf(crimeTypeSchema, 'id', 'label'),
  'drama-numbers.json': listOf(dramaRangeSchema, 'from'),
  'groups.json': listOf(termSchema, 'id', 'label'),
  'language-names.json': listOf(languageNameSchema, 'language'),
  'languages.json': listOf(languageSchema, 'code', 'name'),
  'link-rules.json': linkRulesSchema,
  'needs.json': listOf(termSchema, 'id', 'label'),
  'organisations.json': listOf(organisationSchema, 'name'),
  'postcode-districts.json': listOf(postcodeDistrictSchema, 'district'),
  'rape-crisis-regions.json': listOf(regionSchema, 'id'),
  'relay-prefixes.json': listOf(relayPrefixSchema, 'prefix'),
  'search-ranking.json': searchRankingSchema,
  'service-kinds.json': listOf(serviceKindSchema, 'id', 'label'),
  'short-numbers.json': listOf(shortNumberSchema, 'number'),
  'stale-numbers.json': listOf(staleNumberSchema, 'number'),
  'synonyms.json': z.array(synonymSchema).min(1),
  'urgent-routes.json': listOf(urgentRouteSchema, 'id'),
} as const;

export type SeedFile = keyof typeof SEED_SCHEMAS;
export type SeedData = { [F in SeedFile]?: z.infer<(typeof SEED_SCHEMAS)[F]> | undefined };
