import { BUSINESS_SYSTEM_NAMES, type SystemMigration } from '../model/domain';
import { EnvcloudError, EXIT_FINDINGS } from '../model/errors';
import { PLATFORM_SERVICE_SYSTEMS } from '../model/milestones';
import { managingUnits } from '../model/units';
import type { FieldPathSegments } from '../document/locate';
import {
  msg,
  render,
  t,
  untranslated,
  type Language,
  type Message,
  type MessageId,
  type MessageValue,
} from '../document/i18n';
import type { ManifestEntry } from '../validation/rules/rule';

/**
 * The dependency graph of the systems, from what the manifests declare today:
 *
 * - a merged system after (or with) its business system's platform pieces: the business system's
 *   namespace, built by the platform stack, or the manifest of a system bearing the business system's name;
 * - a data consumer (a system holding a data resource another unit provides) after the provider's
 *   system that onboards that resource, unless it is onboarded already;
 * - portal integrations after the portal (built by the platform stack; its own Annex 3 date);
 * - a decommission after its archive exists: the archive is written into the resource center's storage,
 *   built by the platform stack, before the system is retired (the runbook orders the two);
 * - website-cluster sites after the cluster, Annex 1 no. 178 (PLATFORM_SERVICE_SYSTEMS), when it is in the set.
 *
 * Sharing grants (#9) are not read: none exist yet.
 */
export type EdgeKind = 'business-system' | 'data' | 'portal' | 'archive' | 'website-cluster';

/** `dependent` comes after `prerequisite`: in a later wave when `strict`, else in the same wave or later. */
export interface Edge {
  prerequisite: number;
  dependent: number;
  kind: EdgeKind;
  strict: boolean;
  /** Why, in words, naming both systems. */
  reason: string;
  /** The reason as a catalog message, said in the reader's language. */
  localized?: Message;
  /** The field of the dependent's manifest that makes the edge (for located errors). */
  path: FieldPathSegments;
}

/** A need met by the platform stack, which is deployed before wave 1. */
export interface PlatformNeed {
  system: number;
  kind: EdgeKind;
  /** What the platform stack must have built, in both languages (a runbook's Chinese half said it in English). */
  piece: { zh: string; en: string };
  reason: string;
}

export interface GraphSystem {
  number: number;
  slug: string;
  file: string;
  manifest: SystemMigration;
}

export interface DependencyGraph {
  systems: ReadonlyMap<number, GraphSystem>;
  edges: readonly Edge[];
  platformNeeds: readonly PlatformNeed[];
  /** Edges into each system (its prerequisites). */
  prerequisitesOf: ReadonlyMap<number, readonly Edge[]>;
  /** Edges out of each system (its dependents). */
  dependentsOf: ReadonlyMap<number, readonly Edge[]>;
  /** Every system, prerequisites before dependents; ties by number. */
  order: readonly number[];
}

export interface CycleMember {
  file: string;
  slug: string;
  number: number;
  line: number;
  column: number;
  /** The edge into this member from the previous one on the cycle. */
  reason: string;
  /** The reason as a catalog message, when the edge has one. */
  localized?: Message;
}

function cycleText(members: readonly CycleMember[], lang: Language): string {
  const path = [...members.map((m) => m.slug), members[0]!.slug].join(' → ');
  return [
    t(lang, 'waves.cycle', { count: String(members.length), path }),
    ...members.map((m) =>
      t(lang, 'waves.cycle.member', {
        at: `${m.file}:${m.line}:${m.column}`,
        reason: m.localized ? render(m.localized, lang) : m.reason,
      }),
    ),
    t(lang, 'waves.cycle.hint'),
  ].join('\n');
}

/** The manifests' dependencies form a cycle: no order of waves satisfies them. Exit 1, located at each member. */
export class DependencyCycleError extends EnvcloudError {
  override readonly name = 'DependencyCycleError';
  readonly exitCode = EXIT_FINDINGS;
  constructor(readonly members: readonly CycleMember[]) {
    super(cycleText(members, 'en'));
    // Several lines, each said in the reader's language: the Chinese text is the fallback of the English.
    this.localized = untranslated(this.message, cycleText(members, 'zh'));
  }
}

/** Whether a system's migration is done, so that what depends on it need not wait for its wave. */
export function isDone(manifest: SystemMigration): boolean {
  return manifest.spec.schedule.status === 'completed';
}

/** Builds the graph; a cycle is a DependencyCycleError naming the manifests on it. */
export function buildGraph(entries: readonly ManifestEntry[]): DependencyGraph {
  const systems = new Map<number, GraphSystem>();
  for (const entry of entries) {
    const { number, slug } = entry.manifest.metadata;
    systems.set(number, { number, slug, file: entry.file, manifest: entry.manifest });
  }
  const locators = new Map(entries.map((entry) => [entry.manifest.metadata.number, entry]));
  const edges: Edge[] = [];
  const platformNeeds: PlatformNeed[] = [];
  const said = (system: GraphSystem): Message => msg('graph.system', { slug: system.slug, number: system.number });
  /** The English `reason` of an edge and its catalog message. */
  const because = (id: MessageId, values: Record<string, MessageValue>) => {
    const localized = msg(id, values);
    return { reason: render(localized, 'en'), localized };
  };

  // Providers of each named data resource: unit + name → systems onboarding it.
  const providers = new Map<string, GraphSystem[]>();
  const byBusinessSystemName = new Map<string, GraphSystem>();
  for (const system of systems.values()) {
    const units = managingUnits(system.manifest.metadata.managingUnit);
    if (system.manifest.spec.integration.resourceCenter.onboard) {
      for (const resource of system.manifest.spec.dataResources ?? []) {
        if (!units.includes(resource.providingUnit)) continue;
        const key = `${resource.providingUnit}\u0000${resource.name}`;
        providers.set(key, [...(providers.get(key) ?? []), system]);
      }
    }
    if (system.manifest.spec.disposition.outcome !== 'merge')
      byBusinessSystemName.set(system.manifest.metadata.name, system);
  }
  const cluster = systems.get(PLATFORM_SERVICE_SYSTEMS['website-cluster']);

  for (const system of systems.values()) {
    const { spec } = system.manifest;
    const { outcome, businessSystem } = spec.disposition;
    if (outcome === 'merge' && businessSystem) {
      const name = BUSINESS_SYSTEM_NAMES[businessSystem];
      const core = byBusinessSystemName.get(name);
      if (core && core.number !== system.number) {
        edges.push({
          prerequisite: core.number,
          dependent: system.number,
          kind: 'business-system',
          strict: false,
          path: ['spec', 'disposition', 'businessSystem'],
          ...because('graph.merged', { system: said(system), name, core: said(core) }),
        });
      } else {
        platformNeeds.push({
          system: system.number,
          kind: 'business-system',
          piece: { zh: `业务系统“${name}”`, en: `business system ${businessSystem} (${name})` },
          reason: `merged into ${name}: its namespace is built by the platform stack`,
        });
      }
    }
    const units = managingUnits(system.manifest.metadata.managingUnit);
    (spec.dataResources ?? []).forEach((resource, index) => {
      if (units.includes(resource.providingUnit)) return;
      for (const provider of providers.get(`${resource.providingUnit}\u0000${resource.name}`) ?? []) {
        if (provider.number === system.number || provider.manifest.spec.integration.resourceCenter.alreadyOnboarded)
          continue;
        edges.push({
          prerequisite: provider.number,
          dependent: system.number,
          kind: 'data',
          strict: true,
          path: ['spec', 'dataResources', index, 'providingUnit'],
          ...because('graph.uses-data', {
            system: said(system),
            resource: resource.name,
            unit: resource.providingUnit,
            provider: said(provider),
          }),
        });
      }
    });
    const { extranetPortal, internetPortal } = spec.integration;
    if (extranetPortal.connect && !extranetPortal.alreadyConnected)
      platformNeeds.push({
        system: system.number,
        kind: 'portal',
        piece: { zh: '生态环境外网业务管理门户', en: 'extranet business portal' },
        reason: 'connects to the extranet business portal, built by the platform stack',
      });
    if (internetPortal?.connect && !internetPortal.alreadyConnected)
      platformNeeds.push({
        system: system.number,
        kind: 'portal',
        piece: { zh: '生态环境互联网政务服务门户', en: 'internet service portal' },
        reason: 'connects to the internet service portal, built by the platform stack',
      });
    if (outcome === 'decommission')
      platformNeeds.push({
        system: system.number,
        kind: 'archive',
        piece: { zh: '环境信息资源中心的归档存储', en: 'resource center archive storage' },
        reason:
          'retired only after its archive exists in the resource center (archive storage built by the platform stack)',
      });
    if (outcome === 'website-cluster' && !spec.integration.websiteCluster.alreadyInCluster) {
      if (cluster && cluster.number !== system.number) {
        edges.push({
          prerequisite: cluster.number,
          dependent: system.number,
          kind: 'website-cluster',
          strict: true,
          path: ['spec', 'disposition', 'outcome'],
          ...because('graph.website', { system: said(system), cluster: said(cluster) }),
        });
      } else {
        platformNeeds.push({
          system: system.number,
          kind: 'website-cluster',
          piece: { zh: '部网站群', en: 'website cluster' },
          reason: 'moves its site into the website cluster namespace, built by the platform stack',
        });
      }
    }
  }

  const prerequisitesOf = new Map<number, Edge[]>();
  const dependentsOf = new Map<number, Edge[]>();
  for (const number of systems.keys()) {
    prerequisitesOf.set(number, []);
    dependentsOf.set(number, []);
  }
  for (const edge of edges) {
    prerequisitesOf.get(edge.dependent)!.push(edge);
    dependentsOf.get(edge.prerequisite)!.push(edge);
  }
  const order = topologicalOrder([...systems.keys()], prerequisitesOf, dependentsOf);
  if (order.length < systems.size) {
    const cycle = findCycle(new Set([...systems.keys()].filter((n) => !order.includes(n))), dependentsOf);
    // Each member is located in its own manifest, at the field that makes it depend on the previous one.
    throw new DependencyCycleError(
      cycle.map((edge) => {
        const member = locators.get(edge.dependent)!;
        const { line, column } = member.locator.locate(edge.path);
        return {
          file: member.file,
          slug: member.manifest.metadata.slug,
          number: edge.dependent,
          line,
          column,
          reason: edge.reason,
          ...(edge.localized ? { localized: edge.localized } : {}),
        };
      }),
    );
  }
  return { systems, edges, platformNeeds, prerequisitesOf, dependentsOf, order };
}

/** Kahn's algorithm with the smallest number first among the ready systems; leaves out systems on or after a cycle. */
export function topologicalOrder(
  nodes: readonly number[],
  prerequisitesOf: ReadonlyMap<number, readonly Edge[]>,
  dependentsOf: ReadonlyMap<number, readonly Edge[]>,
): number[] {
  const waiting = new Map(nodes.map((n) => [n, prerequisitesOf.get(n)?.length ?? 0]));
  const ready = new MinHeap();
  for (const [n, count] of waiting) if (count === 0) ready.push(n);
  const order: number[] = [];
  while (ready.size > 0) {
    const n = ready.pop();
    order.push(n);
    for (const edge of dependentsOf.get(n) ?? []) {
      const left = waiting.get(edge.dependent)! - 1;
      waiting.set(edge.dependent, left);
      if (left === 0) ready.push(edge.dependent);
    }
  }
  return order;
}

/** One cycle among `remaining` (systems Kahn's algorithm could not order), as its edges in order. */
function findCycle(remaining: ReadonlySet<number>, dependentsOf: ReadonlyMap<number, readonly Edge[]>): Edge[] {
  // Every remaining node is on a cycle or after one; walking backwards is not needed: follow edges
  // inside `remaining` from the smallest node until a node repeats.
  const start = Math.min(...remaining);
  const onPath = new Map<number, number>();
  const path: Edge[] = [];
  const visited = new Set<number>();
  const visit = (n: number): Edge[] | undefined => {
    onPath.set(n, path.length);
    visited.add(n);
    for (const edge of [...(dependentsOf.get(n) ?? [])].sort((a, b) => a.dependent - b.dependent)) {
      if (!remaining.has(edge.dependent)) continue;
      if (onPath.has(edge.dependent)) return [...path.slice(onPath.get(edge.dependent)!), edge];
      if (visited.has(edge.dependent)) continue;
      path.push(edge);
      const found = visit(edge.dependent);
      if (found) return found;
      path.pop();
    }
    onPath.delete(n);
    return undefined;
  };
  for (const n of [start, ...[...remaining].sort((a, b) => a - b)]) {
    if (visited.has(n)) continue;
    const found = visit(n);
    if (found) return found;
  }
  throw new Error('findCycle: no cycle among the systems left unordered');
}

/** A binary min-heap of numbers. */
export class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]! <= value) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = value;
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        if (items[child]! >= last) break;
        items[i] = items[child]!;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}
