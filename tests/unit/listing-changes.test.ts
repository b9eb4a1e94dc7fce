// The pull-request summary tells reviewers what a listing change does: a new website domain,
// a number and what it dials, an urgent kind, a lookalike name.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve('scripts/listing-changes.ts');

function repo(): { dir: string; git: (...args: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'pr-summary-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'content/services'), { recursive: true });
  for (const f of ['the-havens.yaml', 'samaritans.yaml', 'childline.yaml'])
    cpSync(`content/services/${f}`, join(dir, 'content/services', f));
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'pr');
  return { dir, git };
}

describe('npm run listing-changes (the pull-request summary)', () => {
  it(
    'calls out a new website domain, changed numbers with what they dial, an urgent kind, a lookalike name and a deletion',
    { timeout: 30_000 },
    () => {
      const { dir, git } = repo();
      const file = join(dir, 'content/services/the-havens.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('https://www.thehavens.org.uk/\n', 'https://www.thehavens-help.org.uk/\n')
          .replace('"020 3299 6900"', '"0909 879 0000"'),
      );
      const sam = join(dir, 'content/services/samaritans.yaml');
      writeFileSync(
        sam,
        readFileSync(sam, 'utf8')
          .replace(/^name: .*$/m, 'name: Sаmaritans')
          .replace(/^kind: .*$/m, 'kind: emergency'),
      );
      rmSync(join(dir, 'content/services/childline.yaml'));
      cpSync(
        'content/services/galop-lgbt-domestic-abuse-helpline.yaml',
        join(dir, 'content/services/galop-lgbt-domestic-abuse-helpline.yaml'),
      );
      git('add', '-A');
      git('commit', '-qm', 'change');
      const summaryFile = join(dir, 'summary.md');
      const out = execFileSync(process.execPath, [script, 'main'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile },
      });
      expect(readFileSync(summaryFile, 'utf8').trim()).toBe(out.trim());
      expect(out).toContain('4 listing file(s) changed');
      expect(out).toContain('### content/services/the-havens.yaml');
      expect(out).toContain('⚠️ **Website domain changed**: `www.thehavens.org.uk` → `www.thehavens-help.org.uk`');
      expect(out).toContain('- Phone added: `0909 879 0000 (dials tel:+449098790000)`');
      expect(out).toContain('- Phone removed: `020 3299 6900 (dials tel:+442032996900)`');
      expect(out).toContain('- New web hosts: `www.thehavens-help.org.uk`');
      expect(out).toMatch(/\*\*Name changed\*\*: `Samaritans` → `Sаmaritans` \*\*\(uses letters outside the Latin alphabet/);
      expect(out).toMatch(/Kind changed: `helpline, counselling` → `emergency, counselling` \*\*\(an urgent kind/);
      expect(out).toMatch(/### content\/services\/childline\.yaml\n\n- \*\*Listing deleted\.\*\* It was `Childline`/);
      expect(out).toMatch(/### content\/services\/galop-lgbt-domestic-abuse-helpline\.yaml\n\n- \*\*New listing\*\*/);
    },
  );

  it("prints a listing's control characters visibly, so nothing can rewrite the log", { timeout: 30_000 }, () => {
    const { dir, git } = repo();
    const file = join(dir, 'content/services/the-havens.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: The Havens', 'name: "The Havens\\e[2K\\r::stop-commands::x"'));
    git('commit', '-qam', 'change');
    const out = execFileSync(process.execPath, [script, 'main'], { cwd: dir, encoding: 'utf8' });
    expect(out).toContain('`The Havens\\u001B[2K\\u000D::stop-commands::x`');
    expect(out).not.toMatch(/[\u001b\r]/);
    expect(out.split('\n').some((l) => l.startsWith('::'))).toBe(false);
  });
});
