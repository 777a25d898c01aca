import type { SystemMigration } from '../model/domain';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import { correctionFigures, type CorrectionFigures } from './corrections';
import { deadlineOf, resolveResource } from '../validation/rules/requests';
import { reportContext, requestAsOf, unitsOfText, zeros } from './sharing-context';
import { inYear, reportPeriod } from './period';
import { catalogUpkeep, type CatalogUpkeep } from './catalog-upkeep';

/** How a request stands against its time limit in working days, as of the report's day. */
export type Timeliness =
  /** Answered on or before the deadline. */
  | 'on-time'
  /** Answered after the deadline. */
  | 'late'
  /** Not answered, the deadline not yet passed. */
  | 'pending'
  /** Not answered, the deadline passed. */
  | 'overdue'
  /** No time limit applies (unconditional data, data not shared, a request naming no known resource) or the calendar does not cover it. */
  | 'no-deadline';

export type Decision = NonNullable<SharingRequest['spec']['answer']>['decision'] | 'pending';

export interface RequestLine {
  id: string;
  requestingUnit: string;
  requestingSystem?: number;
  providingSystem?: number;
  providingUnit?: string;
  resource: string;
  catalogCode?: string;
  submittedOn: string;
  answeredOn?: string;
  deadline?: string;
  days?: number;
  decision: Decision;
  timeliness: Timeliness;
  reasons?: string;
}

export interface UnitSharing {
  unit: string;
  /** Requests the unit made, by decision. */
  requested: Record<Decision, number>;
  /** Requests made to the unit (as providing unit), by decision and by timeliness. */
  received: Record<Decision, number>;
  timeliness: Record<Timeliness, number>;
}

/** The sharing figures of rules art. 28 and art. 29 (performance and supervision of sharing). */
export interface SharingFigures {
  asOf: string;
  /** The year counted: the requests submitted in it (by `submittedOn`), judged against their time limits as of `asOf`. */
  year: number;
  requests: number;
  byDecision: Record<Decision, number>;
  /** Of requests with a time limit: answered on time, late, pending and overdue. */
  timeliness: Record<Timeliness, number>;
  /** Per requesting and providing unit, in name order. */
  byUnit: UnitSharing[];
  /** Refusals, each with its reasons. */
  refusals: RequestLine[];
  lines: RequestLine[];
  /** The data corrections of corrections/ (rules art. 7(四), art. 8(二)), when they were read. */
  corrections?: CorrectionFigures;
  /** The catalog entries gone stale as of `asOf` (rules art. 12), per unit. */
  catalog: CatalogUpkeep;
}

const DECISIONS: readonly Decision[] = ['granted', 'granted-with-conditions', 'refused', 'pending'];
const TIMELINESS: readonly Timeliness[] = ['on-time', 'late', 'pending', 'overdue', 'no-deadline'];

/** One line per request: who asked whom for what, the decision and whether it came within its time limit. */
export function requestLines(
  requests: readonly SharingRequest[],
  systems: readonly SystemMigration[],
  asOf: string,
): RequestLine[] {
  const context = reportContext(systems, asOf);
  return [...requests]
    .sort((a, b) => a.metadata.id.localeCompare(b.metadata.id))
    .map((request) => {
      const { spec } = request;
      const resolution = resolveResource(request, context);
      const owner =
        resolution.kind === 'catalog'
          ? resolution.entry.owner
          : resolution.kind === 'outside-catalog'
            ? resolution.owner
            : undefined;
      const due = deadlineOf(request, resolution, asOf);
      const deadline = due && 'deadline' in due ? due.deadline : undefined;
      const answer = spec.answer;
      let timeliness: Timeliness =
        due && 'gap' in due && due.answeredInTime
          ? 'on-time'
          : due && 'gap' in due && due.pending
            ? 'pending'
            : 'no-deadline';
      if (deadline !== undefined) {
        if (answer) timeliness = answer.answeredOn <= deadline ? 'on-time' : 'late';
        else timeliness = asOf > deadline ? 'overdue' : 'pending';
      }
      const line: RequestLine = {
        id: request.metadata.id,
        requestingUnit: spec.requester.unit,
        resource:
          resolution.kind === 'catalog'
            ? resolution.entry.resource.name
            : (spec.resource.name ?? spec.resource.catalogCode ?? ''),
        submittedOn: spec.submittedOn,
        decision: answer?.decision ?? 'pending',
        timeliness,
      };
      if (spec.requester.system !== undefined) line.requestingSystem = spec.requester.system;
      if (owner) {
        line.providingSystem = owner.manifest.metadata.number;
        line.providingUnit = owner.manifest.metadata.managingUnit;
      }
      if (resolution.kind === 'catalog') line.catalogCode = resolution.entry.resource.catalogCode;
      if (answer) line.answeredOn = answer.answeredOn;
      if (deadline !== undefined) {
        line.deadline = deadline;
        line.days = due!.track.days;
      }
      if (answer?.reasons !== undefined) line.reasons = answer.reasons;
      return line;
    });
}

/**
 * The sharing figures of the year reported (default the annual report's, reportPeriod): the requests
 * submitted in it, counted by `submittedOn` (one answered in the next year still counts in the year it was
 * submitted), and the corrections reported in it, by `reportedOn`; each judged as of `asOf`.
 */
export function sharingFigures(
  requests: readonly SharingRequest[],
  systems: readonly SystemMigration[],
  asOf: string,
  corrections?: readonly DataCorrection[],
  year: number = reportPeriod(asOf).year,
): SharingFigures {
  const lines = requestLines(
    requests.flatMap((request) => {
      const asItStood = requestAsOf(request, asOf);
      return asItStood && inYear(asItStood.spec.submittedOn, year) ? [asItStood] : [];
    }),
    systems,
    asOf,
  );
  const byDecision = zeros(DECISIONS);
  const timeliness = zeros(TIMELINESS);
  const units = new Map<string, UnitSharing>();
  const unit = (name: string) => {
    let entry = units.get(name);
    if (!entry)
      units.set(
        name,
        (entry = {
          unit: name,
          requested: zeros(DECISIONS),
          received: zeros(DECISIONS),
          timeliness: zeros(TIMELINESS),
        }),
      );
    return entry;
  };
  for (const line of lines) {
    byDecision[line.decision] += 1;
    timeliness[line.timeliness] += 1;
    unit(line.requestingUnit).requested[line.decision] += 1;
    for (const name of line.providingUnit === undefined ? [] : unitsOfText(line.providingUnit)) {
      const provider = unit(name);
      provider.received[line.decision] += 1;
      provider.timeliness[line.timeliness] += 1;
    }
  }
  return {
    asOf,
    year,
    requests: lines.length,
    byDecision,
    timeliness,
    byUnit: [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh')),
    refusals: lines.filter((line) => line.decision === 'refused'),
    lines,
    ...(corrections ? { corrections: correctionFigures(corrections, systems, asOf, year) } : {}),
    catalog: catalogUpkeep(systems, asOf),
  };
}
