import { join } from 'node:path';
import { capacityProblems, systemDemand } from '../../stacks/capacity';
import { namespaceQuotas } from '../../stacks/quotas';
import { loadStackFile } from '../../stacks/stack-file';
import { validatePaths } from '../../validation/validate';
import { DATABASE_INSTANCE, databaseInstances } from '../../model/databases';
import { DEFAULT_ARCHIVE_GIB } from '../../model/stateful';
import { happyManifest } from '../support/manifests';

const root = join(__dirname, '../..');

// On the ministry's own clusters a system's database runs in its pool: CloudNativePG's pods count.
describe("what a system asks of its pool, its database's pods included", () => {
  it('on AWS counts the workloads and the database size once (RDS runs outside the cluster)', () => {
    // The happy fixture: 2 replicas of 500m / 1Gi and a 50 GiB database, silver at MLPS level 3.
    expect(systemDemand(happyManifest(), 'aws')).toEqual({ cpu: 1, memoryGiB: 2, storageGiB: 50 });
  });

  it('counts an archive of no stated size as the 10 GiB volume the resource center makes for it', () => {
    const retired = happyManifest({ disposition: { outcome: 'decommission' } });
    expect(retired.spec.archive).toEqual({ destination: 'resource-center', retentionYears: 30 });
    // Counted 0: the resource center's quota was 0Gi beside the archive volumes, which the cluster refuses.
    expect(systemDemand(retired, 'kubeconfig').storageGiB).toBe(DEFAULT_ARCHIVE_GIB);
    retired.spec.archive!.sizeGiB = 40;
    expect(systemDemand(retired, 'kubeconfig').storageGiB).toBe(40);
    expect(
      namespaceQuotas([retired], loadStackFile(root, 'onprem').platform.pools, 'kubeconfig')['resource-center']!
        .storageGiB,
    ).toBeGreaterThanOrEqual(40);
  });

  it("on kubeconfig adds each PostgreSQL instance's requests and its own volume", () => {
    const manifest = happyManifest();
    expect(DATABASE_INSTANCE).toMatchObject({ cpu: '500m', memory: '1Gi' });
    expect(databaseInstances(manifest)).toBe(2); // MLPS level 3: a hot standby
    expect(systemDemand(manifest, 'kubeconfig')).toEqual({
      cpu: 1 + 2 * 0.5,
      memoryGiB: 2 + 2 * 1,
      storageGiB: 2 * 50,
    });
    const gold = structuredClone(manifest);
    gold.spec.protection.backup.tier = 'gold';
    expect(systemDemand(gold, 'kubeconfig')).toEqual({ cpu: 2.5, memoryGiB: 5, storageGiB: 150 });
    const noDatabase = structuredClone(manifest);
    delete noDatabase.spec.placement!.database;
    expect(systemDemand(noDatabase, 'kubeconfig')).toEqual(systemDemand(noDatabase, 'aws'));
  });

  it('makes the preflight refuse a pool the databases overflow, which the workloads alone fit', () => {
    const pools = {
      central: { cpu: 1.5, memoryGiB: 100, storageGiB: 1000 },
      'environmental-monitoring': { cpu: 1, memoryGiB: 1, storageGiB: 1 },
      'satellite-remote-sensing': { cpu: 1, memoryGiB: 1, storageGiB: 1 },
      'nuclear-safety': { cpu: 1, memoryGiB: 1, storageGiB: 1 },
    };
    expect(capacityProblems([happyManifest()], pools, 'aws')).toEqual([]);
    expect(capacityProblems([happyManifest()], pools, 'kubeconfig')).toEqual([
      expect.objectContaining({ pool: 'central', resource: 'cpu', requested: 2, capacity: 1.5 }),
    ]);
  });

  it("gives a namespace's quota room for its database pods on kubeconfig stacks", () => {
    const { platform } = loadStackFile(root, 'onprem');
    expect(platform.mode).toBe('kubeconfig');
    const merged = happyManifest(); // bs-pollution-source: 1 core of workloads + 1 of database
    const own = structuredClone(happyManifest());
    own.metadata.number = 901;
    own.spec.disposition = { outcome: 'keep' }; // pool-central: the same
    delete own.spec.placement!.database; // but no database: 1 core
    const quotas = namespaceQuotas([merged, own], platform.pools, platform.mode);
    const central = platform.pools.central;
    expect(quotas['bs-pollution-source']!.cpu).toBe(Math.floor((central.cpu * 2) / 3));
    expect(quotas['pool-central']!.cpu).toBe(Math.floor(central.cpu / 3));
    expect(quotas['bs-pollution-source']!.storageGiB).toBe(central.storageGiB);
  });

  it('the shipped onprem stack fits its pools with every database pod counted', async () => {
    const { platform } = loadStackFile(root, 'onprem');
    const manifests = (await validatePaths(['manifests'], { cwd: root })).manifests.map((entry) => entry.manifest);
    expect(manifests.length).toBeGreaterThan(150);
    expect(capacityProblems(manifests, platform.pools, 'kubeconfig')).toEqual([]);
  });
});
