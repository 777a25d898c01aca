import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { ClusterBaseline } from '../components/cluster-baseline';
import { MigratedSystem } from '../components/migrated-system';
import { DataOnboarding, DecommissionedSystem, ExemptSystem, PortalIntegration, WebsiteSite } from '../components/registrations';
import { MIGRATING_OUTCOMES, type SystemMigration } from '../model/domain';
import type { CenterConfig, PlatformConfig } from './config';
import { assertDeployable } from './preflight';

export interface PlatformOutputs {
  centers: string[];
  systems: Record<string, string>;
}

function clusterProvider(center: CenterConfig): k8s.Provider {
  return new k8s.Provider(`${center.name}-k8s`, {
    ...(center.kubeconfig ? { kubeconfig: center.kubeconfig } : {}),
    ...(center.context ? { context: center.context } : {}),
    enableServerSideApply: true,
  });
}

/**
 * The whole platform for one stack: every center's cluster baseline, then each selected system,
 * by its disposition, on the primary center. Systems depend only on the baseline, never on each
 * other, so the deploy graph's depth does not grow with their number.
 */
export function definePlatform(config: PlatformConfig, manifests: readonly SystemMigration[]): PlatformOutputs {
  assertDeployable(manifests, config);
  if (config.mode === 'aws') {
    throw new Error('envcloud:mode `aws` (EKS, VPC, KMS, CloudTrail, backup vaults) is not implemented yet; use the `onprem` stack (issue #3, in progress)');
  }
  const providers = new Map(config.centers.map((center) => [center.role, clusterProvider(center)]));
  const baselines = config.centers.map(
    (center) =>
      new ClusterBaseline(`${center.name}-baseline`, { provider: providers.get(center.role)!, pools: config.pools, storageProvisioner: 'rook-ceph.rbd.csi.ceph.com' }),
  );
  const primary = providers.get('primary')!;
  const primaryBaseline = baselines[config.centers.findIndex((center) => center.role === 'primary')]!;
  const options: pulumi.ComponentResourceOptions = { dependsOn: [primaryBaseline] };

  const systems: Record<string, string> = {};
  for (const manifest of manifests) {
    const args = { manifest, provider: primary, approvedRegistry: config.approvedRegistry };
    const name = manifest.metadata.slug;
    const { outcome } = manifest.spec.disposition;
    systems[name] = outcome;
    if (MIGRATING_OUTCOMES.includes(outcome)) {
      new MigratedSystem(name, args, options);
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
    // already-integrated: already part of the ministry website; nothing to deploy.
  }
  return { centers: config.centers.map((center) => center.name), systems };
}
