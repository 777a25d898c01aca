import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { systemAnnotations, systemLabels } from '../../components/labels';
import { systemTags } from '../../components/aws-system-data';
import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { awsResourceTags, k8sSystemLabels } from '../../policies/seed/identification';
import { zombieRunsNothingDataArchived } from '../../policies/seed/zombie';
import { happyManifest } from '../support/manifests';
import { violationsOf } from './support';

describe('k8s-system-labels', () => {
  const labels = () => systemLabels(happyManifest());
  it('passes a Service carrying every system label', async () => {
    expect(
      await violationsOf(k8sSystemLabels, k8s.core.v1.Service, {
        metadata: { name: 's', labels: labels(), annotations: systemAnnotations(happyManifest()) },
      }),
    ).toEqual([]);
  });
  it('names the labels a ConfigMap lacks', async () => {
    const partial = labels();
    delete partial['envcloud.mee.gov.cn/mlps-level'];
    const violations = await violationsOf(k8sSystemLabels, k8s.core.v1.ConfigMap, {
      metadata: { name: 'c', labels: partial, annotations: systemAnnotations(happyManifest()) },
    });
    expect(violations).toEqual(['missing labels: envcloud.mee.gov.cn/mlps-level']);
  });
  it('names the managing unit when it is not annotated', async () => {
    expect(
      await violationsOf(k8sSystemLabels, k8s.core.v1.ConfigMap, { metadata: { name: 'c', labels: labels() } }),
    ).toEqual(['missing annotations: envcloud.mee.gov.cn/managing-unit']);
  });
  it('leaves platform objects such as namespaces alone', async () => {
    expect(await violationsOf(k8sSystemLabels, k8s.core.v1.Namespace, { metadata: { name: 'pool-central' } })).toEqual(
      [],
    );
  });
});

describe('aws-resource-tags', () => {
  it('passes a system bucket with the system tags and a platform bucket with its role', async () => {
    expect(await violationsOf(awsResourceTags, aws.s3.Bucket, { tags: systemTags(happyManifest()) })).toEqual([]);
    expect(
      await violationsOf(awsResourceTags, aws.s3.Bucket, { tags: { 'envcloud:platform': 'audit-trail' } }),
    ).toEqual([]);
  });
  it('flags a database without the managing unit', async () => {
    const tags = systemTags(happyManifest());
    delete tags['envcloud:managing-unit'];
    const [violation] = await violationsOf(awsResourceTags, aws.rds.Instance, { instanceClass: 'db.m6g.large', tags });
    expect(violation).toContain('envcloud:managing-unit');
  });
});

describe('zombie-runs-nothing-data-archived (stack policy)', () => {
  const retired = systemLabels(happyManifest({ disposition: { outcome: 'decommission' } }));
  const resource = (type: string, name: string, protect = false): PlannedResource => ({
    type,
    name,
    urn: `urn:pulumi:prod::envcloud::${type}::${name}`,
    props: { metadata: { name, labels: retired } },
    protect,
  });

  it('passes a retired system that only keeps a protected archive', async () => {
    expect(
      await evaluateStackPolicy(zombieRunsNothingDataArchived, [
        resource('kubernetes:core/v1:PersistentVolumeClaim', 'archive', true),
      ]),
    ).toEqual([]);
  });
  it('flags a retired system that still runs a Deployment, pointing at it', async () => {
    const running = resource('kubernetes:apps/v1:Deployment', 'app');
    const violations = await evaluateStackPolicy(zombieRunsNothingDataArchived, [
      resource('kubernetes:core/v1:PersistentVolumeClaim', 'archive', true),
      running,
    ]);
    expect(violations).toEqual([{ message: expect.stringContaining('still runs Deployment app'), urn: running.urn }]);
  });
  it('flags a retired system whose archive is missing or unprotected', async () => {
    const violations = await evaluateStackPolicy(zombieRunsNothingDataArchived, [
      resource('kubernetes:core/v1:PersistentVolumeClaim', 'archive', false),
    ]);
    expect(violations[0]!.message).toContain('no protected archive');
  });
});
