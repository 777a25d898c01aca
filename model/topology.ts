import type { BackupTier } from './domain';

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

/** What a resource pool holds. */
export interface PoolCapacity {
  cpu: number;
  memoryGiB: number;
  storageGiB: number;
}

/**
 * What each tier needs of the topology: gold keeps a replica in the remote center and copies in
 * both backup centers, and runs multi-AZ; silver copies daily to both backup centers; bronze copies
 * weekly to the remote center.
 */
export const TIER_NEEDS: Readonly<Record<BackupTier, { centers: readonly CenterRole[]; multiAz: boolean }>> = {
  gold: { centers: ['same-city', 'remote'], multiAz: true },
  silver: { centers: ['same-city', 'remote'], multiAz: false },
  bronze: { centers: ['remote'], multiAz: false },
  none: { centers: [], multiAz: false },
};
