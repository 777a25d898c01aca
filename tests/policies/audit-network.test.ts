import * as aws from '@pulumi/aws';
import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import {
  cloudtrailMultiRegionValidated,
  eksPrivateEncrypted,
  grantsFullAdmin,
  iamNoWildcardAdmin,
  logRetentionMinimum,
  s3VersioningEnabled,
} from '../../policies/mlps/aws-audit';
import { k8sNamespaceDefaultDeny } from '../../policies/mlps/kubernetes-network';
import { planned, violationsOf } from './support';

const KEY = 'arn:aws-cn:kms:cn-north-1:000000000000:key/platform';

describe('cloudtrail-multi-region-validated', () => {
  const happy = (): aws.cloudtrail.TrailArgs => ({
    s3BucketName: 'logs',
    isMultiRegionTrail: true,
    enableLogFileValidation: true,
    kmsKeyId: KEY,
  });
  it('passes the trail AwsCenter builds', async () => {
    expect(await violationsOf(cloudtrailMultiRegionValidated, aws.cloudtrail.Trail, happy())).toEqual([]);
  });
  it.each<[keyof aws.cloudtrail.TrailArgs, unknown]>([
    ['isMultiRegionTrail', false],
    ['enableLogFileValidation', false],
    ['kmsKeyId', undefined],
  ])('flags %s = %s', async (field, value) => {
    expect(
      await violationsOf(cloudtrailMultiRegionValidated, aws.cloudtrail.Trail, { ...happy(), [field]: value }),
    ).toHaveLength(1);
  });
});

describe('log-retention-minimum', () => {
  it('passes 180 days and more, and never-expiring groups', async () => {
    for (const retentionInDays of [180, 365, undefined])
      expect(await violationsOf(logRetentionMinimum, aws.cloudwatch.LogGroup, { retentionInDays })).toEqual([]);
  });
  it('flags 90 days, and follows a stricter pack config', async () => {
    expect(await violationsOf(logRetentionMinimum, aws.cloudwatch.LogGroup, { retentionInDays: 90 })).toEqual([
      'logs are kept 90 days; at least 180 are required',
    ]);
    expect(
      await violationsOf(logRetentionMinimum, aws.cloudwatch.LogGroup, { retentionInDays: 180 }, { minimumDays: 365 }),
    ).toHaveLength(1);
  });
});

describe('eks-private-encrypted', () => {
  const happy = (): aws.eks.ClusterArgs => ({
    roleArn: 'arn:role',
    vpcConfig: { subnetIds: ['a'], endpointPublicAccess: false, endpointPrivateAccess: true },
    encryptionConfig: { provider: { keyArn: KEY }, resources: ['secrets'] },
  });
  it('passes a private cluster with encrypted secrets', async () => {
    expect(await violationsOf(eksPrivateEncrypted, aws.eks.Cluster, happy())).toEqual([]);
  });
  it('flags a public endpoint and missing secret encryption', async () => {
    expect(
      await violationsOf(eksPrivateEncrypted, aws.eks.Cluster, {
        ...happy(),
        vpcConfig: { subnetIds: ['a'], endpointPublicAccess: true },
      }),
    ).toHaveLength(1);
    expect(
      await violationsOf(eksPrivateEncrypted, aws.eks.Cluster, { ...happy(), encryptionConfig: undefined }),
    ).toHaveLength(1);
  });
});

describe('s3-versioning-enabled', () => {
  const bucket = planned('aws:s3/bucket:Bucket', 'b');
  const versioning = (status: string) =>
    planned(
      'aws:s3/bucketVersioning:BucketVersioning',
      'b-versioning',
      { bucket: 'b-id', versioningConfiguration: { status } },
      { dependencies: [bucket.urn] },
    );
  it('passes Enabled and flags Suspended', async () => {
    expect(await evaluateStackPolicy(s3VersioningEnabled, [bucket, versioning('Enabled')])).toEqual([]);
    expect(await evaluateStackPolicy(s3VersioningEnabled, [bucket, versioning('Suspended')])).toHaveLength(1);
  });
  it('flags a bucket with no versioning configuration', async () => {
    expect(await evaluateStackPolicy(s3VersioningEnabled, [bucket])).toEqual([
      { message: expect.stringContaining('bucket b has no versioning configuration'), urn: bucket.urn },
    ]);
  });
});

describe('iam-no-wildcard-admin', () => {
  const scoped = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: 'arn:logs:*' }],
  });
  const admin = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: ['*'] }],
  });
  it('tells full admin from scoped grants', () => {
    expect(grantsFullAdmin(scoped)).toBe(false);
    expect(grantsFullAdmin(admin)).toBe(true);
    expect(grantsFullAdmin(JSON.stringify({ Statement: { Effect: 'Deny', Action: '*', Resource: '*' } }))).toBe(false);
  });
  it('flags wildcard role policies and the AdministratorAccess attachment', async () => {
    expect(await violationsOf(iamNoWildcardAdmin, aws.iam.RolePolicy, { role: 'r', policy: scoped })).toEqual([]);
    expect(await violationsOf(iamNoWildcardAdmin, aws.iam.RolePolicy, { role: 'r', policy: admin })).toHaveLength(1);
    expect(
      await violationsOf(iamNoWildcardAdmin, aws.iam.RolePolicyAttachment, {
        role: 'r',
        policyArn: 'arn:aws-cn:iam::aws:policy/AdministratorAccess',
      }),
    ).toHaveLength(1);
  });
});

describe('k8s-namespace-default-deny (stack policy)', () => {
  const provider = 'urn:pulumi:prod::envcloud::pulumi:providers:kubernetes::primary-k8s';
  const namespace = (name: string): PlannedResource => ({
    type: 'kubernetes:core/v1:Namespace',
    name,
    urn: `urn:ns:${name}`,
    props: { metadata: { name } },
    provider,
  });
  const deny = (
    namespaceName: string,
    spec: Record<string, unknown> = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  ): PlannedResource => ({
    type: 'kubernetes:networking.k8s.io/v1:NetworkPolicy',
    name: `${namespaceName}-deny`,
    urn: `urn:np:${namespaceName}`,
    props: { metadata: { name: 'default-deny', namespace: namespaceName }, spec },
    provider,
  });
  it('passes namespaces that deny by default', async () => {
    expect(
      await evaluateStackPolicy(k8sNamespaceDefaultDeny, [namespace('pool-central'), deny('pool-central')]),
    ).toEqual([]);
  });
  it('flags a namespace without one, and a "deny" that allows ingress', async () => {
    expect(await evaluateStackPolicy(k8sNamespaceDefaultDeny, [namespace('pool-central')])).toEqual([
      { message: 'namespace pool-central has no default-deny NetworkPolicy', urn: 'urn:ns:pool-central' },
    ]);
    const leaky = deny('pool-central', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{}] });
    expect(await evaluateStackPolicy(k8sNamespaceDefaultDeny, [namespace('pool-central'), leaky])).toHaveLength(1);
  });
});
