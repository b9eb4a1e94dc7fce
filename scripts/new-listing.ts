// npm run new-listing: write a new, valid listing file from a few answers (asked one by one
// when run in a terminal) or flags (for scripts and CI):
//
//   npm run new-listing -- --name "<the service's name>" --organisation "<who runs it>" \
//     --kind helpline --crime domestic-abuse --area london --phone "<its number>" \
//     --website https://<its website>/ --source https://<the page you checked>/ \
//     --summary "Free advice for anyone affected by domestic abuse in London."
//
// Example data is refused like any other mistake: Ofcom's drama numbers (020 7946 0xxx and the
// rest) and example.org addresses, so a copied example can never become a listing.
// Options: --boroughs hackney,islington (with --area boroughs), --region east (with --area
// region), --genders women,men, --dir <folder> (default content/services), --force.
// The file is checked with the same rules as `npm run validate` before it is kept.
import { existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { LISTINGS_DIR } from '../src/config.ts';
import { slugify } from '../src/lib/rules/slug.ts';
import { boroughs, crimeTypes, rapeCrisisRegions, serviceKinds } from '../src/lib/reference/seeds.ts';
import { formatProblem, validateListingText } from '../src/lib/listing/validate.ts';
import { AREA_SCOPES } from '../src/lib/listing/schema/index.ts';
import { todayInLondon } from '../src/lib/rules/dates.ts';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    organisation: { type: 'string' },
    kind: { type: 'string' },
    summary: { type: 'string' },
    crime: { type: 'string' },
    genders: { type: 'string' },
    area: { type: 'string' },
    boroughs: { type: 'string' },
    region: { type: 'string' },
    phone: { type: 'string' },
    'phone-label': { type: 'string' },
    website: { type: 'string' },
    source: { type: 'string' },
    dir: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const questions: Record<string, string> = {
  name: 'Name of the service',
  organisation: 'Organisation that runs it',
  kind: `Kind of service (${serviceKinds.map((k) => k.id).join(', ')})`,
  summary: 'One or two plain sentences: what it does and who it is for (200 characters at most)',
  crime: `What it helps with, separated by commas (e.g. domestic-abuse, stalking; all: ${crimeTypes.map((c) => c.id).join(', ')})`,
  area: `Area it covers (${AREA_SCOPES.join(', ')})`,
  boroughs: `Boroughs, separated by commas (${boroughs.map((b) => b.slug).join(', ')})`,
  region: `Rape Crisis region (${rapeCrisisRegions.map((r) => r.id).join(', ')})`,
  phone: 'Main phone number, exactly as the service publishes it (leave empty if none)',
  website: 'Web address of the service (https://...)',
  source: 'Web address of the public page you checked these facts against (https://...)',
};

async function ask(key: string, rl: Awaited<ReturnType<typeof createInterface>> | null): Promise<string> {
  const given = values[key as keyof typeof values];
  if (typeof given === 'string') return given.trim();
  if (!rl) return '';
  return (await rl.question(`${questions[key]}: `)).trim();
}

const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : null;
const answers: Record<string, string> = {};
for (const key of ['name', 'organisation', 'kind', 'summary', 'crime', 'area']) answers[key] = await ask(key, rl);
if (answers['area'] === 'boroughs') answers['boroughs'] = await ask('boroughs', rl);
if (answers['area'] === 'region') answers['region'] = await ask('region', rl);
for (const key of ['phone', 'website', 'source']) answers[key] = await ask(key, rl);
rl?.close();

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const today = todayInLondon();
const slug = slugify(answers['name'] ?? '');
const listing: Record<string, unknown> = {
  name: answers['name'],
  organisation: answers['organisation'],
  kind: answers['kind'],
  summary: answers['summary'],
  crimeTypes: list(answers['crime']),
  serves: { genders: list(values.genders ?? 'women') },
  area: {
    scope: answers['area'],
    ...(answers['area'] === 'boroughs' ? { boroughs: list(answers['boroughs']) } : {}),
    ...(answers['area'] === 'region' ? { regions: list(answers['region']) } : {}),
  },
  access: {},
  contact: {
    ...(answers['phone'] ? { phones: [{ number: answers['phone'], label: values['phone-label'] ?? 'Main number' }] } : {}),
    ...(answers['website'] ? { website: answers['website'] } : {}),
  },
  verification: {
    status: 'public-source',
    lastVerified: today,
    sources: [{ url: answers['source'], checked: today }],
  },
};

const header = [
  '# yaml-language-server: $schema=../../public/schema/service.schema.json',
  '# Made with `npm run new-listing`. Add what you can verify: who it is for (serves), needs it',
  '# meets (meets), access (selfReferral, policeReportNeeded, howToRefer), hours. Field guide: CONTRIBUTING.md',
].join('\n');
// Keep phone numbers and times as quoted strings, exactly as published.
const text = `${header}\n${stringify(listing, { defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', lineWidth: 0 }).replace(/number: (.+)$/m, (_m, n: string) => `number: ${JSON.stringify(String(n).replace(/^"|"$/g, ''))}`)}`;

const dir = values.dir ?? LISTINGS_DIR;
const file = join(dir, `${slug}.yaml`);
const shown = `${dir.replace(/\/$/, '')}/${slug}.yaml`;
const result = validateListingText(shown, slug, text, { today });
if (result.errors.length) {
  console.error('The listing is not valid yet, so no file was written:');
  for (const e of result.errors) console.error(`  ${formatProblem(e)}`);
  process.exit(1);
}
if (existsSync(file) && !values.force) {
  console.error(`${file} already exists: edit it instead, or run again with --force to replace it.`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
rmSync(file, { force: true });
writeFileSync(file, text);
console.log(`Wrote ${shown}. Check it with: npm run validate`);
