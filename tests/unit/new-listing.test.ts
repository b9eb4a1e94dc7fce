// `npm run new-listing` writes a file that passes `npm run validate`, and refuses bad answers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allErrors, validateDirectory } from '../../src/lib/listing/validate.ts';

const run = (args: string[]) =>
  execFileSync(process.execPath, ['scripts/new-listing.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm run new-listing', () => {
  it('scaffolds a listing that passes validation', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-listing-'));
    const out = run([
      '--dir',
      dir,
      '--name',
      'Hackney Advice Line',
      '--organisation',
      'Hackney Advice Charity',
      '--kind',
      'helpline',
      '--crime',
      'domestic-abuse, stalking',
      '--area',
      'boroughs',
      '--boroughs',
      'hackney,islington',
      '--phone',
      '0808 2000 247',
      '--website',
      'https://www.nationaldahelpline.org.uk/',
      '--source',
      'https://www.nationaldahelpline.org.uk/contact',
      '--summary',
      'Free advice for anyone affected by domestic abuse in Hackney and Islington.',
    ]);
    expect(out).toContain('hackney-advice-line.yaml');
    expect(readdirSync(dir)).toEqual(['hackney-advice-line.yaml']);
    expect(allErrors(validateDirectory(dir))).toEqual([]);
  });

  it("refuses the documentation's example number and addresses, so a copied example cannot be published", { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-listing-'));
    let stderr = '';
    try {
      run([
        '--dir',
        dir,
        '--name',
        'Hackney Advice Line',
        '--organisation',
        'Hackney Advice Charity',
        '--kind',
        'helpline',
        '--crime',
        'domestic-abuse',
        '--area',
        'london',
        '--summary',
        'Free advice for anyone affected by domestic abuse.',
        '--phone',
        '020 7946 0123',
        '--website',
        'https://www.example.org.uk/',
        '--source',
        'https://www.example.org.uk/contact',
      ]);
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr.split('\n').filter((l) => l.startsWith('  '))).toEqual([
      `  ${dir}/hackney-advice-line.yaml: contact.phones[0].number (line 18): "020 7946 0123" is one of the numbers Ofcom keeps for TV and radio drama (London), so it reaches nobody: it looks copied from an example. Copy the service's real number from its own page`,
      `  ${dir}/hackney-advice-line.yaml: contact.website (line 20): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page`,
      `  ${dir}/hackney-advice-line.yaml: verification.sources[0].url (line 25): is an example address (www.example.org.uk), not the service's own website: copy the real address from the service's page`,
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes nothing and explains each problem when an answer is wrong', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-listing-'));
    let stderr = '';
    try {
      run([
        '--dir',
        dir,
        '--name',
        'X',
        '--organisation',
        'Y',
        '--kind',
        'helplin',
        '--crime',
        'domestic-abuse',
        '--area',
        'london',
        '--summary',
        'A line.',
        '--source',
        'http://x.org',
        '--website',
        'https://x.org/',
      ]);
    } catch (error) {
      stderr = (error as { stderr: string }).stderr;
    }
    expect(stderr).toContain('"helplin" is not a known kind of service. Did you mean "helpline"?');
    expect(stderr).toContain('verification.sources[0].url');
    expect(readdirSync(dir)).toEqual([]);
  });
});
