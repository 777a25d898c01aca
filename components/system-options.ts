import * as k8s from '@pulumi/kubernetes';
import type * as pulumi from '@pulumi/pulumi';
import type { BackupTier, SystemMigration } from '../model/domain';
import { storageClassOf } from '../model/tiers';
// Names of a system's cloud objects derive from its identity slug, which a rename does not change.
export { childName } from '../model/k8s-names';

/** Arguments every system component takes. */
export interface SystemComponentArgs {
  /** The system's validated manifest. Required. */
  manifest: SystemMigration;
  /** Kubernetes provider of the primary center's cluster. Required. */
  provider: k8s.Provider;
  /** Registry every image must come from. Default: the ministry's (`DEFAULT_APPROVED_REGISTRY`, model/registry.ts). */
  approvedRegistry?: string;
}

/** Options for stateful children: never deleted with the stack, never replaced silently. */
export function statefulOptions(options: pulumi.CustomResourceOptions): pulumi.CustomResourceOptions {
  return { ...options, protect: true, retainOnDelete: true };
}

/**
 * A volume holding a system's data: in the storage class of its backup tier, protected, and kept if
 * the stack is destroyed.
 */
export function protectedVolume(
  name: string,
  metadata: k8s.types.input.meta.v1.ObjectMeta,
  tier: BackupTier,
  sizeGiB: number,
  options: pulumi.CustomResourceOptions,
): k8s.core.v1.PersistentVolumeClaim {
  return new k8s.core.v1.PersistentVolumeClaim(
    name,
    {
      metadata,
      spec: {
        accessModes: ['ReadWriteOnce'],
        storageClassName: storageClassOf(tier),
        resources: { requests: { storage: `${sizeGiB}Gi` } },
      },
    },
    statefulOptions(options),
  );
}
