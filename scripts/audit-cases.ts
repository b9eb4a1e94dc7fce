// npm run audit:listings: run every bad-listing case of the security audit
// (../shared/research/security-audit-2.md, 98 bad listings and 6 controls) through the real
// checks and print what happened to each, then the figures: cases tried, refused, crashed,
// accepted wrongly. The cases are fixtures (tests/fixtures/services/audit-cases.json); each
// bad case's exact messages are pinned in <fixture>.expected.txt and checked by the unit tests.
// Exit code 1 if any case crashes, any bad case is accepted or any control is refused.
//
//   npm run audit:listings                    the table and the figures
//   npm run audit:listings -- --write-expected  also (re)write the .expected.txt files; review the diff
import { readFileSync, writeFileSync } from 'node:fs';
import { allErrors, formatProblem, validateDirectory } from '../src/lib/listing/validate.ts';

export interface AuditCase {
  case: number;
  name: string;
  tried: string;
  /** One of the audit's six controls (listings that should pass, or one refused by design). */
  control: boolean;
  expect: 'refused' | 'accepted';
  note?: string;
  fixture: string;
}

export type Outcome = 'refused' | 'accepted' | 'crashed';

/** The date the fixtures were written for (some cases are dates in the future of it). */
export const AUDIT_TODAY = '2026-11-23';

export const auditCases = JSON.parse(readFileSync('tests/fixtures/services/audit-cases.json', 'utf8')) as AuditCase[];

export function runCase(c: AuditCase): { outcome: Outcome; lines: string[] } {
  try {
    const lines = allErrors(validateDirectory(c.fixture, { today: AUDIT_TODAY })).map(formatProblem);
    return { outcome: lines.length > 0 ? 'refused' : 'accepted', lines };
  } catch (e) {
    return { outcome: 'crashed', lines: [String(e instanceof Error ? e.stack : e)] };
  }
}

if (import.meta.main) {
  const write = process.argv.includes('--write-expected');
  const rows = auditCases.map((c) => ({ c, ...runCase(c) }));
  const shorten = (s: string) => (s.length > 150 ? `${s.slice(0, 147)}...` : s);
  for (const { c, outcome, lines } of rows) {
    const verdict =
      c.expect === 'accepted'
        ? outcome === 'accepted'
          ? 'control accepted'
          : `CONTROL ${outcome.toUpperCase()}`
        : outcome === 'refused'
          ? c.note
            ? 'refused (by design)'
            : 'refused'
          : outcome === 'accepted'
            ? 'ACCEPTED WRONGLY'
            : 'CRASHED';
    console.log(`${String(c.case).padStart(3)}  ${c.name.padEnd(32)} ${verdict.padEnd(20)} ${shorten(lines[0] ?? '')}`);
    if (write && outcome === 'refused') writeFileSync(`${c.fixture}.expected.txt`, `${lines.join('\n')}\n`);
  }
  const bad = rows.filter((r) => !r.c.control);
  const controls = rows.filter((r) => r.c.control);
  const count = (list: typeof rows, outcome: Outcome) => list.filter((r) => r.outcome === outcome).length;
  const asExpected = (list: typeof rows) => list.filter((r) => r.outcome === r.c.expect).length;
  console.log('');
  console.log('| what | figure |');
  console.log('|---|---|');
  console.log(`| bad listings tried | ${bad.length} |`);
  console.log(`| refused with a plain message | ${count(bad, 'refused')} |`);
  console.log(`| crashed (all ${rows.length} runs) | ${count(rows, 'crashed')} |`);
  console.log(`| accepted wrongly | ${count(bad, 'accepted')} |`);
  console.log(
    `| controls as expected | ${asExpected(controls)} of ${controls.length} (${count(controls, 'accepted')} accepted; refused by design: ${
      controls
        .filter((r) => r.c.expect === 'refused')
        .map((r) => r.c.name)
        .join(', ') || 'none'
    }) |`,
  );
  const failed = rows.length - asExpected(rows);
  process.exit(failed > 0 ? 1 : 0);
}
