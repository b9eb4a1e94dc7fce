// Who the service is for: genders, ages and the communities it specialises in.
import { z } from 'astro/zod';
import { plainText, uniqueList } from './blocks.ts';
import { documented } from './meta.ts';
import { genderId, groupId, maxAge } from './vocabularies.ts';

const age = (meaning: string, format: string, example: string) =>
  documented(z.number().int().min(0).max(maxAge).optional(), { meaning, format, example });

export const serves = documented(
  z
    .object({
      genders: documented(uniqueList(genderId).min(1), {
        meaning: 'The genders the service supports.',
        format: 'A list of women, men, non-binary.',
        example: '[women, men, non-binary]',
      }),
      ageMin: age(
        'The youngest age the service supports directly.',
        'A whole number of years; leave out if there is no lower limit.',
        '13',
      ),
      ageMax: age('The oldest age the service supports.', 'A whole number of years; leave out if there is no upper limit.', '25'),
      groups: documented(uniqueList(groupId).optional(), {
        meaning: 'Communities or groups the service specialises in. Leave out for a general service.',
        format: 'A list of ids from seeds/groups.json.',
        example: '[black-minoritised, migrant]',
      }),
      note: documented(plainText(400).optional(), {
        meaning: 'Anything else about who can use the service.',
        format: 'Plain text.',
        example: 'Children under 13 are seen after a referral by a professional.',
      }),
    })
    .strict()
    // Not in the JSON Schema: draft-07 cannot compare two fields.
    .refine((s) => s.ageMin === undefined || s.ageMax === undefined || s.ageMin <= s.ageMax, {
      error: 'ageMin is older than ageMax: check the two ages',
    }),
  {
    meaning: 'Who the service is for.',
    format: 'genders, and optionally ageMin, ageMax, groups and note.',
    example: 'genders: [women]\nageMin: 16',
  },
);
