// "Open now" uses only the bank holidays GOV.UK lists for England and Wales: a holiday that
// falls on a weekend is replaced by its weekday substitute, not listed beside it.
import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../src/lib/search/build/build-index.ts';

const inYear = (year: number) => bankHolidays(new Date(Date.UTC(year, 5, 1))).filter((d) => d.startsWith(String(year)));

describe('bank holidays', () => {
  it('2026: Boxing Day falls on a Saturday, so only Monday 28 December is listed', () => {
    expect(inYear(2026)).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });

  it('2027: Christmas Day and Boxing Day fall at the weekend, so 27 and 28 December are listed instead', () => {
    expect(inYear(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
  });

  it('never lists a Saturday or Sunday', () => {
    const days = bankHolidays(new Date(Date.UTC(2027, 0, 1)));
    expect(days.length).toBeGreaterThan(24);
    for (const d of days) expect([0, 6], d).not.toContain(new Date(`${d}T12:00:00Z`).getUTCDay());
  });
});
