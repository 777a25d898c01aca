import { DEFAULT_NAMESPACE_QUOTA } from '../components/cluster-baseline';
import { systemNamespace } from '../components/migrated-system';
import { POOLS, type Pool, type SystemMigration } from '../model/domain';
import { poolNamespace } from '../components/labels';
import { systemDemand, type Demand } from './capacity';
import type { PoolCapacity } from './config';
import { DISPOSITIONS } from '../model/dispositions';

/** Room to grow inside a namespace before its quota needs raising. */
const HEADROOM = 1.5;
const FLOOR = DEFAULT_NAMESPACE_QUOTA;

function withHeadroom(demand: Demand): PoolCapacity {
  return {
    cpu: Math.max(FLOOR.cpu, Math.ceil(demand.cpu * HEADROOM)),
    memoryGiB: Math.max(FLOOR.memoryGiB, Math.ceil(demand.memoryGiB * HEADROOM)),
    storageGiB: Math.max(FLOOR.storageGiB, Math.ceil(demand.storageGiB * HEADROOM)),
  };
}

/** Where a system's resources live on the cluster: its own namespace, or a platform service's. */
function namespaceOf(manifest: SystemMigration): string | undefined {
  const { namespace } = DISPOSITIONS[manifest.spec.disposition.outcome];
  if (namespace === 'none') return undefined;
  return namespace === 'system' ? systemNamespace(manifest) : namespace;
}

/**
 * The ResourceQuota of every namespace: a pool's namespace gets the pool's capacity; a business
 * system's or a platform service's gets what the systems landing in it ask for, with headroom.
 * `manifests` should be every system (not one stack's selection), so split stacks fit the quotas.
 */
export function namespaceQuotas(manifests: readonly SystemMigration[], pools: Record<Pool, PoolCapacity>): Record<string, PoolCapacity> {
  const demands = new Map<string, Demand>();
  for (const manifest of manifests) {
    const namespace = namespaceOf(manifest);
    if (!namespace || POOLS.some((pool) => poolNamespace(pool) === namespace)) continue;
    const demand = systemDemand(manifest);
    const sum = demands.get(namespace) ?? { cpu: 0, memoryGiB: 0, storageGiB: 0 };
    demands.set(namespace, { cpu: sum.cpu + demand.cpu, memoryGiB: sum.memoryGiB + demand.memoryGiB, storageGiB: sum.storageGiB + demand.storageGiB });
  }
  return {
    ...Object.fromEntries([...demands].map(([namespace, demand]) => [namespace, withHeadroom(demand)])),
    ...Object.fromEntries(POOLS.map((pool) => [poolNamespace(pool), pools[pool]])),
  };
}
