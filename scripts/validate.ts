// npm run validate: check the reference data in seeds/ (each file against its schema, then the
// rules that join files), then every listing in content/services/, and print one line per
// problem. Exit code 1 if anything has an error; warnings (such as stale listings) do not fail.
// Usage: npm run validate [-- <listings folder>]; SEEDS_DIR=<folder> checks another seeds folder.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { LISTINGS_DIR } from '../src/config.ts';
import { checkSeedFiles, crossCheckSeeds } from '../src/lib/reference/seed-checks.ts';
import { formatSeedProblem, type SeedProblem } from '../src/lib/reference/seed-problems.ts';
import { visible } from '../src/lib/rules/text-safety.ts';

const dir = process.argv[2] ?? LISTINGS_DIR;
const seedsDir = process.env['SEEDS_DIR'] ?? 'seeds';

interface Line {
  file: string;
  title: string;
  line?: number | undefined;
  /** The whole line printed, and the message alone for the annotation. */
  text: string;
  message: string;
}

// On GitHub Actions, also annotate the file and line, so the message shows on the pull request.
// Every value is printed with control characters made visible, so neither a listing nor a seed
// can rewrite the terminal or start a workflow command of its own.
const github = process.env['GITHUB_ACTIONS'] === 'true';
const escapeData = (text: string) => visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
function print(level: 'error' | 'warning', lines: Line[]): void {
  for (const l of lines) {
    console.log(`${level}: ${visible(l.text)}`);
    if (github)
      console.log(
        `::${level} file=${escapeProperty(l.file)}${l.line ? `,line=${l.line}` : ''},title=${escapeProperty(l.title)}::${escapeData(l.message)}`,
      );
  }
}
const seedLine = (p: SeedProblem): Line => ({
  file: p.file,
  title: p.where || 'seed file',
  text: formatSeedProblem(p),
  message: p.message,
});

// 1. Each seed file against its schema. The listing checks read these files, so stop here if one is broken.
const seedFiles = checkSeedFiles(seedsDir);
if (seedFiles.problems.length > 0) {
  print('error', seedFiles.problems.map(seedLine));
  console.log(`${seedsDir}/ checked: ${seedFiles.problems.length} error(s). Fix them first: every listing is checked against these files.`);
  process.exit(1);
}

// 2. The listings, then the rules that join the seeds to each other and to the listings.
const { allErrors, allWarnings, formatProblem, validateDirectory } = await import('../src/lib/listing/validate.ts');
const { DERIVED_NEEDS } = await import('../src/lib/domain/services.ts');
const result = validateDirectory(dir);
// The seeds name listings in content/services/: those rules apply when that is the folder checked.
const seedListings = resolve(dir) === resolve(LISTINGS_DIR);
const seeds = crossCheckSeeds(
  seedFiles.seeds,
  {
    listingSlugs: seedListings
      ? readdirSync(dir)
          .filter((n) => n.endsWith('.yaml'))
          .map((n) => n.slice(0, -'.yaml'.length))
      : [],
    derivedNeeds: DERIVED_NEEDS.map((n) => n.id),
    listingOrganisations: seedListings ? result.listings.flatMap((l) => (l.data ? [l.data.organisation] : [])) : [],
  },
  seedsDir,
);
const listingLine = (p: ReturnType<typeof allErrors>[number]): Line => ({
  file: p.file,
  title: p.field || 'listing',
  line: p.line,
  text: formatProblem(p),
  message: p.message,
});
const errors = [...allErrors(result).map(listingLine), ...seeds.errors.map(seedLine)];
const warnings = [...allWarnings(result).map(listingLine), ...seeds.warnings.map(seedLine)];
print('error', errors);
print('warning', warnings);

const files = result.listings.length;
console.log(
  errors.length === 0
    ? `${files} listing(s) and ${seedsDir}/ checked: no errors${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`
    : `${files} listing(s) and ${seedsDir}/ checked: ${errors.length} error(s), ${warnings.length} warning(s). Fix the errors above; each line names the file, the field and what to write.`,
);
process.exit(errors.length > 0 ? 1 : 0);
