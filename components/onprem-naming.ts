// Names, endpoints and schedules the on-premises data platform shares between the centers' platform
// (OnpremCenterData) and the systems' data (OnpremSystemData). Pure functions, testable without mocks.
import { OPERATORS } from '../model/operators';

/** Namespaces the operators are installed in (model/operators.ts). */
export const ROOK_NAMESPACE = OPERATORS['rook-ceph'].namespace;
export const VELERO_NAMESPACE = OPERATORS.velero.namespace;

/** Name of the Ceph object store (RGW) every center runs, a zone of the platform's one zone group. */
export const OBJECT_STORE = 'envcloud-objects';
/** The multisite realm and zone group that replicate buckets between the centers' object stores. */
export const OBJECT_REALM = 'envcloud';
export const OBJECT_ZONE_GROUP = 'envcloud';
/** StorageClass through which ObjectBucketClaims get buckets in the center's object store. */
export const BUCKET_STORAGE_CLASS = 'envcloud-objects';
/** Bucket of each center that holds PostgreSQL base backups and WAL (barman) and Velero backups. */
export const BACKUP_BUCKET = 'envcloud-backups';
/** Secret (keys ACCESS_KEY_ID, ACCESS_SECRET_KEY; and `cloud` for Velero) with the backup user's S3 keys, placed in each namespace by the cluster team. */
export const OBJECT_CREDENTIALS = 'envcloud-object-credentials';
/** The RGW gateway's TLS certificate (a kubernetes.io/tls Secret in rook-ceph), issued by the ministry CA. */
export const GATEWAY_TLS_SECRET = 'envcloud-rgw-tls';
/** The ministry CA bundle clients verify the gateways with (Secret key `ca.crt` in each namespace). */
export const OBJECT_CA_SECRET = 'envcloud-object-ca';

/** The DNS name a center's object store is published under: every center reaches every other's over TLS. */
export function objectHost(center: string): string {
  return `s3.${center}.envcloud.mee.gov.cn`;
}

export function objectEndpoint(center: string): string {
  return `https://${objectHost(center)}`;
}

/** The Velero BackupStorageLocation naming a center's backup bucket. */
export function storageLocationName(center: string): string {
  return `envcloud-${center}`;
}

/** The RGW user envcloud sets bucket versioning as (the cluster team creates it; its keys are `envcloud:objectStoreUser`). */
export const PLATFORM_OBJECT_USER = 'envcloud-platform';
/**
 * The Kubernetes provider (v4.18+) waits, on create and update, until a resource with this annotation
 * matches it: an ObjectBucketClaim is `Bound` once Rook has created its bucket.
 */
export const WAIT_FOR_ANNOTATION = 'pulumi.com/waitFor';
export const CLAIM_BOUND = 'jsonpath={.status.phase}=Bound';
