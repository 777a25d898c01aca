import chineseDaysPackage from 'chinese-days/package.json';

/**
 * Working days (工作日) of the official Chinese calendar: weekends, the public holidays the State
 * Council announces each year, and the make-up working days (调休) on weekends that go with them. The
 * calendar comes from the maintained `chinese-days` package (pinned), never from a list written here.
 *
 * The package knows the State Council's arrangement only for the years it lists. Outside them it
 * silently counts Monday to Friday as working days (it called 2027-10-01, National Day, a working
 * day), so envcloud refuses any date outside those years instead of guessing: `CalendarGap`.
 */
export const CALENDAR_SOURCE = `chinese-days ${chineseDaysPackage.version}`;

let workday: ((date: string) => boolean) | undefined;

/**
 * The package's `isWorkday`, loaded on first use: loading it builds its tables (about 60 ms), which a
 * run that judges no date (validate of manifests only, preview without requests) never needs.
 */
function isWorkday(date: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  workday ??= (require('chinese-days') as typeof import('chinese-days')).isWorkday;
  return workday(date);
}

/** A date the official calendar of the installed package does not cover. */
export class CalendarGap extends Error {
  override readonly name = 'CalendarGap';
  constructor(readonly date: string) {
    const { first, last } = calendarCoverage();
    super(
      `${date} is outside the official working-day calendar envcloud has (${CALENDAR_SOURCE} covers ${first}–${last})`,
    );
  }
}

let coverage: { first: number; last: number } | undefined;

/**
 * Whether the package holds the State Council's arrangement for a year: New Year's Day and the first
 * three days of National Day are holidays every year, and at least two of those four days fall on a
 * weekday, which the package would call a working day in a year it does not know.
 */
function yearKnown(year: number): boolean {
  return ['01-01', '10-01', '10-02', '10-03'].every((day) => !isWorkday(`${year}-${day}`));
}

/** The first and last year of the installed calendar (2004–2026 for chinese-days 1.5.7), found by asking it. */
export function calendarCoverage(): { first: number; last: number } {
  if (coverage) return coverage;
  const known: number[] = [];
  for (let year = 1990; year <= 2100; year++) if (yearKnown(year)) known.push(year);
  if (known.length === 0) throw new Error(`${CALENDAR_SOURCE} knows no year's holidays`);
  coverage = { first: known[0]!, last: known[known.length - 1]! };
  return coverage;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD day lies in a year of the installed calendar. */
export function inCalendar(date: string): boolean {
  const match = DAY_PATTERN.exec(date);
  if (!match) return false;
  const { first, last } = calendarCoverage();
  const year = Number(match[1]);
  return year >= first && year <= last;
}

/** Whether a YYYY-MM-DD day is a working day (调休 make-up days included); a day outside the calendar throws `CalendarGap`. */
export function isWorkingDay(date: string): boolean {
  if (!inCalendar(date)) throw new CalendarGap(date);
  return isWorkday(date);
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * The last day of a time limit of `count` working days starting the day after `from` (the day of
 * submission is not counted): an answer on that day or before it is in time. A limit that runs into a
 * year the calendar does not cover throws `CalendarGap` naming that day.
 */
export function addWorkingDays(from: string, count: number): string {
  if (!inCalendar(from)) throw new CalendarGap(from);
  let day = from;
  for (let counted = 0; counted < count;) {
    day = nextDay(day);
    if (isWorkingDay(day)) counted++;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  if (!inCalendar(from)) throw new CalendarGap(from);
  if (!inCalendar(to)) throw new CalendarGap(to);
  let counted = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day)) counted++;
  return counted;
}

/**
 * What is known of an answer whose time limit (`count` working days from `from`) runs past the calendar:
 * `answered-in-time` when it came within the calendar and within the limit, `pending` when none came and
 * `asOf` lies in the calendar (the limit, past the calendar's end, is after it: not overdue yet). Else
 * nothing can be said without the next year's calendar. A request or correction made in the year's last
 * weeks stopped every report and stack plan until it was answered.
 */
export function knownPastCalendar(
  from: string,
  count: number,
  answeredOn: string | undefined,
  asOf: string | undefined,
): 'answered-in-time' | 'pending' | undefined {
  if (!inCalendar(from)) return undefined;
  if (answeredOn !== undefined)
    return inCalendar(answeredOn) && workingDaysBetween(from, answeredOn) <= count ? 'answered-in-time' : undefined;
  return asOf !== undefined && inCalendar(asOf) && asOf >= from ? 'pending' : undefined;
}

/**
 * The earliest year a day or year envcloud is asked about may be in (`--as-of`, `--year`, a stack's
 * `envcloud:asOf`): the integration this tool serves began in 2017, and `--as-of 0000-01-01` wrote the
 * report of year -1.
 */
export const FIRST_YEAR = 2000;

/**
 * Today in China (UTC+8), YYYY-MM-DD: the day every command judges on unless told another. The UTC day
 * lagged eight hours behind: from midnight to 08:00 in Beijing a waiver that had expired still hid its
 * findings, and `report` dated the year's last day as today on the morning of 1 January.
 */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
