// Runs the listing validator before every build (and reports in dev), so a malformed or
// unsafe listing stops the build with the same plain-English lines as `npm run validate`.
import type { AstroIntegration } from 'astro';
import { LISTINGS_DIR } from '../config.ts';
import { allErrors, allWarnings, formatProblem, validateDirectory } from '../lib/listing/validate.ts';

export default function listingCheck(dir = LISTINGS_DIR): AstroIntegration {
  return {
    name: 'listing-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const result = validateDirectory(dir);
        const errors = allErrors(result);
        for (const w of allWarnings(result)) logger.warn(formatProblem(w));
        if (errors.length === 0) {
          logger.info(`${result.listings.length} listings checked: no errors`);
          return;
        }
        const report = errors.map(formatProblem).join('\n');
        if (command === 'dev') logger.error(`listing errors (the site will not build until they are fixed):\n${report}`);
        else {
          // The plain lines are the whole story: no stack trace of this hook after them.
          const refusal = new Error(`${errors.length} listing error(s); nothing was built:\n${report}`);
          refusal.stack = '';
          throw refusal;
        }
      },
    },
  };
}
