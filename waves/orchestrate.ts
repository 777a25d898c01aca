/**
 * The deploy orchestration of `envcloud deploy`, with no I/O of its own: a DAG of stacks (the platform
 * stack, then the wave stacks), run by a `StackRunner` with at most `parallel` stacks at a time. A stack
 * starts only when every stack it depends on has succeeded (or succeeded in an earlier run: resumed);
 * when one fails, the stacks that do not depend on it run on, and those that do are skipped, each with
 * the reason. The real runner (Pulumi Automation API) and the offline runner (the offline engine) plug in.
 */
import { isMessage, msg, render, type Message } from '../document/i18n';

/** What a stack is asked to do: `check` verifies what is there (it deploys nothing), `preview` and `up` as Pulumi's. */
export type DeployPhase = 'check' | 'preview' | 'up';

export interface StackNode {
  /** The Pulumi stack name (`prod`, `prod-wave2`). */
  name: string;
  phase: DeployPhase;
  /** The stacks that must succeed first. */
  dependsOn: readonly string[];
  /** The wave the stack holds; none for the platform stack. */
  wave?: number;
  /** Why it depends on each stack it depends on, in words. */
  reasons?: Readonly<Record<string, string>>;
  /** The same reasons as catalog messages, which `deploy --list` says in the reader's language. */
  said?: Readonly<Record<string, Message>>;
}

/** What a runner says about a stack it ran: one line for the terminal and the log. */
export interface StackRunSummary {
  summary: string;
}

export interface StackRunner {
  /** The most stacks this runner can run at once (the offline engine runs one: Pulumi's mocks are process-wide). */
  readonly maxParallel?: number;
  /** Runs one stack; a rejection is the stack's failure, its message the error. `output` is a line of progress. */
  run(node: StackNode, output: (line: string) => void): Promise<StackRunSummary>;
}

export type StackResult = 'succeeded' | 'failed' | 'skipped' | 'resumed';

export interface StackOutcome {
  stack: string;
  phase: DeployPhase;
  wave?: number;
  result: StackResult;
  /** ISO times, for the stacks that ran. */
  start?: string;
  end?: string;
  error?: string;
  /**
   * The error as a catalog message, when the runner's was made from one (a failed preflight): the terminal
   * says it in the reader's language. The deploy state and the JSON log keep `error`, its English.
   */
  said?: Message;
  /** Why a stack was skipped or resumed. */
  reason?: string;
  summary?: string;
}

/** One line of the deploy's JSON log: a stack started, ended, or was skipped or resumed without running. */
export type DeployEvent =
  | { event: 'start'; stack: string; phase: DeployPhase; wave?: number; start: string }
  | ({ event: 'end' } & StackOutcome & { result: 'succeeded' | 'failed'; start: string; end: string })
  | ({ event: 'skip' } & StackOutcome & { result: 'skipped' | 'resumed'; reason: string });

export interface OrchestrateOptions {
  /** At most this many stacks run at once (at least 1). */
  parallel: number;
  /** Stacks that succeeded in an earlier run with the same phase: not run again (`--resume`). */
  done?: ReadonlySet<string>;
  onEvent?: (event: DeployEvent) => void;
  /** A line of a stack's progress. */
  onOutput?: (stack: string, line: string) => void;
  now?: () => Date;
}

/** The nodes do not form a DAG over known names: a bug of whoever built them (deploy-plan.ts refuses cycles first). */
export function checkNodes(nodes: readonly StackNode[]): void {
  const names = new Set<string>();
  for (const node of nodes) {
    if (names.has(node.name)) throw new Error(`orchestrate: stack ${node.name} is listed twice`);
    names.add(node.name);
  }
  for (const node of nodes)
    for (const dependency of node.dependsOn)
      if (!names.has(dependency))
        throw new Error(`orchestrate: ${node.name} depends on ${dependency}, which is not a stack of the run`);
  const state = new Map<string, 'visiting' | 'done'>();
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const visit = (name: string, path: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting')
      throw new Error(`orchestrate: the stacks depend on each other in a cycle: ${[...path, name].join(' → ')}`);
    state.set(name, 'visiting');
    for (const dependency of byName.get(name)!.dependsOn) visit(dependency, [...path, name]);
    state.set(name, 'done');
  };
  for (const node of nodes) visit(node.name, []);
}

/**
 * Runs the stacks in dependency order, `parallel` (and the runner's `maxParallel`) at a time, in the
 * order given among those ready. Never rejects for a stack's failure: each stack's outcome is returned,
 * in the order given.
 */
export function orchestrate(
  nodes: readonly StackNode[],
  runner: StackRunner,
  options: OrchestrateOptions,
): Promise<StackOutcome[]> {
  checkNodes(nodes);
  const limit = Math.max(1, Math.min(Math.floor(options.parallel), runner.maxParallel ?? Number.POSITIVE_INFINITY));
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const outcomes = new Map<string, StackOutcome>();
  const pending = new Set(nodes.map((node) => node.name));
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const base = (node: StackNode) => ({
    stack: node.name,
    phase: node.phase,
    ...(node.wave !== undefined ? { wave: node.wave } : {}),
  });
  const skip = (node: StackNode, result: 'skipped' | 'resumed', reason: string) => {
    pending.delete(node.name);
    const outcome = { ...base(node), result, reason };
    outcomes.set(node.name, outcome);
    options.onEvent?.({ event: 'skip', ...outcome });
  };
  for (const node of nodes)
    if (options.done?.has(node.name)) skip(node, 'resumed', render(msg('deploy.resumed', { phase: node.phase }), 'en'));

  return new Promise((resolve) => {
    let running = 0;
    const succeeded = (name: string) => ['succeeded', 'resumed'].includes(outcomes.get(name)?.result ?? '');
    const pump = (): void => {
      // Failure propagates before anything new starts: a dependent of a failed stack never starts.
      for (let changed = true; changed;) {
        changed = false;
        for (const name of pending) {
          const node = byName.get(name)!;
          const blocker = node.dependsOn.find((d) => ['failed', 'skipped'].includes(outcomes.get(d)?.result ?? ''));
          if (blocker === undefined) continue;
          const blocked = outcomes.get(blocker)!;
          const why = node.reasons?.[blocker];
          const failed = blocked.result === 'failed';
          const id = `deploy.blocked-${failed ? 'failed' : 'skipped'}${why ? '-why' : ''}` as const;
          const values = { blocker, ...(why ? { why } : {}), ...(failed ? {} : { reason: blocked.reason ?? '' }) };
          skip(node, 'skipped', render(msg(id, values), 'en'));
          changed = true;
        }
      }
      for (const name of [...pending]) {
        if (running >= limit) break;
        const node = byName.get(name)!;
        if (!node.dependsOn.every(succeeded)) continue;
        pending.delete(name);
        running += 1;
        start(node);
      }
      if (running === 0 && pending.size === 0) resolve(nodes.map((node) => outcomes.get(node.name)!));
    };
    const start = (node: StackNode): void => {
      const started = now();
      options.onEvent?.({ event: 'start', ...base(node), start: started });
      let attempt: Promise<StackRunSummary>;
      try {
        attempt = runner.run(node, (line) => options.onOutput?.(node.name, line));
      } catch (error) {
        attempt = Promise.reject(error as Error);
      }
      attempt.then(
        (summary) => finish(node, started, { result: 'succeeded', summary: summary.summary }),
        (error: unknown) => {
          const localized = (error as { localized?: unknown } | undefined)?.localized;
          const message = error instanceof Error ? error.message : String(error);
          finish(node, started, {
            result: 'failed',
            error: message,
            ...(isMessage(localized) ? { said: localized } : {}),
          });
        },
      );
    };
    const finish = (
      node: StackNode,
      started: string,
      result: { result: 'succeeded'; summary: string } | { result: 'failed'; error: string; said?: Message },
    ): void => {
      const outcome = { ...base(node), start: started, end: now(), ...result };
      outcomes.set(node.name, outcome);
      running -= 1;
      options.onEvent?.({ event: 'end', ...outcome });
      pump();
    };
    pump();
  });
}
