// The per-grant credentials of the ministry's stores as data paths (issue #13 §2), for the policy
// data-access-follows-grants: an RGW user marked as reading a system's data, an RGW user a system
// bucket's policy lets read it, and a PostgreSQL role CloudNativePG keeps on a system's cluster. Read
// from the plan alone, whoever wrote the objects.
import type { PolicyResource } from '@pulumi/policy';
import { ACCESS_PROVIDER_LABEL, grantRoleConsumer } from '../../components/grant-credentials';
import { labelsOf, systemOf } from '../../components/resource-facts';
import { listOf, statementsOf, type IamStatement } from '../iam-document';
import type { Consumer, PlanPath } from './data-access';

export const OBJECT_USER_TYPE = 'kubernetes:ceph.rook.io/v1:CephObjectStoreUser';
export const DATABASE_CLUSTER_TYPE = 'kubernetes:postgresql.cnpg.io/v1:Cluster';
export const BUCKET_CLAIM_TYPE = 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim';

/**
 * Setting or reading a bucket's own configuration (versioning, policy…) reads none of its data; every
 * other action does, one with a wildcard or one that is no text included.
 */
function readsData(action: unknown): boolean {
  return !/^s3:(Get|Put)Bucket[A-Za-z]+$/.test(String(action));
}

/**
 * The statements of a system bucket's policy that let someone read its data. Rook takes the policy as
 * JSON text; one written as an object is read as well, since what it says is what matters.
 */
function dataStatements(props: PolicyResource['props']): IamStatement[] {
  return statementsOf(props.spec?.additionalConfig?.bucketPolicy).filter(
    (statement) => statement.Effect === 'Allow' && listOf(statement.Action).some(readsData),
  );
}

/** The name an RGW user has in the store: its metadata name, else the resource's. */
function userName(resource: PolicyResource): string {
  return String(resource.props.metadata?.name ?? resource.name);
}

/** The RGW user ids a statement names (`arn:aws:iam:::user/<id>`), or undefined when it admits everyone. */
function principalUsers(principal: unknown): string[] | undefined {
  const aws = typeof principal === 'object' && principal !== null ? (principal as { AWS?: unknown }).AWS : principal;
  const listed = listOf(aws);
  // An entry that is no text names no user the tool can read: the statement is read as admitting everyone.
  const arns = listed.filter((arn): arn is string => typeof arn === 'string');
  if (arns.length === 0 || arns.length < listed.length || arns.includes('*')) return undefined;
  return arns.map((arn) => arn.replace(/^arn:aws:iam::[^:]*:user\//, ''));
}

/** The managed roles of a cluster that are to exist in its database. */
function presentRoles(props: PolicyResource['props']): string[] {
  const roles = (props.spec?.managed?.roles ?? []) as { name?: string; ensure?: string }[];
  return roles.filter((role) => role.ensure !== 'absent').map((role) => role.name ?? '');
}

/** Whether an object of the plan is a credential into a system's data (the policy judges it). */
export function isCredential(resource: Pick<PolicyResource, 'type' | 'props'>): boolean {
  if (resource.type === OBJECT_USER_TYPE) return labelsOf(resource.props)[ACCESS_PROVIDER_LABEL] !== undefined;
  if (!systemOf(resource.props)) return false;
  if (resource.type === DATABASE_CLUSTER_TYPE) return presentRoles(resource.props).length > 0;
  return resource.type === BUCKET_CLAIM_TYPE && dataStatements(resource.props).length > 0;
}

/** Who an RGW user is: the system its labels name, else a user no grant names. */
function userConsumer(user: string, users: ReadonlyMap<string, PolicyResource>): Consumer {
  const found = users.get(user);
  const system = found ? systemOf(found.props) : undefined;
  return system
    ? { kind: 'system', number: system.number, slug: system.slug }
    : { kind: 'unnamed', what: `the RGW user ${user}` };
}

/**
 * The paths the credentials of the plan open: each RGW user marked with the system it reads, each user
 * a system bucket's policy lets read data, and each role a system's cluster is to keep, whose name
 * carries its consumer (components/grant-credentials.ts grantRoleName); a role named otherwise is a
 * path no grant names.
 */
export function credentialPaths(resources: readonly PolicyResource[]): PlanPath[] {
  const users = new Map(
    resources
      .filter((resource) => resource.type === OBJECT_USER_TYPE)
      .map((resource) => [userName(resource), resource]),
  );
  const paths: PlanPath[] = [];
  for (const resource of resources) {
    if (resource.type === OBJECT_USER_TYPE) {
      const provider = Number(labelsOf(resource.props)[ACCESS_PROVIDER_LABEL]);
      if (!Number.isInteger(provider) || provider <= 0) continue;
      paths.push({
        provider: { number: provider, slug: '' },
        consumer: userConsumer(userName(resource), users),
        via: resource,
      });
      continue;
    }
    const owner = systemOf(resource.props);
    if (!owner) continue;
    if (resource.type === DATABASE_CLUSTER_TYPE)
      for (const role of presentRoles(resource.props)) {
        const consumer = grantRoleConsumer(role);
        paths.push({
          provider: owner,
          consumer:
            consumer !== undefined
              ? { kind: 'system', number: consumer, slug: '' }
              : { kind: 'unnamed', what: `the database role ${role}` },
          via: resource,
        });
      }
    if (resource.type === BUCKET_CLAIM_TYPE)
      for (const statement of dataStatements(resource.props)) {
        const named = principalUsers(statement.Principal);
        const consumers: Consumer[] = named
          ? named.map((user) => userConsumer(user, users))
          : [{ kind: 'unnamed', what: 'everyone' }];
        for (const consumer of consumers) paths.push({ provider: owner, consumer, via: resource });
      }
  }
  return paths;
}
