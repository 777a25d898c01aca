// What the sharing-request rules (./requests.ts) and the sharing report read of a request: the resource
// it names, resolved against the catalog of the manifests read, and the answer it is owed by when.
import { addWorkingDays, CalendarGap } from '../../model/calendar';
import type { SharingRequest } from '../../model/sharing-request.generated';
import { parseCatalogCode } from '../../model/catalog-code';
import { WORKING_DAY_LIMITS } from '../../model/sharing';
import type { FieldLocator, FieldPathSegments } from '../../document/locate';
import type { Localized, Message } from '../../document/i18n';
import type { RuleInfo } from './catalog';
import { foldForComparison } from './fold';
import type { ManifestEntry, ManifestSummary } from './rule';

/** A sharing request that passed its schema, with the means to locate its fields. */
export interface RequestEntry {
  file: string;
  request: SharingRequest;
  locator: FieldLocator;
}

type CatalogResource = NonNullable<ManifestSummary['spec']['dataResources']>[number];

/** Where a catalog resource is declared: its system's manifest and its index there. */
export interface CatalogEntry {
  owner: ManifestEntry<ManifestSummary>;
  index: number;
  resource: CatalogResource;
}

/** What request rules read of the manifests: the systems by inventory number and their catalog entries. */
export interface RequestContext {
  systems: ReadonlyMap<number, ManifestEntry<ManifestSummary>>;
  /** Every catalog entry by its catalog code (the first, where validate reports a code used twice). */
  catalog: ReadonlyMap<string, CatalogEntry>;
  /** The day pending requests are judged on (`--as-of`, default today), YYYY-MM-DD. */
  asOf: string;
}

export function requestContext(manifests: readonly ManifestEntry<ManifestSummary>[], asOf: string): RequestContext {
  const systems = new Map<number, ManifestEntry<ManifestSummary>>();
  const catalog = new Map<string, CatalogEntry>();
  for (const entry of manifests) {
    if (!systems.has(entry.manifest.metadata.number)) systems.set(entry.manifest.metadata.number, entry);
    (entry.manifest.spec.dataResources ?? []).forEach((resource, index) => {
      if (!catalog.has(resource.catalogCode)) catalog.set(resource.catalogCode, { owner: entry, index, resource });
    });
  }
  return { systems, catalog, asOf };
}

export interface RequestViolation {
  entry: RequestEntry;
  path: FieldPathSegments;
  at?: 'key' | 'value';
  /** A rule that is an error when broken warns of what is not yet broken (a pending request). */
  severity?: 'warning';
  message: string;
  hint?: string;
  /** `message` and `hint` as catalog messages (`said`), printed in the reader's language. */
  localized?: Localized;
  related?: {
    entry: { file: string; locator: FieldLocator };
    path: FieldPathSegments;
    message: string;
    localized?: Message;
  }[];
}

export interface RequestRule extends RuleInfo {
  check(entries: readonly RequestEntry[], context: RequestContext, report: (violation: RequestViolation) => void): void;
}

/** How a request is to be answered, from the resource's sharing type and who asks. */
export type Track =
  { kind: 'direct' } | { kind: 'not-shared' } | { kind: 'answer'; days: number; clause: string; label: string };

/** The resource a request names: in the catalog, outside it (a system's data not listed), or not found. */
export type Resolution =
  | { kind: 'catalog'; entry: CatalogEntry }
  | { kind: 'outside-catalog'; owner: ManifestEntry<ManifestSummary> }
  | { kind: 'unknown'; path: FieldPathSegments; message: string; hint: string };

export function resolveResource(request: SharingRequest, context: RequestContext): Resolution {
  const { resource } = request.spec;
  if (resource.catalogCode !== undefined) return resolveCode(resource.catalogCode, resource, context);
  if (resource.system === undefined || resource.name === undefined) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource'],
      message: 'the resource names no system and name',
      hint: 'add `system:` (inventory number) and `name:`',
    };
  }
  const owner = context.systems.get(resource.system);
  if (!owner) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource', 'system'],
      message: `no system has inventory number ${resource.system}`,
      hint: 'name the providing system by its inventory number (序号, Annex 1), as its manifest states it in `metadata.number`',
    };
  }
  const wanted = foldForComparison(resource.name);
  const index = (owner.manifest.spec.dataResources ?? []).findIndex(
    (candidate) => foldForComparison(candidate.name) === wanted,
  );
  if (index < 0) return { kind: 'outside-catalog', owner };
  return { kind: 'catalog', entry: { owner, index, resource: owner.manifest.spec.dataResources![index]! } };
}

/** A resource named by its catalog code; a `system` or `name` given beside it must agree with the catalog. */
function resolveCode(code: string, resource: SharingRequest['spec']['resource'], context: RequestContext): Resolution {
  const path: FieldPathSegments = ['spec', 'resource', 'catalogCode'];
  const entry = context.catalog.get(code);
  if (!entry) {
    const parts = parseCatalogCode(code);
    const owner = parts ? context.systems.get(parts.systemNumber) : undefined;
    const listed = (owner?.manifest.spec.dataResources ?? []).map(
      (candidate) => `\`${candidate.catalogCode}\` ${candidate.name}`,
    );
    return {
      kind: 'unknown',
      path,
      message: `no data resource of the catalog has code \`${code}\``,
      hint: owner
        ? `system ${owner.manifest.metadata.number} ${owner.manifest.metadata.name} lists ${listed.length > 0 ? listed.join('; ') : 'no data resource'}; for data outside the catalog name \`system:\` and \`name:\` instead of a code`
        : "copy the code from the providing system's manifest (`spec.dataResources[].catalogCode`) or from catalog.csv; for data outside the catalog name `system:` and `name:` instead",
    };
  }
  const { number, name } = entry.owner.manifest.metadata;
  if (resource.system !== undefined && resource.system !== number) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource', 'system'],
      message: `catalog code \`${code}\` is a resource of system ${number} ${name}, not of system ${resource.system}`,
      hint: `correct \`system:\` to ${number} or remove it (the code names the system)`,
    };
  }
  if (resource.name !== undefined && foldForComparison(resource.name) !== foldForComparison(entry.resource.name)) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource', 'name'],
      message: `catalog code \`${code}\` is "${entry.resource.name}" in the catalog, not "${resource.name}"`,
      hint: "correct the name to the catalog's, or remove it (the code names the resource)",
    };
  }
  return { kind: 'catalog', entry };
}

const ART_21 = 'rules art. 21';
const PLAN_34 = 'plan §三(一).4';
const ART_23_4 = 'rules art. 23(四)';

/** The answer a request is owed, and in how many working days (model/sharing.ts). */
export function trackOf(request: SharingRequest, resolution: Resolution): Track | undefined {
  if (resolution.kind === 'unknown') return undefined;
  const type = resolution.kind === 'catalog' ? resolution.entry.resource.sharing.type : undefined;
  if (type === 'unconditional') return { kind: 'direct' };
  if (request.spec.requester.external === true)
    return {
      kind: 'answer',
      days: WORKING_DAY_LIMITS.externalRequest,
      clause: ART_23_4,
      label: 'a request from another national government department',
    };
  if (type === 'not-shared') return { kind: 'not-shared' };
  if (type === 'conditional' && request.spec.withinScope !== false) {
    return {
      kind: 'answer',
      days: WORKING_DAY_LIMITS.conditionalRequest,
      clause: ART_21,
      label: 'a request for conditionally shared data',
    };
  }
  return {
    kind: 'answer',
    days: WORKING_DAY_LIMITS.outsideScopeRequest,
    clause: PLAN_34,
    label:
      type === 'conditional'
        ? "a request from outside the catalog's sharing scope"
        : 'a request for data outside the catalog',
  };
}

type Deadline =
  | { track: Extract<Track, { kind: 'answer' }>; deadline: string }
  | { track: Extract<Track, { kind: 'answer' }>; gap: CalendarGap };

/** The last day a request may be answered on, or the calendar gap that keeps it from being known. */
export function deadlineOf(request: SharingRequest, resolution: Resolution): Deadline | undefined {
  const track = trackOf(request, resolution);
  if (track?.kind !== 'answer') return undefined;
  try {
    return { track, deadline: addWorkingDays(request.spec.submittedOn, track.days) };
  } catch (error) {
    if (error instanceof CalendarGap) return { track, gap: error };
    throw error;
  }
}
