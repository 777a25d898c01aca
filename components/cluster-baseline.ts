import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { BACKUP_TIERS, BUSINESS_SYSTEMS, POOLS, type Pool } from '../model/domain';
import type { PoolCapacity } from '../model/topology';
import { BACKUP_TIER_LABEL, storageClassOf } from '../model/tiers';
import { BUSINESS_SYSTEM_POOLS, POOL_NODE_LABEL } from '../model/pools';
import { SYSTEM_REGISTRY_NAMESPACE } from './system-record';
import { businessSystemNamespace, LABEL_PREFIX, poolNamespace } from './labels';

export interface ClusterBaselineArgs {
  /** Kubernetes provider of the center's cluster. Required. */
  provider: k8s.Provider;
  /** Capacity of each pool, applied as the ResourceQuota of the pool's namespace. Required. */
  pools: Record<Pool, PoolCapacity>;
  /** Quotas of the other namespaces (business systems, platform services). Default: 2 CPU, 4 GiB, 50 GiB each. */
  namespaceQuotas?: Record<string, PoolCapacity>;
  /** CSI provisioner for the storage classes. Default: `ebs.csi.aws.com`. */
  storageProvisioner?: string;
  /** Parameters given to every storage class (encryption settings). Default: `{}`. */
  storageParameters?: Record<string, pulumi.Input<string>>;
  /** Default container limits applied by each LimitRange. Default: 500m CPU, 512Mi memory. */
  defaultLimits?: { cpu: string; memory: string };
}

/** Quota of a namespace nothing has asked capacity of yet. */
export const DEFAULT_NAMESPACE_QUOTA: Readonly<PoolCapacity> = { cpu: 2, memoryGiB: 4, storageGiB: 50 };

/** Platform services that systems register with: the resource center, the website cluster, the portals. */
export const PLATFORM_NAMESPACES = ['resource-center', 'website-cluster', 'portal', SYSTEM_REGISTRY_NAMESPACE] as const;

/** The resource center holds every unit's shared data, so it is protected at MLPS level 3 whatever its sources' levels. */
export const NAMESPACE_MLPS_LEVEL: Readonly<Record<string, string>> = {
  'resource-center': '3',
  [SYSTEM_REGISTRY_NAMESPACE]: '3',
};

/** Every namespace the baseline creates: one per pool, one per business system, one per platform service. */
export function baselineNamespaces(): string[] {
  return [...POOLS.map(poolNamespace), ...BUSINESS_SYSTEMS.map(businessSystemNamespace), ...PLATFORM_NAMESPACES];
}

/** The pool a namespace's pods run in (model/pools.ts): a pool's own, a business system's pool, the central pool for the platform services. */
export function namespacePool(namespace: string): Pool {
  const own = POOLS.find((pool) => poolNamespace(pool) === namespace);
  if (own) return own;
  const business = BUSINESS_SYSTEMS.find((system) => businessSystemNamespace(system) === namespace);
  return business ? BUSINESS_SYSTEM_POOLS[business] : 'central';
}

/** The labels that make Pod Security admission enforce `restricted` (MLPS 3: least privilege). */
export const RESTRICTED_POD_SECURITY: Readonly<Record<string, string>> = {
  'pod-security.kubernetes.io/enforce': 'restricted',
  'pod-security.kubernetes.io/enforce-version': 'latest',
  'pod-security.kubernetes.io/audit': 'restricted',
  'pod-security.kubernetes.io/warn': 'restricted',
};

/** Quota of a pool namespace: requests may not exceed the pool's configured capacity. */
export function quotaFor(capacity: PoolCapacity): Record<string, string> {
  return {
    'requests.cpu': String(capacity.cpu),
    'requests.memory': `${capacity.memoryGiB}Gi`,
    'requests.storage': `${capacity.storageGiB}Gi`,
  };
}

export function validateClusterBaselineArgs(args: ClusterBaselineArgs, resource: pulumi.Resource): void {
  for (const pool of POOLS) {
    if (!args.pools[pool])
      throw new pulumi.ResourceError(`ClusterBaseline: args.pools is missing pool \`${pool}\``, resource);
  }
}

/**
 * What every cluster of the platform runs before any system lands: a namespace per pool and per
 * business system, each with a quota, default limits, default-deny traffic and restricted pod
 * security, and one storage class per backup tier.
 */
export class ClusterBaseline extends pulumi.ComponentResource {
  public readonly namespaces: pulumi.Output<string[]>;
  public readonly storageClasses: pulumi.Output<string[]>;

  constructor(name: string, args: ClusterBaselineArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:ClusterBaseline', name, {}, opts);
    validateClusterBaselineArgs(args, this);
    const childOptions = { parent: this, provider: args.provider };
    const limits = args.defaultLimits ?? { cpu: '500m', memory: '512Mi' };

    const namespaces = baselineNamespaces().map((namespace) => {
      const created = new k8s.core.v1.Namespace(
        `${name}-${namespace}`,
        {
          metadata: {
            name: namespace,
            labels: {
              ...RESTRICTED_POD_SECURITY,
              'app.kubernetes.io/managed-by': 'envcloud',
              [POOL_NODE_LABEL]: namespacePool(namespace),
              ...(NAMESPACE_MLPS_LEVEL[namespace]
                ? { [`${LABEL_PREFIX}/mlps-level`]: NAMESPACE_MLPS_LEVEL[namespace] }
                : {}),
            },
          },
        },
        childOptions,
      );
      const namespaceOptions = { ...childOptions, dependsOn: [created] };
      const pool = POOLS.find((candidate) => poolNamespace(candidate) === namespace);
      // A pool's capacity is split over the namespaces inside it (stacks/quotas.ts); without the split, a pool namespace holds the whole pool.
      const capacity = args.namespaceQuotas?.[namespace] ?? (pool ? args.pools[pool] : DEFAULT_NAMESPACE_QUOTA);
      new k8s.core.v1.ResourceQuota(
        `${name}-${namespace}-quota`,
        { metadata: { name: 'capacity', namespace }, spec: { hard: quotaFor(capacity) } },
        namespaceOptions,
      );
      new k8s.core.v1.LimitRange(
        `${name}-${namespace}-limits`,
        {
          metadata: { name: 'default-limits', namespace },
          spec: { limits: [{ type: 'Container', default: limits, defaultRequest: { cpu: '100m', memory: '128Mi' } }] },
        },
        namespaceOptions,
      );
      new k8s.networking.v1.NetworkPolicy(
        `${name}-${namespace}-default-deny`,
        {
          metadata: { name: 'default-deny', namespace },
          spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
        },
        namespaceOptions,
      );
      return created.metadata.name;
    });

    const storageClasses = BACKUP_TIERS.map(
      (tier) =>
        new k8s.storage.v1.StorageClass(
          `${name}-sc-${tier}`,
          {
            metadata: { name: storageClassOf(tier), labels: { [`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`]: tier } },
            provisioner: args.storageProvisioner ?? 'ebs.csi.aws.com',
            parameters: args.storageParameters ?? {},
            reclaimPolicy: 'Retain',
            allowVolumeExpansion: true,
            volumeBindingMode: 'WaitForFirstConsumer',
          },
          childOptions,
        ).metadata.name,
    );

    this.namespaces = pulumi.all(namespaces);
    this.storageClasses = pulumi.all(storageClasses);
    this.registerOutputs({ namespaces: this.namespaces, storageClasses: this.storageClasses });
  }
}
