import { label } from '../components/resource-facts';
import type { Registration } from './mocks';
import { redactInputs } from './redact';

/** A resource in plan.json: the registration without the mock-only detail. */
export type PlanResource = Omit<Registration, 'custom'>;

export interface Plan {
  /** Always true: this plan comes from mocked providers, not from a cloud. */
  offline: true;
  stack: string;
  resources: PlanResource[];
}

export function toPlan(stack: string, registrations: readonly Registration[]): Plan {
  return {
    offline: true,
    stack,
    resources: [...registrations]
      .sort((a, b) => a.urn.localeCompare(b.urn))
      .map(
        ({
          urn,
          type,
          name,
          parent,
          provider,
          protect,
          retainOnDelete,
          dependencies,
          aliases,
          typeAliases,
          inputs,
        }) => ({
          urn,
          type,
          name,
          ...(parent ? { parent } : {}),
          ...(provider ? { provider } : {}),
          protect,
          retainOnDelete,
          dependencies: [...dependencies].sort(),
          ...(aliases?.length ? { aliases: [...aliases] } : {}),
          ...(typeAliases?.length ? { typeAliases: [...typeAliases] } : {}),
          inputs: redactInputs(type, inputs),
        }),
      ),
  };
}

/**
 * plan.json, exactly as `JSON.stringify(plan, null, 2)` writes it, one resource at a time: a plan of
 * 5,000 systems is about 230 million characters, too much to build as one string.
 */
export function* planJson(plan: Plan): Generator<string> {
  yield `{\n  "offline": ${JSON.stringify(plan.offline)},\n  "stack": ${JSON.stringify(plan.stack)},\n  "resources": [`;
  for (const [index, resource] of plan.resources.entries()) {
    yield `${index === 0 ? '' : ','}\n    ${JSON.stringify(resource, null, 2).replace(/\n/g, '\n    ')}`;
  }
  yield plan.resources.length > 0 ? '\n  ]\n}\n' : ']\n}\n';
}

/**
 * Length of the longest chain of "must exist before" edges (parent, explicit and input dependencies,
 * provider): the number of sequential steps a deployment needs. It must not grow with the number of systems.
 */
export function graphDepth(resources: readonly PlanResource[]): number {
  const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (urn: string): number => {
    const known = depth.get(urn);
    if (known !== undefined) return known;
    const resource = byUrn.get(urn);
    if (!resource || visiting.has(urn)) return 0;
    visiting.add(urn);
    const before = [...resource.dependencies, ...(resource.parent ? [resource.parent] : [])];
    const providerUrn = resource.provider;
    if (providerUrn) before.push(providerUrn);
    // A loop, not Math.max(...): spreading passes each element as an argument, and large arrays overflow the stack.
    let deepest = 0;
    for (const urn of before) deepest = Math.max(deepest, depthOf(urn));
    const value = 1 + deepest;
    visiting.delete(urn);
    depth.set(urn, value);
    return value;
  };
  let deepest = 0;
  for (const resource of resources) deepest = Math.max(deepest, depthOf(resource.urn));
  return deepest;
}

/** Which center a resource belongs to: the first part of its provider's name (`primary-k8s`, `primary-objects`). */
export function centerOf(resource: PlanResource, resources: ReadonlyMap<string, PlanResource>): string {
  let current: PlanResource | undefined = resource;
  while (current) {
    if (current.provider)
      return current.provider
        .split('::')
        .pop()!
        .replace(/-(k8s|aws|objects)$/, '');
    if (current.type.startsWith('pulumi:providers:')) return current.name.replace(/-(k8s|aws|objects)$/, '');
    current = current.parent ? resources.get(current.parent) : undefined;
  }
  return '(component)';
}

export interface PlanSummary {
  total: number;
  byType: Record<string, number>;
  byCenter: Record<string, number>;
  /** Resources of each type in each center: `byTypeAndCenter[type][center]`. */
  byTypeAndCenter: Record<string, Record<string, number>>;
  byPool: Record<string, number>;
  bySystem: Record<string, number>;
  depth: number;
  protected: number;
}

function count(into: Record<string, number>, key: string): void {
  into[key] = (into[key] ?? 0) + 1;
}

export function summarize(plan: Plan): PlanSummary {
  const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
  const summary: PlanSummary = {
    total: plan.resources.length,
    byType: {},
    byCenter: {},
    byTypeAndCenter: {},
    byPool: {},
    bySystem: {},
    depth: graphDepth(plan.resources),
    protected: 0,
  };
  for (const resource of plan.resources) {
    count(summary.byType, resource.type);
    const center = centerOf(resource, byUrn);
    count(summary.byCenter, center);
    count((summary.byTypeAndCenter[resource.type] ??= {}), center);
    const pool = label(resource.inputs, 'pool');
    const system = label(resource.inputs, 'system');
    if (pool) count(summary.byPool, pool);
    if (system) count(summary.bySystem, system);
    if (resource.protect) summary.protected++;
  }
  return summary;
}
