import { join } from 'node:path';
import { capacityProblems, describeCapacityProblem, systemDemand } from '../../stacks/capacity';
import { readFileSync } from 'node:fs';
import { assertDeployable, PreflightError, preflightProblems } from '../../stacks/preflight';
import { longReplicaNames } from '../../components/onprem-system-data';
import { cpuCores, memoryGiB } from '../../model/quantity';
import { selectSystems } from '../../stacks/selection';
import { loadStackFile } from '../../stacks/stack-file';
import { tierShortfall } from '../../stacks/topology';
import { validatePaths } from '../../validation/validate';
import { entryOf, happyManifest } from '../support/manifests';

const root = join(__dirname, '../..');

describe('pool capacity', () => {
  it('reads Kubernetes quantities', () => {
    expect(cpuCores('500m')).toBe(0.5);
    expect(cpuCores('2')).toBe(2);
    expect(memoryGiB('512Mi')).toBe(0.5);
    expect(memoryGiB('2Gi')).toBe(2);
  });

  it('adds up requests times replicas and every stored GiB', () => {
    // The happy fixture: 2 replicas of 500m / 1Gi and a 50 GiB database.
    expect(systemDemand(happyManifest())).toEqual({ cpu: 1, memoryGiB: 2, storageGiB: 50 });
  });

  it('names the pool and the systems when a pool is over capacity', () => {
    const big = structuredClone(happyManifest());
    big.spec.placement!.workloads![0]!.replicas = 40;
    const small = structuredClone(happyManifest());
    small.metadata.slug = 's901-small';
    const pools = {
      central: { cpu: 20, memoryGiB: 1000, storageGiB: 1000 },
      'environmental-monitoring': { cpu: 1, memoryGiB: 1, storageGiB: 1 },
      'satellite-remote-sensing': { cpu: 1, memoryGiB: 1, storageGiB: 1 },
      'nuclear-safety': { cpu: 1, memoryGiB: 1, storageGiB: 1 },
    };
    const problems = capacityProblems([big, small], pools);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pool: 'central', resource: 'cpu', requested: 21, capacity: 20 });
    expect(describeCapacityProblem(problems[0]!)).toBe(
      'pool `central` is over capacity: 21 cores requested, 20 available, by 2 systems; largest: s900-cswryzxjkxt (20), s901-small (1)',
    );
    pools.central.cpu = 21;
    expect(capacityProblems([big, small], pools)).toEqual([]);
  });
});

describe('backup tiers against the topology', () => {
  const prod = loadStackFile(root, 'prod').platform;
  const dev = loadStackFile(root, 'dev').platform;

  it('three centers deliver every tier', () => {
    for (const tier of ['gold', 'silver', 'bronze', 'none'] as const) expect(tierShortfall(tier, prod)).toBeUndefined();
  });

  it('a backup-only same-city center (one zone, no cluster) still takes gold and silver copies: its vault is there', () => {
    expect(prod.centers.find((center) => center.role === 'same-city')!.availabilityZones).toEqual(['cn-north-1d']);
    const withCluster = {
      ...prod,
      centers: prod.centers.map((center) =>
        center.role === 'same-city' ? { ...center, availabilityZones: ['cn-north-1b', 'cn-north-1d'] } : center,
      ),
    };
    for (const tier of ['gold', 'silver'] as const)
      expect(tierShortfall(tier, prod)).toBe(tierShortfall(tier, withCluster));
    expect(
      tierShortfall('gold', { ...prod, centers: prod.centers.filter((center) => center.role !== 'same-city') }),
    ).toContain('same-city');
  });

  it('without a remote center no tier that copies there is deliverable', () => {
    const twoCenters = { ...prod, centers: prod.centers.filter((center) => center.role !== 'remote') };
    expect(tierShortfall('bronze', twoCenters)).toContain('remote center');
    expect(tierShortfall('gold', twoCenters)).toContain('remote center');
    expect(tierShortfall('none', twoCenters)).toBeUndefined();
  });

  it('gold needs a multi-AZ primary', () => {
    const oneZone = {
      ...prod,
      centers: prod.centers.map((center) =>
        center.role === 'primary' ? { ...center, availabilityZones: ['cn-north-1a'] } : center,
      ),
    };
    expect(tierShortfall('gold', oneZone)).toContain('two availability zones');
    expect(tierShortfall('silver', oneZone)).toBeUndefined();
  });

  it('dev keeps copies in its one center, as its config says', () => {
    expect(tierShortfall('gold', dev)).toBeUndefined();
    expect(tierShortfall('gold', { ...dev, singleCenterBackups: false })).toContain('same-city and remote');
  });
});

describe('preflight of the committed stacks against the 182 manifests', () => {
  let entries: Awaited<ReturnType<typeof validatePaths>>['manifests'];
  beforeAll(async () => {
    entries = (await validatePaths(['manifests'], { cwd: root })).manifests;
  });

  it.each(['prod', 'onprem', 'dev'])('%s can deploy its selection', (stack) => {
    const { platform } = loadStackFile(root, stack);
    const selected = selectSystems(entries, platform.systems).map((entry) => entry.manifest);
    expect(selected.length).toBe(stack === 'dev' ? 6 : 182);
    expect(preflightProblems(selected, platform)).toEqual([]);
  });

  it('dev with all 182 systems is over its small quotas, naming pools and systems', () => {
    const { platform } = loadStackFile(root, 'dev');
    const problems = preflightProblems(
      entries.map((entry) => entry.manifest),
      platform,
    );
    expect(
      problems.some((problem) =>
        /^pool `central` is over capacity: .* by \d+ systems; largest: s\d{3}-/.test(problem.message),
      ),
    ).toBe(true);
  });

  it('selects systems by number, wave and unit', () => {
    expect(selectSystems(entries, { waves: [1] }).every((entry) => entry.manifest.spec.schedule.wave === 1)).toBe(true);
    // No. 11 is managed jointly by 办公厅 and 行政体制与人事司: either unit selects it.
    expect(selectSystems(entries, { units: ['办公厅'] }).map((entry) => entry.manifest.metadata.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    expect(
      selectSystems(entries, { units: ['行政体制与人事司'] }).map((entry) => entry.manifest.metadata.number),
    ).toContain(11);
    expect(selectSystems(entries, { units: ['办公厅'], numbers: [2, 99] })).toHaveLength(1);
  });
});

describe('namespace quotas', () => {
  it("split each pool's capacity over the namespaces inside it, in proportion to what their systems ask", async () => {
    const { namespaceQuotas } = await import('../../stacks/quotas');
    const { platform } = loadStackFile(root, 'prod');
    const merged = structuredClone(happyManifest()); // merges into pollution-source, which runs in the central pool
    merged.spec.placement!.workloads![0]!.replicas = 3; // 3 × (500m, 1Gi) and 50 GiB
    const own = structuredClone(happyManifest());
    own.metadata.number = 901;
    own.spec.disposition = { outcome: 'keep' };
    own.spec.placement!.workloads![0]!.replicas = 1; // 1 × (500m, 1Gi) and 50 GiB, in pool-central
    const quotas = namespaceQuotas([merged, own], platform.pools);
    const central = platform.pools.central;
    expect(quotas['bs-pollution-source']).toEqual({
      cpu: Math.floor(central.cpu * 0.75),
      memoryGiB: Math.floor(central.memoryGiB * 0.75),
      storageGiB: Math.floor(central.storageGiB * 0.5),
    });
    expect(quotas['pool-central']).toEqual({
      cpu: Math.floor(central.cpu * 0.25),
      memoryGiB: Math.floor(central.memoryGiB * 0.25),
      storageGiB: Math.floor(central.storageGiB * 0.5),
    });
    // Together at most the pool; a pool nothing runs in keeps its whole capacity in its own namespace; an empty business system gets the default.
    expect(quotas['bs-pollution-source']!.cpu + quotas['pool-central']!.cpu).toBeLessThanOrEqual(central.cpu);
    expect(quotas['pool-nuclear-safety']).toEqual(platform.pools['nuclear-safety']);
    expect(quotas['bs-air']).toBeUndefined();
  });

  it("charge a merged system to its business system's pool, where it runs, whatever its placement says", async () => {
    const { poolOf } = await import('../../stacks/capacity');
    const merged = structuredClone(happyManifest());
    merged.spec.disposition = { outcome: 'merge', businessSystem: 'nuclear-radiation-safety' };
    merged.spec.placement!.pool = 'central';
    expect(poolOf(merged)).toBe('nuclear-safety');
    merged.spec.disposition = { outcome: 'merge', businessSystem: 'integrated-office' };
    merged.spec.placement!.pool = 'environmental-monitoring';
    expect(poolOf(merged)).toBe('central');
  });
});

describe('preflight findings are located', () => {
  const prod = loadStackFile(root, 'prod');
  const stackFile = { file: 'Pulumi.prod.yaml', text: readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8') };
  const caught = (run: () => void): PreflightError => {
    try {
      run();
    } catch (error) {
      if (error instanceof PreflightError) return error;
      throw error;
    }
    throw new Error('preflight passed');
  };

  it("an image outside the stack's registry is an error at the workload's image, with the rule validate uses", () => {
    const manifest = happyManifest();
    // The default registry, which validate judged, passes; a stack that approves another one refuses it.
    expect(preflightProblems([manifest], prod.platform)).toEqual([]);
    const error = caught(() =>
      assertDeployable(
        [manifest],
        { ...prod.platform, approvedRegistry: 'harbor.example.gov.cn' },
        { entries: [entryOf(manifest, 'manifests/s900.yaml')], stackFile },
      ),
    );
    expect(error.findings).toHaveLength(1);
    const { line } = entryOf(manifest).locator.locate(['spec', 'placement', 'workloads', 0, 'image']);
    expect(error.findings[0]).toMatchObject({
      file: 'manifests/s900.yaml',
      line,
      ruleId: 'image-from-approved-registry',
      field: 'spec.placement.workloads[0].image',
    });
    expect(error.message).toContain(`manifests/s900.yaml:${line}:`);
    expect(error.message).toContain(
      "not from this stack's approved registry harbor.example.gov.cn (envcloud:approvedRegistry)",
    );
    expect(error.message).toContain('hint: push the image to harbor.example.gov.cn');
  });

  it("a pool over capacity points at the pool's key in Pulumi.<stack>.yaml", () => {
    const big = structuredClone(happyManifest());
    big.spec.placement!.workloads![0]!.replicas = 100;
    big.spec.placement!.workloads![0]!.cpu = '8';
    const error = caught(() => assertDeployable([big], prod.platform, { stackFile }));
    const cpuLine = stackFile.text.split('\n').findIndex((text) => text.includes('central: { cpu:')) + 1;
    expect(error.findings[0]).toMatchObject({
      file: 'Pulumi.prod.yaml',
      line: cpuLine,
      ruleId: 'pool-capacity',
      field: 'envcloud:pools.central.cpu',
    });
    expect(error.message).toContain(`Pulumi.prod.yaml:${cpuLine}:`);
  });

  it("a MySQL database on a kubeconfig stack is an error at the manifest's engine, naming PostgreSQL and the aws stacks; on aws it deploys", () => {
    const onprem = loadStackFile(root, 'onprem');
    const manifest = structuredClone(happyManifest());
    manifest.spec.placement!.database = { engine: 'postgresql', version: '16', sizeGiB: 20 };
    expect(preflightProblems([manifest], onprem.platform)).toEqual([]);
    manifest.spec.placement!.database.engine = 'mysql';
    expect(preflightProblems([manifest], prod.platform)).toEqual([]);
    const error = caught(() =>
      assertDeployable([manifest], onprem.platform, { entries: [entryOf(manifest, 'manifests/s900.yaml')] }),
    );
    const { line, column } = entryOf(manifest).locator.locate(['spec', 'placement', 'database', 'engine']);
    expect(error.findings).toEqual([
      expect.objectContaining({
        file: 'manifests/s900.yaml',
        line,
        column,
        ruleId: 'database-engine-supported',
        field: 'spec.placement.database.engine',
      }),
    ]);
    expect(error.message).toContain(
      "the database engine `mysql` does not run on this stack's clusters, which run postgresql only (CloudNativePG)",
    );
    expect(error.message).toContain('hint: use `engine: postgresql`');
  });

  it('a replica database cluster named past 50 characters by a long center name is an error at the slug, on kubeconfig stacks', () => {
    const onprem = loadStackFile(root, 'onprem');
    const manifest = structuredClone(happyManifest());
    // 30 characters: `-db-restore-test` makes 46, which validate's database-names-fit passes.
    manifest.metadata.slug = 's900-abcdefghijklmnopqrstuvwxy';
    manifest.spec.placement!.database = { engine: 'postgresql', version: '16', sizeGiB: 20 };
    manifest.spec.protection.backup.tier = 'silver';
    const longRemote = {
      ...onprem.platform,
      centers: onprem.platform.centers.map((center) =>
        center.role === 'remote' ? { ...center, name: 'remote-center-beijing1' } : center,
      ),
    };
    expect(preflightProblems([manifest], onprem.platform)).toEqual([]);
    const problems = preflightProblems([manifest], longRemote);
    expect(problems.map((problem) => [problem.ruleId, problem.system?.path])).toEqual([
      ['replica-names-fit', ['metadata', 'slug']],
    ]);
    expect(problems[0]!.message).toBe(
      'system 900 (s900-abcdefghijklmnopqrstuvwxy): its replica database cluster `s900-abcdefghijklmnopqrstuvwxy-db-remote-center-beijing1` has 56 characters; CloudNativePG names a cluster with at most 50',
    );
    // An aws stack names no replica cluster after a center.
    expect(preflightProblems([manifest], { ...prod.platform, centers: longRemote.centers })).toEqual([]);
    // The component refuses the same args (its ResourceError), named by the preflight rule.
    expect(longReplicaNames(manifest, [{ name: 'remote-center-beijing1' }])).toEqual([
      's900-abcdefghijklmnopqrstuvwxy-db-remote-center-beijing1',
    ]);
  });

  it('without files, a problem names its system and field instead of a position', () => {
    const manifest = happyManifest();
    const error = caught(() =>
      assertDeployable([manifest], { ...prod.platform, approvedRegistry: 'harbor.example.gov.cn' }),
    );
    expect(error.message).toContain(
      `system 900 (${manifest.metadata.slug}) spec.placement.workloads[0].image: error[image-from-approved-registry]`,
    );
  });
});
