// The pull-request workflow stays safe for untrusted code, and a broken listing fails it with
// the plain-English message, annotated on the right line.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  name?: string;
  needs?: string | string[];
  if?: string;
  'runs-on': string;
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  outputs?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(readFileSync('.github/workflows/check.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, Job>;
};
const jobs = Object.values(workflow.jobs);
const listings = workflow.jobs['listings'] as Job;
const code = workflow.jobs['code'] as Job;
const runs = (job: Job) => job.steps.map((s) => s.run ?? '');
const stepRunning = (job: Job, text: string) => job.steps.find((s) => (s.run ?? '').includes(text));

describe('the pull-request workflow', () => {
  it('runs on pull_request and pushes to main, never pull_request_target, with no permissions by default', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toEqual({});
  });

  it('has two jobs, listings and code, each with read-only contents and a time limit', () => {
    expect(Object.keys(workflow.jobs).sort()).toEqual(['code', 'listings']);
    for (const job of jobs) {
      expect(job.permissions).toEqual({ contents: 'read' });
      expect(job['timeout-minutes']).toBeGreaterThan(0);
    }
    expect(listings['timeout-minutes']).toBeLessThanOrEqual(15);
  });

  it('pins every action to a full commit SHA, and every checkout keeps no credentials', () => {
    for (const job of jobs) {
      const uses = job.steps.filter((s) => s.uses);
      expect(uses.length).toBeGreaterThan(0);
      for (const step of uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      const checkout = uses.find((s) => s.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with?.['persist-credentials']).toBe(false);
    }
  });

  it('puts no ${{ }} expression in any command line: pull-request data arrives only through env', () => {
    for (const step of jobs.flatMap((j) => j.steps)) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
  });

  it("summarises each pull request's listing changes for reviewers, from the base commit, before the checks can stop the job", () => {
    const summary = stepRunning(listings, 'listing-changes');
    expect(summary?.if).toBe("github.event_name == 'pull_request'");
    expect(summary?.env).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    expect(summary?.run).toBe('npm run -s listing-changes -- "$BASE_SHA"');
    expect(listings.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const order = runs(listings);
    expect(order.findIndex((r) => r.includes('npm install'))).toBeLessThan(order.findIndex((r) => r.includes('listing-changes')));
    expect(order.findIndex((r) => r.includes('listing-changes'))).toBeLessThan(order.findIndex((r) => r.includes('validate')));
  });

  it('checks the listings in the listings job, which the code job waits for', () => {
    expect(stepRunning(listings, 'npm run -s validate')).toBeDefined();
    expect(code.needs).toBe('listings');
  });

  it('runs the full test suite in the code job, unless a pull request changes only listings', () => {
    expect(runs(code)).toContain('bash .ci/run');
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/\nnpm test\n/);
    const decide = stepRunning(listings, '.ci/changes');
    expect(decide?.id).toBe('changes');
    expect(decide?.env).toEqual({ EVENT: '${{ github.event_name }}', BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    expect(listings.outputs).toEqual({ code: '${{ steps.changes.outputs.code }}' });
    expect(code.if).toBe("needs.listings.outputs.code == 'true'");
  });

  it('builds the site and runs the built-site checks on a listings-only pull request, in the listings job', () => {
    for (const script of ['npm run build', 'npm run test:dist'])
      expect(stepRunning(listings, script)?.if, script).toBe("steps.changes.outputs.code == 'false'");
    const order = runs(listings);
    expect(order.findIndex((r) => r.includes('.ci/changes'))).toBeLessThan(order.findIndex((r) => r.includes('npm run build')));
  });
});

describe('which checks a change needs (.ci/changes)', () => {
  // A throwaway repository with a base commit, and the script as the workflow runs it.
  const repo = mkdtempSync(join(tmpdir(), 'changes-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], { cwd: repo, encoding: 'utf8' }).trim();
  mkdirSync(join(repo, '.ci'));
  copyFileSync('.ci/changes', join(repo, '.ci/changes'));
  mkdirSync(join(repo, 'content/services'), { recursive: true });
  mkdirSync(join(repo, 'src'));
  writeFileSync(join(repo, 'content/services/a.yaml'), 'name: A\n');
  writeFileSync(join(repo, 'src/x.ts'), 'export {};\n');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const base = git('rev-parse', 'HEAD');
  const output = join(mkdtempSync(join(tmpdir(), 'changes-output-')), 'output');
  const decide = (env: Record<string, string>) => {
    writeFileSync(output, '');
    execFileSync('bash', ['.ci/changes'], { cwd: repo, env: { PATH: process.env['PATH'] ?? '', GITHUB_OUTPUT: output, ...env } });
    return readFileSync(output, 'utf8').trim();
  };
  const change = (files: Record<string, string>) => {
    git('checkout', '-q', base);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(repo, file), text);
    git('add', '-A');
    git('commit', '-qm', 'change');
  };

  it('skips the code job only for a pull request that changes nothing but listings', () => {
    change({ 'content/services/a.yaml': 'name: A2\n', 'content/services/b.yaml': 'name: B\n' });
    expect(decide({ EVENT: 'pull_request', BASE_SHA: base })).toBe('code=false');
    change({ 'content/services/a.yaml': 'name: A3\n', 'src/x.ts': 'export const x = 1;\n' });
    expect(decide({ EVENT: 'pull_request', BASE_SHA: base })).toBe('code=true');
  });

  it('runs the code job on every push, and whenever the changes cannot be read', () => {
    change({ 'content/services/a.yaml': 'name: A4\n' });
    expect(decide({ EVENT: 'push', BASE_SHA: '' })).toBe('code=true');
    expect(decide({ EVENT: 'pull_request', BASE_SHA: '' })).toBe('code=true');
    expect(decide({ EVENT: 'pull_request', BASE_SHA: '0000000000000000000000000000000000000000' })).toBe('code=true');
  });
});

describe('a listing pull request', () => {
  it('a broken listing fails the check with the plain-English message, annotated on its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-'));
    copyFileSync('tests/fixtures/services/invalid/stale-number.yaml', join(dir, 'stale-number.yaml'));
    let out = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/validate.ts', dir], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: 'true' } });
    } catch (error) {
      status = (error as { status: number }).status;
      out = (error as { stdout: string }).stdout;
    }
    expect(status).toBe(1);
    expect(out).toMatch(
      /::error file=[^,]*stale-number\.yaml,line=13,title=contact\.phones\[0\]\.number::"0808 802 9999" is the old Rape Crisis helpline number/,
    );
  }, 30_000);
});
