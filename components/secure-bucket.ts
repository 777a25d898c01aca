import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { autoNameArgs } from './aws-naming';

export interface SecureBucketArgs {
  /** AWS provider of the bucket's center. Required. */
  provider: aws.Provider;
  /** Customer-managed key encrypting every object. Required. */
  kmsKeyArn: pulumi.Input<string>;
  /**
   * Name of the bucket that receives this bucket's server access logs: the center's AccessLogBucket,
   * in the same region and account (an AWS requirement). Required: no bucket goes unlogged.
   */
  accessLogBucket: pulumi.Input<string>;
  /** Key prefix of this bucket's access logs in the log bucket. Default: `<name>/`. */
  accessLogPrefix?: string;
  /** Delete objects this many days after creation; omit to keep them. Default: kept. */
  expireAfterDays?: number;
  /** Let CloudTrail write audit logs into the bucket. Default: false. */
  allowCloudTrail?: boolean;
  /** Tags of the bucket. Default: `{}`. */
  tags?: Record<string, string>;
}

/** The bucket policy: TLS only, and CloudTrail's write access where asked. */
export function bucketPolicy(bucketArn: string, allowCloudTrail: boolean): string {
  const statements: object[] = [
    {
      Sid: 'TlsOnly',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [bucketArn, `${bucketArn}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ];
  if (allowCloudTrail) {
    statements.push(
      {
        Sid: 'CloudTrailAcl',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: bucketArn,
      },
      {
        Sid: 'CloudTrailWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `${bucketArn}/AWSLogs/*`,
        Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
      },
    );
  }
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/**
 * A bucket as MLPS level 3 wants it: versioned, encrypted with the customer key, closed to the
 * public, reachable over TLS only, its requests logged to the center's access log bucket, protected
 * against deletion.
 */
export class SecureBucket extends pulumi.ComponentResource {
  public readonly bucketName: pulumi.Output<string>;
  public readonly arn: pulumi.Output<string>;

  constructor(name: string, args: SecureBucketArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:SecureBucket', name, {}, opts);
    if (args.expireAfterDays !== undefined && args.expireAfterDays < 1)
      throw new pulumi.ResourceError(
        `SecureBucket: args.expireAfterDays must be positive, got ${args.expireAfterDays}`,
        this,
      );
    // Checked for JavaScript callers and `undefined` casts: a bucket without access logs is what #11 §4 found.
    if (args.accessLogBucket === undefined || args.accessLogBucket === '')
      throw new pulumi.ResourceError(
        "SecureBucket: args.accessLogBucket is required (the center's access log bucket)",
        this,
      );
    const options = { parent: this, provider: args.provider };
    const bucket = new aws.s3.Bucket(
      name,
      { ...autoNameArgs(name, 'bucket'), tags: args.tags ?? {}, forceDestroy: false },
      { ...options, protect: true, retainOnDelete: true },
    );
    new aws.s3.BucketVersioning(
      `${name}-versioning`,
      { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' } },
      options,
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      `${name}-encryption`,
      {
        bucket: bucket.id,
        rules: [
          {
            applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: args.kmsKeyArn },
            bucketKeyEnabled: true,
          },
        ],
      },
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
    // Server access logs record every request to the bucket's objects (who, what, when, from where).
    new aws.s3.BucketLogging(
      `${name}-access-logging`,
      { bucket: bucket.bucket, targetBucket: args.accessLogBucket, targetPrefix: args.accessLogPrefix ?? `${name}/` },
      options,
    );
    new aws.s3.BucketPolicy(
      `${name}-policy`,
      { bucket: bucket.id, policy: bucket.arn.apply((arn) => bucketPolicy(arn, args.allowCloudTrail ?? false)) },
      { ...options, dependsOn: [publicAccess] },
    );
    if (args.expireAfterDays !== undefined) {
      new aws.s3.BucketLifecycleConfiguration(
        `${name}-lifecycle`,
        {
          bucket: bucket.id,
          rules: [
            {
              id: 'retention',
              status: 'Enabled',
              filter: {},
              expiration: { days: args.expireAfterDays },
              noncurrentVersionExpiration: { noncurrentDays: args.expireAfterDays },
            },
          ],
        },
        options,
      );
    }
    this.bucketName = bucket.bucket;
    this.arn = bucket.arn;
    this.registerOutputs({ bucketName: this.bucketName, arn: this.arn });
  }
}
