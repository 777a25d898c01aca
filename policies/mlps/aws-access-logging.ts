// Who read or changed which object, and when: S3 server access logs per bucket, and CloudTrail data
// events for object operations. Without either, access to stored data (the audit trail's own files
// included) is recorded nowhere, which GB/T 22239-2019 8.1.4.3 (安全审计) asks to record.
import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { ACCESS_LOGS_ROLE, AUDIT_TRAIL_ROLE } from '../../components/access-log-bucket';
import { systemOf, tagsOf } from '../../components/resource-facts';
import { S3_OBJECT } from '../../components/trail-selectors';
import { dependsOn, ofType } from '../cluster';
import { definePolicy } from '../meta';
import { isUnknownValue, judgeAll } from '../unknowns';
import { BUCKET_TYPE } from './bucket-companions';
import { t } from '../../document/i18n';
import { STACK_REFERENCE_TYPE } from '../../model/tiers';

const MLPS_AUDIT = 'GB/T 22239-2019 8.1.4.3 (安全审计), 网络安全法第二十一条 (日志留存不少于六个月)';
export const BUCKET_LOGGING_TYPE = 'aws:s3/bucketLogging:BucketLogging';
const LIFECYCLE_TYPE = 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration';
const TRAIL_TYPE = 'aws:cloudtrail/trail:Trail';
const PLATFORM_TAG = 'envcloud:platform';

function roleOf(bucket: PolicyResource): string | undefined {
  return tagsOf(bucket.props)[PLATFORM_TAG];
}

/** A center's access log bucket (AccessLogBucket): the one bucket that takes SSE-S3 instead of the customer key. */
export function isAccessLogBucket(bucket: PolicyResource): boolean {
  return roleOf(bucket) === ACCESS_LOGS_ROLE && !systemOf(bucket.props);
}

/** The buckets a resource takes as an input (or depends on). */
function bucketsOf(resource: PolicyResource, buckets: readonly PolicyResource[]): PolicyResource[] {
  return buckets.filter((bucket) => dependsOn(resource, bucket));
}

/** A value of a resource's props, or undefined while the engine does not know it yet (preview). */
function known(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    if (isUnknownValue(error)) return undefined;
    throw error;
  }
}

/** The name a bucket is known by in other resources' inputs; undefined until the engine has named it. */
function nameOf(bucket: PolicyResource): string | undefined {
  const name = known(() => bucket.props.bucket);
  return typeof name === 'string' && name ? name : undefined;
}

/** The buckets a property of a BucketLogging points at: by the engine's property dependencies, else by name. */
function byProperty(
  logging: PolicyResource,
  property: 'bucket' | 'targetBucket',
  buckets: readonly PolicyResource[],
): PolicyResource[] | undefined {
  const declared = (logging.propertyDependencies?.[property] ?? []).filter((resource) => resource.type === BUCKET_TYPE);
  if (declared.length > 0) return declared;
  const value = known(() => logging.props[property]);
  const named = typeof value === 'string' ? buckets.filter((bucket) => nameOf(bucket) === value) : [];
  return named.length > 0 ? named : undefined;
}

/**
 * The bucket a BucketLogging configures and the buckets it logs into, among this stack's buckets.
 * Property dependencies or names tell them apart where the engine gives them; otherwise the
 * dependencies do: the source is the linked bucket that is not an access log bucket (the one beside
 * the logging in its component, if several), the targets the rest. Two linked buckets that are not
 * log buckets and cannot be told apart are `unclear`: either way it logs into a bucket that is not
 * an access log bucket. A target outside the stack (a systems-only stack logs into its platform
 * stack's bucket) resolves to no bucket here and is judged in the stack that creates it.
 */
export function loggingEnds(
  logging: PolicyResource,
  buckets: readonly PolicyResource[],
  logRole: string,
): { sources: PolicyResource[]; targets: PolicyResource[]; unclear: PolicyResource[] } {
  const linked = bucketsOf(logging, buckets);
  const notLogBuckets = linked.filter((bucket) => roleOf(bucket) !== logRole);
  const besideIt = notLogBuckets.filter(
    (bucket) => bucket.parent !== undefined && bucket.parent.urn === logging.parent?.urn,
  );
  const sources =
    byProperty(logging, 'bucket', buckets) ??
    (besideIt.length === 1
      ? besideIt
      : notLogBuckets.length === 1
        ? notLogBuckets
        : notLogBuckets.length === 0
          ? linked.slice(0, 1)
          : undefined);
  if (!sources) return { sources: [], targets: [], unclear: notLogBuckets };
  const targets = byProperty(logging, 'targetBucket', buckets) ?? linked.filter((bucket) => !sources.includes(bucket));
  return { sources, targets, unclear: [] };
}

export interface AccessLoggingConfig {
  /** The `envcloud:platform` tag value of a center's access log bucket. */
  logBucketRole: string;
  /** Days the access log bucket keeps records at least (its lifecycle expiry). */
  minimumDays: number;
}

export const s3AccessLogging = definePolicy<StackValidationPolicy>(
  {
    name: 's3-access-logging',
    configSchema: {
      properties: {
        logBucketRole: { type: 'string', minLength: 1, default: ACCESS_LOGS_ROLE },
        minimumDays: { type: 'integer', minimum: 180, default: 180 },
      },
    },
    validateStack: (args, reportViolation) => {
      const { logBucketRole, minimumDays } = args.getConfig<AccessLoggingConfig>();
      judgeAll((gaps) => {
        const buckets = ofType(args.resources, BUCKET_TYPE);
        const loggings = ofType(args.resources, BUCKET_LOGGING_TYPE);
        const logged = new Set<PolicyResource>();
        for (const logging of loggings) {
          const { sources, targets, unclear } = loggingEnds(logging, buckets, logBucketRole);
          sources.forEach((source) => logged.add(source));
          if (unclear.length > 0) {
            reportViolation(
              t('en', 'policy.finding.s3-access-logging.unclear', {
                name: logging.name,
                buckets: unclear.map((bucket) => bucket.name).join(', '),
                role: logBucketRole,
              }),
              logging.urn,
            );
            continue;
          }
          gaps.judge(`access logging ${logging.name}`, () => {
            const target = logging.props.targetBucket;
            if (!target)
              return reportViolation(
                t('en', 'policy.finding.s3-access-logging.no-target', { name: logging.name }),
                logging.urn,
              );
            // AWS: a bucket that logs into itself logs its own log deliveries, for ever.
            if (target === logging.props.bucket || sources.some((source) => targets.includes(source))) {
              return reportViolation(
                t('en', 'policy.finding.s3-access-logging.self', {
                  buckets: sources.map((source) => source.name).join(', ') || String(target),
                }),
                logging.urn,
              );
            }
            for (const bucket of targets) {
              if (roleOf(bucket) !== logBucketRole)
                reportViolation(
                  t('en', 'policy.finding.s3-access-logging.not-log-bucket', {
                    name: logging.name,
                    bucket: bucket.name,
                    role: logBucketRole,
                  }),
                  logging.urn,
                );
              else if (sources.some((source) => source.provider?.urn !== bucket.provider?.urn))
                reportViolation(
                  t('en', 'policy.finding.s3-access-logging.other-center', { name: logging.name, bucket: bucket.name }),
                  logging.urn,
                );
            }
          });
        }
        for (const bucket of buckets) {
          if (roleOf(bucket) === logBucketRole) {
            // A system's data cannot pass as a log bucket to skip logging (and the customer key).
            if (systemOf(bucket.props))
              reportViolation(
                t('en', 'policy.finding.s3-access-logging.data-in-log-bucket', {
                  name: bucket.name,
                  role: logBucketRole,
                }),
                bucket.urn,
              );
            // A log bucket does not log into itself; reads of it are recorded by the trail (cloudtrail-s3-data-events).
            continue;
          }
          if (!logged.has(bucket) && !gaps.leaveOpen(bucket.name, 'an access logging configuration is not known yet')) {
            reportViolation(t('en', 'policy.finding.s3-access-logging.unlogged', { name: bucket.name }), bucket.urn);
          }
        }
        const lifecycles = ofType(args.resources, LIFECYCLE_TYPE);
        for (const bucket of buckets.filter((candidate) => roleOf(candidate) === logBucketRole)) {
          for (const lifecycle of lifecycles.filter((candidate) => dependsOn(candidate, bucket))) {
            gaps.judge(`lifecycle ${lifecycle.name}`, () => {
              const rules = (lifecycle.props.rules ?? []) as {
                status?: string;
                expiration?: { days?: number };
                noncurrentVersionExpiration?: { noncurrentDays?: number };
              }[];
              const shortest = Math.min(
                ...rules
                  .filter((rule) => rule.status !== 'Disabled')
                  .flatMap((rule) => [rule.expiration?.days, rule.noncurrentVersionExpiration?.noncurrentDays])
                  .filter((days): days is number => typeof days === 'number'),
              );
              if (shortest < minimumDays)
                reportViolation(
                  t('en', 'policy.finding.s3-access-logging.short', {
                    name: bucket.name,
                    days: shortest,
                    minimum: minimumDays,
                  }),
                  lifecycle.urn,
                );
            });
          }
        }
      });
    },
  },
  {
    severity: 'high',
    judges: { types: [BUCKET_TYPE, BUCKET_LOGGING_TYPE], what: t('en', 'policy.what.s3-buckets') },
    stackConfigKey: 'envcloud:logRetentionDays',
    clause: MLPS_AUDIT,
    en: {
      description:
        'Every bucket logs its requests to its center’s access log bucket, which keeps them for the retention period',
      remediation:
        'Use SecureBucket with the center’s accessLogBucket (AwsCenter creates one per center); keep the log bucket’s expiry at envcloud:logRetentionDays or more.',
    },
    zh: {
      description: '每个存储桶须将服务器访问日志记录到本中心的访问日志桶，日志桶按留存期保存',
      remediation:
        '使用 SecureBucket 并指定本中心的 accessLogBucket（AwsCenter 为每个中心创建）；日志桶的过期天数不少于 envcloud:logRetentionDays。',
    },
  },
);

interface FieldSelector {
  field?: string;
  equals?: string[];
  startsWiths?: string[];
  notStartsWiths?: string[];
  notEquals?: string[];
  endsWiths?: string[];
  notEndsWiths?: string[];
}

const fieldOf = (selector: { fieldSelectors?: FieldSelector[] }, field: string) =>
  (selector.fieldSelectors ?? []).filter((candidate) => candidate.field === field);

/** Whether an advanced selector records every S3 object operation, reads and writes, in every bucket but the excluded ones. */
function recordsAllObjectEvents(selector: { fieldSelectors?: FieldSelector[] }): { all: boolean; excluded: number } {
  const equalsOnly = (field: string, value: string) =>
    fieldOf(selector, field).length === 1 &&
    fieldOf(selector, field)[0]!.equals?.length === 1 &&
    fieldOf(selector, field)[0]!.equals![0] === value;
  const narrowing = (selector.fieldSelectors ?? []).filter(
    (candidate) => !['eventCategory', 'resources.type', 'resources.ARN'].includes(candidate.field ?? ''),
  );
  const arns = fieldOf(selector, 'resources.ARN');
  const onlyExclusions = arns.every((arn) => !arn.equals?.length && !arn.startsWiths?.length && !arn.endsWiths?.length);
  const all =
    equalsOnly('eventCategory', 'Data') &&
    equalsOnly('resources.type', S3_OBJECT) &&
    narrowing.length === 0 &&
    onlyExclusions;
  return {
    all,
    excluded: arns.reduce(
      (sum, arn) =>
        sum + (arn.notStartsWiths?.length ?? 0) + (arn.notEquals?.length ?? 0) + (arn.notEndsWiths?.length ?? 0),
      0,
    ),
  };
}

export interface DataEventsConfig {
  /** Platform roles (`envcloud:platform`) of buckets the trail may leave out of write events: its own bucket and the access log buckets. */
  excludableRoles: string[];
}

export const cloudtrailS3DataEvents = definePolicy<StackValidationPolicy>(
  {
    name: 'cloudtrail-s3-data-events',
    configSchema: {
      properties: {
        excludableRoles: { type: 'array', items: { type: 'string' }, default: [AUDIT_TRAIL_ROLE, ACCESS_LOGS_ROLE] },
      },
    },
    validateStack: (args, reportViolation) => {
      const { excludableRoles } = args.getConfig<DataEventsConfig>();
      const buckets = ofType(args.resources, BUCKET_TYPE);
      const trails = ofType(args.resources, TRAIL_TYPE);
      // A systems-only stack has buckets but no trail: the platform stack's trail, judged there, covers every bucket of the account.
      if (
        trails.length === 0 &&
        buckets.every((bucket) => roleOf(bucket) === undefined) &&
        args.resources.some((resource) => resource.type === STACK_REFERENCE_TYPE)
      ) {
        return args.notApplicable(t('en', 'policy.not-applicable.cloudtrail-s3-data-events.systems-only'));
      }
      judgeAll((gaps) => {
        let covered = false;
        for (const trail of trails) {
          gaps.judge(`trail ${trail.name}`, () => {
            const basic = (trail.props.eventSelectors ?? []) as {
              readWriteType?: string;
              dataResources?: { type?: string; values?: string[] }[];
            }[];
            const basicAll = basic.some(
              (selector) =>
                (selector.readWriteType ?? 'All') === 'All' &&
                (selector.dataResources ?? []).some(
                  (resource) =>
                    resource.type === S3_OBJECT &&
                    (resource.values ?? []).some((value) => /^arn:aws[a-z-]*:s3(:::)?$/.test(value)),
                ),
            );
            const advanced = (trail.props.advancedEventSelectors ?? []) as { fieldSelectors?: FieldSelector[] }[];
            const allObjects = advanced.map(recordsAllObjectEvents).find((found) => found.all);
            if (
              advanced.length > 0 &&
              !advanced.some((selector) =>
                fieldOf(selector, 'eventCategory').some((category) => category.equals?.includes('Management')),
              )
            ) {
              reportViolation(
                t('en', 'policy.finding.cloudtrail-s3-data-events.no-management', { name: trail.name }),
                trail.urn,
              );
            }
            if (trail.props.isMultiRegionTrail !== true || (!basicAll && !allObjects)) return;
            // Each exclusion must be a bucket the trail takes as an input and whose role may be left out.
            const linked = bucketsOf(trail, buckets);
            const unexcludable = linked.filter((bucket) => !excludableRoles.includes(roleOf(bucket) ?? ''));
            if (
              allObjects &&
              allObjects.excluded > 0 &&
              (unexcludable.length > 0 || allObjects.excluded > linked.length)
            ) {
              const values = { name: trail.name, count: allObjects.excluded, roles: excludableRoles.join(' or ') };
              reportViolation(
                unexcludable.length > 0
                  ? t('en', 'policy.finding.cloudtrail-s3-data-events.exclusions-named', {
                      ...values,
                      buckets: unexcludable.map((bucket) => bucket.name).join(', '),
                    })
                  : t('en', 'policy.finding.cloudtrail-s3-data-events.exclusions', values),
                trail.urn,
              );
            }
            const readsKept = advanced.some(
              (selector) =>
                fieldOf(selector, 'readOnly').some((field) => field.equals?.includes('true')) &&
                fieldOf(selector, 'resources.type').some((field) => field.equals?.includes(S3_OBJECT)),
            );
            if (allObjects && allObjects.excluded > 0 && !readsKept)
              reportViolation(
                t('en', 'policy.finding.cloudtrail-s3-data-events.reads', { name: trail.name }),
                trail.urn,
              );
            covered = true;
          });
        }
        if (!covered && !gaps.hasOpen) {
          reportViolation(
            t('en', 'policy.finding.cloudtrail-s3-data-events.uncovered', { type: S3_OBJECT, count: buckets.length }),
            trails[0]?.urn ?? buckets[0]?.urn,
          );
        }
      });
    },
  },
  {
    severity: 'high',
    judges: { types: [BUCKET_TYPE], what: t('en', 'policy.what.s3-buckets') },
    stackConfigKey: 'envcloud:centers',
    clause: MLPS_AUDIT,
    en: {
      description: 'The audit trail records object-level reads and writes (S3 data events) of every bucket',
      remediation:
        'Let AwsCenter create the trail: its advanced event selectors record AWS::S3::Object events in every bucket, and only reads of its own log buckets.',
    },
    zh: {
      description: '审计跟踪须记录所有存储桶的对象级读写（S3 数据事件）',
      remediation:
        '由 AwsCenter 组件创建审计跟踪：其高级事件选择器记录所有存储桶的 AWS::S3::Object 事件，对自身日志桶仅记录读取。',
    },
  },
);

export const AWS_ACCESS_LOGGING_POLICIES = [s3AccessLogging, cloudtrailS3DataEvents];
