import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { MIGRATING_OUTCOMES, type SystemMigration } from '../model/domain';
import { DEFAULT_APPROVED_REGISTRY, isFromRegistry } from '../model/registry';
import {
  businessSystemNamespace,
  identitySlug,
  LABEL_PREFIX,
  poolNamespace,
  systemAnnotations,
  systemLabels,
} from './labels';
import { childName, protectedVolume, type SystemComponentArgs } from './system-options';
import { MAX_SERVICE_NAME_LENGTH, serviceNameOf } from '../model/k8s-names';
import { deploymentSpec, ingressSources } from './workload-spec';

/** Merged systems run inside their business system's namespace; the others in their pool's. */
export function systemNamespace(manifest: SystemMigration): string {
  const { outcome, businessSystem } = manifest.spec.disposition;
  if (outcome === 'merge' && businessSystem) return businessSystemNamespace(businessSystem);
  return poolNamespace(manifest.spec.placement?.pool ?? 'central');
}

/**
 * The system's args, checked before anything is created. `validate` and the stack's preflight report
 * each of these first, located in the manifest (rule in parentheses); reaching one here means a caller
 * bypassed them: a ResourceError naming the arg.
 */
export function validateMigratedSystemArgs(args: SystemComponentArgs, resource: pulumi.Resource): void {
  const { manifest } = args;
  const reject = (message: string) => new pulumi.ResourceError(`MigratedSystem: ${message}`, resource);
  if (!MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome)) {
    throw reject(
      `args.manifest is system ${manifest.metadata.number} with outcome \`${manifest.spec.disposition.outcome}\`, which does not run on the platform`,
    );
  }
  if (!manifest.spec.placement)
    throw reject(`args.manifest (system ${manifest.metadata.number}) has no placement (rule cloud-is-the-norm)`);
  const registry = args.approvedRegistry ?? DEFAULT_APPROVED_REGISTRY;
  const names = new Set<string>();
  for (const workload of manifest.spec.placement.workloads ?? []) {
    if (!isFromRegistry(workload.image, registry)) {
      throw reject(
        `args.manifest (system ${manifest.metadata.number}): workload \`${workload.name}\` uses image ${workload.image}, not one from args.approvedRegistry ${registry} (rule image-from-approved-registry)`,
      );
    }
    if (names.has(workload.name))
      throw reject(
        `args.manifest (system ${manifest.metadata.number}) has two workloads named \`${workload.name}\` (rule placement-names-unique)`,
      );
    names.add(workload.name);
    const service = serviceNameOf(manifest, workload.name);
    if (service.length > MAX_SERVICE_NAME_LENGTH)
      throw reject(
        `args.manifest (system ${manifest.metadata.number}): workload \`${workload.name}\`'s Service \`${service}\` is longer than ${MAX_SERVICE_NAME_LENGTH} characters (rule service-name-length)`,
      );
  }
}

/**
 * A Service port. With more than one, Kubernetes requires each to be named: unnamed, two ports were green
 * in validate and preview and refused by the cluster. One port stays unnamed, as it always was (no diff).
 */
export function servicePort(
  port: { port: number; protocol?: 'TCP' | 'UDP' },
  ports: number,
): { name?: string; port: number; targetPort: number; protocol: 'TCP' | 'UDP' } {
  const protocol = port.protocol ?? 'TCP';
  return {
    ...(ports > 1 ? { name: `${protocol.toLowerCase()}-${port.port}` } : {}),
    port: port.port,
    targetPort: port.port,
    protocol,
  };
}

/**
 * A system that runs on the platform: a Deployment and Service per workload, its block volumes
 * (protected, kept on delete), and the network policy that opens exactly its exposure zone.
 */
export class MigratedSystem extends pulumi.ComponentResource {
  public readonly namespace: string;
  public readonly services: pulumi.Output<string[]>;

  constructor(name: string, args: SystemComponentArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:MigratedSystem', name, {}, opts);
    validateMigratedSystemArgs(args, this);
    const { manifest } = args;
    const childOptions = { parent: this, provider: args.provider };
    const namespace = systemNamespace(manifest);
    const metadata = (suffix: string) => ({
      name: childName(manifest, suffix),
      namespace,
      labels: systemLabels(manifest),
      annotations: systemAnnotations(manifest),
    });

    const services = (manifest.spec.placement?.workloads ?? []).map((workload) => {
      new k8s.apps.v1.Deployment(
        `${name}-${workload.name}`,
        { metadata: metadata(workload.name), spec: deploymentSpec(manifest, workload) },
        childOptions,
      );
      new k8s.networking.v1.NetworkPolicy(
        `${name}-${workload.name}-ingress`,
        {
          metadata: metadata(`${workload.name}-ingress`),
          spec: {
            podSelector: {
              matchLabels: {
                [`${LABEL_PREFIX}/system`]: identitySlug(manifest),
                'app.kubernetes.io/name': workload.name,
              },
            },
            policyTypes: ['Ingress'],
            ingress: [
              {
                from: ingressSources(manifest, workload),
                ports: workload.ports.map((port) => ({ port: port.port, protocol: port.protocol ?? 'TCP' })),
              },
            ],
          },
        },
        childOptions,
      );
      return new k8s.core.v1.Service(
        `${name}-${workload.name}-svc`,
        {
          metadata: metadata(workload.name),
          spec: {
            type: 'ClusterIP',
            selector: { [`${LABEL_PREFIX}/system`]: identitySlug(manifest), 'app.kubernetes.io/name': workload.name },
            ports: workload.ports.map((port) => servicePort(port, workload.ports.length)),
          },
        },
        childOptions,
      ).metadata.name;
    });

    for (const volume of manifest.spec.placement?.storage?.block ?? []) {
      protectedVolume(
        `${name}-${volume.name}`,
        metadata(volume.name),
        manifest.spec.protection.backup.tier,
        volume.sizeGiB,
        childOptions,
      );
    }

    this.namespace = namespace;
    this.services = pulumi.all(services);
    this.registerOutputs({ namespace, services: this.services });
  }
}
