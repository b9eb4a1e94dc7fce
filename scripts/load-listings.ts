// Load the listings for a report script, exactly as the site does (same schema, same rules).
import { LISTINGS_DIR } from '../src/config.ts';
import type { ServiceEntry } from '../src/lib/domain/services.ts';
import { allErrors, formatProblem, validateDirectory } from '../src/lib/listing/validate.ts';

export function loadListings(dir = LISTINGS_DIR): ServiceEntry[] {
  const result = validateDirectory(dir);
  const errors = allErrors(result);
  if (errors.length)
    console.log(
      `(${errors.length} listing error(s) left out of this report; run npm run validate)\n${errors.map(formatProblem).join('\n')}\n`,
    );
  return result.listings.flatMap((l) => (l.data ? [{ id: l.slug, data: l.data }] : []));
}
