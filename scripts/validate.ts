// npm run validate: check every listing in content/services/ and print one line per problem.
// Exit code 1 if any listing has an error; warnings (such as stale listings) do not fail.
import { LISTINGS_DIR } from '../src/config.ts';
import { allErrors, allWarnings, formatProblem, validateDirectory } from '../src/lib/listing/validate.ts';
import { visible } from '../src/lib/rules/text-safety.ts';

const dir = process.argv[2] ?? LISTINGS_DIR;
const result = validateDirectory(dir);
const errors = allErrors(result);
const warnings = allWarnings(result);

// On GitHub Actions, also annotate the file and line, so the message shows on the pull request.
// Every value is printed with control characters made visible (formatProblem, visible), so a
// listing cannot rewrite the terminal or start a workflow command of its own.
const github = process.env['GITHUB_ACTIONS'] === 'true';
const escapeData = (text: string) => visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
for (const [level, list] of [['error', errors], ['warning', warnings]] as const)
  for (const p of list) {
    console.log(`${level}: ${formatProblem(p)}`);
    if (github) console.log(`::${level} file=${escapeProperty(p.file)}${p.line ? `,line=${p.line}` : ''},title=${escapeProperty(p.field || 'listing')}::${escapeData(p.message)}`);
  }
const files = result.listings.length;
console.log(
  errors.length === 0
    ? `${files} listing(s) checked: no errors${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`
    : `${files} listing(s) checked: ${errors.length} error(s), ${warnings.length} warning(s). Fix the errors above; each line names the file, the field and what to write.`,
);
process.exit(errors.length > 0 ? 1 : 0);
