/**
 * The two locations, three centers (plan §三(三).9: “两地三中心”): the ministry data center, the
 * same-city backup center and the remote disaster-recovery center.
 */
export type CenterRole = 'primary' | 'same-city' | 'remote';

/** One center as a stack configures it: on AWS (region, zones, network) or an existing cluster (context or kubeconfig). */
export interface CenterConfig {
  name: string;
  role: CenterRole;
  region?: string;
  availabilityZones?: string[];
  vpcCidr?: string;
  context?: string;
  kubeconfig?: string;
}

/**
 * Zones an AWS center with a cluster spans: its EKS cluster and its database subnet group each need two.
 * A center that lists one zone is backup-only (see isBackupOnly).
 */
export const CLUSTER_MIN_ZONES = 2;

/**
 * The roles that may be backup-only on AWS: the same-city backup center (plan §三(三).9: 同城备份) holds
 * copies of the backups; systems run in the primary center and fail over to the remote one, so it needs
 * no cluster of its own. The primary and the remote center always run a cluster.
 */
export const BACKUP_ONLY_ROLES: readonly CenterRole[] = ['same-city'];

/**
 * Whether an AWS center is backup-only: it lists a single availability zone, so it is built with its
 * network, key, backup vault and access log bucket, and without an EKS cluster. Beijing (cn-north-1) has
 * three zones and the primary's cluster takes two, so a same-city center there that shares no zone with
 * the primary has one zone left.
 */
export function isBackupOnly(center: Pick<CenterConfig, 'availabilityZones'>): boolean {
  return center.availabilityZones?.length === 1;
}

/** What a resource pool holds. */
export interface PoolCapacity {
  cpu: number;
  memoryGiB: number;
  storageGiB: number;
}
