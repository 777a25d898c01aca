import { systemNamespace } from '../components/migrated-system';
import { POOLS, type Pool, type SystemMigration } from '../model/domain';
import { namespacePool } from '../components/cluster-baseline';
import { poolNamespace } from '../components/labels';
import { systemDemand, type Demand } from './capacity';
import type { PlatformConfig, PoolCapacity } from './config';
import { DISPOSITIONS } from '../model/dispositions';

/** Where a system's resources live on the cluster: its own namespace, or a platform service's. */
function namespaceOf(manifest: SystemMigration): string | undefined {
  const { namespace } = DISPOSITIONS[manifest.spec.disposition.outcome];
  if (namespace === 'none') return undefined;
  return namespace === 'system' ? systemNamespace(manifest) : namespace;
}

/**
 * The ResourceQuota of every namespace that systems land in: each pool's capacity split over the
 * namespaces inside it (its own and its business systems' and, in the central pool, the platform
 * services'), in proportion to what the repository's systems landing in each ask for. The quotas of a
 * pool add up to at most its capacity, and each holds its systems whenever the pool does (preflight
 * pool-capacity). A namespace nothing lands in keeps the default quota. `manifests` should be every
 * system (not one stack's selection), so split stacks fit the quotas.
 */
export function namespaceQuotas(
  manifests: readonly SystemMigration[],
  pools: Record<Pool, PoolCapacity>,
  /** On `kubeconfig` stacks the systems' database pods count too (systemDemand). Default: `aws`. */
  mode: PlatformConfig['mode'] = 'aws',
): Record<string, PoolCapacity> {
  const demands = new Map<string, Demand>();
  for (const manifest of manifests) {
    const namespace = namespaceOf(manifest);
    if (!namespace) continue;
    const demand = systemDemand(manifest, mode);
    const sum = demands.get(namespace) ?? { cpu: 0, memoryGiB: 0, storageGiB: 0 };
    demands.set(namespace, {
      cpu: sum.cpu + demand.cpu,
      memoryGiB: sum.memoryGiB + demand.memoryGiB,
      storageGiB: sum.storageGiB + demand.storageGiB,
    });
  }
  const quotas: Record<string, PoolCapacity> = {};
  for (const pool of POOLS) {
    const inside = [...demands].filter(([namespace]) => namespacePool(namespace) === pool);
    const share = (resource: keyof Demand, demand: number) => {
      const total = inside.reduce((sum, [, other]) => sum + other[resource], 0);
      return total === 0 ? 0 : Math.floor((pools[pool][resource] * demand) / total);
    };
    for (const [namespace, demand] of inside)
      quotas[namespace] = {
        cpu: share('cpu', demand.cpu),
        memoryGiB: share('memoryGiB', demand.memoryGiB),
        storageGiB: share('storageGiB', demand.storageGiB),
      };
    // A pool nothing runs in yet: its own namespace keeps the whole pool; otherwise a namespace of it nothing lands in gets none.
    quotas[poolNamespace(pool)] ??= inside.length === 0 ? { ...pools[pool] } : { cpu: 0, memoryGiB: 0, storageGiB: 0 };
  }
  return quotas;
}
