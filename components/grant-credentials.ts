// Per-grant credentials where the ministry's stores have them (issue #13 §2): a Ceph RGW user per live
// grant, named in the bucket policy of each of the providing system's buckets, and a PostgreSQL role per
// live grant, managed by CloudNativePG on the providing system's cluster. Pure: the objects'
// arguments only; OnpremSystemData creates them.
import type { SystemMigration } from '../model/domain';
import { BACKUP_TIER_LABEL } from '../model/tiers';
import { pathText, type AccessPath } from './access-set';
import { LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';
import { OBJECT_STORE, ROOK_NAMESPACE } from './onprem-naming';

/** The label naming the system whose data a credential reads (its value: the inventory number). */
export const ACCESS_PROVIDER_LABEL = `${LABEL_PREFIX}/access-provider`;
/** The label naming the grant a credential realises. */
export const ACCESS_GRANT_LABEL = `${LABEL_PREFIX}/access-grant`;
/** The one predefined role a grant's PostgreSQL role is a member of: it reads every table, writes nothing (PostgreSQL 14 and later). */
export const GRANT_DATABASE_ROLES = ['pg_read_all_data'] as const;
/** Concurrent connections one grant's role may hold: a reader of shared data, not a workload of the provider. */
export const GRANT_CONNECTION_LIMIT = 5;
/** What a grant's RGW user may do on each of the provider's buckets: read objects and list them. */
export const GRANT_OBJECT_ACTIONS = ['s3:GetObject', 's3:ListBucket'] as const;

/**
 * A sharing request into one system, as its credentials render it. `live` when the plan realises the
 * grant on its day; otherwise (expired, refused, revoked by a changed answer, not yet answered, or the
 * provider holds not-shared data) it only keeps its database role `ensure: absent`.
 */
export interface StoreGrant {
  id: string;
  consumer: SystemMigration;
  live: boolean;
  /** The last day of a live grant, when it has one. */
  expiresOn?: string;
  /** The paths a live grant realises into this system (annotations). */
  paths: readonly AccessPath[];
}

/** `s049`: a system's inventory number as the credentials' names begin. */
export function numbered(system: SystemMigration): string {
  return `s${String(system.metadata.number).padStart(3, '0')}`;
}

/** The RGW user of a grant (`s049-grant-sr-2026-001`): its S3 keys are Rook's Secret `rook-ceph-object-user-envcloud-objects-<user>`. */
export function grantObjectUser(consumer: SystemMigration, id: string): string {
  return `${numbered(consumer)}-grant-${id}`;
}

/** The PostgreSQL role of a grant (`s049_grant_sr_2026_001`): lower case, digits and underscores, well under 63 bytes. */
export function grantRoleName(consumer: SystemMigration, id: string): string {
  return `${numbered(consumer)}_grant_${id}`.replace(/-/g, '_');
}

/** The consuming system's inventory number a grant role's name carries, or undefined for a role named otherwise. */
export function grantRoleConsumer(role: string): number | undefined {
  const match = /^s([0-9]+)_grant_sr_[0-9]{4}_[0-9]+$/.exec(role);
  return match ? Number(match[1]) : undefined;
}

/** The Secret (kubernetes.io/basic-auth, `username` the role) in the provider's namespace holding a grant role's password. */
export function grantPasswordSecret(cluster: string, id: string): string {
  return `${cluster}-grant-${id}`;
}

/**
 * The consumer's labels and annotations, as its grant record carries them, and the provider and grant
 * the policy `data-access-follows-grants` reads. No backup tier label: a credential is made again from
 * the plan, never restored by Velero from a backup.
 */
function credentialMetadata(provider: SystemMigration, grant: StoreGrant, name: string) {
  const labels: Record<string, string> = { ...systemLabels(grant.consumer) };
  delete labels[`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`];
  return {
    name,
    namespace: ROOK_NAMESPACE,
    labels: {
      ...labels,
      [ACCESS_PROVIDER_LABEL]: String(provider.metadata.number),
      [ACCESS_GRANT_LABEL]: grant.id,
    } as Record<string, string>,
    annotations: {
      ...systemAnnotations(grant.consumer),
      [`${LABEL_PREFIX}/access-paths`]: grant.paths.map(pathText).join('\n'),
    },
  };
}

/**
 * The Rook CephObjectStoreUser of a live grant, in rook-ceph beside the object store (a user in another
 * namespace needs the store's `allowUsersInNamespaces`): the RGW user id is its name. It may create no
 * bucket of its own (`maxBuckets: -1`, Ceph: a negative max_buckets disables bucket creation) and has no
 * admin capability; only the bucket policies of the provider's buckets let it read. Deleting the object
 * (the plan after the grant expires) makes Rook remove the user and its keys.
 */
export function grantObjectUserArgs(provider: SystemMigration, grant: StoreGrant) {
  const name = grantObjectUser(grant.consumer, grant.id);
  return {
    apiVersion: 'ceph.rook.io/v1',
    kind: 'CephObjectStoreUser',
    metadata: credentialMetadata(provider, grant, name),
    spec: {
      store: OBJECT_STORE,
      displayName: `system ${grant.consumer.metadata.number} reads system ${provider.metadata.number} (grant ${grant.id})`,
      quotas: { maxBuckets: -1 },
    },
  };
}

/** The statement of a bucket's policy letting a grant's RGW user read that bucket, and nothing else. */
export interface BucketReader {
  sid: string;
  user: string;
}

export function bucketReaders(grants: readonly StoreGrant[]): BucketReader[] {
  return grants
    .filter((grant) => grant.live)
    .map((grant) => ({
      sid: `Grant${grant.id.replace(/[^A-Za-z0-9]/g, '')}Reads`,
      user: grantObjectUser(grant.consumer, grant.id),
    }));
}

/** The day after a grant's last day, 00:00 in China (UTC+8), as UTC: when PostgreSQL stops taking its role's password. */
export function passwordValidUntil(expiresOn: string): string {
  return `${expiresOn}T16:00:00Z`;
}

/**
 * The CloudNativePG managed roles of a system's cluster, one per sharing request into it. A live grant
 * is a role that logs in, a member of pg_read_all_data only, with few connections, its grant in the
 * comment, its password in a Secret the cluster team places (grantPasswordSecret) and no longer valid
 * after the grant's last day even before the next plan runs.
 *
 * Every other request into the system stays in the list as `ensure: absent`: CloudNativePG leaves in the
 * database a role that leaves the list, so a role must be listed absent for the plan after its grant
 * expires (or its answer is changed, or the provider's data becomes not-shared) to drop it. envcloud
 * keeps the absent entry for as long as the request is in sharing/, that is for as long as the grant is
 * on record (requests are the record the sharing reports count, rules art. 28 and art. 29, and are not
 * deleted): it costs one line per request and needs no guess at when the last `pulumi up` ran, which a
 * window of days would. A request removed from sharing/ before one plan with its role absent was applied
 * would leave the role in the database; CloudNativePG then reports nothing, so remove requests only after.
 */
export function grantRoles(cluster: string, grants: readonly StoreGrant[]): Record<string, unknown>[] {
  return [...grants]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((grant) => {
      const name = grantRoleName(grant.consumer, grant.id);
      if (!grant.live) return { name, ensure: 'absent' };
      return {
        name,
        ensure: 'present',
        comment: `grant ${grant.id}: system ${grant.consumer.metadata.number} reads this system's data${grant.expiresOn ? ` until ${grant.expiresOn}` : ''}`,
        login: true,
        inRoles: [...GRANT_DATABASE_ROLES],
        connectionLimit: GRANT_CONNECTION_LIMIT,
        passwordSecret: { name: grantPasswordSecret(cluster, grant.id) },
        ...(grant.expiresOn ? { validUntil: passwordValidUntil(grant.expiresOn) } : {}),
      };
    });
}
