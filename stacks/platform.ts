import * as awsSdk from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AwsCenter } from '../components/aws-center';
import type { CenterHandle } from '../components/aws-system-data';
import { BackupTopology } from '../components/backup-topology';
import { ClusterBaseline } from '../components/cluster-baseline';
import { OnpremCenterData, type DataCenter } from '../components/onprem-center-data';
import { objectStoreProviders } from '../components/onprem-object-stores';
import type { SystemMigration } from '../model/domain';
import { platformBackups, type PlatformBackups } from '../model/tiers';
import type { CenterConfig, CenterRole, PlatformConfig } from './config';
import { assertDeployable } from './preflight';
import { loadSharing, storeGrants, type SharingInput } from './data-access';
import { deploySystems, type SystemPacing, type SystemTargets } from './systems';
import { namespaceQuotas as namespaceQuotasFor } from './quotas';

/** What a systems-only stack needs of one center, exported by the platform stack. */
export interface CenterExport {
  role: CenterRole;
  kubeconfig?: string;
  context?: string;
  region?: string;
  keyArn?: string;
  databaseSubnetGroup?: string;
  /** The center's server access log bucket, where a systems-only stack's buckets log their requests. */
  accessLogBucket?: string;
}

export interface PlatformExport {
  mode: PlatformConfig['mode'];
  centers: CenterExport[];
}

export interface PlatformOutputs {
  centers: string[];
  systems: Record<string, string>;
  /** Read by systems-only stacks through a StackReference (`envcloud:platformStack`). Absent in those stacks. */
  platform?: pulumi.Output<PlatformExport>;
  /** On AWS, what the backup plans take and where they copy to (BACKUPS_OUTPUT), for the DR policies of systems-only stacks. */
  backups?: PlatformBackups;
}

/** Every center of the stack: its config, and on AWS its account-side resources. */
interface PlatformCenter {
  config: CenterConfig;
  aws?: AwsCenter;
}

/** A center as the systems see it: its cluster, and on AWS its account-side resources. A backup-only AWS center has none. */
interface Center extends PlatformCenter {
  kubernetes: k8s.Provider;
  storage: { provisioner: string; parameters: Record<string, pulumi.Input<string>> };
}

/** Whether a center runs a cluster: all but a backup-only AWS center (one zone: vault, key and logs only). */
function hasCluster(center: PlatformCenter): center is Center {
  return (center as Partial<Center>).kubernetes !== undefined;
}

/** ID of the KMS connection Rook must be given on each on-premises cluster (README: on-premises prerequisites). */
export const ROOK_KMS_ID = 'envcloud-kms';

function kubeconfigCenter(center: CenterConfig): Center {
  const kubernetes = new k8s.Provider(`${center.name}-k8s`, {
    ...(center.kubeconfig ? { kubeconfig: center.kubeconfig } : {}),
    ...(center.context ? { context: center.context } : {}),
    enableServerSideApply: true,
  });
  // Rook encrypts RBD volumes with the key that its `csi-kms-connection-details` entry of this ID names.
  return {
    config: center,
    kubernetes,
    storage: {
      provisioner: 'rook-ceph.rbd.csi.ceph.com',
      parameters: { encrypted: 'true', encryptionKMSID: ROOK_KMS_ID },
    },
  };
}

/** AWS centers: the primary creates the multi-region key and the audit trail; the others replicate the key. A backup-only center has no cluster. */
function awsCenters(config: PlatformConfig): PlatformCenter[] {
  const ordered = [...config.centers].sort((a, b) => (a.role === 'primary' ? -1 : b.role === 'primary' ? 1 : 0));
  let primaryKeyArn: pulumi.Output<string> | undefined;
  return ordered.map((center) => {
    const built = new AwsCenter(center.name, {
      center,
      logRetentionDays: config.logRetentionDays,
      auditTrail: center.role === 'primary',
      ...(primaryKeyArn ? { primaryKeyArn } : {}),
    });
    primaryKeyArn ??= built.keyArn;
    if (!built.kubernetesProvider) return { config: center, aws: built };
    return {
      config: center,
      kubernetes: built.kubernetesProvider,
      aws: built,
      storage: {
        provisioner: 'ebs.csi.aws.com',
        parameters: { type: 'gp3', encrypted: 'true', kmsKeyId: built.keyArn },
      },
    };
  });
}

function handleOf(center: Center | undefined): CenterHandle | undefined {
  if (!center?.aws?.databaseSubnetGroup) return undefined;
  return {
    provider: center.aws.provider as awsSdk.Provider,
    keyArn: center.aws.keyArn,
    databaseSubnetGroup: center.aws.databaseSubnetGroup,
    accessLogBucket: center.aws.accessLogBucket,
  };
}

/** What a systems-only stack reads of a center; a backup-only center exports no kubeconfig and no database subnet group. */
function exportCenter(center: PlatformCenter): pulumi.Output<CenterExport> {
  const base = { role: center.config.role, ...(center.config.context ? { context: center.config.context } : {}) };
  if (!center.aws)
    return pulumi.output({ ...base, ...(center.config.kubeconfig ? { kubeconfig: center.config.kubeconfig } : {}) });
  return pulumi
    .all([center.aws.kubeconfig, center.aws.keyArn, center.aws.databaseSubnetGroup, center.aws.accessLogBucket])
    .apply(([kubeconfig, keyArn, databaseSubnetGroup, accessLogBucket]) => ({
      ...base,
      ...(kubeconfig !== undefined ? { kubeconfig } : {}),
      region: center.config.region!,
      keyArn,
      ...(databaseSubnetGroup !== undefined ? { databaseSubnetGroup } : {}),
      accessLogBucket,
    }));
}

/**
 * A systems-only stack: the platform stack's centers, read through a StackReference, receive this
 * stack's systems. Lets the 182 systems be split over stacks by unit or by wave.
 */
async function deployOntoPlatformStack(
  config: PlatformConfig,
  manifests: readonly SystemMigration[],
  access: SystemTargets['access'],
  pacing?: SystemPacing,
): Promise<PlatformOutputs> {
  const reference = new pulumi.StackReference('platform', { name: config.platformStack! });
  const exported = reference.requireOutput('platform') as pulumi.Output<PlatformExport>;
  const center = (role: CenterRole) =>
    exported.apply((platform) => platform.centers.find((candidate) => candidate.role === role));
  const primary = center('primary');
  const kubernetes = new k8s.Provider('primary-k8s', {
    kubeconfig: primary.apply((found) => found?.kubeconfig),
    context: primary.apply((found) => found?.context),
    enableServerSideApply: true,
  });
  const handle = (role: CenterRole): CenterHandle | undefined => {
    if (config.mode !== 'aws' || !config.centers.some((candidate) => candidate.role === role)) return undefined;
    const found = center(role);
    return {
      provider: new awsSdk.Provider(`${role}-aws`, { region: found.apply((value) => value?.region ?? '') }),
      keyArn: found.apply((value) => value?.keyArn ?? ''),
      databaseSubnetGroup: found.apply((value) => value?.databaseSubnetGroup ?? ''),
      // A platform stack deployed before access logging exported none: its buckets then log nowhere,
      // and s3-access-logging fails the stack (targetBucket empty) until the platform stack is updated.
      accessLogBucket: found.apply((value) => value?.accessLogBucket ?? ''),
    };
  };
  const primaryHandle = handle('primary');
  const remoteHandle = handle('remote');
  const systems = await deploySystems(
    manifests,
    config,
    {
      kubernetes,
      ...(primaryHandle ? { primary: primaryHandle } : {}),
      ...(remoteHandle ? { remote: remoteHandle } : {}),
      options: {},
      access,
    },
    pacing,
  );
  return { centers: config.centers.map((candidate) => candidate.name), systems };
}

/**
 * The whole platform for one stack: the centers (on AWS or on existing clusters), every cluster's
 * baseline, the backup topology, then each selected system by its disposition on the primary center.
 * Systems depend only on the platform, never on each other, so the deploy graph's depth does not
 * grow with their number. With `platformStack` set, only the systems are deployed, onto that stack's platform.
 */
export async function definePlatform(
  config: PlatformConfig,
  manifests: readonly SystemMigration[],
  /** Every system in the repository, which sizes the namespace quotas (split stacks share them). Default: `manifests`. */
  allManifests: readonly SystemMigration[] = manifests,
  /** Register the systems in batches (see SystemPacing). Default: all at once. */
  pacing?: SystemPacing,
  /** The sharing requests and the plan's day. Default: `sharing/` of the working folder, as of today in China. */
  sharing?: SharingInput,
): Promise<PlatformOutputs> {
  assertDeployable(manifests, config);
  const access = { all: allManifests, sharing: sharing ?? (await loadSharing(process.cwd())) };
  if (config.platformStack) return deployOntoPlatformStack(config, manifests, access, pacing);
  const allCenters: PlatformCenter[] =
    config.mode === 'aws' ? awsCenters(config) : config.centers.map(kubeconfigCenter);
  // Baselines, storage classes and systems go on clusters; a backup-only center only receives backup copies.
  const centers = allCenters.filter(hasCluster);
  const byRole = new Map<CenterRole, Center>(centers.map((center) => [center.config.role, center]));
  const primary = byRole.get('primary')!;

  const namespaceQuotas = namespaceQuotasFor(allManifests, config.pools, config.mode);
  const baselines = new Map(
    centers.map((center) => [
      center.config.role,
      new ClusterBaseline(`${center.config.name}-baseline`, {
        provider: center.kubernetes,
        pools: config.pools,
        namespaceQuotas,
        storageProvisioner: center.storage.provisioner,
        storageParameters: center.storage.parameters,
      }),
    ]),
  );

  let backups: PlatformBackups | undefined;
  if (primary.aws) {
    const copyVaults = Object.fromEntries(
      allCenters
        .filter((center) => center !== primary && center.aws)
        .map((center) => [center.config.role, center.aws!.backupVaultArn]),
    );
    new BackupTopology('backups', {
      provider: primary.aws.provider,
      region: primary.config.region!,
      primaryVaultName: primary.aws.backupVaultName,
      primaryVaultArn: primary.aws.backupVaultArn,
      copyVaults,
    });
    backups = platformBackups(Object.keys(copyVaults) as CenterRole[]);
  }

  // On existing clusters, each center's data platform (object store, backup locations; Velero schedules in the primary).
  const dataCenters: DataCenter[] = centers.map((center) => ({ name: center.config.name, role: center.config.role }));
  const onprem = primary.aws
    ? undefined
    : {
        args: {
          providers: Object.fromEntries(centers.map((center) => [center.config.role, center.kubernetes])) as Partial<
            Record<CenterRole, k8s.Provider>
          >,
          centers: dataCenters,
          approvedRegistry: config.approvedRegistry,
          objectStores: objectStoreProviders(dataCenters, config.objectStoreUser),
          grants: storeGrants(allManifests, access.sharing),
        },
        dependsOn: centers.map(
          (center) =>
            new OnpremCenterData(
              `${center.config.name}-data`,
              {
                provider: center.kubernetes,
                center: { name: center.config.name, role: center.config.role },
                centers: dataCenters,
                operators: config.operators,
                approvedRegistry: config.approvedRegistry,
                systems: manifests,
              },
              { dependsOn: [baselines.get(center.config.role)!] },
            ),
        ),
      };

  const primaryHandle = handleOf(primary);
  const remoteHandle = handleOf(byRole.get('remote'));
  const systems = await deploySystems(
    manifests,
    config,
    {
      kubernetes: primary.kubernetes,
      ...(primaryHandle ? { primary: primaryHandle } : {}),
      ...(remoteHandle ? { remote: remoteHandle } : {}),
      ...(onprem ? { onprem } : {}),
      options: { dependsOn: [baselines.get('primary')!] },
      access,
    },
    pacing,
  );
  const platform = pulumi
    .all(allCenters.map(exportCenter))
    .apply((exported) => ({ mode: config.mode, centers: exported }));
  return {
    centers: allCenters.map((center) => center.config.name),
    systems,
    platform: pulumi.secret(platform),
    ...(backups ? { backups } : {}),
  };
}
