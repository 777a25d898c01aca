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

/**
 * The database releases the platform runs, by engine: those both CloudNativePG's images (1.25) and RDS
 * offer. PostgreSQL from 14: a grant's read-only role is a member of `pg_read_all_data`, which 14
 * brought. A version outside these was green in validate and failed the deploy (`9.6`, `99`).
 */
export const SUPPORTED_DATABASE_VERSIONS = {
  postgresql: ['14', '15', '16', '17'],
  mysql: ['8.0', '8.4'],
} as const;

/**
 * Whether `version` names a release the platform runs for `engine`: the release alone (`16`, `8.0`), as
 * the schema describes it. The minor is the platform's to choose (RDS takes the release and keeps its
 * minor current; the clusters run the release's image the approved registry mirrors): a minor written
 * in a manifest (`16.99`) passed as release 16 and named an engine version RDS and the registry have not.
 */
export function isSupportedDatabaseVersion(engine: 'postgresql' | 'mysql', version: string): boolean {
  return (SUPPORTED_DATABASE_VERSIONS[engine] as readonly string[]).includes(version);
}
