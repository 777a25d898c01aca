import type * as k8s from '@pulumi/kubernetes';
import type { SystemMigration, Workload } from '../model/domain';
import { poolScheduling, runningPool } from '../model/pools';
import { identitySlug, LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';

type DeploymentSpec = k8s.types.input.apps.v1.DeploymentSpec;

/** Container hardening every workload gets (MLPS 3 and Pod Security `restricted`). */
export function hardenedContainer(): k8s.types.input.core.v1.SecurityContext {
  return {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

export function workloadLabels(manifest: SystemMigration, workload: Workload): Record<string, string> {
  return {
    ...systemLabels(manifest),
    'app.kubernetes.io/name': workload.name,
    [`${LABEL_PREFIX}/exposure`]: workload.exposure,
  };
}

/** The scheduling fields that keep a system's pods on the nodes of the pool it runs in (model/pools.ts): the pool's nodeSelector and, for a professional pool, the toleration of its taint. */
export function systemScheduling(manifest: SystemMigration): {
  nodeSelector: Record<string, string>;
  tolerations?: k8s.types.input.core.v1.Toleration[];
} {
  const { nodeSelector, tolerations } = poolScheduling(runningPool(manifest));
  return { nodeSelector, ...(tolerations.length ? { tolerations } : {}) };
}

/** The Deployment spec of one workload: requests equal limits, hardened, a writable /tmp only, on its pool's nodes. */
export function deploymentSpec(manifest: SystemMigration, workload: Workload): DeploymentSpec {
  const labels = workloadLabels(manifest, workload);
  const resources = { cpu: workload.cpu, memory: workload.memory };
  return {
    replicas: workload.replicas,
    selector: {
      matchLabels: { [`${LABEL_PREFIX}/system`]: identitySlug(manifest), 'app.kubernetes.io/name': workload.name },
    },
    template: {
      metadata: { labels, annotations: systemAnnotations(manifest) },
      spec: {
        automountServiceAccountToken: false,
        ...systemScheduling(manifest),
        securityContext: {
          runAsNonRoot: true,
          runAsUser: 10001,
          fsGroup: 10001,
          seccompProfile: { type: 'RuntimeDefault' },
        },
        containers: [
          {
            name: workload.name,
            image: workload.image,
            ports: workload.ports.map((port) => ({ containerPort: port.port, protocol: port.protocol ?? 'TCP' })),
            resources: { requests: resources, limits: resources },
            securityContext: hardenedContainer(),
            volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
          },
        ],
        volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }],
      },
    },
  };
}

/**
 * Who may reach a workload: pods of the same system always; the zone's gateway namespace for
 * extranet and internet workloads. Everything else stays denied by the namespace's default-deny.
 */
export function ingressSources(
  manifest: SystemMigration,
  workload: Workload,
): k8s.types.input.networking.v1.NetworkPolicyPeer[] {
  const sameSystem = { podSelector: { matchLabels: { [`${LABEL_PREFIX}/system`]: identitySlug(manifest) } } };
  if (workload.exposure === 'internal') return [sameSystem];
  return [sameSystem, { namespaceSelector: { matchLabels: { [`${LABEL_PREFIX}/gateway-zone`]: workload.exposure } } }];
}
