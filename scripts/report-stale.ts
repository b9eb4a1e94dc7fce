// npm run report:stale: listings not verified for 12 months, oldest first: the maintainers'
// "needs checking" list. It informs; it never fails.
import { todayInLondon } from '../src/lib/rules/dates.ts';
import { staleListings } from '../src/lib/domain/stale.ts';
import { STALE_AFTER_DAYS } from '../src/lib/rules/freshness.ts';
import { loadListings } from './load-listings.ts';

const today = todayInLondon();
const services = loadListings();
const stale = staleListings(services, today);
console.log(`Listings not checked for ${STALE_AFTER_DAYS} days or more (today is ${today}): ${stale.length} of ${services.length}`);
for (const s of stale)
  console.log(
    `  ${s.lastVerified}  ${String(s.days).padStart(4)} days  content/services/${s.id}.yaml  ${s.name}  (sources: ${s.sources.join(' ')})`,
  );
// --checklist: a Markdown checklist to paste into an issue and work through.
if (process.argv.includes('--checklist')) {
  console.log('\n## Needs checking\n');
  for (const s of stale)
    console.log(`- [ ] [${s.name}](content/services/${s.id}.yaml): last checked ${s.lastVerified}; sources: ${s.sources.join(', ')}`);
}
const soon = staleListings(services, today, STALE_AFTER_DAYS - 60).filter((s) => s.days < STALE_AFTER_DAYS);
if (soon.length) console.log(`\nDue within 60 days: ${soon.map((s) => s.id).join(', ')}`);
