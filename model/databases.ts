// What a system's database asks of the platform, on either path: whether it needs a hot standby, and on
// the ministry's own clusters how many PostgreSQL pods it runs and what each requests. The components
// that build the databases and the capacity preflight and quotas that make room for them read these facts.
import type { SystemMigration } from './manifest.generated';

/**
 * Whether a system's database keeps a hot standby (multi-AZ on AWS, a second instance on-prem):
 * GB/T 22239-2019 8.1.4.9 c) asks of level 3 (and 4) 重要数据处理系统的热冗余 (hot redundancy of key
 * data processing systems), whatever the backup tier; gold needs it for its one-hour RTO as well. A
 * backup or a remote copy restores data, it is not a hot standby.
 */
export function needsHotStandby(manifest: SystemMigration): boolean {
  return manifest.spec.protection.backup.tier === 'gold' || manifest.spec.protection.mlpsLevel >= 3;
}

/** CPU and memory of each PostgreSQL instance on the clusters (requests; limits twice as much). */
export const DATABASE_INSTANCE = { cpu: '500m', memory: '1Gi', cpuLimit: '1', memoryLimit: '2Gi' } as const;

/** PostgreSQL instances in the primary center: gold runs a synchronous standby and a spare; MLPS level 3 a hot standby (GB/T 22239-2019 8.1.4.9 c). */
export function databaseInstances(manifest: SystemMigration): number {
  if (manifest.spec.protection.backup.tier === 'gold') return 3;
  return needsHotStandby(manifest) ? 2 : 1;
}

/** Instances of each replica cluster in another center (one; promoted on failover). */
export const REPLICA_INSTANCES = 1;
