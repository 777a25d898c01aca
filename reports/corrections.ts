// The data corrections of corrections/ for the sharing report (issue #13 §5, rules art. 28, art. 29):
// doubts and errors reported, and whether each providing unit answered them within envcloud's
// 10 working days (rules art. 7(四), art. 8(二); validation/rules/corrections.ts).
import type { DataCorrection } from '../model/data-correction.generated';
import type { SystemMigration } from '../model/domain';
import { correctionDeadline, resolveCorrection } from '../validation/rules/corrections';
import { correctionAsOf, reportContext, unitsOfText, zeros } from './sharing-context';
import { inYear, reportPeriod } from './period';

/** How a correction stands against its deadline as of the report's day. */
export type CorrectionTimeliness = 'on-time' | 'late' | 'pending' | 'overdue' | 'no-deadline';

export type CorrectionResult = NonNullable<DataCorrection['spec']['answer']>['result'] | 'pending';

export interface CorrectionLine {
  id: string;
  reportingUnit: string;
  reportingSystem: number;
  providingSystem?: number;
  providingUnit?: string;
  resource: string;
  catalogCode: string;
  issue: DataCorrection['spec']['issue']['kind'];
  reportedOn: string;
  deadline?: string;
  answeredOn?: string;
  result: CorrectionResult;
  timeliness: CorrectionTimeliness;
  reasons?: string;
}

/** Per providing unit: corrections reported to it, answered on time, late, pending and overdue. */
export interface UnitCorrections {
  unit: string;
  reported: number;
  onTime: number;
  late: number;
  pending: number;
  overdue: number;
}

export interface CorrectionFigures {
  /** The year counted: the corrections reported in it (by `reportedOn`), judged as of the report's day. */
  year: number;
  corrections: number;
  timeliness: Record<CorrectionTimeliness, number>;
  byResult: Record<CorrectionResult, number>;
  /** Per providing unit, in name order. */
  byUnit: UnitCorrections[];
  lines: CorrectionLine[];
}

const TIMELINESS: readonly CorrectionTimeliness[] = ['on-time', 'late', 'pending', 'overdue', 'no-deadline'];
const RESULTS: readonly CorrectionResult[] = ['corrected', 'confirmed-correct', 'rejected', 'pending'];

/** One line per correction: who reported what to whom, the result and whether it came in time. */
export function correctionLines(
  corrections: readonly DataCorrection[],
  systems: readonly SystemMigration[],
  asOf: string,
): CorrectionLine[] {
  const context = reportContext(systems, asOf);
  return [...corrections]
    .sort((a, b) => a.metadata.id.localeCompare(b.metadata.id))
    .map((correction) => {
      const { spec } = correction;
      const resolution = resolveCorrection(correction, context);
      const due = correctionDeadline(correction, asOf);
      const deadline = 'deadline' in due ? due.deadline : undefined;
      let timeliness: CorrectionTimeliness = 'no-deadline';
      if ('gap' in due && due.known) timeliness = due.known === 'pending' ? 'pending' : 'on-time';
      if (deadline !== undefined) {
        if (spec.answer) timeliness = spec.answer.answeredOn <= deadline ? 'on-time' : 'late';
        else timeliness = asOf > deadline ? 'overdue' : 'pending';
      }
      const line: CorrectionLine = {
        id: correction.metadata.id,
        reportingUnit: spec.reporter.unit,
        reportingSystem: spec.reporter.system,
        resource: resolution.kind === 'catalog' ? resolution.entry.resource.name : (spec.resource.name ?? ''),
        catalogCode: spec.resource.catalogCode,
        issue: spec.issue.kind,
        reportedOn: spec.reportedOn,
        result: spec.answer?.result ?? 'pending',
        timeliness,
      };
      if (resolution.kind === 'catalog') {
        line.providingSystem = resolution.entry.owner.manifest.metadata.number;
        line.providingUnit = resolution.entry.owner.manifest.metadata.managingUnit;
      }
      if (deadline !== undefined) line.deadline = deadline;
      if (spec.answer) line.answeredOn = spec.answer.answeredOn;
      if (spec.answer?.reasons !== undefined) line.reasons = spec.answer.reasons;
      return line;
    });
}

/**
 * The correction figures of the year reported (default the annual report's, reportPeriod), counted by
 * `reportedOn`: in all, by result, against the deadline, and per providing unit.
 */
export function correctionFigures(
  corrections: readonly DataCorrection[],
  systems: readonly SystemMigration[],
  asOf: string,
  year: number = reportPeriod(asOf).year,
): CorrectionFigures {
  const lines = correctionLines(
    corrections.flatMap((correction) => {
      const asItStood = correctionAsOf(correction, asOf);
      return asItStood && inYear(asItStood.spec.reportedOn, year) ? [asItStood] : [];
    }),
    systems,
    asOf,
  );
  const timeliness = zeros(TIMELINESS);
  const byResult = zeros(RESULTS);
  const units = new Map<string, UnitCorrections>();
  for (const line of lines) {
    timeliness[line.timeliness] += 1;
    byResult[line.result] += 1;
    for (const name of line.providingUnit === undefined ? [] : unitsOfText(line.providingUnit)) {
      let unit = units.get(name);
      if (!unit) units.set(name, (unit = { unit: name, reported: 0, onTime: 0, late: 0, pending: 0, overdue: 0 }));
      unit.reported += 1;
      if (line.timeliness === 'on-time') unit.onTime += 1;
      if (line.timeliness === 'late') unit.late += 1;
      if (line.timeliness === 'pending') unit.pending += 1;
      if (line.timeliness === 'overdue') unit.overdue += 1;
    }
  }
  return {
    year,
    corrections: lines.length,
    timeliness,
    byResult,
    byUnit: [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh')),
    lines,
  };
}
