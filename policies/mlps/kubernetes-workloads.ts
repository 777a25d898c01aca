import * as k8s from '@pulumi/kubernetes';
import { validateResourceOfType, type ResourceValidationPolicy } from '@pulumi/policy';
import { baselineNamespaces, namespacePool } from '../../components/cluster-baseline';
import { POOL_NODE_LABEL, poolScheduling } from '../../model/pools';
import { PG_CLUSTER_TYPE } from '../dr/declared-data';
import { definePolicy } from '../meta';
import { msg, t } from '../../document/i18n';

type PodSpec = k8s.types.input.core.v1.PodSpec;

/** Every way a pod template falls short of the hardening MLPS level 3 and Pod Security `restricted` ask for. */
export function podHardeningProblems(spec: PodSpec | undefined): string[] {
  if (!spec) return [t('en', 'policy.finding.k8s-pods-hardened.no-spec')];
  const problems: string[] = [];
  const pod = spec as Record<string, any>;
  if (pod.hostNetwork === true) problems.push(t('en', 'policy.finding.k8s-pods-hardened.host-network'));
  if (pod.hostPID === true || pod.hostIPC === true) problems.push(t('en', 'policy.finding.k8s-pods-hardened.host-pid'));
  for (const volume of (pod.volumes ?? []) as { name: string; hostPath?: unknown }[]) {
    if (volume.hostPath)
      problems.push(t('en', 'policy.finding.k8s-pods-hardened.host-path', { name: String(volume.name) }));
  }
  for (const container of [...((pod.initContainers ?? []) as any[]), ...((pod.containers ?? []) as any[])]) {
    const context = container.securityContext ?? {};
    const name = { name: String(container.name) };
    const runsAsNonRoot = context.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
    if (runsAsNonRoot !== true) problems.push(t('en', 'policy.finding.k8s-pods-hardened.root', name));
    if (context.privileged === true) problems.push(t('en', 'policy.finding.k8s-pods-hardened.privileged', name));
    if (context.allowPrivilegeEscalation !== false)
      problems.push(t('en', 'policy.finding.k8s-pods-hardened.escalation', name));
    if (context.readOnlyRootFilesystem !== true)
      problems.push(t('en', 'policy.finding.k8s-pods-hardened.read-only', name));
    if (!container.resources?.limits?.cpu || !container.resources?.limits?.memory)
      problems.push(t('en', 'policy.finding.k8s-pods-hardened.limits', name));
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
      what: t('en', 'policy.what.pods'),
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
      // A registry host, as `envcloud:approvedRegistry` takes it: `""` gave "… not one from " and judged nothing.
      properties: {
        approvedRegistry: {
          type: 'string',
          pattern: '^[a-z0-9.-]+(:[0-9]+)?$',
          default: 'registry.envcloud.mee.gov.cn',
        },
      },
    },
    validateResource: validateResourceOfType(k8s.apps.v1.Deployment, (deployment, args, reportViolation) => {
      const { approvedRegistry } = args.getConfig<ApprovedRegistryConfig>();
      for (const container of (deployment.spec?.template?.spec?.containers ?? []) as {
        name: string;
        image?: string;
      }[]) {
        if (!container.image?.startsWith(`${approvedRegistry}/`)) {
          reportViolation(
            t('en', 'policy.finding.k8s-approved-registry.image', {
              name: String(container.name),
              image: container.image ?? msg('policy.part.none'),
              registry: approvedRegistry,
            }),
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

interface Scheduling {
  nodeSelector?: Record<string, string>;
  tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
}

/** Where a resource's pods are placed: a workload's pod spec, a CloudNativePG Cluster's `spec.affinity`; `null` for kinds that run no pods. */
export function schedulingOf(type: string, props: Record<string, any>): Scheduling | null {
  if (type === PG_CLUSTER_TYPE) return (props.spec?.affinity ?? {}) as Scheduling;
  const spec = podSpecOf(type, props);
  if (spec === null) return null;
  return (spec ?? {}) as Scheduling;
}

/** Why pods in this namespace would not run on its pool's nodes (model/pools.ts); none outside the platform's namespaces. */
export function poolSchedulingProblems(namespace: string | undefined, scheduling: Scheduling): string[] {
  if (!namespace || !baselineNamespaces().includes(namespace)) return [];
  const pool = namespacePool(namespace);
  const expected = poolScheduling(pool);
  const problems: string[] = [];
  const selected = scheduling.nodeSelector?.[POOL_NODE_LABEL];
  if (selected !== pool)
    problems.push(
      t('en', 'policy.finding.k8s-pods-in-their-pool.selector', {
        namespace,
        pool,
        selected: selected === undefined ? msg('policy.part.no-pool') : msg('policy.part.pool', { pool: selected }),
        nodeLabel: POOL_NODE_LABEL,
      }),
    );
  for (const wanted of expected.tolerations) {
    const tolerated = (scheduling.tolerations ?? []).some(
      (toleration) =>
        toleration.key === wanted.key &&
        (toleration.operator === 'Exists' || toleration.value === wanted.value) &&
        (toleration.effect === undefined || toleration.effect === wanted.effect),
    );
    if (!tolerated)
      problems.push(
        t('en', 'policy.finding.k8s-pods-in-their-pool.toleration', {
          taint: `${wanted.key}=${wanted.value}:${wanted.effect}`,
          pool,
        }),
      );
  }
  return problems;
}

export const k8sPodsInTheirPool = definePolicy<ResourceValidationPolicy>(
  {
    name: 'k8s-pods-in-their-pool',
    validateResource: (args, reportViolation) => {
      const scheduling = schedulingOf(args.type, args.props);
      if (scheduling === null) return;
      for (const problem of poolSchedulingProblems(args.props.metadata?.namespace, scheduling))
        reportViolation(problem);
    },
  },
  {
    severity: 'medium',
    judges: {
      types: ['kubernetes:*'],
      where: (resource) => schedulingOf(resource.type, resource.props) !== null,
      what: t('en', 'policy.what.pods-or-cnpg'),
    },
    manifestField: ['spec', 'placement', 'pool'],
    clause: 'Plan §三(三).9 (环境监测、卫星遥感、核安全三个专业资源池建设，并实现与中心资源池对接和云平台统一纳管)',
    en: {
      description: "A system's pods run on the nodes of the pool its namespace belongs to",
      remediation:
        "Use MigratedSystem and OnpremSystemData, which give pods the pool's nodeSelector and, in a professional pool, the toleration of its taint.",
    },
    zh: {
      description: '系统的容器须运行在其命名空间所属资源池的节点上',
      remediation:
        '使用 MigratedSystem 与 OnpremSystemData 组件，它们为容器设置资源池的节点选择器，专业资源池另设容忍。',
    },
  },
);

export const KUBERNETES_WORKLOAD_POLICIES = [k8sPodsHardened, k8sApprovedRegistry, k8sPodsInTheirPool];
