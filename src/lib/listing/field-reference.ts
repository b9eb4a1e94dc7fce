// The field reference for providers (docs/listing-fields.md), generated from the same field
// documentation as the schema and validation messages, so the three never disagree.
import { fieldDocs } from './schema.ts';
import { boroughs, crimeTypes, groups, languages, needs, rapeCrisisRegions, serviceKinds } from '../reference/seeds.ts';

export const FIELD_REFERENCE_PATH = 'docs/listing-fields.md';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');

/** Top-level fields in the order a listing file is written. */
const ORDER = ['name', 'alsoKnownAs', 'organisation', 'kind', 'otherKinds', 'summary', 'description', 'crimeTypes', 'serves', 'meets', 'languages', 'area', 'access', 'contact', 'hours', 'locations', 'confidentialLocation', 'complaintsUrl', 'verification'];

function order(path: string): [number, string] {
  const top = path.split(/[.[]/)[0] ?? path;
  return [ORDER.indexOf(top) === -1 ? ORDER.length : ORDER.indexOf(top), path];
}

export function fieldReferenceMarkdown(): string {
  const entries = Object.entries(fieldDocs).sort(([a], [b]) => {
    const [ia, pa] = order(a);
    const [ib, pb] = order(b);
    return ia - ib || pa.localeCompare(pb);
  });
  const rows = entries.map(
    ([path, d]) => `| \`${path}\` | ${cell(d.meaning)} | ${cell(d.format)} | \`${cell(d.example)}\` |`,
  );
  const terms = (title: string, items: { id: string; label: string }[]) =>
    [`### ${title}`, '', items.map((i) => `\`${i.id}\` (${i.label})`).join(', '), ''].join('\n');
  return [
    '# Listing fields',
    '',
    'Generated from `src/lib/listing/schema.ts` by `npm run schema`; do not edit by hand.',
    'Every listing is one YAML file in `content/services/`. Required fields: `name`, `organisation`, `kind`, `summary`,',
    '`crimeTypes`, `serves` (with `genders`), `area` (with `scope`), `access` (may be empty: `{}`), `contact` (at least one way',
    'to get in touch) and `verification` (with `status`, `lastVerified` and at least one source).',
    '',
    '| field | what it means | what to write | example |',
    '|---|---|---|---|',
    ...rows,
    '',
    '## Allowed values',
    '',
    terms('kind, otherKinds', serviceKinds),
    terms('crimeTypes', crimeTypes),
    terms('meets', needs),
    terms('serves.groups', groups),
    terms('area.boroughs, locations[].borough', boroughs.map((b) => ({ id: b.slug, label: b.name }))),
    terms('area.regions', rapeCrisisRegions),
    '### languages',
    '',
    languages.map((l) => l.name).join(', '),
    '',
  ].join('\n');
}
