// The "report a mistake" email names the listing in its subject and reaches the configured address.
import { describe, expect, it } from 'vitest';
import { reportMistakeMailto } from '../../src/lib/site/report-mistake.ts';

describe('reportMistakeMailto', () => {
  const href = reportMistakeMailto({ id: 'the-havens', name: "The Havens & King's" }, 'corrections@help.london');
  const url = new URL(href);

  it('goes to the configured address', () => {
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('corrections@help.london');
  });

  it('names the listing in the subject, safely encoded', () => {
    expect(url.searchParams.get('subject')).toBe('Mistake in the listing "The Havens & King\'s" (the-havens)');
    expect(href).not.toContain(' ');
    expect(href.split('&').length).toBe(2);
  });

  it('links the listing page and asks for no personal details', () => {
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('/services/the-havens/');
    expect(body).toMatch(/do not include anything about yourself/);
  });
});
