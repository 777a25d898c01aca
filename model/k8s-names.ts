// How a system's Kubernetes objects are named, for the components that name them and the rules that
// check the names fit (validation/rules/kubernetes-names.ts).
import type { SystemMigration } from './manifest.generated';

/**
 * The slug a system's cloud objects are named after: its first slug. A renamed system lists its old
 * slugs in `previousSlugs`, so its Kubernetes names and selectors (which cannot change in place) stay.
 */
export function identitySlug(manifest: {
  metadata: Pick<SystemMigration['metadata'], 'slug' | 'previousSlugs'>;
}): string {
  return manifest.metadata.previousSlugs?.[0] ?? manifest.metadata.slug;
}

/** The name of one of a system's objects: its identity slug, then what the object is of the system. */
export function childName(manifest: Parameters<typeof identitySlug>[0], suffix: string): string {
  return `${identitySlug(manifest)}-${suffix}`;
}

/** A Service's name is an RFC 1035 label: at most 63 characters. */
export const MAX_SERVICE_NAME_LENGTH = 63;

/** The name of the Service in front of a workload. */
export function serviceNameOf(manifest: Parameters<typeof identitySlug>[0], workload: string): string {
  return childName(manifest, workload);
}

/** The name of a system's PostgreSQL cluster (CloudNativePG) in its primary center. */
export function databaseClusterName(manifest: Parameters<typeof identitySlug>[0]): string {
  return childName(manifest, 'db');
}

/**
 * The longest name envcloud gives a copy of a system's database cluster whatever the stack: the monthly
 * restore test's `<cluster>-restore-test`. A replica in another center is `databaseReplicaName`, as long
 * as that center's name makes it: the stack's preflight judges it (validate does not know the centers).
 */
export const RESTORE_TEST_SUFFIX = '-restore-test';

/** The name of a system's replica database cluster in another center (on-premises stacks). */
export function databaseReplicaName(manifest: Parameters<typeof identitySlug>[0], center: string): string {
  return `${databaseClusterName(manifest)}-${center}`;
}

/** CloudNativePG refuses a Cluster named longer than this (its webhook), and the names derived from it. */
export const MAX_DATABASE_CLUSTER_NAME_LENGTH = 50;
