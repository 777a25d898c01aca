import { InvalidArgumentError, Option } from 'commander';
import { currentLanguage, LANGUAGES, languageOfLocale, t, type Language, type MessageId } from '../document/i18n';
import { FIRST_YEAR } from '../model/calendar';

/** An option's value refused, said in the run's language (`--lang` is read before the options are parsed). */
export function invalid(id: MessageId, values: Record<string, string | number>): InvalidArgumentError {
  return new InvalidArgumentError(t(currentLanguage(), id, values));
}

/**
 * `--lang zh|en`, which every command takes: the language of its messages, help and reports. The default
 * is the locale's (LC_ALL, LC_MESSAGES, LANG: zh_* is Chinese), or `fixed` for a command whose output has
 * a language of its own (`report`: its reports are for the ministry, Chinese unless asked otherwise).
 */
export function languageOption(fixed?: { lang: Language; description: MessageId }): Option {
  const lang = currentLanguage();
  return new Option('--lang <language>', t(lang, fixed?.description ?? 'option.lang'))
    .choices(LANGUAGES)
    .default(fixed?.lang ?? languageOfLocale());
}

export function parsePositiveInteger(value: string): number {
  const parsed = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1) {
    throw invalid('option.positive-integer', { value });
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
  if (parsed > MAX_JOBS) throw invalid('option.jobs-max', { max: MAX_JOBS, value });
  return parsed;
}

/**
 * A calendar day written YYYY-MM-DD (the as-of day of audits and reports). The day must exist: Date
 * rolls 2027-02-30 over to March 2, so the parsed day is written back and must read the same.
 */
export function parseDate(value: string): string {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime())) throw invalid('option.date', { value });
  if (parsed.toISOString().slice(0, 10) !== value) throw invalid('option.no-such-day', { value });
  // The integration this tool serves began in 2017: `--as-of 0000-01-01` wrote the report of year -1.
  if (Number(value.slice(0, 4)) < FIRST_YEAR) throw invalid('option.too-early', { value, first: FIRST_YEAR });
  return value;
}

/** A year written with four digits (the year an annual report covers). */
export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw invalid('option.year', { value });
  if (Number(value) < FIRST_YEAR) throw invalid('option.too-early', { value, first: FIRST_YEAR });
  return Number(value);
}
