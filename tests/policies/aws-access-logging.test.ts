import * as aws from '@pulumi/aws';
import type { PolicyResource, StackValidationArgs } from '@pulumi/policy';
import { trailEventSelectors } from '../../components/trail-selectors';
import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { cloudtrailS3DataEvents, s3AccessLogging } from '../../policies/mlps/aws-access-logging';
import { s3EncryptionCustomerKey } from '../../policies/mlps/aws-data';
import { mlpsDatabaseMultiAz } from '../../policies/mlps/aws-redundancy';
import { isUnknownValue, JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { planned, violationsOf } from './support';

const BUCKET = 'aws:s3/bucket:Bucket';
const LOGGING = 'aws:s3/bucketLogging:BucketLogging';
const LIFECYCLE = 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration';
const ENCRYPTION = 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration';
const TRAIL = 'aws:cloudtrail/trail:Trail';
const SYSTEM_TAGS = { 'envcloud:system-number': '27', 'envcloud:system': 'jsxm', 'envcloud:backup-tier': 'silver' };

/** A center's log bucket, a system's bucket logging into it, and the log bucket's 365-day lifecycle. */
function center(
  change: {
    logTags?: Record<string, string>;
    logCenter?: string;
    target?: string;
    lifecycleDays?: number;
    withLogging?: boolean;
    dataTags?: Record<string, string>;
  } = {},
): PlannedResource[] {
  const logBucket = planned(
    BUCKET,
    'primary-access-logs',
    { tags: change.logTags ?? { 'envcloud:platform': 'access-logs' } },
    { center: change.logCenter ?? 'primary-aws' },
  );
  const component = 'urn:pulumi:test::envcloud::envcloud:platform:SecureBucket::jsxm-files';
  const dataBucket = planned(
    BUCKET,
    'jsxm-files',
    { tags: change.dataTags ?? SYSTEM_TAGS },
    { center: 'primary-aws', parent: component },
  );
  const target = change.target ?? 'primary-access-logs';
  const logging = planned(
    LOGGING,
    'jsxm-files-access-logging',
    { bucket: 'jsxm-files', targetBucket: target, targetPrefix: 'jsxm-files/' },
    {
      center: 'primary-aws',
      parent: component,
      dependencies: target === 'jsxm-files' ? [dataBucket.urn] : [dataBucket.urn, logBucket.urn],
    },
  );
  const days = change.lifecycleDays ?? 365;
  const lifecycle = planned(
    LIFECYCLE,
    'primary-access-logs-lifecycle',
    { rules: [{ status: 'Enabled', expiration: { days }, noncurrentVersionExpiration: { noncurrentDays: days } }] },
    { dependencies: [logBucket.urn] },
  );
  return [logBucket, dataBucket, ...(change.withLogging === false ? [] : [logging]), lifecycle];
}

const messages = async (resources: PlannedResource[], config: Record<string, unknown> = {}) =>
  (await evaluateStackPolicy(s3AccessLogging, resources, config)).map((finding) => finding.message);

describe('s3-access-logging', () => {
  it('passes a bucket that logs into its center’s access log bucket, kept 365 days', async () => {
    expect(await messages(center())).toEqual([]);
  });
  it('flags a bucket without server access logging', async () => {
    const found = await evaluateStackPolicy(s3AccessLogging, center({ withLogging: false }));
    expect(found).toEqual([
      {
        message: expect.stringContaining('bucket jsxm-files has no server access logging'),
        urn: 'urn:pulumi:test::envcloud::aws:s3/bucket:Bucket::jsxm-files',
      },
    ]);
  });
  it('flags a bucket that logs into itself', async () => {
    expect(await messages(center({ target: 'jsxm-files' }))).toEqual([
      expect.stringContaining('logs its requests into itself'),
    ]);
  });
  it('flags logging into a bucket that is not an access log bucket (which then goes unlogged too)', async () => {
    const found = await messages(center({ logTags: { 'envcloud:platform': 'audit-trail' } }));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('none an access log bucket'),
        expect.stringContaining('bucket primary-access-logs has no server access logging'),
      ]),
    );
  });
  it('flags logging into another center’s log bucket', async () => {
    expect(await messages(center({ logCenter: 'remote-aws' }))).toEqual([expect.stringContaining('of another center')]);
  });
  it('flags logging with no target bucket', async () => {
    expect(await messages(center({ target: '' }))).toEqual([expect.stringContaining('names no target bucket')]);
  });
  it('flags a log bucket that expires records before the retention period, and follows a stricter config', async () => {
    expect(await messages(center({ lifecycleDays: 30 }))).toEqual([
      'access log bucket primary-access-logs expires records after 30 days; at least 180 are required',
    ]);
    expect(await messages(center(), { minimumDays: 400 })).toHaveLength(1);
  });
  it('flags a system’s bucket tagged as an access log bucket', async () => {
    expect(await messages(center({ dataTags: { ...SYSTEM_TAGS, 'envcloud:platform': 'access-logs' } }))).toEqual(
      expect.arrayContaining([expect.stringContaining('holds system data but is tagged as an access log bucket')]),
    );
  });
  it('tells source from target by bucket name where the engine knows it, even without dependencies', async () => {
    const [logBucket, dataBucket, logging, lifecycle] = center();
    const named = [
      { ...logBucket!, props: { ...logBucket!.props, bucket: 'primary-access-logs' } },
      { ...dataBucket!, props: { ...dataBucket!.props, bucket: 'jsxm-files' }, parent: undefined },
      { ...logging!, dependencies: [], parent: undefined },
      lifecycle!,
    ] as PlannedResource[];
    expect(await messages(named)).toEqual([]);
    expect(
      await messages(
        named.map((resource) =>
          resource.type === LOGGING
            ? { ...resource, props: { ...resource.props, targetBucket: 'jsxm-files' } }
            : resource,
        ),
      ),
    ).toEqual([expect.stringContaining('logs its requests into itself')]);
  });
  it('leaves a logging whose target is not known yet open, judging the rest (preview)', async () => {
    const proxy = require('@pulumi/policy/proxy') as {
      unknownCheckingProxy<T>(value: T): T;
      unknownStringValue: string;
    };
    const resources = center().map((resource) => ({
      ...resource,
      dependencies: [] as PolicyResource[],
      propertyDependencies: {},
      opts: {},
      props: proxy.unknownCheckingProxy(
        resource.type === LOGGING ? { ...resource.props, targetBucket: proxy.unknownStringValue } : resource.props,
      ),
    }));
    const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
    center().forEach((resource, index) => {
      resources[index]!.dependencies = (resource.dependencies ?? []).map(
        (urn) => byUrn.get(urn)! as unknown as PolicyResource,
      );
    });
    const found: string[] = [];
    const args = {
      resources,
      stackTags: new Map(),
      getConfig: () => ({ logBucketRole: 'access-logs', minimumDays: 180 }),
      notApplicable: () => undefined as never,
    } as unknown as StackValidationArgs;
    let note = '';
    try {
      await s3AccessLogging.validateStack(args, (message) => found.push(message));
    } catch (error) {
      if (!isUnknownValue(error)) throw error;
      note = error.message;
    }
    expect(found).toEqual([]);
    expect(note).toBe(`${JUDGED_EVERYTHING_KNOWN}: access logging jsxm-files-access-logging (.targetBucket)`);
  });
});

describe('s3-encryption-customer-key on an access log bucket', () => {
  const withEncryption = (tags: Record<string, string>, sseAlgorithm: string) => {
    const bucket = planned(BUCKET, 'logs', { tags });
    return [
      bucket,
      planned(
        ENCRYPTION,
        'logs-encryption',
        { rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm } }] },
        { dependencies: [bucket.urn] },
      ),
    ];
  };
  it('accepts SSE-S3 there only (AWS supports no SSE-KMS default encryption on a log destination)', async () => {
    expect(
      await evaluateStackPolicy(
        s3EncryptionCustomerKey,
        withEncryption({ 'envcloud:platform': 'access-logs' }, 'AES256'),
      ),
    ).toEqual([]);
    expect(
      await evaluateStackPolicy(
        s3EncryptionCustomerKey,
        withEncryption({ 'envcloud:platform': 'audit-trail' }, 'AES256'),
      ),
    ).toHaveLength(1);
    expect(
      await evaluateStackPolicy(
        s3EncryptionCustomerKey,
        withEncryption({ ...SYSTEM_TAGS, 'envcloud:platform': 'access-logs' }, 'AES256'),
      ),
    ).toHaveLength(1);
  });
});

describe('cloudtrail-s3-data-events', () => {
  const TRAIL_ARN = 'arn:aws-cn:s3:::primary-trail-logs';
  const LOGS_ARN = 'arn:aws-cn:s3:::primary-access-logs';
  const trailBucket = planned(BUCKET, 'primary-trail-logs', { tags: { 'envcloud:platform': 'audit-trail' } });
  const logBucket = planned(BUCKET, 'primary-access-logs', { tags: { 'envcloud:platform': 'access-logs' } });
  const dataBucket = planned(BUCKET, 'jsxm-files', { tags: SYSTEM_TAGS });
  const trail = (props: Record<string, unknown> = {}, dependencies = [trailBucket.urn, logBucket.urn]) =>
    planned(
      TRAIL,
      'primary-trail',
      {
        s3BucketName: 'primary-trail-logs',
        isMultiRegionTrail: true,
        advancedEventSelectors: trailEventSelectors([TRAIL_ARN, LOGS_ARN]),
        ...props,
      },
      { dependencies },
    );
  const stack = (...resources: PlannedResource[]) => [trailBucket, logBucket, dataBucket, ...resources];
  const found = async (resources: PlannedResource[]) =>
    (await evaluateStackPolicy(cloudtrailS3DataEvents, resources)).map((finding) => finding.message);

  it('passes the trail AwsCenter builds', async () => {
    expect(await found(stack(trail()))).toEqual([]);
  });
  it('passes basic event selectors on every bucket of the partition', async () => {
    expect(
      await found(
        stack(
          trail({
            advancedEventSelectors: undefined,
            eventSelectors: [
              { readWriteType: 'All', dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws-cn:s3'] }] },
            ],
          }),
        ),
      ),
    ).toEqual([]);
  });
  it('flags a trail without S3 data events, and a single-region one', async () => {
    expect(await found(stack(trail({ advancedEventSelectors: undefined })))).toEqual([
      expect.stringContaining('no multi-region trail records S3 object data events'),
    ]);
    expect(await found(stack(trail({ isMultiRegionTrail: false })))).toEqual([
      expect.stringContaining('no multi-region trail records S3 object data events'),
    ]);
    expect(await found([dataBucket])).toEqual([expect.stringContaining('no multi-region trail')]);
  });
  it('flags data events narrowed to reads, or to writes', async () => {
    const [management, objects] = trailEventSelectors([]);
    const narrowed = {
      ...objects!,
      fieldSelectors: [...(objects!.fieldSelectors as object[]), { field: 'readOnly', equals: ['false'] }],
    };
    expect(await found(stack(trail({ advancedEventSelectors: [management, narrowed] }, [])))).toEqual([
      expect.stringContaining('no multi-region trail'),
    ]);
  });
  it('flags advanced selectors that drop management events', async () => {
    const [, objects, reads] = trailEventSelectors([TRAIL_ARN, LOGS_ARN]);
    expect(await found(stack(trail({ advancedEventSelectors: [objects, reads] })))).toEqual([
      expect.stringContaining('no longer records management events'),
    ]);
  });
  it('flags a data bucket left out of the data events', async () => {
    expect(
      await found(
        stack(
          trail({ advancedEventSelectors: trailEventSelectors([TRAIL_ARN, LOGS_ARN, 'arn:aws-cn:s3:::jsxm-files']) }, [
            trailBucket.urn,
            logBucket.urn,
            dataBucket.urn,
          ]),
        ),
      ),
    ).toEqual([expect.stringContaining('it names jsxm-files')]);
  });
  it('flags evidence buckets left out without their reads recorded', async () => {
    const [management, objects] = trailEventSelectors([TRAIL_ARN, LOGS_ARN]);
    expect(await found(stack(trail({ advancedEventSelectors: [management, objects] })))).toEqual([
      expect.stringContaining('without recording reads'),
    ]);
  });
  it('is not applicable in a systems-only stack, whose platform stack holds the trail', async () => {
    const reference = planned('pulumi:pulumi:StackReference', 'platform', { name: 'ministry/envcloud/prod' });
    expect(await found([dataBucket, reference])).toEqual([]);
  });
});

describe('mlps-database-multi-az', () => {
  const db = (tags: Record<string, string>, multiAz: boolean): aws.rds.InstanceArgs => ({
    instanceClass: 'db.m6g.large',
    engine: 'postgres',
    multiAz,
    tags,
  });
  const level = (mlps: string, tier = 'silver') => ({ 'envcloud:mlps-level': mlps, 'envcloud:backup-tier': tier });
  it('passes a multi-AZ level-3 silver database and a single-AZ level-2 one', async () => {
    expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db(level('3'), true))).toEqual([]);
    expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db(level('2'), false))).toEqual([]);
  });
  it.each(['silver', 'bronze', 'gold'])('flags a single-AZ level-3 %s database', async (tier) => {
    expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db(level('3', tier), false))).toEqual([
      expect.stringContaining('MLPS level-3 database must have a hot standby'),
    ]);
  });
  it('flags level 4, and an untagged database at level 3', async () => {
    expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db(level('4'), false))).toHaveLength(1);
    expect(await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db({}, false))).toEqual([
      expect.stringContaining('judged at level 3'),
    ]);
  });
  it('leaves a read replica to its source, and follows a config that starts at level 2', async () => {
    expect(
      await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, {
        ...db(level('3'), false),
        replicateSourceDb: 'arn:source',
      }),
    ).toEqual([]);
    expect(
      await violationsOf(mlpsDatabaseMultiAz, aws.rds.Instance, db(level('2'), false), { fromLevel: 2 }),
    ).toHaveLength(1);
  });
});
