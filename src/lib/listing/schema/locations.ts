// Public places people can go to. Never for refuges or any other secret address (rules.ts).
import { z } from 'astro/zod';
import { isValid as isValidPostcode, toOutcode } from 'postcode';
import { boroughBySlug } from '../../reference/seeds.ts';
import { boroughsForDistrict } from '../../reference/postcodes.ts';
import { plainText } from './blocks.ts';
import { POSTCODE_PATTERN } from './draft07.ts';
import { documented, withDraft07 } from './meta.ts';
import { boroughSlug } from './vocabularies.ts';

const postcode = z
  .string({ error: 'must be a full UK postcode, like SE5 9RS' })
  .trim()
  .refine(isValidPostcode, { error: 'is not a valid UK postcode: write it in full, like SE5 9RS' });

const location = withDraft07(
  z
    .object({
      name: documented(plainText(120), { meaning: 'The name of this site.', format: 'Plain text.', example: 'Haven Camberwell' }),
      address: documented(plainText(200), {
        meaning: 'The street address, without the postcode. Never for refuges or other secret addresses.',
        format: 'Plain text on one line, parts separated by commas.',
        example: "King's College Hospital, Denmark Hill, London",
      }),
      postcode: documented(withDraft07(postcode, { pattern: POSTCODE_PATTERN }), {
        meaning: 'The full postcode of this site.',
        format: 'A full UK postcode.',
        example: 'SE5 9RS',
      }),
      borough: documented(boroughSlug.optional(), {
        meaning: 'The London borough the site is in.',
        format: 'A borough slug from seeds/boroughs.json.',
        example: 'southwark',
      }),
      lat: documented(
        z
          .number({ error: 'must be a number like 51.4682' })
          .min(51.2, { error: 'is south of London: check the latitude' })
          .max(51.75, { error: 'is north of London: check the latitude' })
          .optional(),
        {
          meaning: 'Latitude of the entrance, for the map.',
          format: 'A decimal number, about 51.3 to 51.7 in London.',
          example: '51.4682',
        },
      ),
      lng: documented(
        z
          .number({ error: 'must be a number like -0.0937' })
          .min(-0.6, { error: 'is west of London: check the longitude' })
          .max(0.4, { error: 'is east of London: check the longitude' })
          .optional(),
        {
          meaning: 'Longitude of the entrance, for the map.',
          format: 'A decimal number, about -0.5 to 0.3 in London.',
          example: '-0.0937',
        },
      ),
      appointmentOnly: documented(z.boolean().optional(), {
        meaning: 'Whether people must call first rather than walk in.',
        format: 'true or false.',
        example: 'true',
      }),
      stepFree: documented(z.boolean().optional(), {
        meaning: 'Whether the site has step-free access, as the provider states.',
        format: 'true or false; leave out if not stated.',
        example: 'true',
      }),
      note: documented(plainText(300).optional(), {
        meaning: 'Anything a visitor needs to know about this site, such as when to come or which entrance to use.',
        format: 'Plain text, up to 300 characters.',
        example: 'Drop-in on Thursdays, 9:30am to 12:30pm; the entrance is at the back of the building.',
      }),
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
    }),
  // The same rule for editors: lat and lng come together.
  { dependencies: { lat: ['lng'], lng: ['lat'] } },
);

export const locations = documented(z.array(location).min(1).optional(), {
  meaning: 'Public places people can go to. Never for refuges or any secret address.',
  format: 'A list; each has name, address, postcode, and optionally borough, lat, lng.',
  example: '- name: The Lighthouse\n  address: 7-9 Greenland Place, London\n  postcode: NW1 0AP',
});
