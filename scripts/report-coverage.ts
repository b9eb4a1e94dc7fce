// npm run report:coverage: for each borough, which kinds of help the directory lists.
// It informs; it never fails (only schema errors fail, in npm run validate).
import { boroughCoverage } from '../src/lib/domain/coverage.ts';
import { allKinds, isVictimService } from '../src/lib/domain/services.ts';
import { VERIFICATION_STATUSES } from '../src/lib/listing/schema/index.ts';
import { kindLabel } from '../src/lib/domain/wording.ts';
import { loadListings } from './load-listings.ts';

const services = loadListings();
const rows = boroughCoverage(services);
const mark = (n: number) => (n > 0 ? String(n) : '-');
const pad = (s: string, n: number) => s.padEnd(n);

console.log('Coverage by borough (numbers are listings; "-" means none listed)\n');
console.log(
  `${pad('borough', 24)} ${pad('RC region', 9)} ${pad('local', 5)} ${pad('local DA', 8)} ${pad('Haven', 5)} ${pad('Rape Crisis', 11)} ${pad('London', 6)} national`,
);
for (const r of rows)
  console.log(
    `${pad(r.borough.name, 24)} ${pad(r.borough.rapeCrisisRegion ?? '?', 9)} ${pad(mark(r.local.length), 5)} ${pad(mark(r.localDomesticAbuse.length), 8)} ${pad(mark(r.havens.length), 5)} ${pad(mark(r.rapeCrisis.length), 11)} ${pad(mark(r.londonWide), 6)} ${mark(r.national)}`,
  );

const victim = services.filter(isVictimService);
const byKind = new Map<string, number>();
for (const s of services) byKind.set(s.data.kind, (byKind.get(s.data.kind) ?? 0) + 1);
const byScope = new Map<string, number>();
for (const s of services) byScope.set(s.data.area.scope, (byScope.get(s.data.area.scope) ?? 0) + 1);
const without = rows.filter((r) => r.local.length === 0).map((r) => r.borough.name);
const withoutRcc = rows.filter((r) => r.rapeCrisis.length === 0).map((r) => r.borough.name);

console.log('\nTotals');
console.log(
  `  listings: ${services.length} (${victim.length} for victims and survivors, ${services.length - victim.length} for people who cause harm)`,
);
console.log(`  by area: ${[...byScope].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(
  `  by kind: ${[...byKind]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${kindLabel(k)} ${v}`)
    .join(', ')}`,
);
console.log(`  boroughs with at least one borough-specific listing: ${rows.length - without.length} of ${rows.length}`);
console.log(
  `  boroughs with a local domestic abuse route: ${rows.filter((r) => r.localDomesticAbuse.length > 0).length} of ${rows.length}`,
);
console.log(`  boroughs covered by the Havens: ${rows.filter((r) => r.havens.length > 0).length} of ${rows.length}`);
console.log(`  boroughs with a Rape Crisis centre listed for their region: ${rows.length - withoutRcc.length} of ${rows.length}`);
if (without.length) console.log(`  no borough-specific listing yet: ${without.join(', ')}`);
if (withoutRcc.length) console.log(`  no Rape Crisis centre listed for the region: ${withoutRcc.join(', ')}`);

// Which evidence rule each listing's contact details met (verification.status).
const byStatus = VERIFICATION_STATUSES.map(
  (status) => [status, services.filter((s) => s.data.verification.status === status).length] as const,
);
console.log('\nEvidence rule met (verification.status)');
for (const [status, n] of byStatus) console.log(`  ${status.padEnd(18)} ${n}`);
console.log(`  with a reader caveat: ${services.filter((s) => s.data.verification.caveat).length}`);

// Referral details where professionals need them most: IDVA routes, the Havens, Rape Crisis
// centres and the national lines.
const groups: [string, typeof services][] = [
  ['IDVA routes', services.filter((s) => allKinds(s).includes('idva'))],
  ['Havens (SARC)', services.filter((s) => s.data.kind === 'sarc')],
  ['Rape Crisis centres', services.filter((s) => s.data.kind === 'rape-crisis-centre')],
  ['national lines', services.filter((s) => s.data.area.scope === 'national' && s.data.kind === 'helpline')],
  ['all listings', services],
];
const hasReferralEmail = (s: (typeof services)[number]) => (s.data.contact.email ?? []).some((e) => /referr|professional/i.test(e.label));
console.log('\nReferral details (listings with each field / listings in the group)');
console.log(`  ${pad('group', 20)} ${pad('how', 5)} ${pad('next', 5)} ${pad('include', 7)} ${pad('form/email', 10)} phone`);
for (const [name, list] of groups) {
  const n = (f: (s: (typeof services)[number]) => boolean) => `${list.filter(f).length}/${list.length}`;
  console.log(
    `  ${pad(name, 20)} ${pad(
      n((s) => Boolean(s.data.access.howToRefer)),
      5,
    )} ${pad(
      n((s) => Boolean(s.data.access.whatHappensNext)),
      5,
    )} ${pad(
      n((s) => Boolean(s.data.access.whatToInclude)),
      7,
    )} ${pad(
      n((s) => Boolean(s.data.contact.referralForm) || hasReferralEmail(s)),
      10,
    )} ${n((s) => Boolean(s.data.contact.phones?.length))}`,
  );
}
console.log('\nWhy each remaining gap is open, and every conflict found: docs/research/data-round-2.md');
