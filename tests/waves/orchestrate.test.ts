import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageOf, render } from '../../document/i18n';
import { outcomeText } from '../../cli/commands/deploy';
import { PreflightError } from '../../stacks/preflight';
import { appendJsonLog } from '../../waves/deploy-state';
import fc from 'fast-check';
import { orchestrate, type DeployEvent, type StackNode, type StackRunner } from '../../waves/orchestrate';
import { deployNodes } from '../../waves/deploy-plan';
import type { DependencyGraph, Edge, GraphSystem } from '../../waves/graph';

/**
 * A fake runner: each stack takes `ticks[name]` turns of the event loop and fails when listed in
 * `failing`. It records what ran at once and what each stack's dependencies were when it started.
 */
function fakeRunner(nodes: readonly StackNode[], ticks: Record<string, number>, failing: ReadonlySet<string>) {
  const finished = new Map<string, 'succeeded' | 'failed'>();
  const started: string[] = [];
  const violations: string[] = [];
  let running = 0;
  let most = 0;
  const byName = new Map(nodes.map((node) => [node.name, node]));
  const runner: StackRunner = {
    async run(node) {
      started.push(node.name);
      for (const dependency of byName.get(node.name)!.dependsOn)
        if (finished.get(dependency) !== 'succeeded') violations.push(`${node.name} started before ${dependency}`);
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < (ticks[node.name] ?? 1); i += 1) await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      const result = failing.has(node.name) ? 'failed' : 'succeeded';
      finished.set(node.name, result);
      if (result === 'failed') throw new Error(`${node.name} broke`);
      return { summary: `${node.name} ran` };
    },
  };
  return { runner, started, violations, most: () => most };
}

const node = (name: string, dependsOn: string[] = []): StackNode => ({ name, phase: 'up', dependsOn });

describe('orchestrate: the deploy scheduler with a fake runner', () => {
  const platformAndWaves = [
    node('prod'),
    node('prod-wave1', ['prod']),
    node('prod-wave2', ['prod', 'prod-wave1']),
    node('prod-wave3', ['prod']),
  ];

  it('runs the platform stack first, then the waves in dependency order, independent ones at once', async () => {
    const fake = fakeRunner(platformAndWaves, { 'prod-wave1': 5, 'prod-wave3': 5 }, new Set());
    const outcomes = await orchestrate(platformAndWaves, fake.runner, { parallel: 4 });
    expect(outcomes.map((o) => o.result)).toEqual(['succeeded', 'succeeded', 'succeeded', 'succeeded']);
    expect(fake.started[0]).toBe('prod');
    expect(fake.started.indexOf('prod-wave2')).toBeGreaterThan(fake.started.indexOf('prod-wave1'));
    expect(fake.violations).toEqual([]);
    expect(fake.most()).toBe(2); // wave 1 and wave 3 together
  });

  it('keeps to --parallel', async () => {
    const wide = [node('p'), ...Array.from({ length: 6 }, (_, i) => node(`w${i}`, ['p']))];
    const fake = fakeRunner(wide, {}, new Set());
    await orchestrate(wide, fake.runner, { parallel: 2 });
    expect(fake.most()).toBe(2);
  });

  it('when one stack fails, the others it does not depend on finish and its dependents are skipped with the reason', async () => {
    const fake = fakeRunner(platformAndWaves, { 'prod-wave3': 4 }, new Set(['prod-wave1']));
    const events: DeployEvent[] = [];
    const outcomes = await orchestrate(platformAndWaves, fake.runner, {
      parallel: 4,
      onEvent: (event) => events.push(event),
    });
    const by = Object.fromEntries(outcomes.map((o) => [o.stack, o]));
    expect(by['prod-wave1']).toMatchObject({ result: 'failed', error: 'prod-wave1 broke' });
    expect(by['prod-wave3']!.result).toBe('succeeded');
    expect(by['prod-wave2']).toMatchObject({ result: 'skipped' });
    expect(by['prod-wave2']!.reason).toContain('depends on prod-wave1');
    expect(by['prod-wave2']!.reason).toContain('failed');
    expect(fake.started).not.toContain('prod-wave2');
    expect(events.filter((e) => e.event === 'skip').map((e) => e.stack)).toEqual(['prod-wave2']);
  });

  // A failed wave's preflight was said in English under `deploy --lang zh`: the deploy kept only its message.
  it('keeps a failure’s catalog message for the terminal, and only its English for the state and the JSON log', async () => {
    const refusal = new PreflightError([
      { ruleId: 'pool-capacity', message: 'pool central is full', hint: 'raise its capacity' },
    ]);
    const runner: StackRunner = {
      run: (n) => (n.name === 'w' ? Promise.reject(refusal) : Promise.resolve({ summary: 'ok' })),
    };
    const events: DeployEvent[] = [];
    const outcomes = await orchestrate([node('p'), node('w', ['p'])], runner, {
      parallel: 1,
      onEvent: (event) => events.push(event),
    });
    const failed = outcomes.find((o) => o.stack === 'w')!;
    expect(failed.error).toBe(refusal.message);
    expect(outcomeText(failed, 'zh')).toContain('该栈无法部署（部署前检查）：');
    expect(outcomeText(failed, 'en')).toBe(refusal.message);
    // A runner's plain error has no catalog message: read back as before.
    expect(outcomeText({ error: 'pulumi: exit 255' }, 'zh')).toBe('pulumi: exit 255');
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-orchestrate-'));
    try {
      const log = join(dir, 'deploy.jsonl');
      for (const event of events) appendJsonLog(log, event, true);
      const logged = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logged.find((e) => e.event === 'end' && e.stack === 'w')).toEqual(
        expect.objectContaining({ result: 'failed', error: refusal.message }),
      );
      expect(logged.some((e) => 'said' in e)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a failed platform stack skips every wave, naming the chain', async () => {
    const fake = fakeRunner(platformAndWaves, {}, new Set(['prod']));
    const outcomes = await orchestrate(platformAndWaves, fake.runner, { parallel: 4 });
    expect(outcomes.map((o) => o.result)).toEqual(['failed', 'skipped', 'skipped', 'skipped']);
    expect(fake.started).toEqual(['prod']);
  });

  it('resumes: stacks that succeeded before are not run again and count as succeeded for their dependents', async () => {
    const fake = fakeRunner(platformAndWaves, {}, new Set());
    const outcomes = await orchestrate(platformAndWaves, fake.runner, {
      parallel: 4,
      done: new Set(['prod', 'prod-wave1']),
    });
    expect(outcomes.map((o) => o.result)).toEqual(['resumed', 'resumed', 'succeeded', 'succeeded']);
    expect(fake.started.sort()).toEqual(['prod-wave2', 'prod-wave3']);
  });

  it('takes the runner’s own limit (the offline engine runs one stack at a time)', async () => {
    const fake = fakeRunner(platformAndWaves, {}, new Set());
    await orchestrate(platformAndWaves, { ...fake.runner, maxParallel: 1 }, { parallel: 4 });
    expect(fake.most()).toBe(1);
  });

  it('refuses nodes that are not a DAG', () => {
    expect(() =>
      orchestrate([node('a', ['b']), node('b', ['a'])], fakeRunner([], {}, new Set()).runner, { parallel: 1 }),
    ).toThrow(/cycle/);
  });

  it('on random DAGs, failures and limits: no stack starts before its dependencies succeeded, never more than the limit at once (fast-check, seed 1515)', async () => {
    const arbitraryCase = fc.integer({ min: 1, max: 12 }).chain((size) =>
      fc.record({
        deps: fc.array(fc.array(fc.nat({ max: Math.max(0, size - 1) }), { maxLength: 3 }), {
          minLength: size,
          maxLength: size,
        }),
        ticks: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: size, maxLength: size }),
        failing: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
        parallel: fc.integer({ min: 1, max: 5 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(arbitraryCase, async ({ deps, ticks, failing, parallel }) => {
        // Each stack depends only on earlier ones: a DAG.
        const nodes = deps.map((of, i) =>
          node(
            `s${i}`,
            [...new Set(of.filter((j) => j < i))].map((j) => `s${j}`),
          ),
        );
        const failingSet = new Set(nodes.filter((_, i) => failing[i] && i % 3 === 0).map((n) => n.name));
        const fake = fakeRunner(nodes, Object.fromEntries(nodes.map((n, i) => [n.name, ticks[i]!])), failingSet);
        const outcomes = await orchestrate(nodes, fake.runner, { parallel });
        expect(fake.violations).toEqual([]);
        expect(fake.most()).toBeLessThanOrEqual(parallel);
        const result = new Map(outcomes.map((o) => [o.stack, o.result]));
        for (const n of nodes) {
          const blocked = n.dependsOn.some((d) => result.get(d) !== 'succeeded');
          expect([n.name, result.get(n.name)]).toEqual([
            n.name,
            blocked ? 'skipped' : failingSet.has(n.name) ? 'failed' : 'succeeded',
          ]);
        }
      }),
      { seed: 1515, numRuns: 100 },
    );
  });
});

describe('deployNodes: the stacks of a deploy from the dependency graph', () => {
  /** A graph of systems by wave, with edges prerequisite → dependent. */
  function graph(waves: Record<number, number>, edges: [number, number][]): DependencyGraph {
    const systems = new Map<number, GraphSystem>(
      Object.entries(waves).map(([n, wave]) => [
        Number(n),
        {
          number: Number(n),
          slug: `s${n}`,
          file: `manifests/s${n}.yaml`,
          manifest: { spec: { schedule: { wave } } } as unknown as GraphSystem['manifest'],
        },
      ]),
    );
    const list: Edge[] = edges.map(([prerequisite, dependent]) => ({
      prerequisite,
      dependent,
      kind: 'data',
      strict: true,
      reason: `s${dependent} uses data of s${prerequisite}`,
      path: [],
    }));
    return { systems, edges: list, platformNeeds: [], prerequisitesOf: new Map(), dependentsOf: new Map(), order: [] };
  }

  it('puts the platform first and a wave after the waves holding its prerequisites', () => {
    const nodes = deployNodes(
      graph({ 1: 1, 2: 2, 3: 3, 4: 2 }, [
        [1, 2],
        [4, 2],
      ]),
      { stack: 'prod', phase: 'up' },
    );
    expect(nodes.map((n) => [n.name, n.phase, n.dependsOn])).toEqual([
      ['prod', 'up', []],
      ['prod-wave1', 'up', ['prod']],
      ['prod-wave2', 'up', ['prod', 'prod-wave1']],
      ['prod-wave3', 'up', ['prod']],
    ]);
    expect(nodes[2]!.reasons!['prod-wave1']).toContain('s2 uses data of s1');
  });

  it('--wave N: the platform and the waves N depends on are checked, only N is deployed', () => {
    const g = graph({ 1: 1, 2: 2, 3: 3 }, [[1, 2]]);
    expect(deployNodes(g, { stack: 'prod', phase: 'up', wave: 2 }).map((n) => [n.name, n.phase])).toEqual([
      ['prod', 'check'],
      ['prod-wave1', 'check'],
      ['prod-wave2', 'up'],
    ]);
    expect(deployNodes(g, { stack: 'prod', phase: 'preview', wave: 3 }).map((n) => [n.name, n.phase])).toEqual([
      ['prod', 'check'],
      ['prod-wave3', 'preview'],
    ]);
    expect(() => deployNodes(g, { stack: 'prod', phase: 'up', wave: 9 })).toThrow(/no manifest declares wave 9/);
  });

  it('refuses wave stacks that depend on each other in a cycle (exit 1), naming the manifests', () => {
    const error = (() => {
      try {
        deployNodes(
          graph({ 1: 1, 2: 2 }, [
            [1, 2],
            [2, 1],
          ]),
          { stack: 'prod', phase: 'up' },
        );
      } catch (caught) {
        return caught as Error & { exitCode: number };
      }
      throw new Error('no error');
    })();
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain('prod-wave1 → prod-wave2 → prod-wave1');
    expect(error.message).toContain('manifests/s2.yaml');
    const zh = render(messageOf(error), 'zh');
    expect(zh).toContain('各批次的栈相互依赖成环（prod-wave1 → prod-wave2 → prod-wave1）：不存在部署顺序');
    expect(zh).toContain('提示：`envcloud waves plan --write` 会把系统移到符合其依赖关系的批次中');
  });
});
