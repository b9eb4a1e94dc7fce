// npm run validate: check every listing in content/services/ and print one line per problem.
// Exit code 1 if any listing has an error; warnings (such as stale listings) do not fail.
import { LISTINGS_DIR } from '../src/config.ts';
import { allErrors, allWarnings, formatProblem, validateDirectory } from '../src/lib/validate-listings.ts';

const dir = process.argv[2] ?? LISTINGS_DIR;
const result = validateDirectory(dir);
const errors = allErrors(result);
const warnings = allWarnings(result);

for (const e of errors) console.log(`error: ${formatProblem(e)}`);
for (const w of warnings) console.log(`warning: ${formatProblem(w)}`);
const files = result.listings.length;
console.log(
  errors.length === 0
    ? `${files} listing(s) checked: no errors${warnings.length ? `, ${warnings.length} warning(s)` : ''}.`
    : `${files} listing(s) checked: ${errors.length} error(s), ${warnings.length} warning(s). Fix the errors above; each line names the file, the field and what to write.`,
);
process.exit(errors.length > 0 ? 1 : 0);
