// The edges of the access logging policies (policies/mlps/aws-access-logging.ts) that the main tests
// (tests/policies/aws-access-logging.test.ts) pass over: how a BucketLogging's source is told from its
// targets, the log bucket's lifecycle rules, and which event selectors of a trail record every object
// operation. Each test changes one thing in a passing stack.
import type { PolicyResource, StackValidationArgs, StackValidationPolicy } from '@pulumi/policy';
import { trailEventSelectors } from '../../components/trail-selectors';
import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { cloudtrailS3DataEvents, s3AccessLogging } from '../../policies/mlps/aws-access-logging';
import { planned } from './support';

const BUCKET = 'aws:s3/bucket:Bucket';
const LOGGING = 'aws:s3/bucketLogging:BucketLogging';
const LIFECYCLE = 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration';
const TRAIL = 'aws:cloudtrail/trail:Trail';
const SYSTEM_TAGS = { 'envcloud:system-number': '27', 'envcloud:system': 'jsxm' };
const LOG_TAGS = { 'envcloud:platform': 'access-logs' };

const logBucket = planned(BUCKET, 'primary-access-logs', { tags: LOG_TAGS }, { center: 'primary-aws' });
const dataBucket = (name: string, parent?: string) =>
  planned(BUCKET, name, { tags: SYSTEM_TAGS }, { center: 'primary-aws', ...(parent ? { parent } : {}) });
const logging = (props: Record<string, unknown>, dependencies: string[], parent?: string) =>
  planned(LOGGING, 'files-logging', props, { center: 'primary-aws', dependencies, ...(parent ? { parent } : {}) });
const lifecycle = (rules: unknown, bucket = logBucket) =>
  planned(LIFECYCLE, `${bucket.name}-lifecycle`, rules === undefined ? {} : { rules }, {
    dependencies: [bucket.urn],
  });
const messages = async (policy: StackValidationPolicy, resources: PlannedResource[]) =>
  (await evaluateStackPolicy(policy, resources)).map((violation) => violation.message);

describe('s3-access-logging: which linked bucket is the source', () => {
  const component = planned('envcloud:platform:SecureBucket', 'files');
  const COMPONENT = component.urn;
  it('takes the bucket beside the logging in its component as the source, and judges the others as targets', async () => {
    const files = dataBucket('files', COMPONENT);
    const other = dataBucket('other');
    const found = await messages(s3AccessLogging, [
      component,
      logBucket,
      files,
      other,
      logging({ targetBucket: 'x' }, [files.urn, other.urn, logBucket.urn], COMPONENT),
    ]);
    expect(found).toEqual([
      'access logging files-logging writes into bucket other, which is not an access log bucket (envcloud:platform: access-logs)',
      'bucket other has no server access logging (BucketLogging): requests to its objects are recorded nowhere',
    ]);
  });
  it('cannot tell the source among two buckets of no component, and calls the logging unclear', async () => {
    const [one, two] = [dataBucket('one'), dataBucket('two')];
    const found = await evaluateStackPolicy(s3AccessLogging, [
      component,
      logBucket,
      one,
      two,
      logging({ targetBucket: 'x' }, [one.urn, two.urn, logBucket.urn], COMPONENT),
    ]);
    expect(found).toEqual([
      {
        message:
          "access logging files-logging links buckets one, two, none an access log bucket: it must write into its center's access log bucket (envcloud:platform: access-logs)",
        urn: expect.stringContaining(`${LOGGING}::files-logging`),
      },
      { message: expect.stringContaining('bucket one has no server access logging'), urn: one.urn },
      { message: expect.stringContaining('bucket two has no server access logging'), urn: two.urn },
    ]);
  });
  it('names the bucket it configures when it logs into itself by name, with no bucket of the stack linked', async () => {
    expect(await messages(s3AccessLogging, [logging({ bucket: 'files', targetBucket: 'files' }, [])])).toEqual([
      "bucket files logs its requests into itself; log into the center's access log bucket",
    ]);
  });
  it('takes the source and target from the engine’s property dependencies', async () => {
    const files = dataBucket('files');
    const resources = [logBucket, files, logging({ bucket: 'files', targetBucket: 'primary-access-logs' }, [])];
    const judged = (propertyDependencies: (byName: Map<string, PolicyResource>) => Record<string, PolicyResource[]>) =>
      judgeWith(s3AccessLogging, resources, propertyDependencies);
    expect(
      await judged((byName) => ({
        bucket: [byName.get('files')!],
        targetBucket: [byName.get('primary-access-logs')!],
      })),
    ).toEqual([]);
    // Property dependencies on other types than buckets are not the bucket.
    expect(
      await judged((byName) => ({
        bucket: [byName.get('files-logging')!],
        targetBucket: [byName.get('files')!],
      })),
    ).toEqual([
      'access logging files-logging writes into bucket files, which is not an access log bucket (envcloud:platform: access-logs)',
      'bucket files has no server access logging (BucketLogging): requests to its objects are recorded nowhere',
    ]);
  });
});

/** Runs a stack policy over resources given property dependencies, which plans (PlannedResource) cannot carry. */
async function judgeWith(
  policy: StackValidationPolicy,
  resources: PlannedResource[],
  propertyDependencies: (byName: Map<string, PolicyResource>) => Record<string, PolicyResource[]>,
): Promise<string[]> {
  const built = resources.map(
    (resource) =>
      ({
        type: resource.type,
        name: resource.name,
        urn: resource.urn,
        props: resource.props,
        ...(resource.provider ? { provider: { urn: resource.provider } } : {}),
        dependencies: [],
        propertyDependencies: {},
      }) as unknown as PolicyResource,
  );
  const byName = new Map(built.map((resource) => [resource.name, resource]));
  for (const resource of built)
    if (resource.type === LOGGING) Object.assign(resource, { propertyDependencies: propertyDependencies(byName) });
  const found: string[] = [];
  const args = {
    resources: built,
    stackTags: new Map(),
    getConfig: () => ({ logBucketRole: 'access-logs', minimumDays: 180 }),
    notApplicable: () => undefined as never,
  } as unknown as StackValidationArgs;
  await policy.validateStack(args, (message) => found.push(message));
  return found;
}

describe('s3-access-logging: the log bucket’s lifecycle', () => {
  const files = dataBucket('files');
  const stack = (...extra: PlannedResource[]) => [
    logBucket,
    files,
    logging({ bucket: 'files', targetBucket: 'primary-access-logs' }, [files.urn, logBucket.urn]),
    ...extra,
  ];
  const short = (days: number) =>
    `access log bucket primary-access-logs expires records after ${days} days; at least 180 are required`;
  it('keeps records exactly the minimum, and reads the shortest of expiry and noncurrent expiry', async () => {
    expect(
      await messages(s3AccessLogging, stack(lifecycle([{ status: 'Enabled', expiration: { days: 180 } }]))),
    ).toEqual([]);
    expect(
      await messages(
        s3AccessLogging,
        stack(lifecycle([{ expiration: { days: 400 }, noncurrentVersionExpiration: { noncurrentDays: 179 } }])),
      ),
    ).toEqual([short(179)]);
    expect(
      await messages(
        s3AccessLogging,
        stack(lifecycle([{ expiration: { days: 400 } }, { status: 'Enabled', expiration: { days: 90 } }])),
      ),
    ).toEqual([short(90)]);
  });
  it('leaves out disabled rules, rules with no expiry and lifecycles of other buckets', async () => {
    expect(
      await messages(
        s3AccessLogging,
        stack(
          lifecycle([
            { status: 'Disabled', expiration: { days: 30 } },
            { status: 'Enabled', expiration: {} },
          ]),
        ),
      ),
    ).toEqual([]);
    expect(await messages(s3AccessLogging, stack(lifecycle(undefined)))).toEqual([]);
    expect(await messages(s3AccessLogging, stack(lifecycle([{ expiration: { days: 30 } }], files)))).toEqual([]);
  });
});

describe('cloudtrail-s3-data-events: which selectors record every object operation', () => {
  const trailBucket = planned(BUCKET, 'primary-trail-logs', { tags: { 'envcloud:platform': 'audit-trail' } });
  const files = dataBucket('files');
  const ARNS = ['arn:aws-cn:s3:::primary-trail-logs', 'arn:aws-cn:s3:::primary-access-logs'];
  const trail = (props: Record<string, unknown>, dependencies = [trailBucket.urn, logBucket.urn]) =>
    planned(TRAIL, 'primary-trail', { isMultiRegionTrail: true, ...props }, { dependencies });
  const found = (resources: PlannedResource[]) =>
    messages(cloudtrailS3DataEvents, [trailBucket, logBucket, files, ...resources]);
  const UNCOVERED =
    'no multi-region trail records S3 object data events (AWS::S3::Object) for all buckets: reads and writes of 3 bucket(s) are not in the audit trail';
  const basic = (selector: Record<string, unknown>) => trail({ eventSelectors: [selector] });
  it('takes basic selectors of all reads and writes on every bucket of the partition', async () => {
    const objects = (values: string[]) => [{ type: 'AWS::S3::Object', values }];
    expect(await found([basic({ dataResources: objects(['arn:aws:s3:::']) })])).toEqual([]);
    expect(await found([basic({ readWriteType: 'All', dataResources: objects(['arn:aws-us-gov:s3']) })])).toEqual([]);
    for (const selector of [
      { readWriteType: 'WriteOnly', dataResources: objects(['arn:aws-cn:s3']) },
      { dataResources: objects(['arn:aws-cn:s3:::files/']) },
      { dataResources: objects(['xarn:aws-cn:s3']) },
      { dataResources: [{ type: 'AWS::Lambda::Function', values: ['arn:aws-cn:s3'] }] },
      { dataResources: [{ type: 'AWS::S3::Object' }] },
      {},
    ])
      expect(await found([basic(selector)])).toEqual([UNCOVERED]);
  });
  it('takes no advanced selector narrowed to a category, type, field or bucket', async () => {
    const [management, objects, reads] = trailEventSelectors(ARNS);
    const withFields = (fieldSelectors: unknown[]) =>
      trail({ advancedEventSelectors: [management, { fieldSelectors }, reads] });
    const data = { field: 'eventCategory', equals: ['Data'] };
    const type = { field: 'resources.type', equals: ['AWS::S3::Object'] };
    expect(await found([trail({ advancedEventSelectors: [management, objects, reads] })])).toEqual([]);
    for (const fieldSelectors of [
      [{ ...data, equals: ['Data', 'Management'] }, type],
      [data, { ...type, equals: ['AWS::S3::AccessPoint'] }],
      [data, data, type],
      [type],
      [data, type, { field: 'eventName', equals: ['GetObject'] }],
      [data, type, { field: 'resources.ARN', equals: ['arn:aws-cn:s3:::files/'] }],
      [data, type, { field: 'resources.ARN', startsWiths: ['arn:aws-cn:s3:::files/'] }],
      [data, type, { field: 'resources.ARN', endsWiths: ['.log'] }],
    ])
      expect(await found([withFields(fieldSelectors)])).toEqual([UNCOVERED]);
    // A selector with no field selectors records nothing.
    expect(await found([trail({ advancedEventSelectors: [management, {}] })])).toEqual([UNCOVERED]);
  });
  it('counts every kind of exclusion against the buckets the trail may leave out', async () => {
    const [management, , reads] = trailEventSelectors(ARNS);
    const excluding = (arn: Record<string, unknown>) =>
      trail({
        advancedEventSelectors: [
          management,
          {
            fieldSelectors: [
              { field: 'eventCategory', equals: ['Data'] },
              { field: 'resources.type', equals: ['AWS::S3::Object'] },
              { field: 'resources.ARN', ...arn },
            ],
          },
          reads,
        ],
      });
    const TOO_MANY =
      'trail primary-trail leaves 3 bucket prefix(es) out of its S3 data events, but only buckets with role audit-trail or access-logs may be';
    expect(await found([excluding({ notEquals: ARNS })])).toEqual([]);
    expect(await found([excluding({ notEquals: [...ARNS, 'x'] })])).toEqual([TOO_MANY]);
    expect(await found([excluding({ notStartsWiths: ARNS, notEndsWiths: ['x'] })])).toEqual([TOO_MANY]);
  });
  it('asks reads of the left-out buckets of S3 objects, not of another type', async () => {
    const [management, objects] = trailEventSelectors(ARNS);
    const reads = (type: string) => ({
      fieldSelectors: [
        { field: 'eventCategory', equals: ['Data'] },
        { field: 'resources.type', equals: [type] },
        { field: 'readOnly', equals: ['true'] },
      ],
    });
    expect(await found([trail({ advancedEventSelectors: [management, objects, reads('AWS::S3::Object')] })])).toEqual(
      [],
    );
    expect(
      await found([trail({ advancedEventSelectors: [management, objects, reads('AWS::DynamoDB::Table')] })]),
    ).toEqual(['trail primary-trail leaves buckets out of its S3 data events without recording reads of them']);
  });
  it('reports the gap at the first trail, else at the first bucket; applies to a stack with platform buckets', async () => {
    const none = trail({});
    expect(await evaluateStackPolicy(cloudtrailS3DataEvents, [trailBucket, none])).toEqual([
      { message: expect.stringContaining('1 bucket(s)'), urn: none.urn },
    ]);
    const reference = planned('pulumi:pulumi:StackReference', 'platform', {});
    expect(await evaluateStackPolicy(cloudtrailS3DataEvents, [files, logBucket, reference])).toEqual([
      { message: expect.stringContaining('2 bucket(s)'), urn: files.urn },
    ]);
    expect(await evaluateStackPolicy(cloudtrailS3DataEvents, [files])).toEqual([
      { message: expect.stringContaining('1 bucket(s)'), urn: files.urn },
    ]);
  });
});
