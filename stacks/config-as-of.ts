// `envcloud:asOf`: the day a plan is made for, the config key the real program (`pulumi preview`) has
// where the offline path has `--as-of` (issue #13 §2). The schema takes YYYY-MM-DD; the day must also
// exist, as `--as-of` requires (cli/options.ts parseDate).
import { said, msg } from '../document/i18n';
import type { ConfigProblem } from './config';
import { FIRST_YEAR } from '../model/calendar';

type KeyName = (path: readonly (string | number)[]) => string;

/** Whether a YYYY-MM-DD text names a day of the calendar: Date rolls 2027-02-30 over to March 2, so it must read the same back. */
export function isCalendarDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The problem with a stack's `asOf`, located at its key: a day that is not in the calendar. */
export function asOfProblems(asOf: string | undefined, keyName: KeyName): ConfigProblem[] {
  if (asOf !== undefined && isCalendarDay(asOf) && Number(asOf.slice(0, 4)) < FIRST_YEAR)
    return [
      {
        key: keyName(['asOf']),
        path: ['asOf'],
        ...said(msg('option.too-early', { value: asOf, first: FIRST_YEAR })),
      },
    ];
  if (asOf === undefined || isCalendarDay(asOf)) return [];
  return [
    {
      key: keyName(['asOf']),
      path: ['asOf'],
      ...said(msg('config.as-of.no-such-day', { value: asOf }), msg('config.as-of.no-such-day.hint')),
    },
  ];
}
