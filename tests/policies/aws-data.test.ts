import * as aws from '@pulumi/aws';
import { backupVaultCustomerKey, rdsEncryptedPrivateProtected, s3EncryptionCustomerKey, s3PublicAccessBlocked } from '../../policies/mlps/aws-data';
import { violationsOf } from './support';

const KEY = 'arn:aws-cn:kms:cn-north-1:000000000000:key/platform';

describe('s3-encryption-customer-key', () => {
  const happy = (): aws.s3.BucketServerSideEncryptionConfigurationArgs => ({
    bucket: 'b',
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY } }],
  });
  it('passes a bucket encrypted with the customer key', async () => {
    expect(await violationsOf(s3EncryptionCustomerKey, aws.s3.BucketServerSideEncryptionConfiguration, happy())).toEqual([]);
  });
  it('flags AES256 (provider-managed keys)', async () => {
    const args = happy();
    args.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }];
    expect(await violationsOf(s3EncryptionCustomerKey, aws.s3.BucketServerSideEncryptionConfiguration, args)).toHaveLength(1);
  });
  it('flags aws:kms without a key', async () => {
    const args = happy();
    args.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } }];
    expect(await violationsOf(s3EncryptionCustomerKey, aws.s3.BucketServerSideEncryptionConfiguration, args)).toHaveLength(1);
  });
  it('does not apply to other resource types', async () => {
    expect(await violationsOf(s3EncryptionCustomerKey, aws.backup.Vault, {})).toEqual([]);
  });
});

describe('s3-public-access-blocked', () => {
  const happy = (): aws.s3.BucketPublicAccessBlockArgs => ({ bucket: 'b', blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  it('passes a fully blocked bucket', async () => {
    expect(await violationsOf(s3PublicAccessBlocked, aws.s3.BucketPublicAccessBlock, happy())).toEqual([]);
  });
  it('names the setting left open', async () => {
    const [violation] = await violationsOf(s3PublicAccessBlocked, aws.s3.BucketPublicAccessBlock, { ...happy(), restrictPublicBuckets: false });
    expect(violation).toContain('restrictPublicBuckets');
  });
});

describe('rds-encrypted-private-protected', () => {
  const happy = (): aws.rds.InstanceArgs => ({
    instanceClass: 'db.m6g.large',
    engine: 'postgres',
    storageEncrypted: true,
    kmsKeyId: KEY,
    publiclyAccessible: false,
    deletionProtection: true,
  });
  it('passes an encrypted, private, protected database', async () => {
    expect(await violationsOf(rdsEncryptedPrivateProtected, aws.rds.Instance, happy())).toEqual([]);
  });
  it.each<[string, Partial<aws.rds.InstanceArgs>, string]>([
    ['unencrypted', { storageEncrypted: false }, 'encrypted'],
    ['no customer key', { kmsKeyId: undefined }, 'kmsKeyId'],
    ['public', { publiclyAccessible: true }, 'publicly accessible'],
    ['unprotected', { deletionProtection: false }, 'deletion protection'],
  ])('flags a database that is %s', async (_what, change, text) => {
    const violations = await violationsOf(rdsEncryptedPrivateProtected, aws.rds.Instance, { ...happy(), ...change });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(text);
  });
});

describe('backup-vault-customer-key', () => {
  it('passes a vault with the center key and flags one without', async () => {
    expect(await violationsOf(backupVaultCustomerKey, aws.backup.Vault, { kmsKeyArn: KEY })).toEqual([]);
    expect(await violationsOf(backupVaultCustomerKey, aws.backup.Vault, {})).toHaveLength(1);
  });
});
