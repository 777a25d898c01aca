import type * as k8s from '@pulumi/kubernetes';
import type * as pulumi from '@pulumi/pulumi';
import { registerSystemRecord } from '../components/system-record';
import { AwsSystemData, type CenterHandle } from '../components/aws-system-data';
import type { AwsDataHandle } from '../components/data-access';
import { MigratedSystem } from '../components/migrated-system';
import { OnpremSystemData, type OnpremSystemDataArgs } from '../components/onprem-system-data';
import {
  DataOnboarding,
  DecommissionedSystem,
  ExemptSystem,
  PortalIntegration,
  WebsiteSite,
} from '../components/registrations';
import { DISPOSITIONS } from '../model/dispositions';
import type { SystemMigration } from '../model/domain';
import type { PlatformConfig } from './config';
import { dataAccessRegistrar, type SharingInput } from './data-access';

// The systems of a stack, each by its disposition, with its DataAccess: what definePlatform (platform.ts)
// registers on the centers it has built or, in a systems-only stack, on the platform stack's centers.

/** The systems stack's view of the platform: where systems land and what their data needs. */
export interface SystemTargets {
  kubernetes: k8s.Provider;
  primary?: CenterHandle;
  remote?: CenterHandle;
  /**
   * On existing clusters, what each system's OnpremSystemData takes besides its manifest (every center's
   * provider, the centers, their object stores as S3 for the buckets' versioning) and what it waits for.
   */
  onprem?: { args: Omit<OnpremSystemDataArgs, 'manifest'>; dependsOn: pulumi.Resource[] };
  /** Systems wait for the baseline when it is built in the same stack. */
  options: pulumi.ComponentResourceOptions;
  /** Every manifest of the repository and the sharing requests: who may read each system's data (stacks/data-access.ts). */
  access: { all: readonly SystemMigration[]; sharing: SharingInput };
}

/**
 * How the program registers systems: a batch at a time, waiting in between for the engine to answer,
 * so the SDK's bookkeeping for in-flight resources never holds thousands of systems at once. Both
 * paths pace alike (stacks/pacing.ts): `pulumi up` and the offline runs. Within a batch the engine
 * still works on every resource in parallel; the resources are the same either way.
 */
export interface SystemPacing {
  /** Systems registered before each wait. */
  batch: number;
  /** Resolves when the resources registered so far have been answered. */
  wait(): Promise<void>;
}

/** Each selected system, by its disposition, then its DataAccess. Systems never depend on each other. */
export async function deploySystems(
  manifests: readonly SystemMigration[],
  config: PlatformConfig,
  targets: SystemTargets,
  pacing?: SystemPacing,
): Promise<Record<string, string>> {
  const systems: Record<string, string> = {};
  const registerAccess = dataAccessRegistrar(targets.access.all, targets.access.sharing, {
    registry: targets.kubernetes,
    ...(targets.onprem?.args.providers.primary ? { kubernetes: targets.onprem.args.providers.primary } : {}),
    options: targets.options,
  });
  for (const [index, manifest] of manifests.entries()) {
    if (pacing && index > 0 && index % pacing.batch === 0) await pacing.wait();
    systems[manifest.metadata.slug] = manifest.spec.disposition.outcome;
    registerAccess(manifest, deploySystem(manifest, config, targets));
  }
  return systems;
}

/** One system by its disposition; answers its data handle when its data is on AWS (read by its DataAccess). */
function deploySystem(
  manifest: SystemMigration,
  config: PlatformConfig,
  targets: SystemTargets,
): AwsDataHandle | undefined {
  const args = { manifest, provider: targets.kubernetes, approvedRegistry: config.approvedRegistry };
  const name = manifest.metadata.slug;
  const { outcome } = manifest.spec.disposition;
  // A renamed system answers to its old names too, so Pulumi moves its resources instead of replacing them.
  const renamed = (suffix: string) => ({
    aliases: (manifest.metadata.previousSlugs ?? []).map((old) => ({ name: `${old}${suffix}` })),
  });
  const onPlatform = (suffix: string) => ({ ...targets.options, ...renamed(suffix) });
  const options = onPlatform('');
  // Every system is recorded, exempt and retired ones too: the registry is what the seed policies read.
  registerSystemRecord(`${name}-record`, manifest, {
    dependsOn: targets.options.dependsOn,
    provider: targets.kubernetes,
    ...renamed('-record'),
  });
  const { component } = DISPOSITIONS[outcome];
  if (component === 'website-site') new WebsiteSite(name, args, options);
  else if (component === 'decommissioned-system') new DecommissionedSystem(name, args, options);
  else if (component === 'exempt-system') new ExemptSystem(name, args, renamed(''));
  // `none` (already integrated into the ministry website): nothing to deploy, the record says why.
  if (component !== 'migrated-system') return undefined;
  // Without a placement there is nothing to run: the record shows it, and `cloud-is-the-norm` fails the deployment.
  const placement = manifest.spec.placement;
  if (!placement) return undefined;
  new MigratedSystem(name, args, options);
  let handle: AwsDataHandle | undefined;
  if (targets.primary && (placement.database || placement.storage?.object?.length)) {
    const data = new AwsSystemData(
      `${name}-data-store`,
      { manifest, primary: targets.primary, ...(targets.remote ? { remote: targets.remote } : {}) },
      renamed('-data-store'),
    );
    handle = {
      provider: targets.primary.provider,
      keyArn: targets.primary.keyArn,
      bucketArns: data.bucketArns,
      ...(data.databaseResourceId ? { databaseResourceId: data.databaseResourceId } : {}),
    };
  }
  if (targets.onprem && (placement.database || placement.storage?.object?.length)) {
    new OnpremSystemData(
      `${name}-data-store`,
      { manifest, ...targets.onprem.args },
      { dependsOn: targets.onprem.dependsOn, ...renamed('-data-store') },
    );
  }
  const { extranetPortal, internetPortal, resourceCenter } = manifest.spec.integration;
  if (extranetPortal.connect || internetPortal?.connect)
    new PortalIntegration(`${name}-portal`, args, onPlatform('-portal'));
  if (resourceCenter.onboard) new DataOnboarding(`${name}-data`, args, onPlatform('-data'));
  return handle;
}
