// Dates in London: what "now" and "today" mean for the directory, whatever the clock of the
// machine running the code says; calendar dates as listings write them (YYYY-MM-DD); and one way a
// date is written for people ("23 November 2026") on pages, cards, search results and the shortlist.
import type { DayId } from './hours.ts';

export interface LondonMoment {
  /** London calendar date, YYYY-MM-DD */
  date: string;
  day: DayId;
  /** minutes since London midnight */
  minutes: number;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

let lastMoment: { time: number; moment: LondonMoment } | undefined;

/** The wall-clock date, weekday and time in London for an instant (handles BST/GMT). */
export function londonMoment(instant: Date): LondonMoment {
  // A results list asks about the same instant once per service: remember the last answer.
  if (lastMoment?.time === instant.getTime()) return lastMoment.moment;
  const moment = computeLondonMoment(instant);
  lastMoment = { time: instant.getTime(), moment };
  return moment;
}

function computeLondonMoment(instant: Date): LondonMoment {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = (parts['weekday'] ?? 'Mon').toLowerCase().slice(0, 3) as DayId;
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    day,
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/** Today's date in London, YYYY-MM-DD. */
export function todayInLondon(now = new Date()): string {
  return londonMoment(now).date;
}

/** The shape of a date in a listing: four digits, two, two. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a YYYY-MM-DD date exists: 2026-02-30 does not (Date.parse would roll it over to 2 March). */
export function isRealDate(date: string): boolean {
  return ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as people read it: "2026-11-23" -> "23 November 2026". */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}
