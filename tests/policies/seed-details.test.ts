import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { LABEL_PREFIX, systemLabels } from '../../components/labels';
import { systemRecordArgs } from '../../components/system-record';
import type { SystemMigration } from '../../model/domain';
import { cloudIsTheNorm } from '../../policies/seed/cloud';
import { noInfrastructureOutsidePools } from '../../policies/seed/duplicate-construction';
import { portalUnifiedIdentity } from '../../policies/seed/identity';
import { resourceCenterMlpsLevel3 } from '../../policies/seed/resource-center';
import { websitesInWebsiteCluster } from '../../policies/seed/websites';
import { clone, happyManifest } from '../support/manifests';
import { judgeResource } from '../../engine/policy-run';
import { JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { planned, violationsOf, unknownProxy as proxy } from './support';

const NAMESPACE = 'kubernetes:core/v1:Namespace';
const CLAIM = 'kubernetes:core/v1:PersistentVolumeClaim';

// The seed policies of tests/policies/seed-rules.test.ts field by field: each case starts from a
// passing resource and changes one thing, and checks the whole message.

const recordOf = (manifest: SystemMigration): k8s.core.v1.ConfigMapArgs => systemRecordArgs(manifest);
function changed(change: (manifest: SystemMigration) => void): SystemMigration {
  const manifest = clone(happyManifest());
  change(manifest);
  return manifest;
}

describe('cloud-is-the-norm, messages', () => {
  it('names the system and its outcome', async () => {
    const manifest = changed((m) => delete m.spec.placement);
    const { number, slug } = manifest.metadata;
    const outcome = manifest.spec.disposition.outcome;
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(manifest))).toEqual([
      `system ${number} (${slug}) has outcome \`${outcome}\` but no cloud placement (spec.placement.pool)`,
    ]);
  });
  it('passes every outcome that leaves nothing to place, without a placement', async () => {
    const exempt = changed((m) => {
      m.spec.disposition = { outcome: 'exempt', reason: '涉密' } as SystemMigration['spec']['disposition'];
      delete m.spec.placement;
    });
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(exempt))).toEqual([]);
    const unexplained = changed((m) => {
      m.spec.disposition = { outcome: 'exempt' } as SystemMigration['spec']['disposition'];
      delete m.spec.placement;
    });
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(unexplained))).toEqual([
      `system ${unexplained.metadata.number} (${unexplained.metadata.slug}) is exempt from the cloud without a reason (spec.disposition.reason)`,
    ]);
  });
});

describe('portal-unified-identity, field by field', () => {
  const entry = (data: Record<string, string>, namespace = 'portal'): k8s.core.v1.ConfigMapArgs => ({
    metadata: { name: 'x-portal', namespace },
    data,
  });
  const check = (args: k8s.core.v1.ConfigMapArgs) => violationsOf(portalUnifiedIdentity, k8s.core.v1.ConfigMap, args);
  it('passes unified-user through the unified identity, and leaves ConfigMaps outside the portal alone', async () => {
    expect(await check(entry({ method: 'unified-user', identity: 'unified-digital-certificate' }))).toEqual([]);
    expect(await check(entry({ method: 'link' }, 'pool-central'))).toEqual([]);
  });
  it('names what is missing', async () => {
    expect(await check(entry({}))).toEqual([
      'portal entry fixture signs users in through (nothing), not the unified-digital-certificate identity',
      'portal entry fixture connects by (no method); use unified-user or single-sign-on',
    ]);
    expect(await check({ metadata: { namespace: 'portal' } })).toHaveLength(2);
    expect(await check(entry({ method: 'unified-entry', identity: 'unified-digital-certificate' }))).toEqual([
      'portal entry fixture connects by unified-entry; use unified-user or single-sign-on',
    ]);
  });
});

describe('websites-in-website-cluster, field by field', () => {
  const site = happyManifest({ disposition: { outcome: 'website-cluster' } });
  const check = <T>(resourceClass: { new (name: string, args: T): unknown }, args: T) =>
    violationsOf(websitesInWebsiteCluster, resourceClass, args);
  it('leaves a website’s object with no namespace, or in the registry, alone, and names the kind', async () => {
    const labels = systemLabels(site);
    expect(await check(k8s.core.v1.Service, { metadata: { name: 'web', labels } })).toEqual([]);
    expect(
      await check(k8s.core.v1.Service, { metadata: { name: 'web', namespace: 'system-registry', labels } }),
    ).toEqual([]);
    expect(await check(k8s.core.v1.Service, { metadata: { name: 'web', namespace: 'portal', labels } })).toEqual([
      'Service fixture belongs to a website moving to the website cluster but sits in namespace portal',
    ]);
  });
  it('passes Ingresses of the entry namespaces, and fails one of no namespace as default', async () => {
    for (const namespace of ['website-cluster', 'portal'])
      expect(await check(k8s.networking.v1.Ingress, { metadata: { name: 'site', namespace } })).toEqual([]);
    expect(await check(k8s.networking.v1.Ingress, { metadata: { name: 'site' } })).toEqual([
      'Ingress fixture publishes a site from namespace default; websites are served only by the website cluster (website-cluster, portal)',
    ]);
  });
  it('names the system running its own website; passes a record without a website', async () => {
    const kept = changed((m) => (m.spec.placement!.website = { domain: 'own.mee.gov.cn' }));
    expect(await check(k8s.core.v1.ConfigMap, recordOf(kept))).toEqual([
      `system ${kept.metadata.number} (${kept.metadata.slug}) runs its own website own.mee.gov.cn instead of moving it to the website cluster`,
    ]);
    expect(await check(k8s.core.v1.ConfigMap, recordOf(happyManifest()))).toEqual([]);
  });
});

describe('no-infrastructure-outside-pools, field by field', () => {
  it('names the resource kind and tag, and passes a platform bucket of no pool', async () => {
    expect(await violationsOf(noInfrastructureOutsidePools, aws.ec2.Vpc, { cidrBlock: '10.0.0.0/16' })).toEqual([
      "Vpc fixture is not part of the platform (no `envcloud:platform` tag): systems run in the platform's pools, not on clusters or networks of their own",
    ]);
    expect(
      await violationsOf(noInfrastructureOutsidePools, aws.s3.Bucket, { tags: { 'envcloud:platform': 'logs' } }),
    ).toEqual([]);
    expect(await violationsOf(noInfrastructureOutsidePools, aws.s3.Bucket, {})).toEqual([
      'bucket fixture belongs to no pool (`envcloud:pool` is missing) and is not a platform bucket',
    ]);
    expect(
      await violationsOf(noInfrastructureOutsidePools, aws.s3.Bucket, { tags: { 'envcloud:pool': 'nuclear-safety' } }),
    ).toEqual([]);
  });
  it('passes the platform’s namespaces and names another by its own name', async () => {
    for (const name of ['pool-central', 'portal'])
      expect(await violationsOf(noInfrastructureOutsidePools, k8s.core.v1.Namespace, { metadata: { name } })).toEqual(
        [],
      );
    expect(await violationsOf(noInfrastructureOutsidePools, k8s.core.v1.Namespace, {})).toEqual([
      "namespace fixture is not one of the platform's pool, business-system or service namespaces",
    ]);
  });
});

describe('resource-center-mlps-level-3, field by field', () => {
  const namespace = (labels: Record<string, string>, name = 'resource-center'): k8s.core.v1.NamespaceArgs => ({
    metadata: { name, labels },
  });
  const level = (value: string) => ({ [`${LABEL_PREFIX}/mlps-level`]: value });
  const check = <T>(resourceClass: { new (name: string, args: T): unknown }, args: T) =>
    violationsOf(resourceCenterMlpsLevel3, resourceClass, args);
  it('passes level 3 and above, and says (none) for an unlabelled namespace', async () => {
    expect(await check(k8s.core.v1.Namespace, namespace(level('4')))).toEqual([]);
    expect(await check(k8s.core.v1.Namespace, namespace({}))).toEqual([
      'namespace resource-center is labelled MLPS level (none); the resource center is protected at level 3',
    ]);
    expect(await check(k8s.core.v1.Namespace, namespace(level('2'), 'pool-central'))).toEqual([]);
  });
  it('names the volume’s class, or (default), and the classes that copy to both centers', async () => {
    const claim = (spec: k8s.types.input.core.v1.PersistentVolumeClaimSpec, ns = 'resource-center') =>
      check(k8s.core.v1.PersistentVolumeClaim, { metadata: { name: 'a', namespace: ns }, spec });
    expect(await claim({ storageClassName: 'envcloud-gold' })).toEqual([]);
    expect(await claim({})).toEqual([
      'volume fixture in the resource center uses storage class (default); its data needs envcloud-gold or envcloud-silver (encrypted, copied to both backup centers)',
    ]);
    expect(await claim({ storageClassName: 'envcloud-bronze' }, 'pool-central')).toEqual([]);
  });
  it('judges the resource center’s namespace and its volumes only: anything else is not applicable', async () => {
    const judge = (type: string, props: Record<string, unknown>) =>
      judgeResource(resourceCenterMlpsLevel3, planned(type, 'resource-center', props));
    const notApplicable = { violations: [], applicable: false, reason: expect.stringContaining('nothing to judge') };
    expect(await judge(NAMESPACE, { metadata: { name: 'pool-central', labels: level('2') } })).toEqual(notApplicable);
    // A namespace with no name in its props is not the resource center, whatever its resource is called.
    expect(await judge(NAMESPACE, {})).toEqual(notApplicable);
    expect(await judge(CLAIM, { metadata: { name: 'a', namespace: 'pool-central' }, spec: {} })).toEqual(notApplicable);
    // A volume named like the namespace is judged as a volume, by its class.
    const volume = { metadata: { name: 'resource-center', namespace: 'resource-center' } };
    expect(await judge(CLAIM, { ...volume, spec: { storageClassName: 'envcloud-gold' } })).toEqual({
      violations: [],
      applicable: true,
    });
  });
  it('leaves open a namespace whose name is not known during a preview, instead of judging its level', async () => {
    const props = proxy.unknownCheckingProxy({ metadata: { name: proxy.unknownStringValue, labels: level('2') } });
    const judged = judgeResource(resourceCenterMlpsLevel3, planned(NAMESPACE, 'ns', props));
    await expect(judged).rejects.toThrow(JUDGED_EVERYTHING_KNOWN);
  });
});
