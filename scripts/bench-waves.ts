/**
 * `npm run bench:waves [-- --count N --share S]`: times the wave planner (dependency graph and plan) on N
 * synthetic systems (default 1,000; scripts/synthetic.ts), with the prod stack's pools multiplied by
 * ceil(N / 182) as `npm run bench` does. Loading the manifests is timed apart. Target: under 2 s to plan.
 * A benchmark, not a timed test: a missed target is reported and still exits 0.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Pool } from '../model/domain';
import { loadStackFile } from '../stacks/stack-file';
import { validatePaths } from '../validation/validate';
import { planManifests } from '../waves/manifests';
import { secondsSince } from './bench-measure';
import { writeSyntheticManifests } from './synthetic';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const count = option('--count', 1000);
  const share = option('--share', 0.1);
  const root = join(__dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'envcloud-bench-waves-'));
  try {
    writeSyntheticManifests(dir, count);
    let started = process.hrtime.bigint();
    const report = await validatePaths([dir], { cwd: dir });
    const loadSeconds = secondsSince(started);
    if (report.errors > 0) throw new Error(`${report.errors} errors in the synthetic manifests`);
    const factor = Math.ceil(count / 182);
    const prod = loadStackFile(root, 'prod').platform.pools;
    const pools = Object.fromEntries(
      Object.entries(prod).map(([pool, c]) => [
        pool,
        { cpu: c.cpu * factor, memoryGiB: c.memoryGiB * factor, storageGiB: c.storageGiB * factor },
      ]),
    ) as Record<Pool, (typeof prod)[Pool]>;
    const times: number[] = [];
    let result: ReturnType<typeof planManifests> | undefined;
    for (let run = 0; run < 5; run += 1) {
      started = process.hrtime.bigint();
      result = planManifests(report.manifests, { pools, waveShare: share });
      times.push(secondsSince(started));
    }
    times.sort((a, b) => a - b);
    const median = times[2]!;
    const { plan, graph } = result!;
    process.stdout.write(
      [
        `systems: ${count} (synthetic; prod pools × ${factor}, ${share * 100}% of each pool per wave)`,
        `load (validate): ${loadSeconds.toFixed(2)} s`,
        `plan (graph + waves), median of 5: ${median.toFixed(3)} s (runs: ${times.map((t) => t.toFixed(3)).join(', ')})`,
        `dependencies: ${graph.edges.length}, platform needs: ${graph.platformNeeds.length}`,
        `wave sizes: ${plan.waves.map((w) => w.systems.length).join(', ')}; moved: ${plan.assignments.filter((a) => a.wave !== a.declaredWave).length}; late: ${plan.assignments.filter((a) => a.late).length}; violations: ${plan.violations.length}`,
        `target: plan in under 2 s: ${median < 2 ? 'PASS' : 'MISSED'}`,
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`bench-waves: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
