import type { MigrationStatus, SystemMigration } from '../../model/domain';
import { completedBy, MIGRATION_STATES } from '../../model/migration-states';
import { ANNEX3_MILESTONES, EXTRA_WAVE_MONTHS, PLAN_WAVE_ENDS } from '../../model/milestones';
import { waveEnd } from '../../waves/plan';

/**
 * The wave timeline of the dashboard (issue #15): per wave, the plan (its end date, as `waves plan`
 * and `waves status` read it) beside what happened (the states its systems' manifests declare), and
 * the plan's deadlines as lines. Only a system completed by the as-of day (its `completedOn`) counts as
 * done: figures count what happened, not plans, and not what happened after the day they are of.
 */

export interface TimelineSystem {
  number: number;
  slug: string;
  name: string;
  managingUnit: string;
  status: MigrationStatus;
  deadline: string;
  /** Its state is completed. */
  done: boolean;
  /** Not done and its own deadline is before the as-of day. */
  overdue: boolean;
}

export interface TimelineWave {
  wave: number;
  /** The planned window: from the day after the previous wave's end (wave 1: the axis' start) to its end. */
  start: string;
  end: string;
  /** The window's ends on the axis, as fractions of its length (0 at its start, 1 at its end). */
  from: number;
  to: number;
  systems: TimelineSystem[];
  counts: Record<MigrationStatus, number>;
  /** Systems completed: the only ones counted as done. */
  done: number;
  /** The wave has ended on the as-of day and some of its systems are not completed. */
  overdue: boolean;
}

export interface TimelineDeadline {
  date: string;
  at: number;
  /** The Annex 3 milestones due that day (item and work content, verbatim). */
  milestones: { id: string; item: number; content: string }[];
}

export interface WaveTimeline {
  asOf: string;
  axis: { start: string; end: string; ticks: { date: string; at: number }[] };
  /** The as-of day on the axis, when it falls within it. */
  asOfAt?: number;
  deadlines: TimelineDeadline[];
  waves: TimelineWave[];
  totals: { systems: number; done: number; counts: Record<MigrationStatus, number> };
}

const DAY = 86_400_000;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of the month `months` after (or before) the month of `date`. */
function monthStart(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return iso(Date.UTC(year, month - 1 + months, 1));
}

function zeroCounts(): Record<MigrationStatus, number> {
  return Object.fromEntries(MIGRATION_STATES.map((state) => [state, 0])) as Record<MigrationStatus, number>;
}

/**
 * The timeline of the manifests' waves on `asOf`. The axis runs from the first of the month three
 * months (the planner's spacing of added waves) before the first wave ends, since the plan gives no
 * start, to the end of the month after the last wave's end or deadline. `deadlines` are the plan's
 * dates (PLAN_WAVE_ENDS: 2017-10-31, 2017-12-31, 2018-06-30), with the Annex 3 milestones due on each.
 */
export function waveTimeline(
  manifests: readonly SystemMigration[],
  asOf: string,
  waveEnds: readonly string[] = PLAN_WAVE_ENDS,
): WaveTimeline {
  const byWave = new Map<number, TimelineSystem[]>();
  for (const manifest of manifests) {
    const { wave, deadline, status } = manifest.spec.schedule;
    // Done by the as-of day: a system completed since was counted done in a timeline of an earlier day.
    const done = completedBy(manifest.spec.schedule, asOf);
    const system: TimelineSystem = {
      number: manifest.metadata.number,
      slug: manifest.metadata.slug,
      name: manifest.metadata.name,
      managingUnit: manifest.metadata.managingUnit,
      status,
      deadline,
      done,
      overdue: !done && deadline < asOf,
    };
    byWave.set(wave, [...(byWave.get(wave) ?? []), system]);
  }
  const numbers = [...byWave.keys()].sort((a, b) => a - b);
  const ends = numbers.map((wave) => waveEnd(waveEnds, wave));
  const dates = [...ends, ...waveEnds];
  const first = dates.length > 0 ? dates.reduce((a, b) => (a < b ? a : b)) : asOf;
  const last = dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : asOf;
  const start = monthStart(first, -(EXTRA_WAVE_MONTHS - 1));
  const end = iso(time(monthStart(last, 2)) - DAY);
  const span = time(end) - time(start);
  const at = (date: string) => Math.min(1, Math.max(0, (time(date) - time(start)) / span));

  const totals = { systems: 0, done: 0, counts: zeroCounts() };
  const waves = numbers.map((wave, index): TimelineWave => {
    const systems = byWave.get(wave)!.sort((a, b) => a.number - b.number);
    const counts = zeroCounts();
    for (const system of systems) {
      counts[system.status] += 1;
      totals.counts[system.status] += 1;
    }
    const waveStart = index === 0 ? start : iso(time(ends[index - 1]!) + DAY);
    const done = counts.completed;
    totals.systems += systems.length;
    totals.done += done;
    return {
      wave,
      start: waveStart,
      end: ends[index]!,
      from: at(waveStart),
      to: at(ends[index]!),
      systems,
      counts,
      done,
      overdue: ends[index]! < asOf && done < systems.length,
    };
  });

  const deadlines = [...new Set(waveEnds)].sort().map((date): TimelineDeadline => ({
    date,
    at: at(date),
    milestones: ANNEX3_MILESTONES.filter((milestone) => milestone.due === date).map(({ id, item, content }) => ({
      id,
      item,
      content,
    })),
  }));
  const ticks: { date: string; at: number }[] = [];
  // A tick on the first day of each quarter within the axis.
  for (let month = monthStart(start, 0); month <= end; month = monthStart(month, 1))
    if (['01', '04', '07', '10'].includes(month.slice(5, 7)) && month > start)
      ticks.push({ date: month, at: at(month) });

  return {
    asOf,
    axis: { start, end, ticks },
    ...(asOf >= start && asOf <= end ? { asOfAt: at(asOf) } : {}),
    deadlines,
    waves,
    totals,
  };
}
