import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Pool } from '../model/domain';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { STATE_NAMES, UNDER_WAY } from '../model/migration-states';
import { PLAN_WAVE_ENDS } from '../model/milestones';
import { poolOf, systemDemand, type Demand } from '../stacks/capacity';
import type { PoolCapacity } from '../stacks/config';
import { yamlLib } from '../document/yaml-lib';
import { localizedError, msg, untranslated, type Message } from '../document/i18n';
import type { ManifestEntry } from '../validation/rules/rule';
import { buildGraph, type DependencyGraph } from './graph';
import { planWaves, RESOURCES, type Plan, type PlanInput, type PlanItem } from './plan';

export interface ManifestPlanOptions {
  /** Each pool's capacity, from the stack config. */
  pools: Readonly<Record<Pool, PoolCapacity>>;
  /** The share of each pool's capacity one wave may move (0 < share ≤ 1). */
  waveShare: number;
  waveEnds?: readonly string[];
  maxWaves?: number;
}

/** The planner's input for the manifests: their graph, demand, declared waves and deadlines. */
export function planInputOf(graph: DependencyGraph, options: ManifestPlanOptions): PlanInput {
  const items: PlanItem[] = [];
  for (const number of graph.order) {
    const { manifest } = graph.systems.get(number)!;
    const { status, wave, deadline } = manifest.spec.schedule;
    items.push({
      id: number,
      slug: manifest.metadata.slug,
      pool: poolOf(manifest),
      demand: systemDemand(manifest),
      declaredWave: wave,
      deadline,
      // Said in the reader's language: `waves plan --lang zh` printed “status completed：保持在第 1 批”.
      ...(UNDER_WAY.includes(status)
        ? { fixed: untranslated(`status ${status}`, `状态为${STATE_NAMES.zh[status]}`) }
        : {}),
      ...(status === 'completed' ? { done: true } : {}),
    });
  }
  const perWave: Record<string, Demand> = {};
  const total: Record<string, Demand> = {};
  for (const [pool, capacity] of Object.entries(options.pools)) {
    total[pool] = { cpu: capacity.cpu, memoryGiB: capacity.memoryGiB, storageGiB: capacity.storageGiB };
    perWave[pool] = Object.fromEntries(RESOURCES.map((r) => [r, capacity[r] * options.waveShare])) as unknown as Demand;
  }
  return {
    items,
    edges: graph.edges,
    waveEnds: options.waveEnds ?? PLAN_WAVE_ENDS,
    perWave,
    total,
    maxWaves: options.maxWaves ?? 12,
  };
}

export function planManifests(
  entries: readonly ManifestEntry[],
  options: ManifestPlanOptions,
): { graph: DependencyGraph; plan: Plan } {
  const graph = buildGraph(entries);
  return { graph, plan: planWaves(planInputOf(graph, options)) };
}

/** A manifest's wave could not be written without changing more than that one value. */
export class WaveWriteError extends EnvcloudError {
  override readonly name = 'WaveWriteError';
  readonly exitCode = EXIT_USAGE;
}

function waveWriteError(message: Message): WaveWriteError {
  return localizedError((english) => new WaveWriteError(english), message);
}

/**
 * The text of a manifest with `spec.schedule.wave` set to `wave` and every other byte as it was,
 * comments included. The yaml library's Document API finds the value's node and its source range; only
 * that range is replaced, and the result is parsed again to check that the one value changed and no
 * other did.
 */
export function withWave(text: string, wave: number, file = 'manifest'): string {
  const { parseDocument, isScalar } = yamlLib();
  const document = parseDocument(text, { keepSourceTokens: true, logLevel: 'error' });
  const node = document.getIn(['spec', 'schedule', 'wave'], true);
  if (!isScalar(node) || !node.range || typeof node.value !== 'number')
    throw waveWriteError(msg('usage.waves.not-a-number', { file }));
  const [start, end] = node.range;
  const written = text.slice(start, end);
  if (!/^[0-9]+$/.test(written)) throw waveWriteError(msg('usage.waves.not-digits', { file, written }));
  const result = `${text.slice(0, start)}${wave}${text.slice(end)}`;
  // The check: the new document is the old one with that one value set through the Document API.
  const expected = parseDocument(text, { logLevel: 'error' });
  expected.setIn(['spec', 'schedule', 'wave'], wave);
  const reparsed = parseDocument(result, { logLevel: 'error' });
  if (reparsed.errors.length > 0 || !isDeepStrictEqual(reparsed.toJS(), expected.toJS()))
    throw waveWriteError(msg('usage.waves.more-than-wave', { file, wave: String(wave) }));
  if (result.slice(0, start) !== text.slice(0, start) || result.slice(start + String(wave).length) !== text.slice(end))
    throw waveWriteError(msg('usage.waves.other-bytes', { file, wave: String(wave) }));
  return result;
}

/** The files to rewrite for a plan: each manifest whose wave changes, with its new text. */
export function waveEdits(
  graph: DependencyGraph,
  plan: Plan,
  cwd: string,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): { file: string; from: number; to: number; text: string }[] {
  const edits: { file: string; from: number; to: number; text: string }[] = [];
  for (const assignment of plan.assignments) {
    if (assignment.wave === assignment.declaredWave) continue;
    const { file } = graph.systems.get(assignment.id)!;
    const path = file.startsWith('/') ? file : `${cwd}/${file}`;
    edits.push({
      file,
      from: assignment.declaredWave,
      to: assignment.wave,
      text: withWave(read(path), assignment.wave, file),
    });
  }
  return edits;
}
