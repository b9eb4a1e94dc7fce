// Every bad-listing case of the security audit (../shared/research/security-audit-2.md) is a
// fixture, refused with the exact plain-English lines pinned in its .expected.txt; the six
// controls pass (the small YAML alias is refused by design: listings use no aliases).
// `npm run audit:listings` prints the same cases as a table with the figures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCases, runCase } from '../../scripts/audit-cases.ts';
import { allErrors, formatProblem, validateDirectory } from '../../src/lib/listing/validate.ts';

const bad = auditCases.filter((c) => !c.control);
const controls = auditCases.filter((c) => c.control);

describe("the audit's bad listings", () => {
  it('has all 98 bad cases and 6 controls, numbered 1 to 104', () => {
    expect(bad).toHaveLength(98);
    expect(controls).toHaveLength(6);
    expect(auditCases.map((c) => c.case)).toEqual(Array.from({ length: 104 }, (_, i) => i + 1));
  });

  it.each(bad.map((c) => [`${String(c.case)} ${c.name}`, c] as const))('%s is refused with its exact message', (_name, c) => {
    const { outcome, lines } = runCase(c);
    expect(outcome).toBe('refused');
    expect(lines).toEqual(readFileSync(`${c.fixture}.expected.txt`, 'utf8').trimEnd().split('\n'));
    for (const line of lines) {
      expect(line.startsWith(`${c.fixture}/`), line).toBe(true); // names the file
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/); // prints nothing that acts on a terminal
    }
  });

  it.each(controls.map((c) => [`${String(c.case)} ${c.name}`, c] as const))('control %s', (_name, c) => {
    expect(runCase(c).outcome).toBe(c.expect);
  });

  it('gives the figures: 98 tried, 98 refused, 0 crashed, 0 accepted wrongly', () => {
    const outcomes = bad.map((c) => runCase(c).outcome);
    expect({
      tried: bad.length,
      refused: outcomes.filter((o) => o === 'refused').length,
      crashed: outcomes.filter((o) => o === 'crashed').length,
      accepted: outcomes.filter((o) => o === 'accepted').length,
    }).toEqual({ tried: 98, refused: 98, crashed: 0, accepted: 0 });
  }, 60_000);
});

describe("the audit's largest inputs, at full size", () => {
  const havens = readFileSync('content/services/the-havens.yaml', 'utf8');
  const folderWith = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-big-'));
    writeFileSync(join(dir, 'the-havens.yaml'), text);
    return dir;
  };
  const lines = (dir: string) => allErrors(validateDirectory(dir, { today: '2026-11-23', root: dir })).map(formatProblem);

  it('a 5 MB description is one line about the size', () => {
    expect(
      lines(folderWith(havens.replace('  The Havens are not a refuge', `  ${'x'.repeat(5 * 1024 * 1024)} The Havens are not a refuge`))),
    ).toEqual([
      'the-havens.yaml: the file is 5125 KB; a listing is at most 64 KB. Shorten the text (a description is at most 3000 characters)',
    ]);
  });

  it(
    '3,000 nested mappings and 50,000 unknown fields are each one short report, not a crash or 17 MB of output',
    { timeout: 30_000 },
    () => {
      const deep = `serves:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}k${String(i)}:\n`).join('')}`;
      expect(lines(folderWith(`${havens}${deep}`))).toHaveLength(1);
      const many = lines(folderWith(`${havens}${Array.from({ length: 50_000 }, (_, i) => `k${String(i)}: 1\n`).join('')}`));
      expect(many).toHaveLength(1);
      expect(many[0]).toMatch(/the file is \d+ KB; a listing is at most 64 KB/);
      // Under the size limit, many fields are refused by their number of lines, quickly.
      const started = performance.now();
      const some = lines(folderWith(`${havens}${Array.from({ length: 5_000 }, (_, i) => `k${String(i)}: 1\n`).join('')}`));
      expect(some).toEqual([
        'the-havens.yaml: the file has 5062 lines; a listing has at most 1000. Check that nothing was pasted in by mistake',
      ]);
      console.log(`5,000 unknown fields: refused in ${Math.round(performance.now() - started)} ms`);
    },
  );

  it('nesting just past the limit, in a small file, is named as such', () => {
    const deep = `serves:\n${Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i + 1)}k${String(i)}:\n`).join('')}${'  '.repeat(13)}v: 1\n`;
    expect(lines(folderWith(havens.replace(/^serves:\n( {2}.*\n)+/m, deep)))).toEqual([
      'the-havens.yaml: line 27: the file nests fields more than 10 levels deep, which no listing needs: check the indentation',
    ]);
  });
});

describe('npm run validate on the inputs that used to crash it', () => {
  it(
    'reports a folder named .yaml, an alias bomb and deep nesting in plain lines, checks every other file, and never prints a stack trace',
    { timeout: 30_000 },
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
      for (const n of ['056-directory-named-yaml', '071-billion-laughs', '077-deep-nesting-flow']) {
        const c = auditCases.find((x) => x.fixture.endsWith(`audit-${n}`));
        if (!c) throw new Error(n);
        const from = c.fixture;
        const sub = join(dir, n.replace(/^\d+-/, ''));
        mkdirSync(sub, { recursive: true });
        execFileSync('cp', ['-r', `${from}/.`, sub]);
      }
      const all = mkdtempSync(join(tmpdir(), 'audit-cli-flat-'));
      execFileSync('cp', ['-r', join(dir, 'directory-named-yaml', 'extra.yaml'), join(all, 'extra.yaml')]);
      execFileSync('cp', [join(dir, 'billion-laughs', 'the-havens.yaml'), join(all, 'billion-laughs.yaml')]);
      execFileSync('cp', [join(dir, 'deep-nesting-flow', 'the-havens.yaml'), join(all, 'deep-nesting.yaml')]);
      execFileSync('cp', ['content/services/samaritans.yaml', join(all, 'samaritans.yaml')]);
      writeFileSync(
        join(all, 'samaritans.yaml'),
        readFileSync(join(all, 'samaritans.yaml'), 'utf8').replace(/^name: .*$/m, 'name: "Samaritans\\u202E"'),
      );
      let out = '';
      let status = 0;
      try {
        execFileSync(process.execPath, ['scripts/validate.ts', all], { encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        status = e.status;
        out = `${e.stdout}${e.stderr}`;
      }
      expect(status).toBe(1);
      expect(out).not.toMatch(/\n\s+at |Error:|RangeError|ReferenceError|EISDIR/);
      const errors = out.split('\n').filter((l) => l.startsWith('error: '));
      expect(errors.map((l) => l.replace(/^error: .*?\/(?=[a-z-]+\.yaml)/, 'error: '))).toEqual([
        'error: extra.yaml: is a folder, not a listing file: each listing is one file. Move what is inside it out, or rename the folder so it does not end in .yaml',
        expect.stringMatching(/^error: billion-laughs\.yaml: line 3: uses a YAML anchor or alias \(&a0\)/),
        expect.stringMatching(/^error: deep-nesting\.yaml: the file nests fields more than 10 levels deep/),
        expect.stringMatching(/^error: samaritans\.yaml: name \(line 2\): contains a right-to-left override \(U\+202E\)/),
      ]);
    },
  );
});
