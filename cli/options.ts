import { InvalidArgumentError } from 'commander';

export function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return parsed;
}

/**
 * The most threads `--jobs` accepts at all. Each thread holds its own copy of the validator:
 * `--jobs 1000` over 20,000 files grew to 15.5 GB and crashed. More than this is a typo.
 */
export const MAX_JOBS = 64;

/** A thread count for `--jobs`: a whole number from 1 to MAX_JOBS (the command then caps it at the cores). */
export function parseJobs(value: string): number {
  const parsed = parsePositiveInteger(value);
  if (parsed > MAX_JOBS) throw new InvalidArgumentError(`expected at most ${MAX_JOBS} threads, got "${value}"`);
  return parsed;
}

/**
 * A calendar day written YYYY-MM-DD (the as-of day of audits and reports). The day must exist: Date
 * rolls 2027-02-30 over to March 2, so the parsed day is written back and must read the same.
 */
export function parseDate(value: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()))
    throw new InvalidArgumentError(`expected a date YYYY-MM-DD, got "${value}"`);
  if (parsed.toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError(`"${value}" is not a day of the calendar (the month has no such day)`);
  return value;
}

/** A year written with four digits (the year an annual report covers). */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`expected a year such as 2018, got "${value}"`);
  return Number(value);
}
