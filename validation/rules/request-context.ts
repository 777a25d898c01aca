// What the sharing-request rules (./requests.ts, ./request-dates.ts) and the sharing report read of a request:
// the resource it names, resolved against the catalog of the manifests read, the answer it is owed by
// when, and the means to write a rule over requests (`requestRule`, `perRequest`).
import { addWorkingDays, CalendarGap, knownPastCalendar } from '../../model/calendar';
import type { SharingRequest } from '../../model/sharing-request.generated';
import { parseCatalogCode } from '../../model/catalog-code';
import { WORKING_DAY_LIMITS } from '../../model/sharing';
import type { FieldLocator, FieldPathSegments } from '../../document/locate';
import { msg, type Localized, type Message } from '../../document/i18n';
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

/** A rule over all the requests at once. */
export function requestRule(info: RuleInfo, check: RequestRule['check']): RequestRule {
  return { ...info, check };
}

/** Each request once: the catalog and the track are worked out once per request for every rule. */
export function perRequest(
  info: RuleInfo,
  checkOne: (
    entry: RequestEntry,
    resolution: Resolution,
    context: RequestContext,
    report: (violation: Omit<RequestViolation, 'entry'>) => void,
  ) => void,
): RequestRule {
  return requestRule(info, (entries, context, report) => {
    for (const entry of entries)
      checkOne(entry, resolveResource(entry.request, context), context, (violation) => report({ entry, ...violation }));
  });
}

/**
 * How a request is to be answered, from the resource's sharing type and who asks: `asked` says which
 * request it is and `clause` where its time limit is set (both as the catalog's rule.answer-within-deadline.* read them).
 */
export type Track =
  | { kind: 'direct' }
  | { kind: 'not-shared' }
  | {
      kind: 'answer';
      days: number;
      clause: 'art21' | 'art23' | 'plan34';
      asked: 'conditional' | 'external' | 'outsideScope' | 'outsideCatalog';
    };

/** The resource a request names: in the catalog, outside it (a system's data not listed), or not found. */
export type Resolution =
  | { kind: 'catalog'; entry: CatalogEntry }
  | { kind: 'outside-catalog'; owner: ManifestEntry<ManifestSummary> }
  | { kind: 'unknown'; path: FieldPathSegments; message: Message; hint: Message };

export function resolveResource(request: SharingRequest, context: RequestContext): Resolution {
  const { resource } = request.spec;
  if (resource.catalogCode !== undefined) return resolveCode(resource.catalogCode, resource, context);
  if (resource.system === undefined || resource.name === undefined) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource'],
      message: msg('rule.request-known-parties.no-resource'),
      hint: msg('rule.request-known-parties.no-resource.hint'),
    };
  }
  const owner = context.systems.get(resource.system);
  if (!owner) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource', 'system'],
      message: msg('rule.request-known-parties.unknown-system', { number: resource.system }),
      hint: msg('rule.request-known-parties.unknown-provider.hint'),
    };
  }
  const wanted = foldForComparison(resource.name);
  const index = (owner.manifest.spec.dataResources ?? []).findIndex(
    (candidate) => foldForComparison(candidate.name) === wanted,
  );
  if (index < 0) return { kind: 'outside-catalog', owner };
  const found = owner.manifest.spec.dataResources![index]!;
  // Catalogued after the request was submitted: it asked for data outside the catalog, and is judged so
  // (plan §三(一).4). Judged against today's catalog, a 2017 request answered in time became late when
  // its data was catalogued years later.
  if (found.publishedOn > request.spec.submittedOn) return { kind: 'outside-catalog', owner };
  return { kind: 'catalog', entry: { owner, index, resource: found } };
}

/** A resource named by its catalog code; a `system` or `name` given beside it must agree with the catalog. */
export function resolveCode(
  code: string,
  resource: SharingRequest['spec']['resource'],
  context: RequestContext,
): Resolution {
  const path: FieldPathSegments = ['spec', 'resource', 'catalogCode'];
  const entry = context.catalog.get(code);
  if (!entry) {
    const parts = parseCatalogCode(code);
    const owner = parts ? context.systems.get(parts.systemNumber) : undefined;
    const listed = (owner?.manifest.spec.dataResources ?? []).map((candidate) =>
      msg('rule.request-known-parties.listed-resource', { code: candidate.catalogCode, name: candidate.name }),
    );
    return {
      kind: 'unknown',
      path,
      message: msg('rule.request-known-parties.unknown-code', { code }),
      hint: owner
        ? msg('rule.request-known-parties.unknown-code.hint-listed', {
            number: owner.manifest.metadata.number,
            name: owner.manifest.metadata.name,
            listed:
              listed.length > 0
                ? listed.reduce((first, second) => msg('text.join', { first, second }))
                : msg('rule.request-known-parties.listed-none'),
          })
        : msg('rule.request-known-parties.unknown-code.hint'),
    };
  }
  const { number, name } = entry.owner.manifest.metadata;
  if (resource.system !== undefined && resource.system !== number) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource', 'system'],
      message: msg('rule.request-known-parties.other-system', { code, number, name, system: resource.system }),
      hint: msg('rule.request-known-parties.other-system.hint', { number }),
    };
  }
  if (resource.name !== undefined && foldForComparison(resource.name) !== foldForComparison(entry.resource.name)) {
    return {
      kind: 'unknown',
      path: ['spec', 'resource', 'name'],
      message: msg('rule.request-known-parties.other-name', {
        code,
        catalogName: entry.resource.name,
        name: resource.name,
      }),
      hint: msg('rule.request-known-parties.other-name.hint'),
    };
  }
  return { kind: 'catalog', entry };
}

/** The answer a request is owed, and in how many working days (model/sharing.ts). */
export function trackOf(request: SharingRequest, resolution: Resolution): Track | undefined {
  if (resolution.kind === 'unknown') return undefined;
  const type = resolution.kind === 'catalog' ? resolution.entry.resource.sharing.type : undefined;
  if (type === 'unconditional') return { kind: 'direct' };
  if (request.spec.requester.external === true)
    return {
      kind: 'answer',
      days: WORKING_DAY_LIMITS.externalRequest,
      // Sharing rules art. 23(四).
      clause: 'art23',
      asked: 'external',
    };
  if (type === 'not-shared') return { kind: 'not-shared' };
  if (type === 'conditional' && request.spec.withinScope !== false) {
    return {
      kind: 'answer',
      days: WORKING_DAY_LIMITS.conditionalRequest,
      // Sharing rules art. 21.
      clause: 'art21',
      asked: 'conditional',
    };
  }
  return {
    kind: 'answer',
    days: WORKING_DAY_LIMITS.outsideScopeRequest,
    // Plan §三(一).4.
    clause: 'plan34',
    asked: type === 'conditional' ? 'outsideScope' : 'outsideCatalog',
  };
}

type Deadline =
  | { track: Extract<Track, { kind: 'answer' }>; deadline: string }
  /**
   * The deadline is past the calendar; `answeredInTime` when the answer came within the limit all the same,
   * `pending` when none came by an as-of day in the calendar (knownPastCalendar).
   */
  | { track: Extract<Track, { kind: 'answer' }>; gap: CalendarGap; answeredInTime?: true; pending?: true };

/** The last day a request may be answered on, or the calendar gap that keeps it from being known. */
export function deadlineOf(request: SharingRequest, resolution: Resolution, asOf?: string): Deadline | undefined {
  const track = trackOf(request, resolution);
  if (track?.kind !== 'answer') return undefined;
  try {
    return { track, deadline: addWorkingDays(request.spec.submittedOn, track.days) };
  } catch (error) {
    if (!(error instanceof CalendarGap)) throw error;
    // Answered in time, or still pending on a day the calendar covers: known whatever the days after it are.
    const known = knownPastCalendar(request.spec.submittedOn, track.days, request.spec.answer?.answeredOn, asOf);
    if (known === 'answered-in-time') return { track, gap: error, answeredInTime: true };
    if (known === 'pending') return { track, gap: error, pending: true };
    return { track, gap: error };
  }
}
