import type * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AwsCenter } from '../components/aws-center';
import { AwsSystemData, type CenterHandle } from '../components/aws-system-data';
import { BackupTopology } from '../components/backup-topology';
import { ClusterBaseline } from '../components/cluster-baseline';
import { MigratedSystem } from '../components/migrated-system';
import { DataOnboarding, DecommissionedSystem, ExemptSystem, PortalIntegration, WebsiteSite } from '../components/registrations';
import { MIGRATING_OUTCOMES, type SystemMigration } from '../model/domain';
import type { CenterConfig, CenterRole, PlatformConfig } from './config';
import { assertDeployable } from './preflight';

export interface PlatformOutputs {
  centers: string[];
  systems: Record<string, string>;
}

/** A center as the systems see it: its cluster, and on AWS its account-side resources. */
interface Center {
  config: CenterConfig;
  kubernetes: k8s.Provider;
  aws?: AwsCenter;
  storage: { provisioner: string; parameters: Record<string, pulumi.Input<string>> };
}

function kubeconfigCenter(center: CenterConfig): Center {
  const kubernetes = new k8s.Provider(`${center.name}-k8s`, {
    ...(center.kubeconfig ? { kubeconfig: center.kubeconfig } : {}),
    ...(center.context ? { context: center.context } : {}),
    enableServerSideApply: true,
  });
  return { config: center, kubernetes, storage: { provisioner: 'rook-ceph.rbd.csi.ceph.com', parameters: {} } };
}

/** AWS centers: the primary creates the multi-region key and the audit trail; the others replicate the key. */
function awsCenters(config: PlatformConfig): Center[] {
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
    return {
      config: center,
      kubernetes: built.kubernetesProvider,
      aws: built,
      storage: { provisioner: 'ebs.csi.aws.com', parameters: { type: 'gp3', encrypted: 'true', kmsKeyId: built.keyArn } },
    };
  });
}

function handleOf(center: Center | undefined): CenterHandle | undefined {
  if (!center?.aws) return undefined;
  return { provider: center.aws.provider as aws.Provider, keyArn: center.aws.keyArn, databaseSubnetGroup: center.aws.databaseSubnetGroup };
}

/**
 * The whole platform for one stack: the centers (on AWS or on existing clusters), every cluster's
 * baseline, the backup topology, then each selected system by its disposition on the primary center.
 * Systems depend only on the platform, never on each other, so the deploy graph's depth does not
 * grow with their number.
 */
export function definePlatform(config: PlatformConfig, manifests: readonly SystemMigration[]): PlatformOutputs {
  assertDeployable(manifests, config);
  const centers = config.mode === 'aws' ? awsCenters(config) : config.centers.map(kubeconfigCenter);
  const byRole = new Map<CenterRole, Center>(centers.map((center) => [center.config.role, center]));
  const primary = byRole.get('primary')!;

  const baselines = new Map(
    centers.map((center) => [
      center.config.role,
      new ClusterBaseline(`${center.config.name}-baseline`, {
        provider: center.kubernetes,
        pools: config.pools,
        storageProvisioner: center.storage.provisioner,
        storageParameters: center.storage.parameters,
      }),
    ]),
  );

  if (primary.aws) {
    const copyVaults = Object.fromEntries(centers.filter((center) => center !== primary && center.aws).map((center) => [center.config.role, center.aws!.backupVaultArn]));
    new BackupTopology('backups', {
      provider: primary.aws.provider,
      region: primary.config.region!,
      primaryVaultName: primary.aws.backupVaultName,
      primaryVaultArn: primary.aws.backupVaultArn,
      copyVaults,
    });
  }

  const options: pulumi.ComponentResourceOptions = { dependsOn: [baselines.get('primary')!] };
  const primaryHandle = handleOf(primary);
  const remoteHandle = handleOf(byRole.get('remote'));
  const systems: Record<string, string> = {};
  for (const manifest of manifests) {
    const args = { manifest, provider: primary.kubernetes, approvedRegistry: config.approvedRegistry };
    const name = manifest.metadata.slug;
    const { outcome } = manifest.spec.disposition;
    systems[name] = outcome;
    if (MIGRATING_OUTCOMES.includes(outcome)) {
      new MigratedSystem(name, args, options);
      const placement = manifest.spec.placement;
      if (primaryHandle && (placement?.database || placement?.storage?.object?.length)) {
        new AwsSystemData(`${name}-data-store`, { manifest, primary: primaryHandle, ...(remoteHandle ? { remote: remoteHandle } : {}) });
      }
      const { extranetPortal, internetPortal, resourceCenter } = manifest.spec.integration;
      if (extranetPortal.connect || internetPortal?.connect) new PortalIntegration(`${name}-portal`, args, options);
      if (resourceCenter.onboard) new DataOnboarding(`${name}-data`, args, options);
    } else if (outcome === 'website-cluster') {
      new WebsiteSite(name, args, options);
    } else if (outcome === 'decommission') {
      new DecommissionedSystem(name, args, options);
    } else if (outcome === 'exempt') {
      new ExemptSystem(name, args);
    }
    // already-integrated: part of the ministry website already; nothing to deploy.
  }
  return { centers: centers.map((center) => center.config.name), systems };
}
