import { describe, expect, it } from 'vitest';
import { describeHours, formatDays, formatTime, openStatus, type HoursLike } from '../../src/lib/rules/hours.ts';
import { londonMoment } from '../../src/lib/rules/dates.ts';

const weekdays: HoursLike = { sessions: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] };
const none = new Set<string>();
// 2026-11-23 is a Monday; London is on GMT (UTC+0) in November and BST (UTC+1) in July.
const at = (iso: string) => new Date(iso);

describe('wording', () => {
  it('formats times as people say them', () => {
    expect(formatTime('09:00')).toBe('9am');
    expect(formatTime('17:30')).toBe('5:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('24:00')).toBe('midnight');
    expect(formatTime('12:15')).toBe('12:15pm');
  });

  it('groups days into ranges', () => {
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Monday to Friday');
    expect(formatDays(['mon', 'wed'])).toBe('Monday and Wednesday');
    expect(formatDays(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Every day');
    expect(formatDays(['mon', 'tue', 'wed', 'fri', 'sat'])).toBe('Monday to Wednesday, Friday and Saturday');
  });

  it('describes hours, including bank holidays', () => {
    expect(describeHours({ always: true })).toEqual(['Open 24 hours a day, every day']);
    expect(describeHours({ ...weekdays, bankHolidays: 'closed' })).toEqual(['Monday to Friday, 9am to 5pm', 'Closed on bank holidays']);
    expect(describeHours(undefined)).toEqual([]);
  });
});

describe('London time', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(londonMoment(at('2026-11-23T09:30:00Z'))).toEqual({ date: '2026-11-23', day: 'mon', minutes: 9 * 60 + 30 });
    expect(londonMoment(at('2026-07-06T08:30:00Z'))).toEqual({ date: '2026-07-06', day: 'mon', minutes: 9 * 60 + 30 });
  });

  it('puts 23:30 UTC on a summer Sunday into Monday morning in London', () => {
    expect(londonMoment(at('2026-07-05T23:30:00Z'))).toEqual({ date: '2026-07-06', day: 'mon', minutes: 30 });
  });
});

describe('open now', () => {
  it('is open inside a session and closed outside it', () => {
    expect(openStatus(weekdays, at('2026-11-23T09:00:00Z'), none)).toEqual({ state: 'open', closes: '17:00' });
    expect(openStatus(weekdays, at('2026-11-23T16:59:00Z'), none).state).toBe('open');
    expect(openStatus(weekdays, at('2026-11-23T17:00:00Z'), none).state).toBe('closed');
    expect(openStatus(weekdays, at('2026-11-23T08:59:00Z'), none).state).toBe('closed');
    expect(openStatus(weekdays, at('2026-11-22T12:00:00Z'), none).state).toBe('closed'); // Sunday
  });

  it('uses London time, not UTC, in summer', () => {
    // 08:30 UTC is 09:30 BST
    expect(openStatus(weekdays, at('2026-07-06T08:30:00Z'), none).state).toBe('open');
    // 16:30 UTC is 17:30 BST
    expect(openStatus(weekdays, at('2026-07-06T16:30:00Z'), none).state).toBe('closed');
  });

  it('handles a session that runs past midnight', () => {
    const night: HoursLike = { sessions: [{ days: ['fri'], opens: '22:00', closes: '02:00' }] };
    expect(openStatus(night, at('2026-11-27T23:59:00Z'), none).state).toBe('open'); // Fri 23:59
    expect(openStatus(night, at('2026-11-28T00:00:00Z'), none).state).toBe('open'); // Sat 00:00, still Friday's session
    expect(openStatus(night, at('2026-11-28T01:59:00Z'), none).state).toBe('open');
    expect(openStatus(night, at('2026-11-28T02:00:00Z'), none).state).toBe('closed');
    expect(openStatus(night, at('2026-11-28T23:00:00Z'), none).state).toBe('closed'); // Saturday night: no session
  });

  it('treats 24:00 as the end of the day', () => {
    const evening: HoursLike = { sessions: [{ days: ['mon'], opens: '18:00', closes: '24:00' }] };
    expect(openStatus(evening, at('2026-11-23T23:59:00Z'), none).state).toBe('open');
    expect(openStatus(evening, at('2026-11-24T00:00:00Z'), none).state).toBe('closed');
  });

  it('follows the bank-holiday rule of the listing', () => {
    const christmas = at('2026-12-28T10:00:00Z'); // Monday, Boxing Day substitute bank holiday
    const holidays = new Set(['2026-12-25', '2026-12-28']);
    expect(openStatus({ ...weekdays, bankHolidays: 'closed' }, christmas, holidays).state).toBe('closed');
    expect(openStatus({ ...weekdays, bankHolidays: 'open' }, christmas, holidays).state).toBe('open');
    expect(openStatus(weekdays, christmas, holidays).state).toBe('unknown');
    expect(openStatus(weekdays, at('2026-12-29T10:00:00Z'), holidays).state).toBe('open');
  });

  it('applies the bank holiday of the day an overnight session started', () => {
    const night: HoursLike = { sessions: [{ days: ['thu', 'fri'], opens: '20:00', closes: '04:00' }], bankHolidays: 'closed' };
    const holidays = new Set(['2026-12-25']); // a Friday
    expect(openStatus(night, at('2026-12-25T02:00:00Z'), holidays).state).toBe('open'); // Thursday's session
    expect(openStatus(night, at('2026-12-26T02:00:00Z'), holidays).state).toBe('closed'); // Friday's (holiday) session
  });

  it('is always open for 24/7 services and unknown without hours', () => {
    expect(openStatus({ always: true }, at('2026-12-25T03:00:00Z'), new Set(['2026-12-25'])).state).toBe('open');
    expect(openStatus(undefined, at('2026-11-23T10:00:00Z'), none).state).toBe('unknown');
  });
});
