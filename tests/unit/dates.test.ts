// Dates in London and the days of the week: one home each (src/lib/rules/dates.ts, DAY_IDS in
// src/lib/rules/hours.ts), used by the listing schema, opening hours, wording and the open data.
import { describe, expect, it } from 'vitest';
import { formatDate, londonMoment, todayInLondon } from '../../src/lib/rules/dates.ts';
import { DAY_IDS } from '../../src/lib/rules/hours.ts';
import { DAYS } from '../../src/lib/listing/schema/index.ts';
import { orukFeed } from '../../src/lib/open-data/oruk.ts';
import { variant } from './helpers.ts';

describe('today in London', () => {
  it("is the London date, not the machine's: 23:30 UTC in summer is already tomorrow", () => {
    expect(todayInLondon(new Date('2026-07-05T23:30:00Z'))).toBe('2026-07-06');
    expect(todayInLondon(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
    expect(todayInLondon(new Date('2026-07-05T23:30:00Z'))).toBe(londonMoment(new Date('2026-07-05T23:30:00Z')).date);
  });
});

describe('a date for people', () => {
  it('reads "23 November 2026", wherever it is written', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
    expect(formatDate('2026-03-29')).toBe('29 March 2026'); // the day the clocks go forward
  });
});

describe('the days of the week', () => {
  it("are one list: the listing schema's days are the opening-hours days", () => {
    expect(DAYS).toBe(DAY_IDS);
    expect(DAY_IDS).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  });

  it('are written as HSDS (iCalendar) days in the Open Referral UK feed', () => {
    const weekdays = variant('example-minimal-listing', 'weekdays', (d) => ({
      ...d,
      hours: { sessions: [{ days: ['mon', 'wed', 'sun'], opens: '09:00', closes: '17:00' }] },
    }));
    const always = variant('example-minimal-listing', 'always', (d) => ({ ...d, hours: { always: true } }));
    const [a, b] = orukFeed([weekdays, always]).services.contents;
    expect(a?.schedules.map((s) => s.byday)).toEqual(['MO,WE,SU']);
    expect(b?.schedules.map((s) => [s.byday, s.description])).toEqual([['MO,TU,WE,TH,FR,SA,SU', 'Open 24 hours a day, every day']]);
  });
});
