import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { LABEL_PREFIX, systemLabels } from '../../components/labels';
import { RECORD_KIND_LABEL, systemRecordArgs } from '../../components/system-record';
import type { SystemMigration } from '../../model/domain';
import { cloudIsTheNorm } from '../../policies/seed/cloud';
import { noInfrastructureOutsidePools } from '../../policies/seed/duplicate-construction';
import { portalUnifiedIdentity } from '../../policies/seed/identity';
import { resourceCenterMlpsLevel3 } from '../../policies/seed/resource-center';
import { dataSharingTerms, internetOnlyUnconditionalData } from '../../policies/seed/sharing';
import { websitesInWebsiteCluster } from '../../policies/seed/websites';
import { clone, happyManifest, INTERNAL_RULE_BASIS, LAW_BASIS } from '../support/manifests';
import { violationsOf } from './support';

/** The system record ConfigMap the platform registers for a manifest. */
const recordOf = (manifest: SystemMigration): k8s.core.v1.ConfigMapArgs => systemRecordArgs(manifest);

function changed(change: (manifest: SystemMigration) => void): SystemMigration {
  const manifest = clone(happyManifest());
  change(manifest);
  return manifest;
}

const sharedResource = () => ({ ...happyManifest().spec.dataResources![0]! });

describe('cloud-is-the-norm', () => {
  it('passes a placed system and an exempt one with its reason', async () => {
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(happyManifest()))).toEqual([]);
    const exempt = happyManifest({ disposition: { outcome: 'exempt' } });
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(exempt))).toEqual([]);
  });
  it('flags a kept system without a cloud placement', async () => {
    const manifest = changed((m) => delete m.spec.placement);
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(manifest))).toEqual([
      expect.stringContaining('no cloud placement'),
    ]);
  });
  it('flags an exemption without its reason', async () => {
    const exempt = changed((m) => {
      m.spec.disposition = { outcome: 'exempt', reason: ' ' };
    });
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, recordOf(exempt))).toEqual([
      expect.stringContaining('without a reason'),
    ]);
  });
  it('ignores ConfigMaps that are not system records', async () => {
    const record = recordOf(changed((m) => delete m.spec.placement));
    delete (record.metadata as { labels: Record<string, string> }).labels[RECORD_KIND_LABEL];
    expect(await violationsOf(cloudIsTheNorm, k8s.core.v1.ConfigMap, record)).toEqual([]);
  });
});

describe('data-sharing-terms', () => {
  it('passes the happy manifest’s data resources', async () => {
    expect(await violationsOf(dataSharingTerms, k8s.core.v1.ConfigMap, recordOf(happyManifest()))).toEqual([]);
  });
  it('flags conditional sharing without scope (art. 17)', async () => {
    const manifest = changed(
      (m) =>
        (m.spec.dataResources = [
          { ...sharedResource(), sharing: { type: 'conditional', conditions: '仅限执法使用' } },
        ]),
    );
    expect(await violationsOf(dataSharingTerms, k8s.core.v1.ConfigMap, recordOf(manifest))).toEqual([
      expect.stringMatching(/without its scope \(art\. 17\)/),
    ]);
  });
  it('flags data not shared without a legal basis (art. 18)', async () => {
    const manifest = changed(
      (m) => (m.spec.dataResources = [{ ...sharedResource(), sharing: { type: 'not-shared' } }]),
    );
    expect(await violationsOf(dataSharingTerms, k8s.core.v1.ConfigMap, recordOf(manifest))).toEqual([
      expect.stringContaining('(art. 18)'),
    ]);
  });
  it('flags data not shared on an internal rule, and passes it on a law (art. 18)', async () => {
    const on = (legalBasis: typeof LAW_BASIS | typeof INTERNAL_RULE_BASIS) =>
      changed((m) => (m.spec.dataResources = [{ ...sharedResource(), sharing: { type: 'not-shared', legalBasis } }]));
    expect(await violationsOf(dataSharingTerms, k8s.core.v1.ConfigMap, recordOf(on(INTERNAL_RULE_BASIS)))).toEqual([
      expect.stringContaining('on a basis below a law, an administrative regulation or a central document (art. 18)'),
    ]);
    expect(await violationsOf(dataSharingTerms, k8s.core.v1.ConfigMap, recordOf(on(LAW_BASIS)))).toEqual([]);
  });
});

describe('internet-only-unconditional-data', () => {
  const onInternet = (sharing: 'unconditional' | 'conditional') =>
    changed((m) => {
      m.spec.placement!.workloads![0]!.exposure = 'internet';
      m.spec.dataResources = [
        {
          ...sharedResource(),
          sharing:
            sharing === 'conditional'
              ? { type: 'conditional', conditions: '审批', scope: '部内' }
              : { type: 'unconditional' },
        },
      ];
    });
  it('passes an internet system holding unconditional data', async () => {
    expect(
      await violationsOf(internetOnlyUnconditionalData, k8s.core.v1.ConfigMap, recordOf(onInternet('unconditional'))),
    ).toEqual([]);
  });
  it('flags an internet system holding conditional data', async () => {
    expect(
      await violationsOf(internetOnlyUnconditionalData, k8s.core.v1.ConfigMap, recordOf(onInternet('conditional'))),
    ).toEqual([expect.stringContaining('exposed on the internet zone but holds conditional data')]);
  });
});

describe('portal-unified-identity', () => {
  const entry = (method: string, identity = 'unified-digital-certificate'): k8s.core.v1.ConfigMapArgs => ({
    metadata: { name: 'x-portal', namespace: 'portal' },
    data: { method, identity },
  });
  it('passes single sign-on through the unified identity', async () => {
    expect(await violationsOf(portalUnifiedIdentity, k8s.core.v1.ConfigMap, entry('single-sign-on'))).toEqual([]);
  });
  it('flags a bare unified entry (a link, no unified identity)', async () => {
    expect(await violationsOf(portalUnifiedIdentity, k8s.core.v1.ConfigMap, entry('unified-entry'))).toEqual([
      expect.stringContaining('connects by unified-entry'),
    ]);
  });
  it('flags a portal entry with its own login', async () => {
    expect(
      await violationsOf(portalUnifiedIdentity, k8s.core.v1.ConfigMap, entry('single-sign-on', 'local-accounts')),
    ).toEqual([expect.stringContaining('local-accounts')]);
  });
});

describe('websites-in-website-cluster', () => {
  const site = happyManifest({ disposition: { outcome: 'website-cluster' } });
  it('passes a website’s volume in the website cluster and its record in the registry', async () => {
    const labels = systemLabels(site);
    expect(
      await violationsOf(websitesInWebsiteCluster, k8s.core.v1.PersistentVolumeClaim, {
        metadata: { name: 'content', namespace: 'website-cluster', labels },
      }),
    ).toEqual([]);
    expect(await violationsOf(websitesInWebsiteCluster, k8s.core.v1.ConfigMap, recordOf(site))).toEqual([]);
  });
  it('flags a website’s Deployment in a pool namespace', async () => {
    const violations = await violationsOf(websitesInWebsiteCluster, k8s.apps.v1.Deployment, {
      metadata: { name: 'web', namespace: 'pool-central', labels: systemLabels(site) },
      spec: { selector: {}, template: {} },
    });
    expect(violations).toEqual([expect.stringContaining('sits in namespace pool-central')]);
  });
  it('flags an Ingress in a system namespace and a kept system running its own website', async () => {
    expect(
      await violationsOf(websitesInWebsiteCluster, k8s.networking.v1.Ingress, {
        metadata: { name: 'own-site', namespace: 'pool-central' },
      }),
    ).toEqual([expect.stringContaining('publishes a site')]);
    const kept = changed((m) => (m.spec.placement!.website = { domain: 'own.mee.gov.cn' }));
    expect(await violationsOf(websitesInWebsiteCluster, k8s.core.v1.ConfigMap, recordOf(kept))).toEqual([
      expect.stringContaining('runs its own website own.mee.gov.cn'),
    ]);
  });
});

describe('no-infrastructure-outside-pools', () => {
  it('passes the platform’s VPC and a pool’s bucket', async () => {
    expect(
      await violationsOf(noInfrastructureOutsidePools, aws.ec2.Vpc, {
        cidrBlock: '10.0.0.0/16',
        tags: { 'envcloud:platform': 'network' },
      }),
    ).toEqual([]);
    expect(
      await violationsOf(noInfrastructureOutsidePools, aws.s3.Bucket, { tags: { 'envcloud:pool': 'central' } }),
    ).toEqual([]);
  });
  it('flags a unit’s own cluster, a bucket of no pool and a namespace of its own', async () => {
    expect(
      await violationsOf(noInfrastructureOutsidePools, aws.eks.Cluster, {
        roleArn: 'arn',
        vpcConfig: { subnetIds: [] },
      }),
    ).toEqual([expect.stringContaining('not part of the platform')]);
    expect(
      await violationsOf(noInfrastructureOutsidePools, aws.s3.Bucket, { tags: { 'envcloud:pool': 'my-unit' } }),
    ).toEqual([expect.stringContaining('belongs to no pool')]);
    expect(
      await violationsOf(noInfrastructureOutsidePools, k8s.core.v1.Namespace, { metadata: { name: 'unit-private' } }),
    ).toEqual([expect.stringContaining('namespace unit-private')]);
  });
});

describe('resource-center-mlps-level-3', () => {
  const namespace = (level?: string): k8s.core.v1.NamespaceArgs => ({
    metadata: { name: 'resource-center', labels: level ? { [`${LABEL_PREFIX}/mlps-level`]: level } : {} },
  });
  const archive = (storageClassName: string): k8s.core.v1.PersistentVolumeClaimArgs => ({
    metadata: { name: 'a', namespace: 'resource-center' },
    spec: { storageClassName, accessModes: ['ReadWriteOnce'] },
  });
  it('passes the level-3 namespace and a silver archive', async () => {
    expect(await violationsOf(resourceCenterMlpsLevel3, k8s.core.v1.Namespace, namespace('3'))).toEqual([]);
    expect(
      await violationsOf(resourceCenterMlpsLevel3, k8s.core.v1.PersistentVolumeClaim, archive('envcloud-silver')),
    ).toEqual([]);
  });
  it('flags the namespace at level 2 and a bronze volume in the center', async () => {
    expect(await violationsOf(resourceCenterMlpsLevel3, k8s.core.v1.Namespace, namespace('2'))).toEqual([
      expect.stringContaining('MLPS level 2'),
    ]);
    expect(
      await violationsOf(resourceCenterMlpsLevel3, k8s.core.v1.PersistentVolumeClaim, archive('envcloud-bronze')),
    ).toEqual([expect.stringContaining('envcloud-bronze')]);
  });
});
