import { EXTRA_WAVE_MONTHS } from '../model/milestones';
import type { Demand } from '../stacks/capacity';
import { msg, render, type Message, type MessageId, type MessageValue } from '../document/i18n';

/**
 * The wave planner. Pure: it knows systems as items with a pool, a demand, a declared wave and a
 * deadline, and dependencies as edges, so property tests can draw random graphs and capacities.
 *
 * 1. Backwards over the dependency order, each system's target is its declared wave, pulled earlier
 *    where a dependent's target needs it (a prerequisite one wave before a strict dependent).
 * 2. Forwards over the order, each system goes to the wave nearest its target that is not before its
 *    prerequisites allow and where its pool has room for it (per wave and in all, cpu, memory and storage),
 *    preferring a wave that ends by its deadline, then the nearest, then the earlier.
 * 3. A system that is completed or under way (fixed) stays in its wave whatever the graph says.
 */
export const RESOURCES = ['cpu', 'memoryGiB', 'storageGiB'] as const;
export type Resource = (typeof RESOURCES)[number];
const unit = (resource: Resource): Message => msg('waves.unit', { resource });

/** A move's or a violation's words: its English, and the catalog message the text says in the reader's language. */
function words(id: MessageId, values: Record<string, MessageValue>): { message: string; localized: Message } {
  const localized = msg(id, values);
  return { message: render(localized, 'en'), localized };
}

export interface PlanItem {
  id: number;
  slug: string;
  pool: string;
  demand: Demand;
  declaredWave: number;
  /** YYYY-MM-DD. */
  deadline: string;
  /** Why the system cannot move (its status, as a message); it keeps its declared wave. */
  fixed?: MessageValue;
  /** Its migration is completed: what depends on it need not wait for its wave. */
  done?: boolean;
}

export interface PlanEdge {
  prerequisite: number;
  dependent: number;
  strict: boolean;
  reason: string;
  /** The reason as a catalog message, when it has one. */
  localized?: Message;
}

export interface PlanInput {
  items: readonly PlanItem[];
  edges: readonly PlanEdge[];
  /** End date of each wave, wave 1 first (YYYY-MM-DD); waves after the last one end EXTRA_WAVE_MONTHS apart. */
  waveEnds: readonly string[];
  /** What one wave may move into each pool. */
  perWave: Readonly<Record<string, Demand>>;
  /** What each pool holds in all (the stack's capacity). */
  total: Readonly<Record<string, Demand>>;
  /** The most waves the plan may use (the schema allows 100). */
  maxWaves: number;
}

export type MoveKind = 'kept' | 'fixed' | 'pulled-earlier' | 'after-prerequisite' | 'capacity' | 'late' | 'no-room';

export interface Move {
  kind: MoveKind;
  message: string;
  /** The message as a catalog message: `envcloud waves plan` says it in the reader's language. */
  localized?: Message;
}

export interface Assignment {
  id: number;
  slug: string;
  pool: string;
  declaredWave: number;
  wave: number;
  deadline: string;
  /** The end of its wave is after its deadline. */
  late: boolean;
  moves: Move[];
}

export interface WaveSummary {
  wave: number;
  end: string;
  /** Beyond the plan's own dates. */
  extra: boolean;
  systems: number[];
  /** Demand moved in this wave, per pool. */
  usage: Record<string, Demand>;
}

export interface Violation {
  kind: 'dependency' | 'capacity';
  message: string;
  systems: number[];
  localized?: Message;
}

export interface Plan {
  assignments: Assignment[];
  waves: WaveSummary[];
  violations: Violation[];
  perWave: Readonly<Record<string, Demand>>;
  total: Readonly<Record<string, Demand>>;
}

const EPSILON = 1e-9;

function zero(): Demand {
  return { cpu: 0, memoryGiB: 0, storageGiB: 0 };
}

/** End date of wave `wave` (1-based): the given ends, then EXTRA_WAVE_MONTHS apart after the last. */
export function waveEnd(waveEnds: readonly string[], wave: number): string {
  if (wave <= waveEnds.length) return waveEnds[wave - 1]!;
  const last = waveEnds[waveEnds.length - 1] ?? '2017-12-31';
  const [year, month] = last.split('-').map(Number) as [number, number];
  const months = month + (wave - waveEnds.length) * EXTRA_WAVE_MONTHS;
  const y = year + Math.floor((months - 1) / 12);
  const m = ((months - 1) % 12) + 1;
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fmt(value: number): string {
  return String(Number(value.toFixed(2)));
}

export function planWaves(input: PlanInput): Plan {
  const { items, perWave, total, maxWaves } = input;
  const byId = new Map(items.map((item) => [item.id, item]));
  const edges = input.edges.filter((edge) => byId.has(edge.prerequisite) && byId.has(edge.dependent));
  const into = new Map<number, PlanEdge[]>(items.map((item) => [item.id, []]));
  const outOf = new Map<number, PlanEdge[]>(items.map((item) => [item.id, []]));
  for (const edge of edges) {
    into.get(edge.dependent)!.push(edge);
    outOf.get(edge.prerequisite)!.push(edge);
  }
  const order = orderOf(items, into, outOf);
  const clamp = (wave: number): number => Math.min(maxWaves, Math.max(1, wave));
  const binding = (edge: PlanEdge): boolean => !byId.get(edge.prerequisite)!.done;

  // 1. Targets, backwards: a prerequisite is pulled before its dependents' targets.
  const target = new Map<number, number>();
  const pulledBy = new Map<number, number[]>();
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const item = byId.get(order[i]!)!;
    let wave = clamp(item.declaredWave);
    if (!item.fixed) {
      for (const edge of outOf.get(item.id)!) {
        if (!binding(edge)) continue;
        const needed = target.get(edge.dependent)! - (edge.strict ? 1 : 0);
        if (needed < wave && needed >= 1) {
          wave = needed;
          pulledBy.set(item.id, [...(pulledBy.get(item.id) ?? []), edge.dependent]);
        }
      }
    }
    target.set(item.id, wave);
  }

  // 2. Placement, forwards.
  const used = new Map<number, Record<string, Demand>>();
  const usedIn = (wave: number, pool: string): Demand => {
    let waveUse = used.get(wave);
    if (!waveUse) used.set(wave, (waveUse = {}));
    return (waveUse[pool] ??= zero());
  };
  const cumulative = (pool: string): Demand => {
    const sum = zero();
    for (const waveUse of used.values()) for (const r of RESOURCES) sum[r] += waveUse[pool]?.[r] ?? 0;
    return sum;
  };
  const add = (item: PlanItem, wave: number): void => {
    const use = usedIn(wave, item.pool);
    for (const r of RESOURCES) use[r] += item.demand[r];
  };
  /** The first resource of the pool this item would overfill in `wave`, in words; undefined if it fits. */
  const overfill = (item: PlanItem, wave: number, inAll: Demand): Message | undefined => {
    const cap = perWave[item.pool] ?? zero();
    const all = total[item.pool] ?? zero();
    const use = used.get(wave)?.[item.pool] ?? zero();
    const need = (r: Resource) => ({ slug: item.slug, need: fmt(item.demand[r]) });
    for (const r of RESOURCES) {
      if (item.demand[r] <= 0) continue;
      if (use[r] + item.demand[r] > cap[r] + EPSILON)
        return msg('waves.wave-full', {
          wave,
          pool: item.pool,
          cap: fmt(cap[r]),
          unit: unit(r),
          used: fmt(use[r]),
          ...need(r),
        });
      if (inAll[r] + item.demand[r] > all[r] + EPSILON)
        return msg('waves.pool-full', {
          pool: item.pool,
          all: fmt(all[r]),
          unit: unit(r),
          planned: fmt(inAll[r]),
          ...need(r),
        });
    }
    return undefined;
  };

  const wave = new Map<number, number>();
  const moves = new Map<number, Move[]>(items.map((item) => [item.id, []]));
  const violations: Violation[] = [];
  for (const item of items) {
    if (!item.fixed) continue;
    const w = clamp(item.declaredWave);
    wave.set(item.id, w);
    add(item, w);
    moves.get(item.id)!.push({ kind: 'fixed', ...words('waves.fixed', { fixed: item.fixed!, wave: w }) });
  }
  const ends = (w: number): string => waveEnd(input.waveEnds, w);
  for (const id of order) {
    const item = byId.get(id)!;
    const log = moves.get(id)!;
    if (item.fixed) continue;
    let earliest = 1;
    let earliestBecause: PlanEdge | undefined;
    for (const edge of into.get(id)!) {
      if (!binding(edge)) continue;
      const after = wave.get(edge.prerequisite)! + (edge.strict ? 1 : 0);
      if (after > earliest) {
        earliest = after;
        earliestBecause = edge;
      }
    }
    const pulled = pulledBy.get(id);
    if (pulled && target.get(id)! < item.declaredWave) {
      const names = pulled.map((d) => byId.get(d)!.slug);
      log.push({
        kind: 'pulled-earlier',
        ...words('waves.pulled-earlier', {
          target: target.get(id)!,
          declared: item.declaredWave,
          names: names.slice(0, 3).join(', '),
          more: Math.max(0, names.length - 3),
        }),
      });
    }
    const desired = Math.max(target.get(id)!, earliest);
    if (earliestBecause && earliest > target.get(id)!) {
      log.push({
        kind: 'after-prerequisite',
        ...words('waves.after-prerequisite', {
          earliest,
          reason: earliestBecause.localized ?? earliestBecause.reason,
          prerequisite: byId.get(earliestBecause.prerequisite)!.slug,
          wave: wave.get(earliestBecause.prerequisite)!,
        }),
      });
    }
    const inAll = cumulative(item.pool);
    let chosen: number | undefined;
    let best: [number, number, number] | undefined;
    const refused = new Map<number, Message>();
    for (let w = Math.min(earliest, maxWaves); w <= maxWaves; w += 1) {
      const problem = overfill(item, w, inAll);
      if (problem) {
        refused.set(w, problem);
        continue;
      }
      const score: [number, number, number] = [ends(w) > item.deadline ? 1 : 0, Math.abs(w - desired), w];
      if (
        !best ||
        score[0] < best[0] ||
        (score[0] === best[0] && (score[1] < best[1] || (score[1] === best[1] && score[2] < best[2])))
      ) {
        best = score;
        chosen = w;
      }
    }
    if (chosen === undefined) {
      chosen = clamp(desired);
      const why = refused.get(chosen) ?? msg('waves.no-wave-room');
      log.push({ kind: 'no-room', ...words('waves.no-room', { max: maxWaves, why, wave: chosen }) });
      const { message, localized } = words('waves.fits-nowhere', { slug: item.slug, id, why });
      violations.push({ kind: 'capacity', systems: [id], message, localized });
    } else if (chosen !== desired) {
      const reason =
        refused.get(desired) ??
        (ends(desired) > item.deadline
          ? msg('waves.after-deadline', { wave: desired, end: ends(desired), deadline: item.deadline })
          : msg('waves.not-allowed', { wave: desired }));
      log.push({ kind: 'capacity', ...words('waves.instead', { wave: chosen, desired, reason }) });
    }
    wave.set(id, chosen);
    add(item, chosen);
    if (chosen === item.declaredWave && log.length === 0)
      log.push({ kind: 'kept', ...words('waves.kept', { wave: chosen }) });
    if (ends(chosen) > item.deadline)
      log.push({
        kind: 'late',
        ...words('waves.after-deadline', { wave: chosen, end: ends(chosen), deadline: item.deadline }),
      });
  }

  // Whatever fixed systems break is reported, never hidden.
  for (const edge of edges) {
    if (!binding(edge)) continue;
    const before = wave.get(edge.prerequisite)!;
    const after = wave.get(edge.dependent)!;
    if (after < before + (edge.strict ? 1 : 0)) {
      violations.push({
        kind: 'dependency',
        systems: [edge.prerequisite, edge.dependent],
        ...words('waves.dependency-broken', {
          dependent: byId.get(edge.dependent)!.slug,
          after,
          reason: edge.localized ?? edge.reason,
          prerequisite: byId.get(edge.prerequisite)!.slug,
          before,
        }),
      });
    }
  }
  const waveCount = Math.max(0, ...wave.values());
  const waves: WaveSummary[] = [];
  for (let w = 1; w <= waveCount; w += 1) {
    const usage: Record<string, Demand> = {};
    for (const [pool, demand] of Object.entries(used.get(w) ?? {})) usage[pool] = { ...demand };
    waves.push({
      wave: w,
      end: ends(w),
      extra: w > input.waveEnds.length,
      systems: items
        .filter((item) => wave.get(item.id) === w)
        .map((item) => item.id)
        .sort((a, b) => a - b),
      usage,
    });
    for (const [pool, demand] of Object.entries(usage)) {
      const cap = perWave[pool] ?? zero();
      for (const r of RESOURCES) {
        if (demand[r] > cap[r] + EPSILON)
          violations.push({
            kind: 'capacity',
            systems: waves[w - 1]!.systems.filter((id) => byId.get(id)!.pool === pool),
            ...words('waves.over-capacity', { wave: w, amount: fmt(demand[r]), unit: unit(r), pool, cap: fmt(cap[r]) }),
          });
      }
    }
  }
  const assignments = items
    .map((item) => ({
      id: item.id,
      slug: item.slug,
      pool: item.pool,
      declaredWave: item.declaredWave,
      wave: wave.get(item.id)!,
      deadline: item.deadline,
      late: ends(wave.get(item.id)!) > item.deadline,
      moves: moves.get(item.id)!,
    }))
    .sort((a, b) => a.id - b.id);
  // A single-item capacity violation is also a per-wave one: keep one message per cause.
  const seen = new Set<string>();
  const unique = violations.filter((v) => (seen.has(v.message) ? false : (seen.add(v.message), true)));
  return { assignments, waves, violations: unique, perWave, total };
}

/** Kahn's order, smallest id first; items on a cycle are appended last (buildGraph refuses cycles before this). */
function orderOf(
  items: readonly PlanItem[],
  into: ReadonlyMap<number, readonly PlanEdge[]>,
  outOf: ReadonlyMap<number, readonly PlanEdge[]>,
): number[] {
  const waiting = new Map(items.map((item) => [item.id, into.get(item.id)!.length]));
  const ready = items.filter((item) => waiting.get(item.id) === 0).map((item) => item.id);
  ready.sort((a, b) => b - a);
  const order: number[] = [];
  while (ready.length > 0) {
    const id = ready.pop()!;
    order.push(id);
    for (const edge of outOf.get(id)!) {
      const left = waiting.get(edge.dependent)! - 1;
      waiting.set(edge.dependent, left);
      if (left === 0) {
        // Keep `ready` sorted descending so pop() gives the smallest id.
        let i = ready.length;
        while (i > 0 && ready[i - 1]! < edge.dependent) i -= 1;
        ready.splice(i, 0, edge.dependent);
      }
    }
  }
  if (order.length < items.length) for (const item of items) if (!order.includes(item.id)) order.push(item.id);
  return order;
}
