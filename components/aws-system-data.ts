import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { BUCKET_REPLICA_SUFFIX, type SystemMigration } from '../model/domain';
import { assumeRolePolicy, autoNameArgs, awsTagValue } from './aws-naming';
import { identitySlug } from './labels';
import { BACKUP_TIER_TAG } from '../model/tiers';
import { needsHotStandby } from '../model/databases';
import { SecureBucket } from './secure-bucket';

/** What a system's data needs of a center. */
export interface CenterHandle {
  provider: aws.Provider;
  keyArn: pulumi.Input<string>;
  databaseSubnetGroup: pulumi.Input<string>;
  /** The center's server access log bucket (AwsCenter.accessLogBucket), where its buckets log their requests. */
  accessLogBucket: pulumi.Input<string>;
}

export interface AwsSystemDataArgs {
  /** The system's manifest. Required. */
  manifest: SystemMigration;
  /** The primary center, where the data lives. Required. */
  primary: CenterHandle;
  /** The remote center, for gold database replicas and bucket replication. Default: none. */
  remote?: CenterHandle;
}

/** AWS tags of a system's resources: the labels the policy pack requires, plus the backup tier tag. */
export function systemTags(manifest: SystemMigration): Record<string, string> {
  return {
    'envcloud:system-number': String(manifest.metadata.number),
    'envcloud:system': identitySlug(manifest),
    // The Kubernetes annotation keeps the unit as written; a tag value holds what AWS takes of it.
    'envcloud:managing-unit': awsTagValue(manifest.metadata.managingUnit),
    'envcloud:disposition': manifest.spec.disposition.outcome,
    'envcloud:pool': manifest.spec.placement?.pool ?? 'none',
    'envcloud:mlps-level': String(manifest.spec.protection.mlpsLevel),
    [BACKUP_TIER_TAG]: manifest.spec.protection.backup.tier,
  };
}

/** Whether a system's database runs in two availability zones: when it needs a hot standby (model/databases.ts). */
export const needsMultiAz = needsHotStandby;

/** Where a system bucket's access logs go in the log bucket: by its identity slug, which a rename keeps, so its logs stay under one prefix. */
export function accessLogPrefix(manifest: SystemMigration, bucket: string): string {
  return `systems/${identitySlug(manifest)}/${bucket}/`;
}

const LOG_EXPORTS = {
  postgresql: ['postgresql', 'upgrade'],
  mysql: ['audit', 'error', 'general', 'slowquery'],
} as const;

/**
 * A system's stateful data on AWS: its buckets (replicated to the remote center for silver and
 * gold, access-logged in their center) and its database (encrypted, private, multi-AZ for gold and
 * MLPS level 3, and replicated to the remote center for gold).
 * Everything is protected and kept if the stack is destroyed.
 */
export class AwsSystemData extends pulumi.ComponentResource {
  /** ARNs of the system's buckets in the primary center (DataAccess grants read access to them). */
  public readonly bucketArns: pulumi.Output<string>[] = [];
  /** The database's resource ID (`db-…`), for `rds-db:connect`; undefined without a database. */
  public readonly databaseResourceId: pulumi.Output<string> | undefined;

  constructor(name: string, args: AwsSystemDataArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:AwsSystemData', name, {}, opts);
    const { manifest, primary, remote } = args;
    const tier = manifest.spec.protection.backup.tier;
    if (tier === 'none' && (manifest.spec.placement?.database || manifest.spec.placement?.storage?.object?.length)) {
      throw new pulumi.ResourceError(
        `AwsSystemData: args.manifest (system ${manifest.metadata.number}) stores data with backup tier \`none\` (rule backup-targets-within-tier)`,
        this,
      );
    }
    const tags = systemTags(manifest);
    const replicate = remote !== undefined && (tier === 'gold' || tier === 'silver');
    const replicationRole = replicate
      ? new aws.iam.Role(
          `${name}-replication`,
          {
            ...autoNameArgs(`${name}-replication`, 'role'),
            assumeRolePolicy: assumeRolePolicy('s3.amazonaws.com'),
            tags,
          },
          { parent: this, provider: primary.provider },
        )
      : undefined;

    for (const store of manifest.spec.placement?.storage?.object ?? []) {
      const bucket = new SecureBucket(
        `${name}-${store.name}`,
        {
          provider: primary.provider,
          kmsKeyArn: primary.keyArn,
          accessLogBucket: primary.accessLogBucket,
          accessLogPrefix: accessLogPrefix(manifest, store.name),
          tags,
        },
        { parent: this },
      );
      this.bucketArns.push(bucket.arn);
      if (replicate && remote && replicationRole) {
        const replica = new SecureBucket(
          `${name}-${store.name}${BUCKET_REPLICA_SUFFIX}`,
          {
            provider: remote.provider,
            kmsKeyArn: remote.keyArn,
            accessLogBucket: remote.accessLogBucket,
            accessLogPrefix: accessLogPrefix(manifest, `${store.name}${BUCKET_REPLICA_SUFFIX}`),
            tags,
          },
          { parent: this },
        );
        new aws.s3.BucketReplicationConfig(
          `${name}-${store.name}-replication`,
          {
            bucket: bucket.bucketName,
            role: replicationRole.arn,
            rules: [
              {
                id: 'remote-center',
                status: 'Enabled',
                filter: {},
                deleteMarkerReplication: { status: 'Enabled' },
                sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
                destination: { bucket: replica.arn, encryptionConfiguration: { replicaKmsKeyId: remote.keyArn } },
              },
            ],
          },
          { parent: this, provider: primary.provider, dependsOn: [bucket, replica] },
        );
      }
    }

    const database = manifest.spec.placement?.database;
    if (database) {
      const engine = database.engine === 'postgresql' ? 'postgres' : 'mysql';
      const instance = new aws.rds.Instance(
        `${name}-db`,
        {
          ...autoNameArgs(`${name}-db`, 'database'),
          engine,
          engineVersion: database.version,
          instanceClass: 'db.m6g.large',
          allocatedStorage: database.sizeGiB,
          storageType: 'gp3',
          storageEncrypted: true,
          kmsKeyId: primary.keyArn,
          dbSubnetGroupName: primary.databaseSubnetGroup,
          publiclyAccessible: false,
          multiAz: needsMultiAz(manifest),
          deletionProtection: true,
          backupRetentionPeriod: tier === 'gold' ? 35 : 7,
          iamDatabaseAuthenticationEnabled: true,
          enabledCloudwatchLogsExports: [...LOG_EXPORTS[database.engine]],
          username: 'envcloud_admin',
          // The password lives in Secrets Manager, rotated by RDS; it never enters config or state.
          manageMasterUserPassword: true,
          copyTagsToSnapshot: true,
          skipFinalSnapshot: false,
          finalSnapshotIdentifier: `${identitySlug(manifest)}-final`,
          tags,
        },
        { parent: this, provider: primary.provider, protect: true, retainOnDelete: true },
      );
      this.databaseResourceId = instance.resourceId;
      if (tier === 'gold' && remote) {
        new aws.rds.Instance(
          `${name}-db-replica`,
          {
            ...autoNameArgs(`${name}-db-replica`, 'database'),
            replicateSourceDb: instance.arn,
            instanceClass: 'db.m6g.large',
            storageEncrypted: true,
            kmsKeyId: remote.keyArn,
            dbSubnetGroupName: remote.databaseSubnetGroup,
            publiclyAccessible: false,
            deletionProtection: true,
            enabledCloudwatchLogsExports: [...LOG_EXPORTS[database.engine]],
            skipFinalSnapshot: true,
            tags,
          },
          { parent: this, provider: remote.provider, protect: true, retainOnDelete: true },
        );
      }
    }
    this.registerOutputs({});
  }
}
