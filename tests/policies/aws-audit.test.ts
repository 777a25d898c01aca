import * as aws from '@pulumi/aws';
import { evaluateStackPolicy } from '../../engine/policy-run';
import {
  cloudtrailMultiRegionValidated,
  eksPrivateEncrypted,
  grantsFullAdmin,
  iamNoWildcardAdmin,
  logRetentionMinimum,
  s3VersioningEnabled,
} from '../../policies/mlps/aws-audit';
import { planned, violationsOf } from './support';

// The audit policies of policies/mlps/aws-audit.ts with their whole messages, one field changed from a
// passing resource at a time (tests/policies/audit-network.test.ts has the main cases).

const KEY = 'arn:aws-cn:kms:cn-north-1:000000000000:key/platform';

describe('cloudtrail-multi-region-validated, messages', () => {
  const happy: aws.cloudtrail.TrailArgs = {
    s3BucketName: 'logs',
    isMultiRegionTrail: true,
    enableLogFileValidation: true,
    kmsKeyId: KEY,
  };
  it('names each missing setting, all three at once', async () => {
    expect(await violationsOf(cloudtrailMultiRegionValidated, aws.cloudtrail.Trail, { s3BucketName: 'logs' })).toEqual([
      'the audit trail must cover every region (isMultiRegionTrail)',
      'the audit trail must validate its log files (enableLogFileValidation)',
      'the audit trail must encrypt its logs with the customer-managed key (kmsKeyId)',
    ]);
    expect(
      await violationsOf(cloudtrailMultiRegionValidated, aws.cloudtrail.Trail, { ...happy, kmsKeyId: '' }),
    ).toEqual(['the audit trail must encrypt its logs with the customer-managed key (kmsKeyId)']);
  });
});

describe('log-retention-minimum, at the boundary', () => {
  const kept = (retentionInDays: number | undefined, config = {}) =>
    violationsOf(logRetentionMinimum, aws.cloudwatch.LogGroup, { retentionInDays }, config);
  it('passes never-expiring (0) groups and exactly the minimum, fails a day less', async () => {
    expect(await kept(0)).toEqual([]);
    expect(await kept(180)).toEqual([]);
    expect(await kept(179)).toEqual(['logs are kept 179 days; at least 180 are required']);
    expect(await kept(1)).toEqual(['logs are kept 1 days; at least 180 are required']);
    expect(await kept(365, { minimumDays: 365 })).toEqual([]);
    expect(await kept(364, { minimumDays: 365 })).toEqual(['logs are kept 364 days; at least 365 are required']);
  });
});

describe('eks-private-encrypted, field by field', () => {
  const happy = (): aws.eks.ClusterArgs => ({
    roleArn: 'arn:role',
    vpcConfig: { subnetIds: ['a'], endpointPublicAccess: false, endpointPrivateAccess: true },
    encryptionConfig: { provider: { keyArn: KEY }, resources: ['secrets'] },
  });
  // Loose arguments: a test leaves out fields the provider's types require, as a plan may.
  const check = (args: Record<string, unknown>) =>
    violationsOf(eksPrivateEncrypted, aws.eks.Cluster, args as unknown as aws.eks.ClusterArgs);
  const PUBLIC = 'the cluster API must not be reachable from the internet (endpointPublicAccess: false)';
  const SECRETS = 'cluster secrets must be encrypted with the customer-managed key (encryptionConfig)';
  it('asks for endpointPublicAccess false, not merely unset', async () => {
    expect(await check({ ...happy(), vpcConfig: { subnetIds: ['a'] } })).toEqual([PUBLIC]);
    expect(await check({ roleArn: 'r', vpcConfig: { subnetIds: [] } })).toEqual([PUBLIC, SECRETS]);
  });
  it('asks for secrets among the encrypted resources, and a key', async () => {
    expect(
      await check({ ...happy(), encryptionConfig: { provider: { keyArn: KEY }, resources: ['configmaps'] } }),
    ).toEqual([SECRETS]);
    expect(await check({ ...happy(), encryptionConfig: { provider: {}, resources: ['secrets'] } })).toEqual([SECRETS]);
    expect(await check({ ...happy(), encryptionConfig: { resources: ['secrets'] } })).toEqual([SECRETS]);
    expect(await check({ ...happy(), encryptionConfig: { provider: { keyArn: KEY } } })).toEqual([SECRETS]);
  });
});

describe('s3-versioning-enabled, messages', () => {
  const bucket = planned('aws:s3/bucket:Bucket', 'b');
  it('names the versioning rule, pointing at the bucket', async () => {
    const versioning = planned(
      'aws:s3/bucketVersioning:BucketVersioning',
      'b-versioning',
      { bucket: 'b-id', versioningConfiguration: {} },
      { dependencies: [bucket.urn] },
    );
    const [violation] = await evaluateStackPolicy(s3VersioningEnabled, [bucket, versioning]);
    expect(violation!.message).toContain(
      'bucket versioning must be Enabled, so overwritten or deleted objects can be restored',
    );
    expect(await evaluateStackPolicy(s3VersioningEnabled, [bucket])).toEqual([
      {
        message: expect.stringContaining(
          'versioning configuration (BucketVersioning): overwritten or deleted objects cannot be restored',
        ),
        urn: bucket.urn,
      },
    ]);
  });
});

describe('grantsFullAdmin and iam-no-wildcard-admin', () => {
  it('reads a document as text or as an object, one statement or a list', () => {
    expect(grantsFullAdmin({ Statement: [{ Effect: 'Allow', Action: ['s3:Get*', '*'], Resource: '*' }] })).toBe(true);
    expect(grantsFullAdmin({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } })).toBe(true);
    expect(grantsFullAdmin(JSON.stringify({ Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }))).toBe(true);
  });
  it('needs Allow, every action and every resource in the same statement', () => {
    expect(grantsFullAdmin({ Statement: [{ Effect: 'Allow', Action: '*', Resource: 'arn:x' }] })).toBe(false);
    expect(grantsFullAdmin({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] })).toBe(false);
    expect(
      grantsFullAdmin({
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: 'arn:x' },
          { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        ],
      }),
    ).toBe(false);
    expect(grantsFullAdmin({})).toBe(false);
    expect(grantsFullAdmin(undefined)).toBe(false);
    expect(grantsFullAdmin({ Statement: [] })).toBe(false);
  });
  it('names what it flags in a managed policy, a role policy and an attachment', async () => {
    const admin = JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(await violationsOf(iamNoWildcardAdmin, aws.iam.Policy, { policy: admin })).toEqual([
      'the policy grants every action on every resource ("*" on "*")',
    ]);
    expect(await violationsOf(iamNoWildcardAdmin, aws.iam.Policy, { policy: '' })).toEqual([]);
    expect(await violationsOf(iamNoWildcardAdmin, aws.iam.RolePolicy, { role: 'r', policy: admin })).toEqual([
      'the role policy grants every action on every resource ("*" on "*")',
    ]);
    const attach = (policyArn: string) =>
      violationsOf(iamNoWildcardAdmin, aws.iam.RolePolicyAttachment, { role: 'r', policyArn });
    expect(await attach('arn:aws-cn:iam::aws:policy/AdministratorAccess')).toEqual([
      'AdministratorAccess must not be attached to platform roles',
    ]);
    expect(await attach('arn:aws-cn:iam::aws:policy/ReadOnlyAccess')).toEqual([]);
    expect(await attach('arn:aws-cn:iam::aws:policy/AdministratorAccess-Amplify')).toEqual([]);
  });
});
