import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import type { SystemMigration } from '../model/domain';
import { RESOURCE_CENTER, pathText, type AccessPath } from './access-set';
import { systemTags } from './aws-system-data';
import { autoNameArgs } from './aws-naming';
import { identitySlug, LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';
import { systemNamespace } from './migrated-system';
import { RECORD_KIND_LABEL, SYSTEM_REGISTRY_NAMESPACE } from './system-record';
import { childName } from './system-options';
import { numbered } from './grant-credentials';

/** Marks an object that opens a system's data to other systems (the policy `data-access-follows-grants` reads it). */
export const ACCESS_LABEL = `${LABEL_PREFIX}/access`;
/** Annotation listing the paths an access object realises, one per line. */
export const ACCESS_PATHS_ANNOTATION = `${LABEL_PREFIX}/access-paths`;
/** Tags of an AWS access role: the provider system it reads, and the basis (`unconditional` or `grant <id>`). */
export const ACCESS_PROVIDER_TAG = 'envcloud:access-provider';
export const ACCESS_BASIS_TAG = 'envcloud:access-basis';
/** The tag platform resources carry instead of a system's tags (policy aws-resource-tags). */
const PLATFORM_TAG = 'envcloud:platform';
/** The PostgreSQL port the database pods of a system serve on. */
const POSTGRESQL_PORT = 5432;

/** A provider's data on AWS: its buckets, its database, and the key that encrypts them. */
export interface AwsDataHandle {
  provider: aws.Provider;
  keyArn: pulumi.Input<string>;
  bucketArns: pulumi.Input<string>[];
  /** The database's resource ID (`db-…`), for `rds-db:connect`; absent when the system has no database. */
  databaseResourceId?: pulumi.Input<string>;
}

export interface DataAccessArgs {
  /** The providing system's manifest. Required. */
  manifest: SystemMigration;
  /** The paths into this system's data (accessSet, filtered to this provider). Required; none builds nothing. */
  paths: readonly AccessPath[];
  /** Consuming systems by inventory number (all the repository's, not only this stack's). Required. */
  consumers: ReadonlyMap<number, SystemMigration>;
  /** The primary cluster, where the system registry keeps a record of each grant realised here. Required. */
  registry: k8s.Provider;
  /** On the ministry's clusters: the provider of the cluster the system's CloudNativePG database runs in. */
  kubernetes?: k8s.Provider;
  /** On AWS: the system's buckets and database. */
  aws?: AwsDataHandle;
}

/** What the registry records of a grant realised in the stack: the policy `data-access-follows-grants` reads it. */
export interface GrantRecord {
  id: string;
  file: string;
  consumer: number;
  provider: number;
  resource: { name: string; catalogCode?: string };
  answeredOn: string;
  expiresOn?: string;
}

/** The ConfigMap recording a grant, labelled as a record of the consuming system (whose grant it is). */
export function grantRecordArgs(consumer: SystemMigration, path: AccessPath & { basis: { kind: 'grant' } }) {
  const record: GrantRecord = {
    id: path.basis.id,
    file: path.basis.file,
    consumer: consumer.metadata.number,
    provider: path.provider,
    resource: {
      name: path.resource.name,
      ...(path.resource.catalogCode ? { catalogCode: path.resource.catalogCode } : {}),
    },
    answeredOn: path.basis.answeredOn,
    ...(path.basis.expiresOn ? { expiresOn: path.basis.expiresOn } : {}),
  };
  return {
    metadata: {
      name: childName(consumer, `grant-${path.basis.id}`),
      namespace: SYSTEM_REGISTRY_NAMESPACE,
      labels: { ...systemLabels(consumer), [RECORD_KIND_LABEL]: 'grant' },
      annotations: systemAnnotations(consumer),
    },
    data: { 'record.json': JSON.stringify(record) },
  } satisfies k8s.core.v1.ConfigMapArgs;
}

/** Reads a grant record back from a ConfigMap's inputs; undefined for any other object. */
export function readGrantRecord(props: {
  metadata?: { labels?: Record<string, string> };
  data?: Record<string, string>;
}): GrantRecord | undefined {
  if (props.metadata?.labels?.[RECORD_KIND_LABEL] !== 'grant') return undefined;
  try {
    return JSON.parse(props.data?.['record.json'] ?? '') as GrantRecord;
  } catch {
    return undefined;
  }
}

/** The consumers of a list of paths, each once, in order; the resource center first. */
export function consumersOf(paths: readonly AccessPath[]): AccessPath['consumer'][] {
  return [...new Set(paths.map((path) => path.consumer))];
}

/**
 * Who may reach a provider's database pods: the system itself, and each consumer of a path (the
 * resource center's namespace, or a consuming system's pods in its namespace), on PostgreSQL only.
 */
export function accessPeers(
  manifest: SystemMigration,
  paths: readonly AccessPath[],
  consumers: ReadonlyMap<number, SystemMigration>,
): k8s.types.input.networking.v1.NetworkPolicyPeer[] {
  const systemLabel = `${LABEL_PREFIX}/system`;
  const peers: k8s.types.input.networking.v1.NetworkPolicyPeer[] = [
    { podSelector: { matchLabels: { [systemLabel]: identitySlug(manifest) } } },
  ];
  for (const consumer of consumersOf(paths)) {
    if (consumer === RESOURCE_CENTER) {
      peers.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': RESOURCE_CENTER } } });
      continue;
    }
    const system = consumers.get(consumer);
    if (!system) continue;
    peers.push({
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': systemNamespace(system) } },
      podSelector: { matchLabels: { [systemLabel]: identitySlug(system) } },
    });
  }
  return peers;
}

/** The read-only IAM policy of one consumer's role: the provider's buckets, its key through S3, its database as a per-grant user. */
export function readPolicy(
  bucketArns: readonly string[],
  keyArn: string,
  databaseResourceId: string | undefined,
  databaseUser: string,
): string {
  const [, partition, , region, account] = keyArn.split(':');
  const statements: object[] = [];
  if (bucketArns.length > 0) {
    statements.push(
      { Sid: 'ListBuckets', Effect: 'Allow', Action: 's3:ListBucket', Resource: [...bucketArns] },
      {
        Sid: 'ReadObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: bucketArns.map((arn) => `${arn}/*`),
      },
      {
        Sid: 'DecryptThroughS3',
        Effect: 'Allow',
        Action: 'kms:Decrypt',
        Resource: keyArn,
        Condition: { StringLike: { 'kms:ViaService': `s3.${region}.amazonaws.com*` } },
      },
    );
  }
  if (databaseResourceId !== undefined)
    statements.push({
      Sid: 'ConnectAsGrantUser',
      Effect: 'Allow',
      Action: 'rds-db:connect',
      Resource: `arn:${partition}:rds-db:${region}:${account}:dbuser:${databaseResourceId}/${databaseUser}`,
    });
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

/** EKS Pod Identity may hand the role to the consumer's pods (the association is the cluster team's). */
const POD_IDENTITY_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: 'pods.eks.amazonaws.com' },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
    },
  ],
});

/**
 * What a system's data is open to, and nothing more: derived from the catalog and the live grants
 * (components/access-set.ts). On the ministry's clusters, an ingress NetworkPolicy on the system's
 * database pods admitting the system itself and the consumers of the paths (Kubernetes policies add
 * up, so the namespace's default-deny still shuts everyone else out). On AWS, one IAM role per
 * consumer, tagged with the consumer and the basis, that reads the system's buckets and connects to
 * its database as a user of that grant. An expired grant drops its consumer: the next plan removes
 * the role and narrows the policy.
 */
export class DataAccess extends pulumi.ComponentResource {
  constructor(name: string, args: DataAccessArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:sharing:DataAccess', name, {}, opts);
    const { manifest, paths } = args;
    const foreign = paths.find((path) => path.provider !== manifest.metadata.number);
    if (foreign)
      throw new pulumi.ResourceError(
        `DataAccess: args.paths has a path into system ${foreign.provider}, not ${manifest.metadata.number}`,
        this,
      );
    const described = paths.map(pathText).join('\n');
    for (const path of paths) {
      const consumer = path.consumer === RESOURCE_CENTER ? undefined : args.consumers.get(path.consumer);
      if (!consumer || path.basis.kind !== 'grant') continue;
      new k8s.core.v1.ConfigMap(
        `${name}-grant-${path.basis.id}`,
        grantRecordArgs(consumer, path as AccessPath & { basis: { kind: 'grant' } }),
        { parent: this, provider: args.registry },
      );
    }
    if (paths.length > 0 && args.kubernetes && manifest.spec.placement?.database) {
      new k8s.networking.v1.NetworkPolicy(
        `${name}-network`,
        {
          metadata: {
            name: childName(manifest, 'data-access'),
            namespace: systemNamespace(manifest),
            labels: { ...systemLabels(manifest), [ACCESS_LABEL]: 'data' },
            annotations: { ...systemAnnotations(manifest), [ACCESS_PATHS_ANNOTATION]: described },
          },
          spec: {
            podSelector: { matchLabels: { 'cnpg.io/cluster': childName(manifest, 'db') } },
            policyTypes: ['Ingress'],
            ingress: [
              {
                from: accessPeers(manifest, paths, args.consumers),
                ports: [{ port: POSTGRESQL_PORT, protocol: 'TCP' }],
              },
            ],
          },
        },
        { parent: this, provider: args.kubernetes },
      );
    }
    const data = args.aws;
    if (data && (data.bucketArns.length > 0 || data.databaseResourceId !== undefined)) {
      for (const consumer of consumersOf(paths)) {
        const system = consumer === RESOURCE_CENTER ? undefined : args.consumers.get(consumer);
        if (consumer !== RESOURCE_CENTER && !system) continue;
        const own = paths.filter((path) => path.consumer === consumer);
        const who = system ? identitySlug(system) : RESOURCE_CENTER;
        const role = new aws.iam.Role(
          `${name}-${who}`,
          {
            ...autoNameArgs(`${name}-${who}`, 'role'),
            assumeRolePolicy: POD_IDENTITY_TRUST,
            description: `Reads system ${manifest.metadata.number}'s data for ${consumer === RESOURCE_CENTER ? 'the resource center' : `system ${consumer}`}`,
            tags: {
              ...(system ? systemTags(system) : { [PLATFORM_TAG]: RESOURCE_CENTER }),
              [ACCESS_PROVIDER_TAG]: String(manifest.metadata.number),
              [ACCESS_BASIS_TAG]: basisTag(own),
            },
          },
          { parent: this, provider: data.provider },
        );
        const user = databaseReadUser(system, manifest);
        new aws.iam.RolePolicy(
          `${name}-${who}-read`,
          {
            role: role.name,
            policy: pulumi
              .all([pulumi.all(data.bucketArns), data.keyArn, data.databaseResourceId])
              .apply(([buckets, key, database]) => readPolicy(buckets, key, database, user)),
          },
          { parent: this, provider: data.provider },
        );
      }
    }
    this.registerOutputs({});
  }
}

/**
 * The database user a consumer connects to a provider's database as, through IAM database authentication
 * (`s049_reads_s181`, `resource_center_reads_s181`): by inventory numbers, which never change, as the grant
 * roles on the clusters are. Named by slugs, it passed MySQL's 32 characters (and PostgreSQL's 63, which
 * cuts a longer name short), so the user the policy names could not exist.
 */
export function databaseReadUser(consumer: SystemMigration | undefined, provider: SystemMigration): string {
  return `${consumer ? numbered(consumer) : RESOURCE_CENTER}_reads_${numbered(provider)}`.replace(/-/g, '_');
}

/** The basis of a consumer's paths as a tag value: `unconditional`, or the grants' ids (`grant sr-2026-001`). */
export function basisTag(paths: readonly AccessPath[]): string {
  const grants = [...new Set(paths.flatMap((path) => (path.basis.kind === 'grant' ? [path.basis.id] : [])))].sort();
  return grants.length > 0 ? `grant ${grants.join(' ')}` : 'unconditional';
}
