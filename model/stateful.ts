/**
 * Resource types that hold data or the keys to it: losing one loses data. The policy pack requires
 * them protected; a plan diff refuses to delete or replace them without an archive or an explicit flag.
 */
export const STATEFUL_TYPES: readonly string[] = [
  'kubernetes:core/v1:PersistentVolumeClaim',
  'aws:rds/instance:Instance',
  'aws:s3/bucket:Bucket',
  'aws:ebs/volume:Volume',
  'aws:backup/vault:Vault',
  'aws:kms/key:Key',
  'aws:kms/replicaKey:ReplicaKey',
];
