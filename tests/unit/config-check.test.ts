// Placeholder deployment settings make the build warn, never fail; real ones are quiet.
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS } from '../../src/config.ts';
import { configWarnings } from '../../src/lib/site/config-check.ts';

const real = {
  siteUrl: 'https://help.london',
  repositoryUrl: 'https://github.com/someone/support-finder',
  maintainersEmail: 'corrections@help.london',
};

describe('deployment settings', () => {
  it('real values give no warning', () => {
    expect(configWarnings(real)).toEqual([]);
  });

  it('each placeholder gives its own warning, naming the setting', () => {
    const warnings = configWarnings({
      siteUrl: undefined,
      repositoryUrl: PLACEHOLDERS.repositoryUrl,
      maintainersEmail: PLACEHOLDERS.maintainersEmail,
    });
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^SITE_URL is not set/);
    expect(warnings[1]).toMatch(/^REPOSITORY_URL is the placeholder/);
    expect(warnings[2]).toMatch(/^MAINTAINERS_EMAIL is the placeholder/);
  });

  it('a made-up or insecure site address is called out', () => {
    expect(configWarnings({ ...real, siteUrl: 'https://london-support-finder.example.org' })).toHaveLength(1);
    expect(configWarnings({ ...real, siteUrl: 'http://help.london' })).toHaveLength(1);
  });
});
