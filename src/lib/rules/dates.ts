// Calendar dates as listings write them (YYYY-MM-DD), and what "today" means: the date in London,
// whatever the clock of the machine running the checks says.

/** The shape of a date in a listing: four digits, two, two. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in London, YYYY-MM-DD. */
export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** Whether a YYYY-MM-DD date exists: 2026-02-30 does not (Date.parse would roll it over to 2 March). */
export function isRealDate(date: string): boolean {
  return ISO_DATE.test(date) && !Number.isNaN(Date.parse(date)) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}
