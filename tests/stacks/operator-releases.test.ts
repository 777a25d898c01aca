import { operatorValues } from '../../components/operator-releases';
import type { Plan, PlanResource } from '../../engine/plan';
import { OPERATORS, type OperatorInstaller, type OperatorName } from '../../model/operators';
import { STATEFUL_TYPES } from '../../model/stateful';
import { happyManifest } from '../support/manifests';
import { onpremPlanWith } from '../support/operator-stack';

// Operators installed or required per cluster (#12): `installedBy: envcloud` makes the platform stack
// install the operator's pinned chart on every cluster (a helm.v3.Release) before its custom resources;
// `installedBy: cluster-team` installs nothing (the preflight requires the declaration: operators.test.ts).

const RELEASE = 'kubernetes:helm.sh/v3:Release';
const planWith = (installers: Partial<Record<OperatorName, OperatorInstaller>>) =>
  onpremPlanWith(installers, [happyManifest()]);

const centerOf = (resource: PlanResource) => resource.provider?.split('::').pop()?.replace(/-k8s$/, '');
const releases = (plan: Plan) => plan.resources.filter((resource) => resource.type === RELEASE);

describe('operators envcloud installs', () => {
  it('installs nothing when the cluster team installs every operator (the shipped stack)', async () => {
    expect(releases(await planWith({}))).toEqual([]);
  }, 120000);

  it("installs each operator's pinned chart on every cluster, protected, with its CRs waiting for it", async () => {
    const plan = await planWith({ 'cloudnative-pg': 'envcloud', velero: 'envcloud', 'rook-ceph': 'envcloud' });
    const installed = releases(plan);
    expect(installed.map((release) => `${centerOf(release)}/${release.inputs.name}`).sort()).toEqual(
      ['primary', 'remote', 'same-city'].flatMap((center) =>
        ['cloudnative-pg', 'rook-ceph', 'velero'].map((name) => `${center}/${name}`),
      ),
    );
    for (const release of installed) {
      const facts = OPERATORS[release.inputs.name as keyof typeof OPERATORS];
      expect(release.inputs).toMatchObject({
        chart: facts.chart.name,
        version: facts.chart.version,
        repositoryOpts: { repo: facts.chart.repository },
        namespace: facts.namespace,
        createNamespace: true,
        values: { image: { repository: `registry.envcloud.mee.gov.cn/${facts.image}` } },
      });
      expect(release).toMatchObject({ protect: true, retainOnDelete: true });
    }
    expect(STATEFUL_TYPES).toContain(RELEASE);
    // Each center's Rook and Velero resources depend on that center's release of their operator.
    const releaseOf = (center: string, name: string) =>
      installed.find((release) => centerOf(release) === center && release.inputs.name === name)!.urn;
    for (const resource of plan.resources.filter((candidate) => /ceph\.rook\.io|velero\.io/.test(candidate.type))) {
      const operator = resource.type.includes('velero.io') ? 'velero' : 'rook-ceph';
      expect(resource.dependencies).toContain(releaseOf(centerOf(resource)!, operator));
    }
    // The databases wait for every center's data platform, whose children include the CloudNativePG releases.
    const database = plan.resources.find((resource) => resource.type === 'kubernetes:postgresql.cnpg.io/v1:Cluster')!;
    const systemData = plan.resources.find((resource) => resource.urn === database.parent)!;
    expect(systemData.type).toBe('envcloud:system:OnpremSystemData');
    expect(systemData.dependencies).toEqual(
      expect.arrayContaining(['primary', 'same-city', 'remote'].map((center) => releaseOf(center, 'cloudnative-pg'))),
    );
  }, 120000);

  it('installs only the operators the stack says envcloud installs', async () => {
    const plan = await planWith({ 'cloudnative-pg': 'envcloud' });
    expect(releases(plan).map((release) => release.inputs.name)).toEqual([
      'cloudnative-pg',
      'cloudnative-pg',
      'cloudnative-pg',
    ]);
  }, 120000);

  it('runs the operators on the central pool and their node daemons on every pool', () => {
    expect(operatorValues('cloudnative-pg')).toMatchObject({
      crds: { create: true },
      nodeSelector: { 'envcloud.mee.gov.cn/pool': 'central' },
    });
    const tolerated = (operatorValues('rook-ceph') as { csi: { pluginTolerations: { value: string }[] } }).csi
      .pluginTolerations;
    expect(tolerated.map((toleration) => toleration.value)).toEqual([
      'environmental-monitoring',
      'satellite-remote-sensing',
      'nuclear-safety',
    ]);
    expect(operatorValues('velero', 'harbor.example.gov.cn')).toMatchObject({
      image: { repository: 'harbor.example.gov.cn/velero/velero' },
      initContainers: [{ image: 'harbor.example.gov.cn/velero/velero-plugin-for-aws:v1.12.0' }],
      configuration: { backupStorageLocation: [], volumeSnapshotLocation: [], features: 'EnableCSI' },
      deployNodeAgent: true,
      credentials: { useSecret: false },
    });
  });
});
