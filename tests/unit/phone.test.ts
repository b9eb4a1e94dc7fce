import { describe, expect, it } from 'vitest';
import { findStaleNumber, isFreeToCall, phoneProblem, smsHref, telHref } from '../../src/lib/rules/phone.ts';

describe('phone numbers', () => {
  it('accepts UK numbers written the way providers print them', () => {
    for (const n of ['0808 2000 247', '020 3299 6900', '08 08 16 89 111', '0300 303 1111', '0800 1111'])
      expect(phoneProblem(n), n).toBeNull();
  });

  it('accepts short numbers that phone libraries do not know', () => {
    for (const n of ['999', '101', '111', '116 123', '116 006', '18000']) expect(phoneProblem(n), n).toBeNull();
  });

  it('accepts Relay UK numbers when the number after the prefix is real', () => {
    expect(phoneProblem('18001 0808 16 89 111')).toBeNull();
    expect(phoneProblem('18001 020 1234 567')).toEqual({ kind: 'invalid' });
  });

  it('rejects malformed numbers', () => {
    for (const n of ['020 1234 567', '12345', '07612 345678', '0500 123 456']) expect(phoneProblem(n), n).toEqual({ kind: 'invalid' });
    expect(phoneProblem('call us')).toEqual({ kind: 'characters', char: 'c' });
  });

  it('rejects known stale numbers however they are spaced', () => {
    expect(phoneProblem('0808 802 9999')?.kind).toBe('stale');
    expect(findStaleNumber('08088029999')?.number).toBe('0808 802 9999');
  });

  it('builds tel: and sms: links from the digits shown', () => {
    expect(telHref('0808 2000 247')).toBe('tel:+448082000247');
    expect(telHref('020 3299 6900')).toBe('tel:+442032996900');
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('18001 0808 16 89 111')).toBe('tel:1800108081689111');
    expect(smsHref('07860 077 333')).toMatch(/^sms:/);
  });

  it('knows which numbers are free to call', () => {
    expect(isFreeToCall('0808 2000 247')).toBe(true);
    expect(isFreeToCall('0800 1111')).toBe(true);
    expect(isFreeToCall('116 123')).toBe(true);
    expect(isFreeToCall('999')).toBe(true);
    expect(isFreeToCall('020 3299 6900')).toBe(false);
    expect(isFreeToCall('0300 303 1111')).toBe(false);
    expect(isFreeToCall('101')).toBe(false);
  });
});
