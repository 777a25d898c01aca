import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { partitionOf } from '../model/regions';

/** The platform role tag of a center's server access log bucket; the policy pack recognises it by this value. */
export const ACCESS_LOGS_ROLE = 'access-logs';
/** The platform role tag of the audit trail's bucket. */
export const AUDIT_TRAIL_ROLE = 'audit-trail';
/** The service principal S3 server access logging writes as (the same in the aws-cn partition). */
export const S3_LOG_DELIVERY_PRINCIPAL = 'logging.s3.amazonaws.com';

export interface AccessLogBucketArgs {
  /** AWS provider of the center: server access logs can only be delivered within one region and account. Required. */
  provider: aws.Provider;
  /** Region of the center, for the ARN partition (`aws-cn` in China). Required. */
  region: string;
  /** Account that owns the center's buckets: only its buckets may deliver logs here (aws:SourceAccount). Required. */
  accountId: pulumi.Input<string>;
  /** Days access logs are kept (envcloud:logRetentionDays), then expired. Required; at least 1. */
  retentionDays: number;
  /** Tags of the bucket; the platform role `access-logs` is always set. Default: `{}`. */
  tags?: Record<string, string>;
}

/**
 * The log bucket's policy: TLS only; S3 log delivery may write objects, for buckets of this account
 * only (AWS's recommended bucket-policy grant, which replaces the log-delivery ACL group); nobody else
 * may write, and no one may delete a log record (GB/T 22239-2019 8.1.4.3 c: audit records protected
 * from unexpected deletion, modification or overwriting). The lifecycle expiry is S3's own and is not
 * subject to the policy; lifting the deny needs a bucket policy change, which the trail records.
 */
export function accessLogBucketPolicy(bucketArn: string, accountId: string, region: string): string {
  const objects = `${bucketArn}/*`;
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TlsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [bucketArn, objects],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
      {
        Sid: 'S3ServerAccessLogDelivery',
        Effect: 'Allow',
        Principal: { Service: S3_LOG_DELIVERY_PRINCIPAL },
        Action: 's3:PutObject',
        Resource: objects,
        Condition: {
          StringEquals: { 'aws:SourceAccount': accountId },
          ArnLike: { 'aws:SourceArn': `arn:${partitionOf(region)}:s3:::*` },
        },
      },
      // aws:PrincipalServiceName is absent for people and roles, and a missing key never equals: they are denied.
      {
        Sid: 'OnlyLogDeliveryWrites',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: objects,
        Condition: { StringNotEquals: { 'aws:PrincipalServiceName': S3_LOG_DELIVERY_PRINCIPAL } },
      },
      {
        Sid: 'RecordsNotDeleted',
        Effect: 'Deny',
        Principal: '*',
        Action: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
        Resource: objects,
      },
    ],
  });
}

/**
 * A center's server access log bucket: every bucket of the center logs its requests here.
 *
 * Encryption is SSE-S3 (AES256), not the center's KMS key: AWS documents that a server access
 * logging destination bucket may use default encryption only with SSE-S3, and that SSE-KMS default
 * encryption is not supported for it (Amazon S3 User Guide, "Enabling Amazon S3 server access
 * logging"). Log delivery that fails is silent, so the documented contract is followed rather than
 * reports that SSE-KMS works with a key grant. The records are request metadata, not system data;
 * they are still encrypted at rest (AES-256), versioned, closed to the public and TLS only.
 * `s3-encryption-customer-key` accepts SSE-S3 for such a bucket only (policies/mlps/aws-access-logging.ts).
 *
 * It does not log into itself (AWS: a destination that logs into itself loops); reads of it are
 * recorded by the audit trail's data events instead (AwsCenter).
 */
export class AccessLogBucket extends pulumi.ComponentResource {
  public readonly bucketName: pulumi.Output<string>;
  public readonly arn: pulumi.Output<string>;

  constructor(name: string, args: AccessLogBucketArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:AccessLogBucket', name, {}, opts);
    if (!args.region) throw new pulumi.ResourceError('AccessLogBucket: args.region is required', this);
    if (!Number.isInteger(args.retentionDays) || args.retentionDays < 1)
      throw new pulumi.ResourceError(
        `AccessLogBucket: args.retentionDays must be a positive whole number of days, got ${args.retentionDays}`,
        this,
      );
    const options = { parent: this, provider: args.provider };
    const bucket = new aws.s3.Bucket(
      name,
      { tags: { ...(args.tags ?? {}), 'envcloud:platform': ACCESS_LOGS_ROLE }, forceDestroy: false },
      { ...options, protect: true, retainOnDelete: true },
    );
    new aws.s3.BucketVersioning(
      `${name}-versioning`,
      { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } },
      options,
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-encryption`,
      { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
      options,
    );
    const publicAccess = new aws.s3.BucketPublicAccessBlock(
      `${name}-public-access`,
      {
        bucket: bucket.id,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      options,
    );
    // ACLs off: delivery is granted by the bucket policy alone, as AWS recommends.
    new aws.s3.BucketOwnershipControls(
      `${name}-ownership`,
      { bucket: bucket.id, rule: { objectOwnership: 'BucketOwnerEnforced' } },
      options,
    );
    new aws.s3.BucketPolicy(
      `${name}-policy`,
      {
        bucket: bucket.id,
        policy: pulumi
          .all([bucket.arn, args.accountId])
          .apply(([arn, account]) => accessLogBucketPolicy(arn, account, args.region)),
      },
      { ...options, dependsOn: [publicAccess] },
    );
    new aws.s3.BucketLifecycleConfiguration(
      `${name}-lifecycle`,
      {
        bucket: bucket.id,
        rules: [
          {
            id: 'retention',
            status: 'Enabled',
            filter: {},
            expiration: { days: args.retentionDays },
            noncurrentVersionExpiration: { noncurrentDays: args.retentionDays },
          },
        ],
      },
      options,
    );
    this.bucketName = bucket.bucket;
    this.arn = bucket.arn;
    this.registerOutputs({ bucketName: this.bucketName, arn: this.arn });
  }
}
