import * as k8s from '@pulumi/kubernetes';
import { deploymentSpec } from '../../components/workload-spec';
import { POOL_NODE_LABEL } from '../../model/pools';
import {
  k8sApprovedRegistry,
  podHardeningProblems,
  podSpecOf,
  poolSchedulingProblems,
  schedulingOf,
} from '../../policies/mlps/kubernetes-workloads';
import { PG_CLUSTER_TYPE } from '../../policies/dr/declared-data';
import { happyManifest } from '../support/manifests';
import { violationsOf } from './support';

// The pod checks of policies/mlps/kubernetes-workloads.ts as functions, each from the pod spec
// MigratedSystem renders with one field changed, with the exact problems they answer.

/** The pod spec MigratedSystem renders for the happy manifest's first workload (container `app`). */
function pod(): Record<string, any> {
  const manifest = happyManifest();
  const template = deploymentSpec(manifest, manifest.spec.placement!.workloads![0]!).template as PodTemplateSpec;
  return structuredClone(template.spec) as Record<string, any>;
}
/** The hardening problems of a pod spec a test builds loosely (a field changed or missing). */
const hardening = (spec: unknown): string[] =>
  podHardeningProblems(spec as k8s.types.input.core.v1.PodSpec | undefined);
type PodTemplateSpec = k8s.types.input.core.v1.PodTemplateSpec;
const name = () => pod().containers[0].name as string;

describe('podHardeningProblems', () => {
  it('finds nothing in the rendered pod, and says so when there is no spec', () => {
    expect(hardening(pod())).toEqual([]);
    expect(hardening(undefined)).toEqual(['the pod template has no spec']);
  });
  it('names host PID and host IPC, each alone', () => {
    expect(hardening({ ...pod(), hostPID: true })).toEqual(['hostPID and hostIPC are not allowed']);
    expect(hardening({ ...pod(), hostIPC: true })).toEqual(['hostPID and hostIPC are not allowed']);
    expect(hardening({ ...pod(), hostPID: false, hostIPC: false, hostNetwork: false })).toEqual([]);
  });
  it('reads runAsNonRoot from the container, else from the pod', () => {
    const podLevel = pod();
    delete podLevel.containers[0].securityContext.runAsNonRoot;
    podLevel.securityContext = { runAsNonRoot: true };
    expect(hardening(podLevel)).toEqual([]);
    const overridden = pod();
    overridden.containers[0].securityContext.runAsNonRoot = false;
    overridden.securityContext = { runAsNonRoot: true };
    expect(hardening(overridden)).toEqual([`container ${name()} must set runAsNonRoot`]);
  });
  it('asks every container, init containers first, with the exact problems', () => {
    const spec = pod();
    spec.initContainers = [{ name: 'init', image: 'x' }];
    const init = [
      'container init must set allowPrivilegeEscalation: false',
      'container init must have a read-only root file system',
      'container init must set cpu and memory limits',
    ];
    expect(hardening(spec)).toEqual(init);
    delete spec.securityContext;
    expect(hardening(spec)).toEqual(['container init must set runAsNonRoot', ...init]);
  });
  it('asks for both a cpu and a memory limit', () => {
    for (const limit of ['cpu', 'memory']) {
      const spec = pod();
      delete spec.containers[0].resources.limits[limit];
      expect(hardening(spec)).toEqual([`container ${name()} must set cpu and memory limits`]);
    }
    const noResources = pod();
    delete noResources.containers[0].resources;
    expect(hardening(noResources)).toEqual([`container ${name()} must set cpu and memory limits`]);
  });
  it('passes a volume that is no hostPath, and lists allowPrivilegeEscalation true', () => {
    expect(hardening({ ...pod(), volumes: [{ name: 'tmp', emptyDir: {} }] })).toEqual([]);
    const escalating = pod();
    escalating.containers[0].securityContext.allowPrivilegeEscalation = true;
    expect(hardening(escalating)).toEqual([`container ${name()} must set allowPrivilegeEscalation: false`]);
    const noContext = pod();
    delete noContext.containers[0].securityContext;
    noContext.securityContext = { runAsNonRoot: true };
    expect(hardening(noContext)).toEqual([
      `container ${name()} must set allowPrivilegeEscalation: false`,
      `container ${name()} must have a read-only root file system`,
    ]);
  });
});

describe('podSpecOf and schedulingOf', () => {
  const spec = { containers: [] };
  it('finds the pod spec of each workload kind, and none for other kinds', () => {
    expect(podSpecOf('kubernetes:core/v1:Pod', { spec })).toBe(spec);
    expect(podSpecOf('kubernetes:batch/v1:CronJob', { spec: { jobTemplate: { spec: { template: { spec } } } } })).toBe(
      spec,
    );
    for (const kind of ['apps/v1:Deployment', 'apps/v1:StatefulSet', 'apps/v1:DaemonSet', 'apps/v1:ReplicaSet'])
      expect(podSpecOf(`kubernetes:${kind}`, { spec: { template: { spec } } })).toBe(spec);
    expect(podSpecOf('kubernetes:batch/v1:Job', { spec: { template: { spec } } })).toBe(spec);
    expect(podSpecOf('kubernetes:batch/v1:Job', {})).toBeUndefined();
    expect(podSpecOf('kubernetes:batch/v1:CronJob', {})).toBeUndefined();
    expect(podSpecOf('kubernetes:core/v1:Service', { spec })).toBeNull();
    expect(podSpecOf('custom:apps:Deployment', { spec: { template: { spec } } })).toBeNull();
  });
  it('reads a CloudNativePG cluster’s affinity, and an empty placement for a workload without one', () => {
    expect(schedulingOf(PG_CLUSTER_TYPE, { spec: { affinity: { nodeSelector: { a: 'b' } } } })).toEqual({
      nodeSelector: { a: 'b' },
    });
    expect(schedulingOf(PG_CLUSTER_TYPE, {})).toEqual({});
    expect(schedulingOf('kubernetes:batch/v1:Job', {})).toEqual({});
    expect(schedulingOf('kubernetes:core/v1:ConfigMap', {})).toBeNull();
  });
});

describe('poolSchedulingProblems', () => {
  const POOL = 'nuclear-safety';
  const toleration = { key: POOL_NODE_LABEL, operator: 'Equal', value: POOL, effect: 'NoSchedule' };
  const placed = (tolerations: Record<string, string>[]) => ({
    nodeSelector: { [POOL_NODE_LABEL]: POOL },
    tolerations,
  });
  const TAINT = `its pods do not tolerate the taint ${POOL_NODE_LABEL}=${POOL}:NoSchedule of pool \`${POOL}\`'s nodes, so they never schedule there`;
  it('takes the pool’s toleration as Equal, as Exists, or without an effect', () => {
    expect(poolSchedulingProblems(`pool-${POOL}`, placed([toleration]))).toEqual([]);
    expect(poolSchedulingProblems(`pool-${POOL}`, placed([{ ...toleration, operator: 'Exists', value: 'x' }]))).toEqual(
      [],
    );
    const { effect: _effect, ...anyEffect } = toleration;
    expect(poolSchedulingProblems(`pool-${POOL}`, placed([anyEffect]))).toEqual([]);
  });
  it('fails a toleration of another key, value or effect', () => {
    for (const wrong of [{ key: 'other' }, { value: 'central' }, { effect: 'NoExecute' }])
      expect(poolSchedulingProblems(`pool-${POOL}`, placed([{ ...toleration, ...wrong }]))).toEqual([TAINT]);
    expect(poolSchedulingProblems(`pool-${POOL}`, { nodeSelector: { [POOL_NODE_LABEL]: POOL } })).toEqual([TAINT]);
  });
  it('names the pool a pod selects instead, and leaves other namespaces alone', () => {
    expect(poolSchedulingProblems('pool-central', { nodeSelector: { [POOL_NODE_LABEL]: POOL } })).toEqual([
      `its pods run in namespace pool-central of pool \`central\` but select pool \`${POOL}\`: nodeSelector ${POOL_NODE_LABEL}: central is missing`,
    ]);
    expect(poolSchedulingProblems('pool-central', {})).toEqual([
      `its pods run in namespace pool-central of pool \`central\` but select no pool: nodeSelector ${POOL_NODE_LABEL}: central is missing`,
    ]);
    expect(poolSchedulingProblems(undefined, {})).toEqual([]);
    expect(poolSchedulingProblems('kube-system', {})).toEqual([]);
  });
});

describe('k8s-approved-registry, by image', () => {
  const deployment = (image: string | undefined): k8s.apps.v1.DeploymentArgs => ({
    spec: { selector: {}, template: { spec: { containers: [{ name: 'app', ...(image ? { image } : {}) }] } } },
  });
  it('takes only images under the registry’s own path, and names a container without one', async () => {
    const check = (image: string | undefined) =>
      violationsOf(k8sApprovedRegistry, k8s.apps.v1.Deployment, deployment(image));
    expect(await check('registry.envcloud.mee.gov.cn/app:1')).toEqual([]);
    expect(await check('registry.envcloud.mee.gov.cn.example.com/app:1')).toEqual([
      'container app uses image registry.envcloud.mee.gov.cn.example.com/app:1, not one from registry.envcloud.mee.gov.cn',
    ]);
    expect(await check(undefined)).toEqual([
      'container app uses image (none), not one from registry.envcloud.mee.gov.cn',
    ]);
    expect(
      await violationsOf(k8sApprovedRegistry, k8s.apps.v1.Deployment, { spec: { selector: {}, template: {} } }),
    ).toEqual([]);
  });
});
