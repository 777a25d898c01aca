import * as k8s from '@pulumi/kubernetes';
import type * as pulumi from '@pulumi/pulumi';
import { POOLS } from '../model/domain';
import {
  OPERATOR_NAMES,
  OPERATORS,
  VELERO_AWS_PLUGIN,
  type OperatorDeclaration,
  type OperatorName,
} from '../model/operators';
import { poolScheduling, poolTaint } from '../model/pools';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';

/** The taints of every professional pool, tolerated by the node daemons that must run on every node (storage and backup agents). */
function everyPoolTolerated(): { key: string; operator: 'Equal'; value: string; effect: string }[] {
  return POOLS.flatMap((pool) => {
    const taint = poolTaint(pool);
    return taint ? [{ key: taint.key, operator: 'Equal' as const, value: taint.value, effect: taint.effect }] : [];
  });
}

/**
 * The chart values envcloud installs an operator with: its image from the approved registry, the
 * operator itself on the central pool's nodes, its CRDs managed by the chart; node daemons (Ceph CSI,
 * Velero's node agent) tolerate every pool, because a volume may be mounted or backed up on any node.
 * Velero gets no default location or snapshot location (envcloud creates the BackupStorageLocations),
 * the AWS plugin for the Ceph gateways' S3 API, CSI snapshots and the node agent its data mover needs.
 */
export function operatorValues(
  name: OperatorName,
  registry: string = DEFAULT_APPROVED_REGISTRY,
): Record<string, unknown> {
  const { nodeSelector } = poolScheduling('central');
  const image = { repository: `${registry}/${OPERATORS[name].image}` };
  if (name === 'cloudnative-pg') return { image, crds: { create: true }, nodeSelector };
  if (name === 'rook-ceph')
    return { image, crds: { enabled: true }, nodeSelector, csi: { pluginTolerations: everyPoolTolerated() } };
  return {
    image,
    nodeSelector,
    upgradeCRDs: true,
    initContainers: [
      {
        name: 'velero-plugin-for-aws',
        image: `${registry}/${VELERO_AWS_PLUGIN.image}:${VELERO_AWS_PLUGIN.version}`,
        imagePullPolicy: 'IfNotPresent',
        volumeMounts: [{ mountPath: '/target', name: 'plugins' }],
      },
    ],
    // The BackupStorageLocations carry their own credential (the object store's keys): no cloud secret.
    credentials: { useSecret: false },
    backupsEnabled: false,
    snapshotsEnabled: false,
    configuration: { backupStorageLocation: [], volumeSnapshotLocation: [], features: 'EnableCSI' },
    deployNodeAgent: true,
    nodeAgent: { tolerations: everyPoolTolerated() },
  };
}

/** The operators of a stack that envcloud installs itself (`installedBy: envcloud`), in a stable order. */
export function operatorsToInstall(
  declared: Partial<Record<OperatorName, OperatorDeclaration>> | undefined,
): OperatorName[] {
  return OPERATOR_NAMES.filter((name) => declared?.[name]?.installedBy === 'envcloud');
}

/**
 * Installs on one cluster the operators the stack says envcloud installs: each operator's pinned chart
 * (model/operators.ts) as a Helm release in its namespace, created with it. A release is protected and
 * kept if the stack is destroyed: uninstalling an operator's chart removes its CRDs, and with them every
 * database cluster, object store and bucket claim on the cluster. Answers the releases by operator, for
 * the operator's custom resources to depend on.
 */
export function installOperators(
  name: string,
  declared: Partial<Record<OperatorName, OperatorDeclaration>> | undefined,
  options: pulumi.CustomResourceOptions & { approvedRegistry?: string },
): Partial<Record<OperatorName, k8s.helm.v3.Release>> {
  const { approvedRegistry, ...resourceOptions } = options;
  return Object.fromEntries(
    operatorsToInstall(declared).map((operator) => {
      const { chart, namespace } = OPERATORS[operator];
      const release = new k8s.helm.v3.Release(
        `${name}-${operator}`,
        {
          name: operator,
          chart: chart.name,
          version: chart.version,
          repositoryOpts: { repo: chart.repository },
          namespace,
          createNamespace: true,
          atomic: true,
          values: operatorValues(operator, approvedRegistry),
        },
        { ...resourceOptions, protect: true, retainOnDelete: true },
      );
      return [operator, release];
    }),
  );
}
