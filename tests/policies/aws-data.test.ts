import * as aws from '@pulumi/aws';
import {
  backupVaultCustomerKey,
  rdsEncryptedPrivateProtected,
  s3EncryptionCustomerKey,
  s3PublicAccessBlocked,
} from '../../policies/mlps/aws-data';
import { evaluateStackPolicy } from '../../engine/policy-run';
import { planned, violationsOf } from './support';

const KEY = 'arn:aws-cn:kms:cn-north-1:000000000000:key/platform';

const BUCKET = planned('aws:s3/bucket:Bucket', 'b');
/** A bucket and one companion that configures it (it takes the bucket's id, so it depends on it). */
const withCompanion = (type: string, props: Record<string, unknown>) => [
  BUCKET,
  planned(type, 'b-companion', { bucket: 'b-id', ...props }, { dependencies: [BUCKET.urn] }),
];

describe('s3-encryption-customer-key', () => {
  const TYPE = 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration';
  const happy = () => ({
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: KEY } }],
  });
  it('passes a bucket encrypted with the customer key', async () => {
    expect(await evaluateStackPolicy(s3EncryptionCustomerKey, withCompanion(TYPE, happy()))).toEqual([]);
  });
  it('flags AES256 (provider-managed keys)', async () => {
    const found = await evaluateStackPolicy(
      s3EncryptionCustomerKey,
      withCompanion(TYPE, { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] }),
    );
    expect(found.map((finding) => finding.urn)).toEqual(['urn:pulumi:test::envcloud::' + TYPE + '::b-companion']);
  });
  it('flags aws:kms without a key', async () => {
    expect(
      await evaluateStackPolicy(
        s3EncryptionCustomerKey,
        withCompanion(TYPE, { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' } }] }),
      ),
    ).toHaveLength(1);
  });
  it('flags a bucket with no encryption configuration at all', async () => {
    const found = await evaluateStackPolicy(s3EncryptionCustomerKey, [BUCKET]);
    expect(found).toEqual([
      { message: expect.stringContaining('bucket b has no encryption configuration'), urn: BUCKET.urn },
    ]);
  });
  it("flags a bucket whose only encryption configuration is another bucket's", async () => {
    const other = planned('aws:s3/bucket:Bucket', 'other');
    const found = await evaluateStackPolicy(
      s3EncryptionCustomerKey,
      [other, ...withCompanion(TYPE, happy())].map((resource) =>
        resource.name === 'b-companion' ? { ...resource, dependencies: [other.urn] } : resource,
      ),
    );
    expect(found.map((finding) => finding.urn)).toEqual([BUCKET.urn]);
  });
});

describe('s3-public-access-blocked', () => {
  const TYPE = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';
  const happy = () => ({
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  it('passes a fully blocked bucket', async () => {
    expect(await evaluateStackPolicy(s3PublicAccessBlocked, withCompanion(TYPE, happy()))).toEqual([]);
  });
  it('names the setting left open', async () => {
    const [finding] = await evaluateStackPolicy(
      s3PublicAccessBlocked,
      withCompanion(TYPE, { ...happy(), restrictPublicBuckets: false }),
    );
    expect(finding!.message).toContain('restrictPublicBuckets');
  });
  // Each of the four settings on its own: with one left out of the check, its case passes in silence.
  const SETTINGS = ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'] as const;
  it.each(SETTINGS.flatMap((setting) => [false, undefined].map((value) => [setting, value] as const)))(
    'flags the companion when %s is %s, naming only that setting',
    async (setting, value) => {
      const block: Record<string, unknown> = { ...happy(), [setting]: value };
      if (value === undefined) delete block[setting];
      const found = await evaluateStackPolicy(s3PublicAccessBlocked, withCompanion(TYPE, block));
      expect(found).toEqual([
        {
          message: `public access is not fully blocked: ${setting} must be true`,
          urn: `urn:pulumi:test::envcloud::${TYPE}::b-companion`,
        },
      ]);
    },
  );
  it('names every setting left open, in order', async () => {
    const found = await evaluateStackPolicy(s3PublicAccessBlocked, withCompanion(TYPE, { blockPublicPolicy: true }));
    expect(found.map((finding) => finding.message)).toEqual([
      'public access is not fully blocked: blockPublicAcls, ignorePublicAcls, restrictPublicBuckets must be true',
    ]);
  });
  it('flags a bucket with no public access block', async () => {
    expect(await evaluateStackPolicy(s3PublicAccessBlocked, [BUCKET])).toEqual([
      { message: expect.stringContaining('bucket b has no public access block'), urn: BUCKET.urn },
    ]);
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
