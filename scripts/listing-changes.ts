// npm run listing-changes -- <base>: what a pull request changes in the listings, for reviewers.
// Compares every changed file in content/services/ with the base commit and lists, per file,
// the facts a hostile or careless edit would change to mislead a victim: the name (and whether
// it uses non-Latin lookalike letters), the organisation, the kind (urgent kinds put a listing
// in the urgent box), the confidential-location flag, every phone number with what it dials,
// and every web host, calling out a change of website domain. Values are printed with control
// characters made visible and Markdown disarmed. On GitHub Actions it also writes the job
// summary ($GITHUB_STEP_SUMMARY). It never fails the check: `npm run validate` does that.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { LISTINGS_DIR } from '../src/config.ts';
import { readListingBytes } from '../src/lib/listing/file.ts';
import { readNumber } from '../src/lib/rules/phone.ts';
import { hostOf } from '../src/lib/rules/links.ts';
import { visible } from '../src/lib/rules/text-safety.ts';
import { isUrgentKind } from '../src/lib/reference/seeds.ts';

interface Facts {
  name?: string;
  organisation?: string;
  kinds: string[];
  confidential?: unknown;
  numbers: string[];
  website?: string | null;
  hosts: string[];
}

const git = (args: string[]) => execFileSync('git', args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });

/** Text for a Markdown table or list: visible control characters, no markup, no code breaks. */
function md(text: string): string {
  return visible(text).replace(/[\\`*_[\]<>|#!]/g, (c) => `\\${c}`);
}

function facts(bytes: Uint8Array | null): Facts | null | 'unreadable' {
  if (!bytes) return null;
  const read = readListingBytes(bytes);
  const d = read.data;
  if (!d) return 'unreadable';
  const contact = (d['contact'] ?? {}) as Record<string, unknown>;
  const numbers: string[] = [];
  for (const key of ['phones', 'textMessage', 'textphone'])
    for (const entry of Array.isArray(contact[key]) ? (contact[key] as Record<string, unknown>[]) : []) {
      const number = entry?.['number'];
      const written = typeof number === 'string' || typeof number === 'number' ? String(number) : '';
      const parsed = readNumber(written);
      numbers.push(
        'number' in parsed
          ? `${parsed.number.text} (dials ${parsed.number.tel}${key === 'textMessage' ? ', by text' : ''})`
          : `"${written}" (not a valid number)`,
      );
    }
  const urls: string[] = [];
  const collect = (v: unknown) => {
    if (typeof v === 'string' && /^[a-z]+:/i.test(v)) urls.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect([
    contact['webChat'],
    contact['website'],
    contact['referralForm'],
    contact['callbackForm'],
    d['complaintsUrl'],
    ((d['verification'] ?? {}) as Record<string, unknown>)['sources'],
  ]);
  const kinds = [d['kind'], ...(Array.isArray(d['otherKinds']) ? (d['otherKinds'] as unknown[]) : [])].map(String);
  return {
    ...(typeof d['name'] === 'string' ? { name: d['name'] } : {}),
    ...(typeof d['organisation'] === 'string' ? { organisation: d['organisation'] } : {}),
    kinds,
    confidential: d['confidentialLocation'],
    numbers,
    website: typeof contact['website'] === 'string' ? hostOf(contact['website']) : null,
    hosts: [...new Set(urls.map((u) => hostOf(u) ?? u))].sort(),
  };
}

function describe(before: ReturnType<typeof facts>, after: ReturnType<typeof facts>): string[] {
  const out: string[] = [];
  const code = (t: string) => `\`${visible(t).replace(/`/g, "'")}\``;
  const nonLatin = (t: string) =>
    // eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: anything outside Latin is flagged
    /[^\u0000-\u024f\u2018\u2019\u2013\u2014]/u.test(t) ? ' **(uses letters outside the Latin alphabet: check for lookalikes)**' : '';
  if (after === 'unreadable') return [`- The file cannot be read as a listing: see the "Check listings" step.`];
  if (!after)
    return [
      `- **Listing deleted.** ${before && before !== 'unreadable' ? `It was ${code(before.name ?? '')} by ${code(before.organisation ?? '')}.` : ''} Check that the service really closed.`,
    ];
  const old = before === 'unreadable' ? null : before;
  if (!old)
    out.push(
      `- **New listing**: ${code(after.name ?? '(no name)')}${nonLatin(after.name ?? '')} by ${code(after.organisation ?? '(no organisation)')}.`,
    );
  else {
    if (old.name !== after.name)
      out.push(`- **Name changed**: ${code(old.name ?? '')} → ${code(after.name ?? '')}${nonLatin(after.name ?? '')}`);
    if (old.organisation !== after.organisation)
      out.push(
        `- **Organisation changed**: ${code(old.organisation ?? '')} → ${code(after.organisation ?? '')}${nonLatin(after.organisation ?? '')}`,
      );
  }
  const urgent = after.kinds.filter(isUrgentKind);
  if (!old || old.kinds.join() !== after.kinds.join())
    out.push(
      `- Kind${old ? ` changed: ${code(old.kinds.join(', '))} →` : ':'} ${code(after.kinds.join(', '))}${urgent.length ? ' **(an urgent kind: the listing would sit in the urgent box)**' : ''}`,
    );
  if (old && old.confidential !== after.confidential)
    out.push(`- **confidentialLocation changed**: ${code(String(old.confidential))} → ${code(String(after.confidential))}`);
  if (old && old.website && after.website && old.website !== after.website)
    out.push(
      `- ⚠️ **Website domain changed**: ${code(old.website)} → ${code(after.website)}. Check the new domain belongs to the service.`,
    );
  const added = after.numbers.filter((n) => !old?.numbers.includes(n));
  const removed = old ? old.numbers.filter((n) => !after.numbers.includes(n)) : [];
  for (const n of added) out.push(`- ${old ? 'Phone added' : 'Phone'}: ${code(n)}`);
  for (const n of removed) out.push(`- Phone removed: ${code(n)}`);
  const newHosts = after.hosts.filter((h) => !old?.hosts.includes(h));
  if (newHosts.length) out.push(`- ${old ? 'New web hosts' : 'Web hosts'}: ${newHosts.map(code).join(', ')}`);
  if (out.length === 0) out.push('- No change to the name, organisation, kind, numbers or web hosts.');
  return out;
}

export function listingChanges(base: string, dir = LISTINGS_DIR): string {
  const names = git(['diff', '--name-status', '--no-renames', '-z', `${base}...HEAD`, '--', dir])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const changes: { status: string; path: string }[] = [];
  for (let i = 0; i + 1 < names.length; i += 2) changes.push({ status: names[i] as string, path: names[i + 1] as string });
  const listings = changes.filter((c) => c.path.endsWith('.yaml') || c.path.endsWith('.yml'));
  const lines = ['## Listing changes for reviewers', ''];
  if (listings.length === 0) return [...lines, 'No listing files changed.', ''].join('\n');
  lines.push(`${listings.length} listing file(s) changed. Check each fact below against the service's own website before approving.`, '');
  for (const { status, path } of listings) {
    const before =
      status === 'A'
        ? null
        : (() => {
            try {
              return new Uint8Array(git(['show', `${base}:${path}`]));
            } catch {
              return null;
            }
          })();
    const after = existsSync(path) ? new Uint8Array(readFileSync(path)) : null;
    lines.push(`### ${md(path)}`, '', ...describe(facts(before), facts(after)), '');
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const base = process.argv[2];
  if (!base) {
    console.error('Usage: npm run listing-changes -- <base commit or branch>');
    process.exit(2);
  }
  const summary = listingChanges(base);
  console.log(summary);
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, `${summary}\n`);
}
