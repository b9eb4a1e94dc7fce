// The Open Referral UK (HSDS 3.0) shapes this site publishes, as zod schemas, so the feed is
// validated against exactly what we claim on the Open data page. Field names follow HSDS 3.0.
import { z } from 'astro/zod';

const id = z.string().min(1);
const time = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/);
const byday = z.string().regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);

export const orukOrganizationSchema = z.object({ id, name: z.string().min(1), description: z.string(), website: z.url().nullable() }).strict();

export const orukLocationSchema = z
  .object({
    id,
    location_type: z.literal('physical'),
    name: z.string().min(1),
    latitude: z.number().min(51).max(52).nullable(),
    longitude: z.number().min(-1).max(1).nullable(),
    addresses: z
      .array(
        z
          .object({
            id,
            address_1: z.string().min(1),
            city: z.string().min(1),
            postal_code: z.string().min(5),
            country: z.literal('GB'),
            address_type: z.literal('physical'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const orukServiceSchema = z
  .object({
    id,
    organization: orukOrganizationSchema,
    name: z.string().min(1),
    alternate_name: z.string().nullable(),
    description: z.string().min(1),
    url: z.url().nullable(),
    email: z.email().nullable(),
    status: z.literal('active'),
    interpretation_services: z.string().nullable(),
    application_process: z.string().nullable(),
    eligibility_description: z.string().nullable(),
    minimum_age: z.number().int().nullable(),
    maximum_age: z.number().int().nullable(),
    assured_date: z.iso.date(),
    assurer_email: z.null(),
    last_modified: z.iso.date(),
    phones: z.array(z.object({ id, number: z.string().min(3), type: z.enum(['voice', 'text', 'textphone']), description: z.string() }).strict()),
    schedules: z.array(z.object({ id, freq: z.literal('WEEKLY'), byday, opens_at: time, closes_at: time, description: z.string() }).strict()),
    service_areas: z
      .array(z.object({ id, name: z.string().min(1), extent_type: z.enum(['borough', 'region', 'london', 'national']), uri: z.url().nullable() }).strict())
      .min(1),
    service_at_locations: z.array(z.object({ id, location: orukLocationSchema }).strict()),
    languages: z.array(z.object({ id, name: z.string().min(1), code: z.string().nullable() }).strict()),
    attributes: z.array(
      z
        .object({
          id,
          taxonomy_term: z.object({ id, code: z.string().min(1), name: z.string().min(1), description: z.string(), vocabulary: z.enum(['lsf-service-kind', 'lsf-crime-type', 'lsf-need']) }).strict(),
        })
        .strict(),
    ),
  })
  .strict();
