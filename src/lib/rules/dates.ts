// Dates as people read them: one format everywhere ("23 November 2026"), on pages, cards, search
// results, the shortlist and its printout. Pure and dependency-free, so the browser can use it.

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-11-23" -> "23 November 2026" */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

const londonDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in London at an instant, as YYYY-MM-DD. */
export function londonDate(instant: Date): string {
  const parts = Object.fromEntries(londonDay.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}
