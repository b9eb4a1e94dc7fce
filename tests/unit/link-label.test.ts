import { describe, expect, it } from 'vitest';
import { hostLabel } from '../../src/lib/rules/link-label.ts';

describe('hostLabel', () => {
  it('shows the host of a long source address, without "www."', () => {
    expect(hostLabel('https://www.thehavens.org.uk/referrals/how-do-i-refer/')).toBe('thehavens.org.uk');
    expect(hostLabel('https://support.google.com/android/answer/13658562?hl=en&ref_topic=7311597')).toBe('support.google.com');
  });
  it('keeps sub-domains other than www, and lower-cases the host', () => {
    expect(hostLabel('https://Design-System.Service.GOV.UK/patterns/exit-a-page-quickly')).toBe('design-system.service.gov.uk');
    expect(hostLabel('https://wwwexample.org/')).toBe('wwwexample.org');
  });
  it('gives back text that is not a web address unchanged', () => {
    expect(hostLabel('not a url')).toBe('not a url');
    expect(hostLabel('mailto:help@example.org')).toBe('mailto:help@example.org');
  });
});
