import type { SystemMigration } from '../model/domain';
import { managingUnits } from '../model/units';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import { requestContext, type RequestContext } from '../validation/rules/requests';
import { summarizeManifest, type ManifestEntry, type ManifestSummary } from '../validation/rules/rule';

// What the sharing figures (requests, corrections) read the manifests through: the context the rules
// use, built from whole manifests. A report locates no finding, so every position is the file's start.

/** The rules' catalog and grants as of `asOf`, from the manifests a report reads. */
export function reportContext(systems: readonly SystemMigration[], asOf: string): RequestContext {
  const entries: ManifestEntry<ManifestSummary>[] = systems.map((manifest) => ({
    file: `manifests/${manifest.metadata.slug}.yaml`,
    manifest: summarizeManifest(manifest),
    locator: { locate: () => ({ line: 1, column: 1 }) },
  }));
  return requestContext(entries, asOf);
}

/**
 * A request as it stood on `asOf`: none when it was submitted later; its answer, negotiations and
 * referrals dated later left out. The figures counted a request submitted after the report's day, and an
 * answer given after it as given (late before its deadline had passed): they count what had happened.
 */
export function requestAsOf(request: SharingRequest, asOf: string): SharingRequest | undefined {
  const { spec } = request;
  if (spec.submittedOn > asOf) return undefined;
  const { answer, negotiations, escalations, ...rest } = spec;
  const kept = {
    ...rest,
    ...(answer && answer.answeredOn <= asOf ? { answer } : {}),
    ...(negotiations ? { negotiations: negotiations.filter((one) => one.date <= asOf) } : {}),
    ...(escalations ? { escalations: escalations.filter((one) => one.date <= asOf) } : {}),
  };
  return { ...request, spec: kept };
}

/** A correction as it stood on `asOf`: none when it was reported later; its answer left out when given later. */
export function correctionAsOf(correction: DataCorrection, asOf: string): DataCorrection | undefined {
  const { spec } = correction;
  if (spec.reportedOn > asOf) return undefined;
  if (!spec.answer || spec.answer.answeredOn <= asOf) return correction;
  const { answer: _later, ...rest } = spec;
  return { ...correction, spec: rest };
}

/**
 * The units a providing system's managing unit names: each of a jointly managed system's units
 * (`办公厅、行政体制与人事司`), as the figures count their systems. Counted under the joint name, a unit
 * row nobody is invented and each unit's own report showed 0.
 */
export function unitsOfText(managingUnit: string): string[] {
  const units = managingUnits(managingUnit);
  return units.length > 0 ? [...new Set(units)] : [managingUnit];
}

/** A count of 0 for each key: the figures list every state, counted or not. */
export const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
