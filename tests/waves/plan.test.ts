import { messageOf, render } from '../../document/i18n';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SystemMigration } from '../../model/domain';
import { loadStackFile } from '../../stacks/stack-file';
import { validatePaths } from '../../validation/validate';
import { buildGraph, DependencyCycleError } from '../../waves/graph';
import { planManifests, withWave } from '../../waves/manifests';
import { planWaves, waveEnd, type PlanEdge, type PlanItem } from '../../waves/plan';
import { planText } from '../../waves/report';
import { root } from '../support/cli';
import { clone, entryOf, happyManifest } from '../support/manifests';

/** The shipped manifests, loaded as `envcloud waves plan` loads them. */
async function shipped() {
  const report = await validatePaths([join(root, 'manifests')], { cwd: root });
  expect(report.errors).toBe(0);
  return report.manifests;
}

/** Demand of one manifest, computed here from the manifest's own fields (not through stacks/capacity.ts). */
function demandOf(manifest: SystemMigration): { pool: string; cpu: number; memoryGiB: number; storageGiB: number } {
  const p = manifest.spec.placement;
  let cpu = 0;
  let memoryGiB = 0;
  for (const w of p?.workloads ?? []) {
    cpu += w.replicas * (w.cpu.endsWith('m') ? Number(w.cpu.slice(0, -1)) / 1000 : Number(w.cpu));
    memoryGiB +=
      w.replicas * (w.memory.endsWith('Gi') ? Number(w.memory.slice(0, -2)) : Number(w.memory.slice(0, -2)) / 1024);
  }
  let storageGiB =
    (p?.database?.sizeGiB ?? 0) + (p?.website?.contentSizeGiB ?? 0) + (manifest.spec.archive?.sizeGiB ?? 0);
  for (const v of [...(p?.storage?.object ?? []), ...(p?.storage?.block ?? [])]) storageGiB += v.sizeGiB;
  return { pool: p?.pool ?? 'central', cpu, memoryGiB, storageGiB };
}

describe('waves plan on the 182 shipped manifests (prod pools, 10% per wave)', () => {
  let result: ReturnType<typeof planManifests>;
  let manifests: SystemMigration[];
  beforeAll(async () => {
    const entries = await shipped();
    manifests = entries.map((e) => e.manifest);
    result = planManifests(entries, { pools: loadStackFile(root, 'prod').platform.pools, waveShare: 0.1 });
  });

  it('names each pool in Chinese in the Chinese plan, and by its config id in the English one', () => {
    const zh = planText(result.plan, result.graph, { stack: 'prod', waveShare: 0.1 }, 'zh');
    expect(zh).toMatch(/\n {2}中心资源池：CPU /);
    expect(zh).not.toMatch(/\n {2}(central|nuclear-safety|environmental-monitoring|satellite-remote-sensing)/);
    expect(planText(result.plan, result.graph, { stack: 'prod', waveShare: 0.1 }, 'en')).toMatch(/\n {2}central: /);
  });

  // No. 176 is completed: its reason to stay was “status completed” in the Chinese plan too.
  it('says why a system under way stays in its wave in the reader’s language', () => {
    const zh = planText(result.plan, result.graph, { stack: 'prod', waveShare: 0.1 }, 'zh');
    expect(zh).toContain('状态为已完成：保持在第 1 批');
    expect(zh).not.toContain('status completed');
    expect(planText(result.plan, result.graph, { stack: 'prod', waveShare: 0.1 }, 'en')).toContain(
      'status completed: stays in wave 1',
    );
  });

  it('gives every system one wave and reports no violation', () => {
    expect(result.plan.assignments).toHaveLength(182);
    expect(result.plan.violations).toEqual([]);
    expect(result.plan.waves.map((w) => w.systems.length)).toEqual([54, 91, 37]);
  });

  it('is checked independently: every website-cluster site after no. 178, and no pool over its room in any wave', () => {
    const waveOf = new Map(result.plan.assignments.map((a) => [a.id, a.wave]));
    const sites = manifests.filter(
      (m) => m.spec.disposition.outcome === 'website-cluster' && !m.spec.integration.websiteCluster.alreadyInCluster,
    );
    expect(sites.length).toBe(21);
    for (const site of sites) expect(waveOf.get(site.metadata.number)!).toBeGreaterThan(waveOf.get(178)!);
    // Every edge of the graph, whatever its kind.
    for (const edge of result.graph.edges)
      expect(waveOf.get(edge.dependent)! - waveOf.get(edge.prerequisite)!).toBeGreaterThanOrEqual(edge.strict ? 1 : 0);
    const pools = loadStackFile(root, 'prod').platform.pools as Record<
      string,
      { cpu: number; memoryGiB: number; storageGiB: number }
    >;
    const use = new Map<string, { cpu: number; memoryGiB: number; storageGiB: number }>();
    for (const m of manifests) {
      const d = demandOf(m);
      const key = `${waveOf.get(m.metadata.number)}/${d.pool}`;
      const sum = use.get(key) ?? { cpu: 0, memoryGiB: 0, storageGiB: 0 };
      sum.cpu += d.cpu;
      sum.memoryGiB += d.memoryGiB;
      sum.storageGiB += d.storageGiB;
      use.set(key, sum);
    }
    for (const [key, sum] of use) {
      const pool = pools[key.split('/')[1]!]!;
      expect(sum.cpu).toBeLessThanOrEqual(pool.cpu * 0.1 + 1e-9);
      expect(sum.memoryGiB).toBeLessThanOrEqual(pool.memoryGiB * 0.1 + 1e-9);
      expect(sum.storageGiB).toBeLessThanOrEqual(pool.storageGiB * 0.1 + 1e-9);
    }
  });

  it('explains each move: the cluster pulled before its sites, the others moved for room, and keeps deadlines', () => {
    const cluster = result.plan.assignments.find((a) => a.id === 178)!;
    expect(cluster).toMatchObject({ declaredWave: 2, wave: 1 });
    expect(cluster.moves.map((m) => m.kind)).toContain('pulled-earlier');
    const moved = result.plan.assignments.filter((a) => a.wave !== a.declaredWave);
    for (const a of moved) expect(a.moves.some((m) => m.kind === 'pulled-earlier' || m.kind === 'capacity')).toBe(true);
    expect(result.plan.assignments.filter((a) => a.late)).toEqual([]);
  });

  it('keeps every declared wave that is feasible when the pools have room', async () => {
    const { plan } = planManifests(await shipped(), {
      pools: loadStackFile(root, 'prod').platform.pools,
      waveShare: 1,
    });
    expect(plan.assignments.filter((a) => a.wave !== a.declaredWave).map((a) => a.id)).toEqual([178]);
  });
});

describe('the dependency graph', () => {
  it('refuses a cycle, naming and locating each manifest on it', () => {
    const a = happyManifest({ number: 901, name: '甲系统', managingUnit: '水环境管理司' });
    const b = clone(happyManifest({ number: 902, name: '乙系统', managingUnit: '大气环境管理司' }));
    a.spec.dataResources = [
      { ...a.spec.dataResources![0]!, name: '甲数据', providingUnit: '水环境管理司' },
      { ...a.spec.dataResources![0]!, name: '乙数据', providingUnit: '大气环境管理司' },
    ];
    b.spec.dataResources = [
      { ...b.spec.dataResources![0]!, name: '乙数据', providingUnit: '大气环境管理司' },
      { ...b.spec.dataResources![0]!, name: '甲数据', providingUnit: '水环境管理司' },
    ];
    const entries = [entryOf(a, 'manifests/a.yaml'), entryOf(b, 'manifests/b.yaml')];
    let error: unknown;
    try {
      buildGraph(entries);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DependencyCycleError);
    const cycle = error as DependencyCycleError;
    expect(cycle.exitCode).toBe(1);
    expect(cycle.members.map((m) => m.file).sort()).toEqual(['manifests/a.yaml', 'manifests/b.yaml']);
    expect(cycle.message).toMatch(/manifests\/a\.yaml:\d+:\d+: error\[dependency-cycle\]: .*乙数据/);
    expect(cycle.message).toMatch(/manifests\/b\.yaml:\d+:\d+: error\[dependency-cycle\]: .*甲数据/);
    // In Chinese too, each edge's reason in Chinese (the CLI prints the reader's language).
    const zh = render(messageOf(cycle), 'zh').split('\n');
    expect(zh[0]).toMatch(
      /^各清单的依赖关系构成了 2 个系统的环（s90[12]-.* → s90[12]-.* → s90[12]-.*）；没有任何批次顺序能满足它$/,
    );
    expect(
      zh
        .slice(1, 3)
        .every((line) => /^manifests\/[ab]\.yaml:\d+:\d+: 错误\[dependency-cycle\]: .*\p{Script=Han}/u.test(line)),
    ).toBe(true);
    expect(zh.slice(1, 3).join('\n')).not.toMatch(/depends on|provides/);
    expect(zh[3]).toBe('提示：去掉其中一条依赖：更正数据资源的提供单位，或更正处置方式');
    // Remove one side and the graph orders them: b after a.
    b.spec.dataResources = b.spec.dataResources!.slice(0, 1);
    const graph = buildGraph([entryOf(a, 'manifests/a.yaml'), entryOf(b, 'manifests/b.yaml')]);
    expect(graph.order).toEqual([902, 901]);
    expect(graph.edges).toEqual([
      expect.objectContaining({ prerequisite: 902, dependent: 901, kind: 'data', strict: true }),
    ]);
  });
});

describe('planWaves on random graphs and capacities (fast-check, seed 1515, 60 runs)', () => {
  const POOLS = ['p', 'q'];
  const arbitraryCase = fc.integer({ min: 1, max: 30 }).chain((size) =>
    fc.record({
      items: fc.array(
        fc.record({
          pool: fc.constantFrom(...POOLS),
          cpu: fc.integer({ min: 0, max: 8 }),
          mem: fc.integer({ min: 0, max: 16 }),
          storage: fc.integer({ min: 0, max: 100 }),
          declaredWave: fc.integer({ min: 1, max: 4 }),
          deadline: fc.constantFrom('2017-10-31', '2017-12-31', '2018-06-30'),
          fixed: fc.boolean(),
        }),
        { minLength: size, maxLength: size },
      ),
      // Edges only from a lower index to a higher one: a DAG.
      edges: fc.array(fc.record({ from: fc.nat(size - 1), to: fc.nat(size - 1), strict: fc.boolean() }), {
        maxLength: size * 2,
      }),
      room: fc.record({
        cpu: fc.integer({ min: 1, max: 20 }),
        mem: fc.integer({ min: 1, max: 40 }),
        storage: fc.integer({ min: 1, max: 300 }),
      }),
    }),
  );

  function inputOf(c: any, fixedAllowed: boolean) {
    const items: PlanItem[] = c.items.map((item: any, i: number) => ({
      id: i + 1,
      slug: `s${i + 1}`,
      pool: item.pool,
      demand: { cpu: item.cpu, memoryGiB: item.mem, storageGiB: item.storage },
      declaredWave: item.declaredWave,
      deadline: item.deadline,
      ...(fixedAllowed && item.fixed ? { fixed: 'status migrating' } : {}),
    }));
    const edges: PlanEdge[] = c.edges
      .filter((e: any) => e.from < e.to)
      .map((e: any) => ({ prerequisite: e.from + 1, dependent: e.to + 1, strict: e.strict, reason: 'test' }));
    const perWave = Object.fromEntries(
      POOLS.map((p) => [p, { cpu: c.room.cpu, memoryGiB: c.room.mem, storageGiB: c.room.storage }]),
    );
    const total = Object.fromEntries(POOLS.map((p) => [p, { cpu: 1e6, memoryGiB: 1e6, storageGiB: 1e6 }]));
    return { items, edges, waveEnds: ['2017-10-31', '2017-12-31', '2018-06-30'], perWave, total, maxWaves: 100 };
  }

  /** Violations found by a checker written apart from the planner. */
  function independentViolations(input: ReturnType<typeof inputOf>, waveOf: Map<number, number>): string[] {
    const problems: string[] = [];
    for (const e of input.edges)
      if (waveOf.get(e.dependent)! < waveOf.get(e.prerequisite)! + (e.strict ? 1 : 0))
        problems.push(`dependency ${e.prerequisite}→${e.dependent}`);
    const use = new Map<string, number[]>();
    for (const item of input.items) {
      const key = `${waveOf.get(item.id)}/${item.pool}`;
      const sum = use.get(key) ?? [0, 0, 0];
      sum[0] += item.demand.cpu;
      sum[1] += item.demand.memoryGiB;
      sum[2] += item.demand.storageGiB;
      use.set(key, sum);
    }
    for (const [key, [cpu, mem, storage]] of use) {
      const room = input.perWave[key.split('/')[1]!]!;
      if (cpu! > room.cpu || mem! > room.memoryGiB || storage! > room.storageGiB) problems.push(`capacity ${key}`);
    }
    return problems;
  }

  it('finds a plan without violations whenever every system fits a wave alone, and the checker agrees', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const input = inputOf(c, false);
        const plan = planWaves(input);
        const waveOf = new Map(plan.assignments.map((a) => [a.id, a.wave]));
        const fitsAlone = input.items.every(
          (item) =>
            item.demand.cpu <= c.room.cpu &&
            item.demand.memoryGiB <= c.room.mem &&
            item.demand.storageGiB <= c.room.storage,
        );
        expect(plan.assignments).toHaveLength(input.items.length);
        if (fitsAlone) {
          expect(plan.violations).toEqual([]);
          expect(independentViolations(input, waveOf)).toEqual([]);
        } else {
          expect(plan.violations.some((v) => v.kind === 'capacity')).toBe(true);
        }
      }),
      { seed: 1515, numRuns: 60 },
    );
  });

  it('never hides a violation, with systems fixed in their waves too', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const input = inputOf(c, true);
        const plan = planWaves(input);
        const waveOf = new Map(plan.assignments.map((a) => [a.id, a.wave]));
        for (const item of input.items) if (item.fixed) expect(waveOf.get(item.id)).toBe(item.declaredWave);
        if (plan.violations.length === 0) expect(independentViolations(input, waveOf)).toEqual([]);
        else expect(independentViolations(input, waveOf).length).toBeGreaterThan(0);
      }),
      { seed: 1515, numRuns: 60 },
    );
  });

  it('dates waves after the plan 3 months apart', () => {
    expect([4, 5, 6, 7].map((w) => waveEnd(['2017-10-31', '2017-12-31', '2018-06-30'], w))).toEqual([
      '2018-09-30',
      '2018-12-31',
      '2019-03-31',
      '2019-06-30',
    ]);
  });
});

describe('writing a wave into a manifest', () => {
  const file = join(root, 'manifests/s027-jsxmxzspxtjsxmhpjyssbxt.yaml');
  const text = readFileSync(file, 'utf8');

  it('changes only the value of spec.schedule.wave, comments and every other byte kept', () => {
    const written = withWave(text, 7);
    expect(written).not.toBe(text);
    expect(parse(written).spec.schedule.wave).toBe(7);
    const before = text.split('\n');
    const after = written.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.map((line, i) => (line === after[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toHaveLength(1);
    expect(before[changed[0]!]).toBe('    wave: 2');
    expect(after[changed[0]!]).toBe('    wave: 7');
    expect(withWave(written, 2)).toBe(text);
  });

  it('keeps a comment on the same line and refuses a wave not written as plain digits', () => {
    const commented = text.replace('    wave: 2\n', '    wave: 2 # 第二批\n');
    expect(withWave(commented, 3)).toBe(text.replace('    wave: 2\n', '    wave: 3 # 第二批\n'));
    expect(() => withWave(text.replace('    wave: 2\n', '    wave: 0x2\n'), 3)).toThrow(/not as plain digits/);
  });
});
