// What the data-correction rules (./corrections.ts) and the sharing report read of a correction record
// (rules art. 7(四), art. 8(二)): the resource it names, resolved against the catalog as a request's is,
// whether the reporting system may read it, the answer's time limit, and the means to write a rule.
import { addWorkingDays, CalendarGap, knownPastCalendar } from '../../model/calendar';
import type { DataCorrection } from '../../model/data-correction.generated';
import { isLiveGrant, WORKING_DAY_LIMITS } from '../../model/sharing';
import type { FieldLocator } from '../../document/locate';
import type { RuleInfo } from './catalog';
import {
  requestContext,
  resolveCode,
  resolveResource,
  type RequestContext,
  type RequestEntry,
  type RequestViolation,
  type Resolution,
} from './request-context';
import type { ManifestEntry, ManifestSummary } from './rule';

/** A data correction that passed its schema, with the means to locate its fields. */
export interface CorrectionEntry {
  file: string;
  correction: DataCorrection;
  locator: FieldLocator;
}

/** What correction rules read: the systems and catalog of the manifests, and the sharing requests (the grants). */
export interface CorrectionContext extends RequestContext {
  grants: readonly RequestEntry[];
}

export function correctionContext(
  manifests: readonly ManifestEntry<ManifestSummary>[],
  grants: readonly RequestEntry[],
  asOf: string,
): CorrectionContext {
  return { ...requestContext(manifests, asOf), grants };
}

export type CorrectionViolation = Omit<RequestViolation, 'entry'> & { entry: CorrectionEntry };

export interface CorrectionRule extends RuleInfo {
  check(
    entries: readonly CorrectionEntry[],
    context: CorrectionContext,
    report: (violation: CorrectionViolation) => void,
  ): void;
}

/** A rule over all the corrections at once. */
export function correctionRule(info: RuleInfo, check: CorrectionRule['check']): CorrectionRule {
  return { ...info, check };
}

/** Each correction once, with the catalog entry its code names (as a request's is resolved). */
export function perCorrection(
  info: RuleInfo,
  checkOne: (
    entry: CorrectionEntry,
    resolution: Resolution,
    context: CorrectionContext,
    report: (violation: Omit<CorrectionViolation, 'entry'>) => void,
  ) => void,
): CorrectionRule {
  return correctionRule(info, (entries, context, report) => {
    for (const entry of entries)
      checkOne(entry, resolveCorrection(entry.correction, context), context, (violation) =>
        report({ entry, ...violation }),
      );
  });
}

/** The catalog entry a correction names by its code (and, when given, its name). */
export function resolveCorrection(correction: DataCorrection, context: RequestContext): Resolution {
  return resolveCode(correction.spec.resource.catalogCode, correction.spec.resource, context);
}

/** Why the reporting system may read the resource, or why it may not (rules art. 15, art. 19–21). */
export type Readable =
  | { kind: 'own' }
  | { kind: 'unconditional' }
  | { kind: 'grant'; entry: RequestEntry }
  | { kind: 'no-grant' }
  | { kind: 'not-shared' };

/**
 * Whether the reporting system could read the resource on the day it reported: its own data, data shared
 * without conditions, or data of a grant in sharing/ to that system, live on `reportedOn` and naming the
 * same catalog entry (the request rules' resolution). Data that is not shared is read by no other system.
 */
export function readableBy(
  correction: DataCorrection,
  resolved: Extract<Resolution, { kind: 'catalog' }>,
  context: CorrectionContext,
): Readable {
  const { system } = correction.spec.reporter;
  const { entry } = resolved;
  if (entry.owner.manifest.metadata.number === system) return { kind: 'own' };
  const type = entry.resource.sharing.type;
  if (type === 'unconditional') return { kind: 'unconditional' };
  if (type === 'not-shared') return { kind: 'not-shared' };
  const grant = context.grants.find((candidate) => {
    const { request } = candidate;
    if (request.spec.requester.system !== system || !isLiveGrant(request, correction.spec.reportedOn)) return false;
    const named = resolveResource(request, context);
    return named.kind === 'catalog' && named.entry.resource.catalogCode === entry.resource.catalogCode;
  });
  return grant ? { kind: 'grant', entry: grant } : { kind: 'no-grant' };
}

/**
 * The last day a correction may be answered on (envcloud's 10 working days), or the calendar gap that hides
 * it, with what is known all the same as of `asOf` (knownPastCalendar).
 */
export function correctionDeadline(
  correction: DataCorrection,
  asOf?: string,
): { deadline: string } | { gap: CalendarGap; known?: 'answered-in-time' | 'pending' } {
  const { reportedOn, answer } = correction.spec;
  const days = WORKING_DAY_LIMITS.correctionAnswer;
  try {
    return { deadline: addWorkingDays(reportedOn, days) };
  } catch (error) {
    if (!(error instanceof CalendarGap)) throw error;
    const known = knownPastCalendar(reportedOn, days, answer?.answeredOn, asOf);
    return known ? { gap: error, known } : { gap: error };
  }
}
