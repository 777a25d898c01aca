import { POOLS, type Pool, type SystemMigration } from '../model/domain';
import { DATABASE_INSTANCE, databaseInstances } from '../model/databases';
import { runningPool } from '../model/pools';
import type { PlatformConfig, PoolCapacity } from './config';
import { cpuCores, memoryGiB } from '../model/quantity';
import { msg, render, type Message } from '../document/i18n';
import { DEFAULT_ARCHIVE_GIB } from '../model/stateful';

export interface Demand {
  cpu: number;
  memoryGiB: number;
  storageGiB: number;
}

/**
 * What one system asks of its pool: requests times replicas, and every GiB it stores. On the ministry's
 * own clusters (`kubeconfig`) its database runs in the pool too: each CloudNativePG instance's requests
 * and its own volume of the database's size (model/databases.ts), so the quotas and the preflight count
 * the pods that actually run. On AWS the database is RDS, outside the cluster: its size is counted once.
 */
export function systemDemand(manifest: SystemMigration, mode: PlatformConfig['mode'] = 'aws'): Demand {
  const placement = manifest.spec.placement;
  const demand: Demand = { cpu: 0, memoryGiB: 0, storageGiB: 0 };
  for (const workload of placement?.workloads ?? []) {
    demand.cpu += workload.replicas * cpuCores(workload.cpu);
    demand.memoryGiB += workload.replicas * memoryGiB(workload.memory);
  }
  const storage = placement?.storage;
  for (const volume of [...(storage?.object ?? []), ...(storage?.block ?? [])]) demand.storageGiB += volume.sizeGiB;
  const database = placement?.database;
  const instances = database && mode === 'kubeconfig' ? databaseInstances(manifest) : 1;
  if (database && mode === 'kubeconfig') {
    demand.cpu += instances * cpuCores(DATABASE_INSTANCE.cpu);
    demand.memoryGiB += instances * memoryGiB(DATABASE_INSTANCE.memory);
  }
  demand.storageGiB +=
    instances * (database?.sizeGiB ?? 0) +
    (placement?.website?.contentSizeGiB ?? 0) +
    (manifest.spec.archive ? (manifest.spec.archive.sizeGiB ?? DEFAULT_ARCHIVE_GIB) : 0);
  return demand;
}

/** The pool a system's resources land in (model/pools.ts): a merged system's business system's; archives of retired systems go to the resource center in the central pool. */
export function poolOf(manifest: SystemMigration): Pool {
  return runningPool(manifest);
}

export interface CapacityProblem {
  pool: Pool;
  resource: keyof Demand;
  requested: number;
  capacity: number;
  /** Systems asking for this resource, largest first: `s002-hjxxzyzx (4)`. */
  systems: { slug: string; number: number; amount: number }[];
}

export function describeCapacityProblem(problem: CapacityProblem): string {
  return render(capacityProblemMessage(problem), 'en');
}

/** describeCapacityProblem as a catalog message, said in the reader's language. */
export function capacityProblemMessage(problem: CapacityProblem): Message {
  const largest = problem.systems
    .slice(0, 5)
    .map((system) => `${system.slug} (${Number(system.amount.toFixed(2))})`)
    .join(', ');
  return msg('inputs.preflight.capacity', {
    pool: problem.pool,
    requested: String(Number(problem.requested.toFixed(2))),
    unit: problem.resource,
    capacity: String(problem.capacity),
    count: problem.systems.length,
    largest: `${largest}${problem.systems.length > 5 ? ', …' : ''}`,
  });
}

/** Every pool resource the selected systems ask more of than the pool has. Checked before anything is deployed. */
export function capacityProblems(
  manifests: readonly SystemMigration[],
  pools: Record<Pool, PoolCapacity>,
  mode: PlatformConfig['mode'] = 'aws',
): CapacityProblem[] {
  const problems: CapacityProblem[] = [];
  for (const pool of POOLS) {
    const members = manifests
      .filter((manifest) => poolOf(manifest) === pool)
      .map((manifest) => ({ manifest, demand: systemDemand(manifest, mode) }));
    for (const resource of ['cpu', 'memoryGiB', 'storageGiB'] as const) {
      const requested = members.reduce((sum, member) => sum + member.demand[resource], 0);
      const capacity = pools[pool][resource];
      if (requested <= capacity) continue;
      problems.push({
        pool,
        resource,
        requested,
        capacity,
        systems: members
          .filter((member) => member.demand[resource] > 0)
          .map((member) => ({
            slug: member.manifest.metadata.slug,
            number: member.manifest.metadata.number,
            amount: member.demand[resource],
          }))
          .sort((a, b) => b.amount - a.amount || a.number - b.number),
      });
    }
  }
  return problems;
}
