import * as k8s from '@pulumi/kubernetes';
import { deploymentSpec } from '../../components/workload-spec';
import { k8sApprovedRegistry, k8sPodsHardened } from '../../policies/mlps/kubernetes-workloads';
import { happyManifest } from '../support/manifests';
import { violationsOf } from './support';

/** The happy path is what MigratedSystem itself renders for a system. */
function happy(): k8s.apps.v1.DeploymentArgs & { spec: any } {
  const manifest = happyManifest();
  return {
    metadata: { name: 'app' },
    spec: structuredClone(deploymentSpec(manifest, manifest.spec.placement!.workloads![0]!)),
  };
}

describe('k8s-pods-hardened', () => {
  it('passes the Deployments MigratedSystem renders', async () => {
    expect(await violationsOf(k8sPodsHardened, k8s.apps.v1.Deployment, happy())).toEqual([]);
  });
  it.each<[string, (spec: any) => void, string]>([
    [
      'root user',
      (spec) => {
        delete spec.template.spec.containers[0].securityContext.runAsNonRoot;
        delete spec.template.spec.securityContext.runAsNonRoot;
      },
      'runAsNonRoot',
    ],
    ['privileged', (spec) => (spec.template.spec.containers[0].securityContext.privileged = true), 'privileged'],
    [
      'writable root file system',
      (spec) => (spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem = false),
      'read-only root',
    ],
    [
      'privilege escalation',
      (spec) => delete spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation,
      'allowPrivilegeEscalation',
    ],
    ['no limits', (spec) => delete spec.template.spec.containers[0].resources.limits, 'limits'],
    ['host network', (spec) => (spec.template.spec.hostNetwork = true), 'hostNetwork'],
    [
      'a hostPath volume',
      (spec) => spec.template.spec.volumes.push({ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }),
      'hostPath',
    ],
  ])('flags %s', async (_what, change, text) => {
    const args = happy();
    change(args.spec);
    const violations = await violationsOf(k8sPodsHardened, k8s.apps.v1.Deployment, args);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(text);
  });
  it('reads the pod template of other workload kinds too: a privileged CronJob and a host-network DaemonSet', async () => {
    const template = happy().spec.template as k8s.types.input.core.v1.PodTemplateSpec;
    const privileged = structuredClone(template) as any;
    privileged.spec.containers[0].securityContext.privileged = true;
    const cronJob: k8s.batch.v1.CronJobArgs = {
      spec: { schedule: '0 2 * * *', jobTemplate: { spec: { template: privileged } } },
    };
    expect(await violationsOf(k8sPodsHardened, k8s.batch.v1.CronJob, cronJob)).toEqual([
      expect.stringContaining('must not be privileged'),
    ]);
    const hostNetwork = structuredClone(template) as any;
    hostNetwork.spec.hostNetwork = true;
    expect(
      await violationsOf(k8sPodsHardened, k8s.apps.v1.DaemonSet, { spec: { selector: {}, template: hostNetwork } }),
    ).toEqual(['hostNetwork is not allowed']);
    expect(
      await violationsOf(k8sPodsHardened, k8s.apps.v1.StatefulSet, {
        spec: { selector: {}, serviceName: 's', template },
      }),
    ).toEqual([]);
  });
});

describe('k8s-approved-registry', () => {
  it('passes images from the approved registry (the config default)', async () => {
    expect(await violationsOf(k8sApprovedRegistry, k8s.apps.v1.Deployment, happy())).toEqual([]);
  });
  it('flags an image from elsewhere, and follows the pack config', async () => {
    const args = happy();
    args.spec.template.spec.containers[0].image = 'docker.io/library/nginx:1.27';
    expect(await violationsOf(k8sApprovedRegistry, k8s.apps.v1.Deployment, args)).toHaveLength(1);
    expect(
      await violationsOf(k8sApprovedRegistry, k8s.apps.v1.Deployment, args, { approvedRegistry: 'docker.io' }),
    ).toEqual([]);
  });
});
