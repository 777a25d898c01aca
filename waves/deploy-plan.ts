import { existsSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { EnvcloudError, EXIT_FINDINGS } from '../model/errors';
import { selectSystems } from '../stacks/selection';
import { loadStackFile, type StackFile } from '../stacks/stack-file';
import { PreflightError, preflightProblems } from '../stacks/preflight';
import type { ManifestEntry } from '../validation/rules/rule';
import type { DependencyGraph } from './graph';
import type { StackNode } from './orchestrate';
import { namesPlatformStack, waveStackName } from './stack-files';
import { loadProjectFile } from '../stacks/project-file';
import {
  localizedError,
  msg,
  render,
  t,
  untranslated,
  usageError,
  type Language,
  type Message,
} from '../document/i18n';

/** The wave stacks depend on each other in a cycle (a system's prerequisite sits in a later wave, and back). Exit 1. */
export class WaveStackCycleError extends EnvcloudError {
  override readonly name = 'WaveStackCycleError';
  readonly exitCode = EXIT_FINDINGS;
}

/** Which wave stacks each wave's stack depends on, and why (the first edge of the graph that makes it). */
export function waveDependencies(graph: DependencyGraph): Map<number, Map<number, Message>> {
  const waveOf = (n: number) => graph.systems.get(n)!.manifest.spec.schedule.wave;
  const dependencies = new Map<number, Map<number, Message>>();
  for (const system of graph.systems.values()) {
    const wave = waveOf(system.number);
    if (!dependencies.has(wave)) dependencies.set(wave, new Map());
  }
  for (const edge of graph.edges) {
    const from = waveOf(edge.prerequisite);
    const to = waveOf(edge.dependent);
    if (from === to) continue;
    const of = dependencies.get(to)!;
    const file = graph.systems.get(edge.dependent)!.file;
    if (!of.has(from)) of.set(from, msg('deploy.wave-reason', { file, reason: edge.localized ?? edge.reason }));
  }
  return dependencies;
}

export interface DeployNodesOptions {
  /** The platform stack (`prod`); its wave stacks are `<stack>-wave<N>`. */
  stack: string;
  /** `preview` (--preview-only) or `up`. */
  phase: 'preview' | 'up';
  /** Only this wave (--wave N): the platform stack and the waves it depends on are checked, not deployed. */
  wave?: number;
}

/**
 * The stacks of a deploy: the platform stack first, then one stack per declared wave, each depending
 * on the platform stack and on the wave stacks holding the systems its systems depend on (waves/graph.ts).
 * With `wave`, only that wave is deployed; the platform and the waves it depends on are `check`ed.
 */
export function deployNodes(graph: DependencyGraph, options: DeployNodesOptions): StackNode[] {
  const dependencies = waveDependencies(graph);
  const waves = [...dependencies.keys()].sort((a, b) => a - b);
  if (options.wave !== undefined && !dependencies.has(options.wave))
    throw usageError(msg('deploy.no-such-wave', { wave: options.wave, waves: waves.join(', ') }));
  const name = (wave: number) => waveStackName(options.stack, wave);
  const cycle = findWaveCycle(waves, dependencies);
  if (cycle) {
    const text = (lang: Language) =>
      [
        t(lang, 'waves.stack-cycle', { path: cycle.map((w) => name(w)).join(' → ') }),
        ...cycle.slice(1).map((wave, index) => `  ${render(dependencies.get(wave)!.get(cycle[index]!)!, lang)}`),
        t(lang, 'waves.stack-cycle.hint'),
      ].join('\n');
    throw localizedError((english) => new WaveStackCycleError(english), untranslated(text('en'), text('zh')));
  }
  let selected = waves;
  if (options.wave !== undefined) {
    const needed = new Set<number>();
    const add = (wave: number) => {
      if (needed.has(wave)) return;
      needed.add(wave);
      for (const prerequisite of dependencies.get(wave)!.keys()) add(prerequisite);
    };
    add(options.wave);
    selected = waves.filter((wave) => needed.has(wave));
  }
  const platform: StackNode = {
    name: options.stack,
    phase: options.wave === undefined ? options.phase : 'check',
    dependsOn: [],
  };
  return [
    platform,
    ...selected.map((wave) => {
      const of = dependencies.get(wave)!;
      const said: Record<string, Message> = {
        [options.stack]: msg('deploy.platform-reason'),
        ...Object.fromEntries([...of].map(([prerequisite, reason]) => [name(prerequisite), reason])),
      };
      return {
        name: name(wave),
        wave,
        phase: options.wave === undefined || options.wave === wave ? options.phase : ('check' as const),
        dependsOn: [options.stack, ...[...of.keys()].sort((a, b) => a - b).map(name)],
        reasons: Object.fromEntries(Object.entries(said).map(([stack, reason]) => [stack, render(reason, 'en')])),
        said,
      };
    }),
  ];
}

/** A cycle among the waves, as the waves on it with the first repeated at the end; undefined when none. */
function findWaveCycle(
  waves: readonly number[],
  dependencies: Map<number, Map<number, Message>>,
): number[] | undefined {
  const state = new Map<number, 'visiting' | 'done'>();
  const path: number[] = [];
  const visit = (wave: number): number[] | undefined => {
    if (state.get(wave) === 'done') return undefined;
    if (state.get(wave) === 'visiting') return [...path.slice(path.indexOf(wave)), wave];
    state.set(wave, 'visiting');
    path.push(wave);
    for (const prerequisite of [...dependencies.get(wave)!.keys()].sort((a, b) => a - b)) {
      const found = visit(prerequisite);
      if (found) return found;
    }
    path.pop();
    state.set(wave, 'done');
    return undefined;
  };
  for (const wave of waves) {
    const found = visit(wave);
    // Written prerequisite first: each wave on it waits for the one before it.
    if (found) return found.reverse();
  }
  return undefined;
}

/** The wave stack files of `stack`: Pulumi.<stack>-wave<N>.yaml. */
function waveFilePattern(stack: string): RegExp {
  return new RegExp(`^Pulumi\\.${stack.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-wave\\d+\\.yaml$`);
}

/**
 * The platform stack's file, when its systems can be deployed in wave stacks: not a systems-only stack
 * itself, and on AWS (a kubeconfig wave stack is refused, stacks/config.ts). Usage errors (exit 2), said
 * before the Pulumi CLI is looked for and before the wave files are.
 */
export function deployablePlatform(root: string, stack: string): StackFile {
  const platformFile = loadStackFile(root, stack);
  if (platformFile.platform.platformStack) throw usageError(msg('deploy.systems-only', { file: platformFile.file }));
  if (platformFile.platform.mode === 'kubeconfig')
    throw usageError(msg('deploy.kubeconfig-platform', { stack, file: platformFile.file }));
  return platformFile;
}

/**
 * Checks the stack files a deploy runs before anything starts: each wave stack's file exists (written
 * by `envcloud waves stacks`), loads, selects its wave and names the platform stack as
 * `envcloud:platformStack` with the platform's pools, centers and mode; and the platform stack deploys
 * no system a wave stack deploys (the two would own the same Kubernetes objects). Usage errors (exit 2).
 * The systems of every wave stack file and the platform's own must fit the platform's pools together
 * (a PreflightError, exit 1).
 */
export function checkDeployStackFiles(
  root: string,
  nodes: readonly StackNode[],
  stack: string,
  entries: readonly ManifestEntry[],
): void {
  const regenerate = msg('deploy.regenerate', { stack });
  const platformFile = deployablePlatform(root, stack);
  const project = loadProjectFile(root).project?.name ?? 'envcloud';
  const waveSystems = new Set<number>();
  const waveConfigs: { file: string; platform: ReturnType<typeof loadStackFile>['platform'] }[] = [];
  for (const node of nodes) {
    if (node.wave === undefined) continue;
    const file = `Pulumi.${node.name}.yaml`;
    if (!existsSync(join(root, file)))
      throw usageError(msg('deploy.no-stack-file', { file, wave: node.wave, regenerate }));
    const { platform } = loadStackFile(root, node.name);
    const platformStack = platform.platformStack;
    if (!namesPlatformStack(platformStack, project, stack))
      throw usageError(msg('deploy.wrong-platform', { file, platform: platformStack ?? 'none', stack, regenerate }));
    const waves = platform.systems?.waves;
    if (!waves || waves.length !== 1 || waves[0] !== node.wave)
      throw usageError(msg('deploy.wave-not-alone', { file, wave: node.wave, regenerate }));
    for (const entry of selectSystems(entries, platform.systems)) waveSystems.add(entry.manifest.metadata.number);
    waveConfigs.push({ file, platform });
  }
  const platform = platformFile;
  // Every wave stack file of the platform, run now or not (`--wave 3` checked wave 3 alone): together they
  // fill its pools.
  const named = new Set(waveConfigs.map((wave) => wave.file));
  const waveFile = waveFilePattern(stack);
  for (const file of readdirSync(root).filter((name) => waveFile.test(name) && !named.has(name))) {
    const other = loadStackFile(root, file.slice('Pulumi.'.length, -'.yaml'.length)).platform;
    if (!namesPlatformStack(other.platformStack, project, stack)) continue;
    for (const entry of selectSystems(entries, other.systems)) waveSystems.add(entry.manifest.metadata.number);
    waveConfigs.push({ file, platform: other });
  }
  // A wave stack runs on the platform stack's pools and centers: a hand-edited file giving itself 1,000
  // cores passed its own preflight on a platform of 32. Compared as values: keys written in another
  // order are the same config.
  for (const wave of waveConfigs)
    for (const key of ['pools', 'centers', 'mode'] as const)
      if (!isDeepStrictEqual(wave.platform[key], platform.platform[key]))
        throw usageError(
          msg('deploy.wave-differs', { file: wave.file, key: `envcloud:${key}`, platform: platform.file, regenerate }),
        );
  // Every wave's systems share the platform's pools: each wave stack judged only its own against them all.
  const ownSystems = new Set(
    selectSystems(entries, platform.platform.systems).map((entry) => entry.manifest.metadata.number),
  );
  const onPlatform = entries.filter(
    ({ manifest }) => waveSystems.has(manifest.metadata.number) || ownSystems.has(manifest.metadata.number),
  );
  const capacity = preflightProblems(
    onPlatform.map((entry) => entry.manifest),
    platform.platform,
  ).filter((problem) => problem.ruleId === 'pool-capacity');
  if (capacity.length > 0) throw new PreflightError(capacity, { stackFile: platform });
  const both = [...ownSystems].filter((number) => waveSystems.has(number));
  if (both.length > 0)
    throw usageError(
      msg('deploy.both-stacks', {
        file: platform.file,
        count: both.length,
        numbers: `${both.slice(0, 8).join(', ')}${both.length > 8 ? ', …' : ''}`,
        setting: '{ numbers: [] }',
      }),
    );
}
