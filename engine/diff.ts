import { isDeepStrictEqual } from 'node:util';
import { namespaceOf, systemSlugOf } from '../components/resource-facts';
import { STATEFUL_TYPES } from '../model/stateful';
import { placeholderRenamer } from './fake-state';
import type { Plan, PlanResource } from './plan';
import { replacingChanges } from './replace-triggers';

export type ChangeKind = 'create' | 'update' | 'replace' | 'delete' | 'same';

/** What happens to the data of a data-bearing resource that is deleted or replaced. */
export type DataVerdict =
  /** Gone: nothing in the new plan keeps it. */
  | 'data-loss'
  /** Retired only after its system's archive: the new plan holds a protected archive volume for it. */
  | 'archived';

export interface Change {
  kind: ChangeKind;
  urn: string;
  type: string;
  name: string;
  /** The URN the resource had in the baseline, when an alias moved it (a renamed system). */
  movedFrom?: string;
  /** Input fields that differ (dotted paths), for updates and replacements. */
  fields?: string[];
  /** The changed fields (or the provider) that force the replacement. */
  replaceBecause?: string[];
  /** The system the resource belongs to (its label or tag), where it says. */
  system?: string;
  dataBearing: boolean;
  data?: DataVerdict;
  /** For archived data: the archive that keeps it. */
  archive?: string;
}

export interface PlanDiff {
  baselineStack: string;
  stack: string;
  counts: Record<ChangeKind, number>;
  /** Resources found under another URN through an alias (renames), whatever else changed. */
  moved: number;
  /** Every change but `same`, deletes last, each group by URN. */
  changes: Change[];
  dataLoss: Change[];
}

const ARCHIVE_NAMESPACE = 'resource-center';
const PVC = 'kubernetes:core/v1:PersistentVolumeClaim';

/** Protected, kept-on-delete archive volumes in the resource center, by the system they archive. */
function archivesBySystem(plan: Plan): Map<string, PlanResource> {
  const archives = new Map<string, PlanResource>();
  for (const resource of plan.resources) {
    const system = systemSlugOf(resource.inputs);
    if (
      resource.type === PVC &&
      namespaceOf(resource.inputs) === ARCHIVE_NAMESPACE &&
      resource.protect &&
      resource.retainOnDelete &&
      system
    )
      archives.set(system, resource);
  }
  return archives;
}

/** What every change says of its resource, whichever plan it comes from. */
function describe(resource: PlanResource): Pick<Change, 'urn' | 'type' | 'name' | 'dataBearing' | 'system'> {
  const system = systemSlugOf(resource.inputs);
  return {
    urn: resource.urn,
    type: resource.type,
    name: resource.name,
    dataBearing: STATEFUL_TYPES.includes(resource.type),
    ...(system ? { system } : {}),
  };
}

function withName(urn: string, name: string): string {
  return `${urn.slice(0, urn.lastIndexOf('::') + 2)}${name}`;
}

/**
 * The names each resource answered to before: its own aliases, and those it inherits from a renamed
 * parent when its name starts with the parent's (what the Pulumi engine derives for children).
 */
export function formerNames(plan: Plan): Map<string, string[]> {
  const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
  const names = new Map<string, string[]>();
  const namesOf = (resource: PlanResource, seen: Set<string>): string[] => {
    const known = names.get(resource.urn);
    if (known) return known;
    const own = resource.aliases ?? [];
    const parent = resource.parent ? byUrn.get(resource.parent) : undefined;
    const inherited: string[] = [];
    if (parent && !seen.has(parent.urn)) {
      seen.add(resource.urn);
      for (const parentName of namesOf(parent, seen)) {
        for (const name of [resource.name, ...own]) {
          if (name.startsWith(parent.name)) inherited.push(`${parentName}${name.slice(parent.name.length)}`);
        }
      }
    }
    const all = [...new Set([...own, ...inherited])].filter((name) => name !== resource.name);
    names.set(resource.urn, all);
    return all;
  };
  for (const resource of plan.resources) namesOf(resource, new Set());
  return names;
}

/** Paths (as segments) where two input trees differ; objects are compared key by key, anything else whole. */
export function changedPaths(before: unknown, after: unknown, path: string[] = []): string[][] {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changedPaths(before[key], after[key], [...path, key]));
  }
  return isDeepStrictEqual(before, after) ? [] : [path];
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  return value;
}

function dataVerdict(
  resource: PlanResource,
  archives: Map<string, PlanResource>,
  kind: 'delete' | 'replace',
): Pick<Change, 'data' | 'archive'> {
  const system = systemSlugOf(resource.inputs);
  const archive = system ? archives.get(system) : undefined;
  // A replacement creates an empty resource: no archive makes that safe. An archive volume is never its own archive.
  if (kind === 'delete' && archive && archive.urn !== resource.urn) return { data: 'archived', archive: archive.urn };
  return { data: 'data-loss' };
}

/**
 * Compares a new plan with a baseline the way `pulumi preview` compares a program with its state:
 * resources match by URN or through their aliases; unmatched new ones are created, unmatched old ones
 * deleted; a change to a field the provider cannot update in place (or to the provider) replaces.
 */
export function diffPlans(baseline: Plan, plan: Plan): PlanDiff {
  const old = new Map(baseline.resources.map((resource) => [resource.urn, resource]));
  const matched = new Map<string, PlanResource>();
  const taken = new Set<string>();
  const former = formerNames(plan);
  for (const resource of plan.resources) {
    const candidates = [resource.urn, ...(former.get(resource.urn) ?? []).map((name) => withName(resource.urn, name))];
    const match = candidates.find((urn) => old.has(urn) && !taken.has(urn));
    if (match) {
      matched.set(resource.urn, old.get(match)!);
      taken.add(match);
    }
  }
  // Components have no provider outputs, and their names equal slugs that real data (the record) carries.
  const renames = new Map<string, string>();
  for (const resource of plan.resources) {
    const before = matched.get(resource.urn);
    if (before && before.name !== resource.name && !resource.type.startsWith('envcloud:'))
      renames.set(resource.name, before.name);
  }
  const asDeployed = renames.size > 0 ? placeholderRenamer(renames) : undefined;
  const oldUrnOf = (urn: string | undefined) => (urn ? (matched.get(urn)?.urn ?? urn) : undefined);
  const archives = archivesBySystem(plan);
  const changes: Change[] = [];
  const counts: Record<ChangeKind, number> = { create: 0, update: 0, replace: 0, delete: 0, same: 0 };
  let moved = 0;
  const record = (change: Change) => {
    counts[change.kind]++;
    if (change.kind !== 'same') changes.push(change);
  };

  for (const resource of plan.resources) {
    const base = describe(resource);
    const before = matched.get(resource.urn);
    if (!before) {
      record({ kind: 'create', ...base });
      continue;
    }
    const movedFrom = before.urn !== resource.urn ? { movedFrom: before.urn } : {};
    if (before.urn !== resource.urn) moved++;
    const paths = changedPaths(before.inputs, asDeployed ? mapStrings(resource.inputs, asDeployed) : resource.inputs);
    const fields = paths.map((path) => path.join('.'));
    if (before.protect !== resource.protect) fields.push('(protect)');
    const providerChanged = oldUrnOf(resource.provider) !== before.provider;
    const replaceBecause = [...replacingChanges(resource.type, paths), ...(providerChanged ? ['(provider)'] : [])];
    if (replaceBecause.length > 0) {
      record({
        kind: 'replace',
        ...base,
        ...movedFrom,
        fields,
        replaceBecause,
        ...(base.dataBearing ? dataVerdict(before, archives, 'replace') : {}),
      });
    } else {
      record({
        kind: fields.length > 0 ? 'update' : 'same',
        ...base,
        ...movedFrom,
        ...(fields.length > 0 ? { fields } : {}),
      });
    }
  }
  for (const resource of baseline.resources) {
    if (taken.has(resource.urn)) continue;
    const base = describe(resource);
    record({ kind: 'delete', ...base, ...(base.dataBearing ? dataVerdict(resource, archives, 'delete') : {}) });
  }
  return {
    baselineStack: baseline.stack,
    stack: plan.stack,
    counts,
    moved,
    changes,
    dataLoss: changes.filter((change) => change.data === 'data-loss'),
  };
}
