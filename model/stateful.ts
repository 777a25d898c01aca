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
  // On the ministry's own clusters (the operators' custom resources): a PostgreSQL cluster (CloudNativePG)
  // holds its volumes, a bucket claim its bucket, an object store and its zone the Ceph pools of every bucket.
  'kubernetes:postgresql.cnpg.io/v1:Cluster',
  'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim',
  'kubernetes:ceph.rook.io/v1:CephObjectStore',
  'kubernetes:ceph.rook.io/v1:CephObjectZone',
  // An operator envcloud installs (`installedBy: envcloud`): uninstalling its chart removes its CRDs, and
  // with them every database cluster, object store and bucket claim of the cluster.
  'kubernetes:helm.sh/v3:Release',
];

/**
 * GiB of a retired system's archive volume when its manifest gives no size: the volume the resource
 * center makes for it, and what the pool's capacity and the namespace quota count (they counted 0, so
 * the resource center's quota was 0Gi beside nine 10Gi archive volumes: refused by the cluster).
 */
export const DEFAULT_ARCHIVE_GIB = 10;
