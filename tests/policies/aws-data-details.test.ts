import * as aws from '@pulumi/aws';
import { evaluateStackPolicy } from '../../engine/policy-run';
import { judgesResource } from '../../policies/meta';
import {
  backupVaultCustomerKey,
  deniesInsecureTransport,
  goldTierMultiAz,
  kmsKeyRotation,
  rdsAuditLogs,
  rdsEncryptedPrivateProtected,
  s3EncryptionCustomerKey,
  s3TlsOnly,
} from '../../policies/mlps/aws-data';
import { planned, violationsOf } from './support';

// The data policies of policies/mlps/aws-data.ts with their whole messages, one field changed from a
// passing resource at a time (tests/policies/aws-data.test.ts has the main cases).

const KEY = 'arn:aws-cn:kms:cn-north-1:000000000000:key/platform';
const ENCRYPTION = 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration';
const CUSTOMER_KEY =
  'bucket objects must be encrypted with a customer-managed KMS key (sseAlgorithm aws:kms with kmsMasterKeyId)';

describe('s3-encryption-customer-key, messages', () => {
  const bucket = (name: string, tags: Record<string, string> = {}) => planned('aws:s3/bucket:Bucket', name, { tags });
  const encryption = (rule: Record<string, string> | undefined, ...buckets: ReturnType<typeof bucket>[]) =>
    planned(
      ENCRYPTION,
      'enc',
      { rules: rule ? [{ applyServerSideEncryptionByDefault: rule }] : [] },
      { dependencies: buckets.map((configured) => configured.urn) },
    );
  const messages = async (resources: ReturnType<typeof bucket>[]) =>
    (await evaluateStackPolicy(s3EncryptionCustomerKey, resources)).map((violation) => violation.message);
  it('names the customer key for AES256, a missing key, and no rule', async () => {
    const b = bucket('b');
    expect(await messages([b, encryption({ sseAlgorithm: 'AES256' }, b)])).toEqual([CUSTOMER_KEY]);
    expect(await messages([b, encryption({ sseAlgorithm: 'aws:kms' }, b)])).toEqual([CUSTOMER_KEY]);
    expect(await messages([b, encryption(undefined, b)])).toEqual([CUSTOMER_KEY]);
    expect(await messages([b, encryption({ sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY }, b)])).toEqual([]);
  });
  it('takes AES256 only on a configuration of access-log buckets alone', async () => {
    const logs = bucket('logs', { 'envcloud:platform': 'access-logs' });
    const data = bucket('data');
    expect(await messages([logs, encryption({ sseAlgorithm: 'AES256' }, logs)])).toEqual([]);
    expect(await messages([logs, data, encryption({ sseAlgorithm: 'AES256' }, logs, data)])).toEqual([CUSTOMER_KEY]);
    // A configuration of no bucket of the stack is judged as any other.
    expect(await messages([encryption({ sseAlgorithm: 'AES256' })])).toEqual([CUSTOMER_KEY]);
    expect(await messages([logs, encryption({ sseAlgorithm: 'aws:kms' }, logs)])).toEqual([CUSTOMER_KEY]);
  });
});

describe('deniesInsecureTransport', () => {
  const deny = (value: unknown, effect = 'Deny') => ({
    Statement: [{ Effect: effect, Condition: { Bool: { 'aws:SecureTransport': value } } }],
  });
  it('finds a Deny of aws:SecureTransport false, as text or object, one statement or a list', () => {
    expect(deniesInsecureTransport(deny('false'))).toBe(true);
    expect(deniesInsecureTransport(deny(['false']))).toBe(true);
    expect(deniesInsecureTransport(JSON.stringify(deny('false')))).toBe(true);
    expect(deniesInsecureTransport({ Statement: deny('false').Statement[0] })).toBe(true);
  });
  it('finds none in an Allow, a Deny of true, unparsable text or an empty document', () => {
    expect(deniesInsecureTransport(deny('false', 'Allow'))).toBe(false);
    expect(deniesInsecureTransport(deny('true'))).toBe(false);
    expect(deniesInsecureTransport('{not json')).toBe(false);
    expect(deniesInsecureTransport({})).toBe(false);
    expect(deniesInsecureTransport(undefined)).toBe(false);
    expect(deniesInsecureTransport({ Statement: [{ Effect: 'Deny' }] })).toBe(false);
  });
  it('fails a bucket with the whole message, and passes one whose any attached policy denies', async () => {
    const bucket = planned('aws:s3/bucket:Bucket', 'data');
    const attach = (name: string, policy: unknown) =>
      planned('aws:s3/bucketPolicy:BucketPolicy', name, { policy }, { dependencies: [bucket.urn] });
    expect(await evaluateStackPolicy(s3TlsOnly, [bucket, attach('p', '{}')])).toEqual([
      {
        message: 'bucket data accepts requests without TLS (no policy denies aws:SecureTransport false)',
        urn: bucket.urn,
      },
    ]);
    expect(
      await evaluateStackPolicy(s3TlsOnly, [bucket, attach('p', '{}'), attach('q', JSON.stringify(deny('false')))]),
    ).toEqual([]);
  });
});

describe('database, vault and key policies, messages', () => {
  const db = (): aws.rds.InstanceArgs => ({
    instanceClass: 'db.m6g.large',
    storageEncrypted: true,
    kmsKeyId: KEY,
    publiclyAccessible: false,
    deletionProtection: true,
    enabledCloudwatchLogsExports: ['postgresql'],
    multiAz: true,
    tags: { 'envcloud:backup-tier': 'gold' },
  });
  it('rds-encrypted-private-protected names each problem, all at once', async () => {
    expect(await violationsOf(rdsEncryptedPrivateProtected, aws.rds.Instance, { instanceClass: 'x' })).toEqual([
      'the database must be encrypted with the customer-managed key (storageEncrypted and kmsKeyId)',
      'the database must have deletion protection',
    ]);
    expect(
      await violationsOf(rdsEncryptedPrivateProtected, aws.rds.Instance, { ...db(), publiclyAccessible: true }),
    ).toEqual(['the database must not be publicly accessible']);
  });
  it('rds-audit-logs, backup-vault-customer-key and kms-key-rotation name the setting', async () => {
    expect(
      await violationsOf(rdsAuditLogs, aws.rds.Instance, { ...db(), enabledCloudwatchLogsExports: undefined }),
    ).toEqual(['the database exports no logs for audit (enabledCloudwatchLogsExports)']);
    expect(await violationsOf(backupVaultCustomerKey, aws.backup.Vault, { kmsKeyArn: '' })).toEqual([
      'the backup vault must be encrypted with the customer-managed key (kmsKeyArn)',
    ]);
    expect(await violationsOf(kmsKeyRotation, aws.kms.Key, {})).toEqual([
      'the customer-managed key must rotate yearly (enableKeyRotation)',
    ]);
  });
  it('gold-tier-multi-az names multiAz, and judges only gold databases that are no replica', async () => {
    expect(await violationsOf(goldTierMultiAz, aws.rds.Instance, { ...db(), multiAz: undefined })).toEqual([
      'a gold-tier database must run in two availability zones (multiAz)',
    ]);
    const judged = (props: Record<string, unknown>) =>
      judgesResource(goldTierMultiAz.meta.judges, { type: 'aws:rds/instance:Instance', props });
    expect(judged({ tags: { 'envcloud:backup-tier': 'gold' } })).toBe(true);
    expect(judged({ tags: { 'envcloud:backup-tier': 'silver' } })).toBe(false);
    expect(judged({ tags: { 'envcloud:backup-tier': 'gold' }, replicateSourceDb: 'arn' })).toBe(false);
  });
});
