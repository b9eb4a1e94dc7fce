// Where people must live (or be) to use the service: some boroughs, a Rape Crisis region, London
// or the whole country.
import { z } from 'astro/zod';
import { plainText, uniqueList } from './blocks.ts';
import { documented, present, withDraft07 } from './meta.ts';
import { areaScope, boroughSlug, regionId } from './vocabularies.ts';

/** The list each scope needs, and which scopes forbid it. */
const LISTS = [
  { scope: 'boroughs', field: 'boroughs', example: 'boroughs: [hackney]' },
  { scope: 'region', field: 'regions', example: 'regions: [east]' },
] as const;

const group = z
  .object({
    scope: documented(areaScope, {
      meaning: 'How wide an area the service covers.',
      format: 'boroughs (list them), region (a Rape Crisis region), london, or national.',
      example: 'boroughs',
    }),
    boroughs: documented(uniqueList(boroughSlug).min(1).optional(), {
      meaning: 'The boroughs the service covers, when scope is boroughs.',
      format: 'A list of borough slugs from seeds/boroughs.json.',
      example: '[hackney]',
    }),
    regions: documented(uniqueList(regionId).min(1).optional(), {
      meaning: 'The Rape Crisis regions the service covers, when scope is region.',
      format: 'A list of north, south, east, west.',
      example: '[east]',
    }),
    note: documented(plainText(300).optional(), {
      meaning: 'Anything else about the area, such as "people who work or study here too".',
      format: 'Plain text.',
      example: 'Also open to people who work or study in Camden.',
    }),
  })
  .strict()
  .superRefine((a, ctx) => {
    for (const { scope, field, example } of LISTS)
      if (a.scope === scope && !a[field])
        ctx.addIssue({ code: 'custom', path: [field], message: `scope is ${scope}, so list them, for example ${example}` });
    for (const { scope, field } of LISTS)
      if (a.scope !== scope && a[field])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `scope is ${a.scope}, so remove the ${scope === 'boroughs' ? 'borough' : 'region'} list (or set scope: ${scope})`,
        });
  });

export const area = documented(
  // The same rule for editors: each scope's list is there exactly when the scope needs it.
  withDraft07(group, {
    allOf: LISTS.map(({ scope, field }) => ({
      if: { properties: { scope: { const: scope } }, required: ['scope'] },
      then: present(field),
      else: { not: present(field) },
    })),
  }),
  {
    meaning: 'Where people must live (or be) to use the service.',
    format: 'scope, and boroughs or regions where the scope needs them.',
    example: 'scope: boroughs\nboroughs: [lambeth]',
  },
);
