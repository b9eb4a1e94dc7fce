import { describe, expect, it } from 'vitest';
import { isAllowedHref, isSafeHttpsUrl, markupIn } from '../../src/lib/rules/text-safety.ts';

describe('markup in listing text', () => {
  it('finds tags, script URLs and event handlers', () => {
    expect(markupIn('hello <script>alert(1)</script>')).toBe('<script>');
    expect(markupIn('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(markupIn('go to javascript:alert(1)')).toBe('javascript:');
    expect(markupIn('x onclick = "y"')).toBe('onclick =');
    expect(markupIn('<!-- hidden -->')).toBe('<!-- hidden -->');
  });

  it('leaves ordinary text alone, including < and > used as words', () => {
    expect(markupIn('Ages 16 < 25, call 020 3299 6900 (24/7) & ask for "Sam"')).toBeNull();
    expect(markupIn('Women only; money: free')).toBeNull();
  });
});

describe('links', () => {
  it('allows https only, to real hosts', () => {
    expect(isSafeHttpsUrl('https://www.thehavens.org.uk/')).toBe(true);
    expect(isSafeHttpsUrl('http://www.thehavens.org.uk/')).toBe(false);
    expect(isSafeHttpsUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeHttpsUrl('https://localhost/')).toBe(false);
    expect(isSafeHttpsUrl('https://user:pw@example.org/')).toBe(false);
    expect(isSafeHttpsUrl('/relative')).toBe(false);
  });

  it('allows tel:, sms: and mailto: links', () => {
    expect(isAllowedHref('tel:+442032996900')).toBe(true);
    expect(isAllowedHref('sms:+447860077333')).toBe(true);
    expect(isAllowedHref('mailto:help@example.org.uk')).toBe(true);
    expect(isAllowedHref('tel:javascript:alert(1)')).toBe(false);
    expect(isAllowedHref('data:text/html,<script>')).toBe(false);
  });
});
