// The pull-request workflow stays safe for untrusted code, and a broken listing fails it with
// the plain-English message, annotated on the right line.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflow = parse(readFileSync('.github/workflows/check.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: unknown;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string>; with?: Record<string, unknown> }[] }>;
};

describe('the pull-request workflow', () => {
  it('runs on pull_request, never pull_request_target, with no permissions by default', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(workflow.permissions).toEqual({});
    for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
  });

  it('pins every action to a full commit SHA and keeps no credentials', () => {
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const uses = steps.filter((s) => s.uses);
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
    const checkout = uses.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['persist-credentials']).toBe(false);
  });

  it('puts no ${{ }} expression in any command line: pull-request data arrives only through env', () => {
    for (const step of Object.values(workflow.jobs).flatMap((j) => j.steps)) expect(step.run ?? '', step.name).not.toMatch(/\$\{\{/);
  });

  it('summarises each pull request\'s listing changes for reviewers, from the base commit, before the checks can stop the job', () => {
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const summary = steps.find((s) => (s.run ?? '').includes('listing-changes'));
    expect(summary?.if).toBe("github.event_name == 'pull_request'");
    expect(summary?.env).toEqual({ BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    expect(summary?.run).toBe('npm run -s listing-changes -- "$BASE_SHA"');
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const runs = steps.map((s) => s.run ?? '');
    expect(runs.findIndex((r) => r.includes('listing-changes'))).toBeLessThan(runs.findIndex((r) => r.includes('validate')));
    expect(runs.findIndex((r) => r.includes('npm install'))).toBeLessThan(runs.findIndex((r) => r.includes('listing-changes')));
  });

  it('validates the listings before the full tests', () => {
    const runs = Object.values(workflow.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''));
    expect(runs.findIndex((r) => r.includes('validate'))).toBeLessThan(runs.findIndex((r) => r.includes('npm test')));
  });

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
    expect(out).toMatch(/::error file=[^,]*stale-number\.yaml,line=13,title=contact\.phones\[0\]\.number::"0808 802 9999" is the old Rape Crisis helpline number/);
  });
});
