// Opening hours: wording for people, and "open now" in London time (the London clock is in
// dates.ts). Pure and dependency-free, so the search island can use it in the browser.
import { londonMoment } from './dates.ts';
// Times in listings are London wall-clock times; a session whose closing time is not after
// its opening time runs past midnight into the next day. "24:00" means the end of the day.

export const DAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayId = (typeof DAY_IDS)[number];

export interface SessionLike {
  days: readonly string[];
  opens: string;
  closes: string;
}

export interface HoursLike {
  always?: boolean | undefined;
  sessions?: readonly SessionLike[] | undefined;
  bankHolidays?: 'open' | 'closed' | undefined;
  note?: string | undefined;
}

const DAY_NAMES: Record<DayId, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const MINUTES_PER_DAY = 24 * 60;

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** "09:00" -> "9am", "17:30" -> "5:30pm", "12:00" -> "midday", "00:00"/"24:00" -> "midnight". */
export function formatTime(time: string): string {
  const total = minutesOf(time) % MINUTES_PER_DAY;
  if (total === 0) return 'midnight';
  if (total === 12 * 60) return 'midday';
  const h = Math.floor(total / 60);
  const m = total % 60;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

/** [mon, tue, wed, thu, fri] -> "Monday to Friday"; [mon, wed] -> "Monday and Wednesday". */
export function formatDays(days: readonly string[]): string {
  const idx = [...new Set(days)]
    .map((d) => DAY_IDS.indexOf(d as DayId))
    .filter((i) => i >= 0)
    .sort((a, b) => a - b);
  if (idx.length === 7) return 'Every day';
  const runs: number[][] = [];
  for (const i of idx) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  const name = (i: number) => DAY_NAMES[DAY_IDS[i] as DayId];
  const parts = runs.flatMap((run) => (run.length >= 3 ? [`${name(run[0] as number)} to ${name(run.at(-1) as number)}`] : run.map(name)));
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) as string}`;
}

/** Lines such as "Monday to Friday, 9am to 5pm", for pages and cards. */
export function describeHours(hours: HoursLike | undefined): string[] {
  if (!hours) return [];
  if (hours.always) return ['Open 24 hours a day, every day'];
  const lines = (hours.sessions ?? []).map((s) => `${formatDays(s.days)}, ${formatTime(s.opens)} to ${formatTime(s.closes)}`);
  if (hours.bankHolidays === 'closed') lines.push('Closed on bank holidays');
  if (hours.bankHolidays === 'open') lines.push('Open on bank holidays');
  return lines;
}

function previousDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function previousDay(day: DayId): DayId {
  return DAY_IDS[(DAY_IDS.indexOf(day) + 6) % 7] as DayId;
}

export type OpenState = 'open' | 'closed' | 'unknown';

export interface OpenStatus {
  state: OpenState;
  /** When open: the London time it closes ("17:00"), unless open all day into the next. */
  closes?: string;
}

/**
 * Is the service open at this instant? "unknown" when no hours are published, or on a bank
 * holiday when the provider does not say whether it opens on bank holidays.
 * `bankHolidays` holds England and Wales bank-holiday dates (YYYY-MM-DD).
 */
export function openStatus(hours: HoursLike | undefined, instant: Date, bankHolidays: ReadonlySet<string>): OpenStatus {
  if (!hours) return { state: 'unknown' };
  if (hours.always) return { state: 'open' };
  const now = londonMoment(instant);
  const yesterday = { date: previousDate(now.date), day: previousDay(now.day) };
  let unsure = false;

  for (const s of hours.sessions ?? []) {
    const opens = minutesOf(s.opens);
    const closesRaw = minutesOf(s.closes);
    const overnight = closesRaw <= opens;
    // Session that started today
    if (s.days.includes(now.day) && now.minutes >= opens && (overnight || now.minutes < closesRaw)) {
      const verdict = bankHolidayVerdict(hours, now.date, bankHolidays);
      if (verdict === 'open') return { state: 'open', closes: s.closes };
      if (verdict === 'unknown') unsure = true;
    }
    // Overnight session that started yesterday and has not closed yet
    if (overnight && s.days.includes(yesterday.day) && now.minutes < closesRaw) {
      const verdict = bankHolidayVerdict(hours, yesterday.date, bankHolidays);
      if (verdict === 'open') return { state: 'open', closes: s.closes };
      if (verdict === 'unknown') unsure = true;
    }
  }
  return { state: unsure ? 'unknown' : 'closed' };
}

function bankHolidayVerdict(hours: HoursLike, startDate: string, bankHolidays: ReadonlySet<string>): OpenState {
  if (!bankHolidays.has(startDate)) return 'open';
  if (hours.bankHolidays === 'open') return 'open';
  if (hours.bankHolidays === 'closed') return 'closed';
  return 'unknown';
}
