// The edges of three small MLPS modules the main tests pass over: mlps-database-multi-az's reading of
// the level tag (policies/mlps/aws-redundancy.ts), a bucket companion configuring several buckets or
// none (policies/mlps/bucket-companions.ts), and a system's bucket claim that names no bucket
// (policies/mlps/claim-versioning.ts).
import * as aws from '@pulumi/aws';
import { evaluateStackPolicy } from '../../engine/policy-run';
import { s3VersioningEnabled } from '../../policies/mlps/aws-audit';
import { s3EncryptionCustomerKey } from '../../policies/mlps/aws-data';
import { mlpsDatabaseMultiAz } from '../../policies/mlps/aws-redundancy';
import { planned, violationsOf } from './support';

const BUCKET = 'aws:s3/bucket:Bucket';
const VERSIONING = 'aws:s3/bucketVersioning:BucketVersioning';
const CLAIM = 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim';

describe('mlps-database-multi-az: the level tag', () => {
  const db = (tags: Record<string, string>, multiAz?: boolean): aws.rds.InstanceArgs => ({
    instanceClass: 'db.m6g.large',
    engine: 'postgres',
    tags,
    ...(multiAz === undefined ? {} : { multiAz }),
  });
  const UNTAGGED =
    'a database without envcloud:mlps-level, judged at level 3, must have a hot standby in a second availability zone (multiAz: true), whatever its backup tier';
  it('judges a level of 0 or no number at level 3, as untagged', async () => {
    for (const level of ['0', '-3', 'three', ''])
      expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db({ 'envcloud:mlps-level': level }))).toEqual([
        UNTAGGED,
      ]);
  });
  it('names the level it read, asks for multiAz true (not merely set), and passes a level below the config', async () => {
    expect(
      await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db({ 'envcloud:mlps-level': '2' }), { fromLevel: 2 }),
    ).toEqual([
      'an MLPS level-2 database must have a hot standby in a second availability zone (multiAz: true), whatever its backup tier',
    ]);
    expect(
      await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db({ 'envcloud:mlps-level': '1' }, false), {
        fromLevel: 2,
      }),
    ).toEqual([]);
    expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db({ 'envcloud:mlps-level': '3' }, true))).toEqual(
      [],
    );
  });
});

describe('bucket companions: one configuring several buckets, or none of the stack', () => {
  const bucket = (name: string) => planned(BUCKET, name);
  const versioning = (name: string, status: string, ...buckets: ReturnType<typeof bucket>[]) =>
    planned(
      VERSIONING,
      name,
      { versioningConfiguration: { status } },
      { dependencies: buckets.map((configured) => configured.urn) },
    );
  it('counts one companion for every bucket it configures, and judges it once, at itself', async () => {
    const [a, b] = [bucket('a'), bucket('b')];
    expect(await evaluateStackPolicy(s3VersioningEnabled, [a, b, versioning('both', 'Enabled', a, b)])).toEqual([]);
    const suspended = versioning('both', 'Suspended', a, b);
    expect(await evaluateStackPolicy(s3VersioningEnabled, [a, b, suspended])).toEqual([
      {
        message: 'bucket versioning must be Enabled, so overwritten or deleted objects can be restored',
        urn: suspended.urn,
      },
    ]);
  });
  it('fails each bucket no companion configures, at the bucket, and still judges a companion of no bucket', async () => {
    const [a, b] = [bucket('a'), bucket('b')];
    const stray = versioning('stray', 'Suspended');
    expect(await evaluateStackPolicy(s3VersioningEnabled, [a, b, versioning('of-a', 'Enabled', a), stray])).toEqual([
      {
        message:
          'bucket b has no versioning configuration (BucketVersioning): overwritten or deleted objects cannot be restored',
        urn: b.urn,
      },
      { message: expect.stringContaining('must be Enabled'), urn: stray.urn },
    ]);
  });
});

describe('bucket companions: the buckets a companion configures, as its judge sees them', () => {
  it('gives the judge only the buckets the companion configures, not every bucket of the stack', async () => {
    const ENCRYPTION = 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration';
    const logs = planned(BUCKET, 'logs', { tags: { 'envcloud:platform': 'access-logs' } });
    const data = planned(BUCKET, 'data');
    const encryption = (name: string, rule: Record<string, string>, bucket: typeof logs) =>
      planned(
        ENCRYPTION,
        name,
        { rules: [{ applyServerSideEncryptionByDefault: rule }] },
        { dependencies: [bucket.urn] },
      );
    // SSE-S3 on the log bucket alone passes, though the stack has a data bucket too (with its own customer key).
    expect(
      await evaluateStackPolicy(s3EncryptionCustomerKey, [
        logs,
        data,
        encryption('logs-encryption', { sseAlgorithm: 'AES256' }, logs),
        encryption('data-encryption', { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'key' }, data),
      ]),
    ).toEqual([]);
  });
});

describe('s3-versioning-enabled: a system claim that names no bucket', () => {
  const labels = { 'envcloud.mee.gov.cn/system': 's027-a', 'envcloud.mee.gov.cn/system-number': '27' };
  const claim = (spec?: Record<string, unknown>) =>
    planned(CLAIM, 's027-a-data-store-files', { metadata: { labels }, ...(spec ? { spec } : {}) });
  const enabled = (bucket: unknown) =>
    planned(VERSIONING, 'v', { bucket, versioningConfiguration: { status: 'Enabled' } });
  it('fails it naming no bucket, whether its spec has no bucketName or it has no spec', async () => {
    const NONE =
      'bucket claim s027-a-data-store-files of system 27 (s027-a): its bucket (no bucketName) has no Enabled versioning (a BucketVersioning of that bucket): overwritten or deleted objects cannot be restored';
    expect((await evaluateStackPolicy(s3VersioningEnabled, [claim({})])).map(({ message }) => message)).toEqual([NONE]);
    expect((await evaluateStackPolicy(s3VersioningEnabled, [claim()])).map(({ message }) => message)).toEqual([NONE]);
  });
  it('matches the versioning’s bucket by its name', async () => {
    expect(await evaluateStackPolicy(s3VersioningEnabled, [claim({ bucketName: 'b' }), enabled('b')])).toEqual([]);
    // A versioning with no configuration at all enables nothing (and is no error).
    const unconfigured = planned(VERSIONING, 'v', { bucket: 'b' });
    expect(
      (await evaluateStackPolicy(s3VersioningEnabled, [claim({ bucketName: 'b' }), unconfigured])).map(
        ({ message }) => message,
      ),
    ).toEqual([
      'bucket versioning must be Enabled, so overwritten or deleted objects can be restored',
      expect.stringContaining('its bucket b has no Enabled versioning'),
    ]);
    expect(await evaluateStackPolicy(s3VersioningEnabled, [claim({ bucketName: 'b' }), enabled('c')])).toEqual([
      expect.objectContaining({ message: expect.stringContaining('its bucket b has no Enabled versioning') }),
    ]);
  });
});
