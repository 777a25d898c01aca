import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { k8sNamespaceDefaultDeny } from '../../policies/mlps/kubernetes-network';
import { statefulResourcesProtected, volumesEncrypted } from '../../policies/mlps/storage';
import { evaluatePolicy } from '../../engine/policy-run';
import { judgesResource } from '../../policies/meta';
import { violationsOf } from './support';

// volumes-encrypted and k8s-namespace-default-deny case by case, each from a passing resource with one
// field changed, with their exact messages (the main cases are in mlps-network-storage and audit-network).

describe('volumes-encrypted, field by field', () => {
  const ebsClass: k8s.storage.v1.StorageClassArgs = {
    metadata: { name: 'envcloud-gold' },
    provisioner: 'ebs.csi.aws.com',
    parameters: { type: 'gp3', encrypted: 'true', kmsKeyId: 'k' },
  };
  const check = (args: k8s.storage.v1.StorageClassArgs) =>
    violationsOf(volumesEncrypted, k8s.storage.v1.StorageClass, args);

  it('names the class in its messages, or the resource when the class has no name', async () => {
    expect(await check(ebsClass)).toEqual([]);
    expect(await check({ ...ebsClass, parameters: { encrypted: 'false', kmsKeyId: 'k' } })).toEqual([
      'storage class envcloud-gold provisions unencrypted volumes (parameters.encrypted must be "true")',
    ]);
    expect(await check({ ...ebsClass, metadata: {}, parameters: {} })).toEqual([
      'storage class fixture provisions unencrypted volumes (parameters.encrypted must be "true")',
    ]);
    expect(await check({ provisioner: 'ebs.csi.aws.com' })).toEqual([
      'storage class fixture provisions unencrypted volumes (parameters.encrypted must be "true")',
    ]);
    expect(await check({ ...ebsClass, parameters: { encrypted: 'true' } })).toEqual([
      "storage class envcloud-gold encrypts with the provider's key; name the customer key in parameters.kmsKeyId",
    ]);
  });
  it('asks a Rook block class for its KMS connection, and an unknown provisioner for encryption only', async () => {
    const rook = { ...ebsClass, provisioner: 'rook-ceph.rbd.csi.ceph.com', parameters: { encrypted: 'true' } };
    expect(await check(rook)).toEqual([
      "storage class envcloud-gold encrypts with the provider's key; name the customer key in parameters.encryptionKMSID",
    ]);
    expect(await check({ ...rook, parameters: { encrypted: 'true', kmsKeyId: 'k' } })).toHaveLength(1);
    expect(await check({ ...ebsClass, provisioner: 'other.csi', parameters: { encrypted: 'true' } })).toEqual([]);
  });
  it('does not judge a Rook bucket class: it provisions buckets, not volumes', async () => {
    const bucketClass = { metadata: { name: 'envcloud-buckets' }, provisioner: 'rook-ceph.ceph.rook.io/bucket' };
    expect(await check(bucketClass)).toEqual([]);
    const judged = (props: Record<string, unknown>, type = 'kubernetes:storage.k8s.io/v1:StorageClass') =>
      judgesResource(volumesEncrypted.meta.judges, { type, props });
    expect(judged(bucketClass)).toBe(false);
    expect(judged(ebsClass as unknown as Record<string, unknown>)).toBe(true);
    expect(judged({ provisioner: 42 })).toBe(true);
    expect(judged({ provisioner: 'rook-ceph.ceph.rook.io/bucket' }, 'aws:ebs/volume:Volume')).toBe(true);
    expect(await check({ ...bucketClass, provisioner: 'rook-ceph.ceph.rook.io/bucket-class' })).toHaveLength(1);
  });
  it('asks an EBS volume for encryption with the customer key, and passes default encryption on', async () => {
    const volume: aws.ebs.VolumeArgs = { availabilityZone: 'a', encrypted: true, kmsKeyId: 'k' };
    expect(await violationsOf(volumesEncrypted, aws.ebs.Volume, volume)).toEqual([]);
    expect(await violationsOf(volumesEncrypted, aws.ebs.Volume, { ...volume, kmsKeyId: undefined })).toEqual([
      'volume fixture must be encrypted with the customer-managed key',
    ]);
    expect(await violationsOf(volumesEncrypted, aws.ebs.Volume, { ...volume, encrypted: false })).toHaveLength(1);
    expect(await violationsOf(volumesEncrypted, aws.ebs.EncryptionByDefault, { enabled: true })).toEqual([]);
    expect(await violationsOf(volumesEncrypted, aws.ebs.EncryptionByDefault, {})).toEqual([]);
    expect(await violationsOf(volumesEncrypted, aws.ebs.EncryptionByDefault, { enabled: false })).toEqual([
      'EBS encryption by default is switched off',
    ]);
  });
});

describe('k8s-namespace-default-deny, field by field', () => {
  const provider = (center: string) => `urn:pulumi:prod::envcloud::pulumi:providers:kubernetes::${center}-k8s`;
  const namespace = (name: string, center = 'primary'): PlannedResource => ({
    type: 'kubernetes:core/v1:Namespace',
    name: `${center}-${name}`,
    urn: `urn:ns:${center}:${name}`,
    props: { metadata: { name } },
    provider: provider(center),
  });
  const DENY = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };
  const deny = (spec: Record<string, unknown> = DENY, namespaceName = 'pool-central', center = 'primary') => ({
    type: 'kubernetes:networking.k8s.io/v1:NetworkPolicy',
    name: `${center}-${namespaceName}-deny`,
    urn: `urn:np:${center}:${namespaceName}`,
    props: { metadata: { name: 'default-deny', namespace: namespaceName }, spec },
    provider: provider(center),
  });
  const judge = (resources: PlannedResource[]) =>
    evaluateStackPolicy(k8sNamespaceDefaultDeny, resources).then((found) => found.map((v) => v.message));
  const FAILS = ['namespace pool-central has no default-deny NetworkPolicy'];

  it('passes only a policy selecting every pod, denying both directions, allowing nothing', async () => {
    expect(await judge([namespace('pool-central'), deny()])).toEqual([]);
    expect(await judge([namespace('pool-central'), deny({ ...DENY, ingress: [], egress: [] })])).toEqual([]);
    for (const spec of [
      { ...DENY, podSelector: undefined },
      { ...DENY, podSelector: { matchLabels: { app: 'a' } } },
      { ...DENY, podSelector: { matchExpressions: [{ key: 'app', operator: 'Exists' }] } },
      { ...DENY, policyTypes: ['Ingress'] },
      { ...DENY, policyTypes: ['Egress'] },
      { ...DENY, policyTypes: undefined },
      { ...DENY, egress: [{}] },
      { ...DENY, ingress: [{}] },
    ])
      expect(await judge([namespace('pool-central'), deny(spec)])).toEqual(FAILS);
    expect(await judge([namespace('pool-central'), deny({ ...DENY, podSelector: { matchExpressions: [] } })])).toEqual(
      [],
    );
    expect(await judge([namespace('pool-central'), { ...deny(), props: { metadata: {} } }])).toEqual(FAILS);
  });
  it('counts a deny only for the namespace and the cluster it is in', async () => {
    expect(await judge([namespace('pool-central'), deny(DENY, 'portal')])).toEqual(FAILS);
    expect(await judge([namespace('pool-central'), deny(DENY, 'pool-central', 'remote')])).toEqual(FAILS);
    expect(
      await judge([
        namespace('pool-central'),
        namespace('pool-central', 'remote'),
        deny(DENY, 'pool-central', 'remote'),
      ]),
    ).toEqual(FAILS);
  });
  it('does not fail on objects without metadata', async () => {
    const bare = { ...deny(), props: { spec: DENY } };
    expect(await judge([namespace('pool-central'), bare])).toEqual(FAILS);
    expect(await judge([{ ...namespace('pool-central'), props: {} }])).toEqual([
      'namespace undefined has no default-deny NetworkPolicy',
    ]);
  });
  it('leaves the namespaces of a cluster open while one of its network policies is not known, and judges the others', async () => {
    const proxy = require('@pulumi/policy/proxy') as {
      unknownCheckingProxy<T>(value: T): T;
      unknownStringValue: string;
    };
    const unknownDeny = {
      ...deny(DENY, 'portal'),
      props: proxy.unknownCheckingProxy({ spec: proxy.unknownStringValue }),
    };
    const stack = [
      namespace('pool-central'),
      namespace('portal'),
      namespace('pool-central', 'remote'),
      unknownDeny,
      deny(),
    ];
    await expect(evaluateStackPolicy(k8sNamespaceDefaultDeny, stack)).rejects.toThrow(
      'judged everything known; not known until the update: NetworkPolicy primary-portal-deny (.spec); namespace portal (a network policy of its cluster is not known yet)',
    );
  });
});

describe('stateful-resources-protected, message', () => {
  it('names the kind and the resource', async () => {
    const claim = (protect: boolean) =>
      evaluatePolicy(statefulResourcesProtected, {
        type: 'kubernetes:core/v1:PersistentVolumeClaim',
        name: 'data',
        urn: 'urn:pulumi:t::envcloud::kubernetes:core/v1:PersistentVolumeClaim::data',
        props: {},
        protect,
      });
    expect(await claim(false)).toEqual([
      'PersistentVolumeClaim data holds data but is not protected against deletion (resource option protect)',
    ]);
  });
});
