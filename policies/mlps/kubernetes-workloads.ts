import * as k8s from '@pulumi/kubernetes';
import { validateResourceOfType, type ResourceValidationPolicy } from '@pulumi/policy';
import { definePolicy } from '../meta';

type PodSpec = k8s.types.input.core.v1.PodSpec;

/** Every way a pod template falls short of the hardening MLPS level 3 and Pod Security `restricted` ask for. */
export function podHardeningProblems(spec: PodSpec | undefined): string[] {
  if (!spec) return ['the pod template has no spec'];
  const problems: string[] = [];
  const pod = spec as Record<string, any>;
  if (pod.hostNetwork === true) problems.push('hostNetwork is not allowed');
  if (pod.hostPID === true || pod.hostIPC === true) problems.push('hostPID and hostIPC are not allowed');
  for (const volume of (pod.volumes ?? []) as { name: string; hostPath?: unknown }[]) {
    if (volume.hostPath) problems.push(`volume ${volume.name} mounts a hostPath`);
  }
  for (const container of [...((pod.initContainers ?? []) as any[]), ...((pod.containers ?? []) as any[])]) {
    const context = container.securityContext ?? {};
    const runsAsNonRoot = context.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
    if (runsAsNonRoot !== true) problems.push(`container ${container.name} must set runAsNonRoot`);
    if (context.privileged === true) problems.push(`container ${container.name} must not be privileged`);
    if (context.allowPrivilegeEscalation !== false)
      problems.push(`container ${container.name} must set allowPrivilegeEscalation: false`);
    if (context.readOnlyRootFilesystem !== true)
      problems.push(`container ${container.name} must have a read-only root file system`);
    if (!container.resources?.limits?.cpu || !container.resources?.limits?.memory)
      problems.push(`container ${container.name} must set cpu and memory limits`);
  }
  return problems;
}

/** Where each workload kind keeps its pod spec; `null` for kinds that run no pods. */
export function podSpecOf(type: string, props: Record<string, any>): PodSpec | undefined | null {
  const kind = type.split(':').pop();
  if (kind === 'Pod') return props.spec;
  if (kind === 'CronJob') return props.spec?.jobTemplate?.spec?.template?.spec;
  if (
    ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(kind ?? '') &&
    type.startsWith('kubernetes:')
  )
    return props.spec?.template?.spec;
  return null;
}

export const k8sPodsHardened = definePolicy<ResourceValidationPolicy>(
  {
    name: 'k8s-pods-hardened',
    validateResource: (args, reportViolation) => {
      const spec = podSpecOf(args.type, args.props);
      if (spec === null) return;
      for (const problem of podHardeningProblems(spec)) reportViolation(problem);
    },
  },
  {
    severity: 'high',
    judges: {
      types: ['kubernetes:*'],
      where: (resource) => podSpecOf(resource.type, resource.props) !== null,
      what: 'pod or workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob)',
    },
    manifestField: ['spec', 'placement', 'workloads'],
    clause: 'GB/T 22239-2019 8.1.4.2 (访问控制: 最小权限); 8.1.4.4 (入侵防范)',
    en: {
      description: 'Pods run as non-root, unprivileged, read-only, with limits, and without host access',
      remediation: 'Use MigratedSystem, whose Deployments set the hardened security context and limits.',
    },
    zh: {
      description: '容器须以非 root、非特权、只读根文件系统运行并设置资源限制，不得使用宿主机资源',
      remediation: '使用 MigratedSystem 组件生成的加固安全上下文与资源限制。',
    },
  },
);

export interface ApprovedRegistryConfig {
  approvedRegistry: string;
}

export const k8sApprovedRegistry = definePolicy<ResourceValidationPolicy>(
  {
    name: 'k8s-approved-registry',
    configSchema: {
      properties: { approvedRegistry: { type: 'string', default: 'registry.envcloud.mee.gov.cn' } },
    },
    validateResource: validateResourceOfType(k8s.apps.v1.Deployment, (deployment, args, reportViolation) => {
      const { approvedRegistry } = args.getConfig<ApprovedRegistryConfig>();
      for (const container of (deployment.spec?.template?.spec?.containers ?? []) as {
        name: string;
        image?: string;
      }[]) {
        if (!container.image?.startsWith(`${approvedRegistry}/`)) {
          reportViolation(
            `container ${container.name} uses image ${container.image ?? '(none)'}, not one from ${approvedRegistry}`,
          );
        }
      }
    }),
  },
  {
    severity: 'high',
    judges: { types: ['kubernetes:apps/v1:Deployment'] },
    manifestField: ['spec', 'placement', 'workloads'],
    clause: 'GB/T 22239-2019 8.1.4.4 (入侵防范: 软件来源可信)',
    en: {
      description: 'Images come only from the approved registry',
      remediation: 'Push the image to the approved registry and reference it there.',
    },
    zh: { description: '镜像只能来自批准的镜像仓库', remediation: '将镜像推送到批准的仓库并引用该地址。' },
  },
);

export const KUBERNETES_WORKLOAD_POLICIES = [k8sPodsHardened, k8sApprovedRegistry];
