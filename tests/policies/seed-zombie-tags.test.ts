import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { systemAnnotations, systemLabels } from '../../components/labels';
import { evaluateStackPolicy, judgeStack, type PlannedResource } from '../../engine/policy-run';
import { awsResourceTags, k8sSystemLabels } from '../../policies/seed/identification';
import { zombieRunsNothingDataArchived } from '../../policies/seed/zombie';
import { happyManifest } from '../support/manifests';
import { violationsOf } from './support';

// zombie-runs-nothing-data-archived and the identification policies with whole messages, from a
// passing stack or resource with one thing changed (tests/policies/seed.test.ts has the main cases).

describe('zombie-runs-nothing-data-archived, case by case', () => {
  const retired = (slug = 's900-zombie') => ({
    'envcloud.mee.gov.cn/disposition': 'decommission',
    'envcloud.mee.gov.cn/system': slug,
  });
  const resource = (type: string, name: string, labels: Record<string, string>, protect = false): PlannedResource => ({
    type,
    name,
    urn: `urn:pulumi:prod::envcloud::${type}::${name}`,
    props: { metadata: { name, labels } },
    protect,
  });
  const archive = (slug = 's900-zombie') =>
    resource('kubernetes:core/v1:PersistentVolumeClaim', `${slug}-archive`, retired(slug), true);
  const messages = async (resources: PlannedResource[]) =>
    (await evaluateStackPolicy(zombieRunsNothingDataArchived, resources)).map((violation) => violation.message);

  it('names each kind of workload a retired system still runs', async () => {
    const running = ['apps/v1:StatefulSet', 'core/v1:Service', 'batch/v1:CronJob'].map((kind) =>
      resource(`kubernetes:${kind}`, kind.split(':')[1]!.toLowerCase(), retired()),
    );
    expect(await messages([archive(), ...running])).toEqual([
      'decommissioned system s900-zombie still runs StatefulSet statefulset',
      'decommissioned system s900-zombie still runs Service service',
      'decommissioned system s900-zombie still runs CronJob cronjob',
    ]);
    expect(await messages([archive(), resource('kubernetes:core/v1:ConfigMap', 'record', retired())])).toEqual([]);
  });
  it('judges each retired system on its own resources', async () => {
    expect(
      await messages([archive('s900-zombie'), resource('kubernetes:core/v1:Secret', 'x', retired('s901-old'))]),
    ).toEqual(['decommissioned system s901-old has no protected archive of its data']);
    const kept = { ...retired(), 'envcloud.mee.gov.cn/disposition': 'keep' };
    expect(await messages([archive(), resource('kubernetes:apps/v1:Deployment', 'app', kept)])).toEqual([]);
    const { 'envcloud.mee.gov.cn/system': _slug, ...unnamed } = retired();
    expect(await messages([archive(), resource('kubernetes:apps/v1:Deployment', 'app', unnamed)])).toEqual([]);
  });
  it('is not applicable to a stack with no resource both retired and named by system', async () => {
    const judge = (resources: PlannedResource[]) => judgeStack(zombieRunsNothingDataArchived, resources);
    const kept = { ...retired(), 'envcloud.mee.gov.cn/disposition': 'keep' };
    const { 'envcloud.mee.gov.cn/system': _slug, ...unnamed } = retired();
    for (const labels of [kept, unnamed, {}])
      expect(await judge([resource('kubernetes:apps/v1:Deployment', 'app', labels)])).toMatchObject({
        violations: [],
        applicable: false,
      });
    expect(await judge([archive()])).toEqual({ violations: [], applicable: true });
  });
  it('does not take an unprotected volume or another kind of protected resource as the archive', async () => {
    expect(await messages([{ ...archive(), protect: false }])).toEqual([
      'decommissioned system s900-zombie has no protected archive of its data',
    ]);
    expect(await messages([resource('kubernetes:core/v1:Secret', 'kept', retired(), true)])).toEqual([
      'decommissioned system s900-zombie has no protected archive of its data',
    ]);
  });
});

describe('identification policies, messages', () => {
  it('k8s-system-labels names every missing label in order, and the annotation', async () => {
    expect(
      await violationsOf(k8sSystemLabels, k8s.apps.v1.Deployment, {
        metadata: { name: 'd' },
      } as k8s.apps.v1.DeploymentArgs),
    ).toEqual([
      'missing labels: envcloud.mee.gov.cn/system-number, envcloud.mee.gov.cn/system, envcloud.mee.gov.cn/disposition, envcloud.mee.gov.cn/pool, envcloud.mee.gov.cn/mlps-level',
      'missing annotations: envcloud.mee.gov.cn/managing-unit',
    ]);
    const labels = { ...systemLabels(happyManifest()), 'envcloud.mee.gov.cn/pool': '' };
    expect(
      await violationsOf(k8sSystemLabels, k8s.core.v1.PersistentVolumeClaim, {
        metadata: { labels, annotations: systemAnnotations(happyManifest()) },
      }),
    ).toEqual(['missing labels: envcloud.mee.gov.cn/pool']);
  });
  it('aws-resource-tags names every missing tag in order, on a bucket or a database, and skips other types', async () => {
    const missing =
      'missing tags: envcloud:system-number, envcloud:managing-unit, envcloud:disposition, envcloud:pool, envcloud:mlps-level (or `envcloud:platform` for platform resources)';
    expect(await violationsOf(awsResourceTags, aws.s3.Bucket, {})).toEqual([missing]);
    expect(await violationsOf(awsResourceTags, aws.rds.Instance, { instanceClass: 'x', tags: {} })).toEqual([missing]);
    expect(
      await violationsOf(awsResourceTags, aws.rds.Instance, {
        instanceClass: 'x',
        tags: { 'envcloud:platform': '' },
      }),
    ).toEqual([missing]);
  });
});
