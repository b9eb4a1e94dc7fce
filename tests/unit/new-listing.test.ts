// `npm run new-listing` writes a file that passes `npm run validate`, and refuses bad answers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allErrors, validateDirectory } from '../../src/lib/validate-listings.ts';

const run = (args: string[]) => execFileSync(process.execPath, ['scripts/new-listing.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm run new-listing', () => {
  it('scaffolds a listing that passes validation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-listing-'));
    const out = run([
      '--dir', dir, '--name', 'Example Advice Line', '--organisation', 'Example Charity', '--kind', 'helpline',
      '--crime', 'domestic-abuse, stalking', '--area', 'boroughs', '--boroughs', 'hackney,islington',
      '--phone', '0808 157 0123', '--website', 'https://www.example.org.uk/', '--source', 'https://www.example.org.uk/contact',
      '--summary', 'Free advice for anyone affected by domestic abuse in Hackney and Islington.',
    ]);
    expect(out).toContain('example-advice-line.yaml');
    expect(readdirSync(dir)).toEqual(['example-advice-line.yaml']);
    expect(allErrors(validateDirectory(dir))).toEqual([]);
  });

  it('writes nothing and explains each problem when an answer is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-listing-'));
    let stderr = '';
    try {
      run(['--dir', dir, '--name', 'X', '--organisation', 'Y', '--kind', 'helplin', '--crime', 'domestic-abuse', '--area', 'london', '--summary', 'A line.', '--source', 'http://x.org', '--website', 'https://x.org/']);
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr).toContain('"helplin" is not a known kind of service. Did you mean "helpline"?');
    expect(stderr).toContain('verification.sources[0].url');
    expect(readdirSync(dir)).toEqual([]);
  });
});
