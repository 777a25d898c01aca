import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import type { SystemMigration } from '../model/domain';
import { DATABASE_INSTANCE, databaseInstances, REPLICA_INSTANCES } from '../model/databases';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { keepDays, secondsCron, storageClassOf, TIER_NEEDS, type DataTier } from '../model/tiers';
import type { CenterRole } from '../model/topology';
import { databaseReplicaName, MAX_DATABASE_CLUSTER_NAME_LENGTH } from '../model/k8s-names';
import { LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';
import { systemNamespace } from './migrated-system';
import { systemScheduling } from './workload-spec';
import type { DataCenter } from './onprem-center-data';
import {
  BACKUP_BUCKET,
  BUCKET_STORAGE_CLASS,
  CLAIM_BOUND,
  OBJECT_CA_SECRET,
  OBJECT_CREDENTIALS,
  objectEndpoint,
  WAIT_FOR_ANNOTATION,
} from './onprem-naming';
import { systemBucketPolicy, type ObjectStoreAccess } from './onprem-object-stores';
import { bucketReaders, grantObjectUserArgs, grantRoles, type StoreGrant } from './grant-credentials';
import { childName, statefulOptions } from './system-options';

/** The engines CloudNativePG runs; any other the schema allows is refused on a kubeconfig stack (preflight `database-engine-supported`). */
export const ONPREM_DATABASE_ENGINES: readonly string[] = ['postgresql'];

export interface OnpremSystemDataArgs {
  /** The system's validated manifest; its tier must not be `none` when it stores data. Required. */
  manifest: SystemMigration;
  /** Kubernetes provider of each center's cluster, by role; `primary` is required, the others as the stack has them. */
  providers: Partial<Record<CenterRole, k8s.Provider>>;
  /** The stack's centers (names give the object store endpoints). Required. */
  centers: readonly DataCenter[];
  /** Registry the PostgreSQL image is pulled from. Default: the ministry's (`DEFAULT_APPROVED_REGISTRY`). */
  approvedRegistry?: string;
  /** Each center's object store as S3 (objectStoreProviders), which sets the buckets' versioning. Required, with `primary`, when the manifest declares buckets. */
  objectStores?: ObjectStoreAccess;
  /**
   * The sharing requests into each system by its inventory number (stacks/data-access.ts storeGrants):
   * a live grant gets an RGW user reading the system's buckets and a role reading its database; every
   * other request keeps its role listed absent. Default: none.
   */
  grants?: ReadonlyMap<number, readonly StoreGrant[]>;
}

/**
 * Where a system's database is kept outside the primary center, from its tier's needs (TIER_NEEDS):
 * the primary cluster archives WAL and base backups into the first center's object store; every
 * further center gets a replica cluster that archives into its own store; gold has a replica cluster in
 * every center it needs (the same-city one is its synchronous standby, the remote one is promoted on failover).
 */
export function databaseLayout(
  tier: DataTier,
  centers: readonly DataCenter[],
): { archive: DataCenter; replicas: DataCenter[] } | undefined {
  const needed = TIER_NEEDS[tier].centers.flatMap((role) => centers.filter((center) => center.role === role));
  if (needed.length === 0) return undefined;
  return { archive: needed[0]!, replicas: tier === 'gold' ? needed : needed.slice(1) };
}

/** The replica clusters of a system's database that CloudNativePG would refuse: named past its 50 characters. */
export function longReplicaNames(manifest: SystemMigration, replicas: readonly Pick<DataCenter, 'name'>[]): string[] {
  return replicas
    .map((center) => databaseReplicaName(manifest, center.name))
    .filter((name) => name.length > MAX_DATABASE_CLUSTER_NAME_LENGTH);
}

/** The bucket a declared bucket gets in the object store: by the system's number, which never changes, so names stay short and unique. */
export function systemBucketName(manifest: SystemMigration, bucket: string): string {
  return `envcloud-s${String(manifest.metadata.number).padStart(3, '0')}-${bucket}`;
}

/** The name in DNS the cluster team publishes a database's read-write service under, for replica clusters in other centers. */
export function databaseHost(center: string, namespace: string, cluster: string): string {
  return `${cluster}-rw.${namespace}.db.${center}.envcloud.mee.gov.cn`;
}

/** Barman object store settings: WAL and base backups, compressed and encrypted, over TLS with the ministry CA. */
export function barmanStore(center: string, serverName: string): Record<string, unknown> {
  return {
    destinationPath: `s3://${BACKUP_BUCKET}-${center}/cnpg/`,
    endpointURL: objectEndpoint(center),
    endpointCA: { name: OBJECT_CA_SECRET, key: 'ca.crt' },
    serverName,
    s3Credentials: {
      accessKeyId: { name: OBJECT_CREDENTIALS, key: 'ACCESS_KEY_ID' },
      secretAccessKey: { name: OBJECT_CREDENTIALS, key: 'ACCESS_SECRET_KEY' },
    },
    wal: { compression: 'gzip', encryption: 'AES256' },
    data: { compression: 'gzip', encryption: 'AES256' },
  };
}

/** Why the args cannot be built, or undefined. */
export function systemDataProblem(args: OnpremSystemDataArgs): string | undefined {
  const { manifest } = args;
  const placement = manifest.spec.placement;
  const tier = manifest.spec.protection.backup.tier;
  if (!args.providers.primary) return 'args.providers has no primary center';
  if (placement?.storage?.object?.length && !args.objectStores?.providers.primary)
    return `args.objectStores has no primary center, which sets the versioning of system ${manifest.metadata.number}'s buckets (the platform stack makes one per center)`;
  if (tier === 'none' && (placement?.database || placement?.storage?.object?.length))
    return `args.manifest (system ${manifest.metadata.number}) stores data with backup tier \`none\` (rule backup-targets-within-tier)`;
  if (placement?.database && !ONPREM_DATABASE_ENGINES.includes(placement.database.engine))
    return `args.manifest (system ${manifest.metadata.number}) asks for a ${placement.database.engine} database, which the on-premises platform does not run (preflight database-engine-supported)`;
  if (tier !== 'none' && placement?.database) {
    const layout = databaseLayout(tier, args.centers);
    if (!layout)
      return `args.centers has none of the centers the ${tier} tier copies to (preflight backup-tier-deliverable)`;
    const missing = [layout.archive, ...layout.replicas].find((center) => !args.providers[center.role]);
    if (missing) return `args.providers has no provider for the ${missing.role} center ${missing.name}`;
    const long = longReplicaNames(manifest, layout.replicas)[0];
    if (long)
      return `replica cluster ${long} is longer than CloudNativePG's ${MAX_DATABASE_CLUSTER_NAME_LENGTH} characters (preflight replica-names-fit)`;
  }
  return undefined;
}

/**
 * A system's stored data on the ministry's own clusters, through the operators the platform requires:
 * its PostgreSQL database as a CloudNativePG Cluster in the primary center (instances by tier, the
 * tier's encrypted storage class, TLS only, an application owner without superuser rights, WAL
 * archived and base backups on the tier's schedule and retention into another center's object
 * store, replica clusters where the tier needs them), and its buckets as ObjectBucketClaims in the
 * primary center's object store, which multisite replication copies to the other centers, each
 * versioned over S3 (a BucketVersioning through the primary's object store provider). Every
 * data-bearing resource is protected and kept if the stack is destroyed.
 */
export class OnpremSystemData extends pulumi.ComponentResource {
  constructor(name: string, args: OnpremSystemDataArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:OnpremSystemData', name, {}, opts);
    const problem = systemDataProblem(args);
    if (problem) throw new pulumi.ResourceError(`OnpremSystemData: ${problem}`, this);
    const { manifest } = args;
    const tier = manifest.spec.protection.backup.tier as DataTier;
    const namespace = systemNamespace(manifest);
    const labels = systemLabels(manifest);
    const metadata = (metaName: string, annotations: Record<string, string> = {}) => ({
      name: metaName,
      namespace,
      labels,
      annotations: { ...systemAnnotations(manifest), ...annotations },
    });
    const options = (role: CenterRole) => ({ parent: this, provider: args.providers[role]! });
    const custom = (
      suffix: string,
      role: CenterRole,
      apiVersion: string,
      kind: string,
      metaName: string,
      spec: object,
      extra: pulumi.CustomResourceOptions = {},
      annotations: Record<string, string> = {},
    ) =>
      new k8s.apiextensions.CustomResource(
        `${name}-${suffix}`,
        { apiVersion, kind, metadata: metadata(metaName, annotations), spec },
        { ...options(role), ...extra },
      );

    // Rook's ObjectBucketClaim has no versioning setting (additionalConfig takes maxObjects, maxSize,
    // bucketMaxObjects, bucketMaxSize, bucketPolicy and bucketLifecycle only: Rook v1.16 docs,
    // Storage-Configuration/Object-Storage-RGW/ceph-object-bucket-claim.md, unchanged through v1.20), so the
    // versioning is set over S3 once the claim is Bound, as the platform user its bucket policy allows to.
    // The bucket is in the primary's zone, the multisite master, which replicates its metadata to the others.
    // Each live grant's RGW user may read every bucket of the system (issue #13 §2), and no other.
    const grants = args.grants?.get(manifest.metadata.number) ?? [];
    const readers = bucketReaders(grants);
    for (const store of manifest.spec.placement?.storage?.object ?? []) {
      const bucket = systemBucketName(manifest, store.name);
      const access = args.objectStores!;
      const claim = custom(
        store.name,
        'primary',
        'objectbucket.io/v1alpha1',
        'ObjectBucketClaim',
        childName(manifest, store.name),
        {
          bucketName: bucket,
          storageClassName: BUCKET_STORAGE_CLASS,
          additionalConfig: {
            bucketMaxSize: `${store.sizeGiB}G`,
            bucketPolicy: systemBucketPolicy(bucket, access.user, readers),
          },
        },
        statefulOptions(options('primary')),
        { [WAIT_FOR_ANNOTATION]: CLAIM_BOUND },
      );
      // Kept if it leaves the stack, like the bucket: deleting it would suspend the versioning of a kept bucket.
      new aws.s3.BucketVersioning(
        `${name}-${store.name}-versioning`,
        { bucket, versioningConfiguration: { status: 'Enabled' } },
        { parent: this, provider: access.providers.primary!, dependsOn: [claim], retainOnDelete: true },
      );
    }
    // In the master zone, beside the object store; multisite replicates the user to the other zones.
    if (manifest.spec.placement?.storage?.object?.length)
      for (const grant of grants.filter((candidate) => candidate.live))
        new k8s.apiextensions.CustomResource(
          `${name}-grant-${grant.id}`,
          grantObjectUserArgs(manifest, grant),
          options('primary'),
        );

    const database = manifest.spec.placement?.database;
    if (database) {
      const layout = databaseLayout(tier, args.centers)!;
      const primaryCenter = args.centers.find((center) => center.role === 'primary')!;
      const clusterName = childName(manifest, 'db');
      const image = `${args.approvedRegistry ?? DEFAULT_APPROVED_REGISTRY}/cloudnative-pg/postgresql:${database.version ?? '16'}`;
      const replicaName = (center: DataCenter) => databaseReplicaName(manifest, center.name);
      const sameCity = layout.replicas.find((center) => center.role === 'same-city');
      const common = {
        imageName: image,
        enableSuperuserAccess: false,
        storage: { size: `${database.sizeGiB}Gi`, storageClass: storageClassOf(tier) },
        resources: {
          requests: { cpu: DATABASE_INSTANCE.cpu, memory: DATABASE_INSTANCE.memory },
          limits: { cpu: DATABASE_INSTANCE.cpuLimit, memory: DATABASE_INSTANCE.memoryLimit },
        },
        inheritedMetadata: { labels },
        // Database pods run on the nodes of the system's pool, like its workloads.
        affinity: systemScheduling(manifest),
      };
      const postgresql = (synchronous: boolean) => ({
        parameters: { ssl_min_protocol_version: 'TLSv1.2', log_connections: 'on', log_disconnections: 'on' },
        // TLS only, password (SCRAM) authentication; no plain-text connection is accepted.
        pg_hba: ['hostnossl all all all reject', 'hostssl all all all scram-sha-256'],
        ...(synchronous && sameCity
          ? {
              synchronous: {
                method: 'first',
                number: 1,
                standbyNamesPre: [replicaName(sameCity)],
                dataDurability: 'required',
              },
            }
          : {}),
      });
      const primary = custom(
        'db',
        'primary',
        'postgresql.cnpg.io/v1',
        'Cluster',
        clusterName,
        {
          ...common,
          instances: databaseInstances(manifest),
          postgresql: postgresql(tier === 'gold'),
          // The application owns its database and has no superuser rights; CloudNativePG keeps its password in `<cluster>-app`.
          bootstrap: { initdb: { database: 'app', owner: 'app' } },
          // One role per sharing request into the system: live grants read, the others are dropped.
          ...(grants.length > 0 ? { managed: { roles: grantRoles(clusterName, grants) } } : {}),
          backup: {
            retentionPolicy: `${keepDays(tier)}d`,
            barmanObjectStore: barmanStore(layout.archive.name, clusterName),
          },
        },
        statefulOptions(options('primary')),
      );
      const scheduled = (suffix: string, role: CenterRole, cluster: string, dependsOn: pulumi.Resource) =>
        custom(
          suffix,
          role,
          'postgresql.cnpg.io/v1',
          'ScheduledBackup',
          `${cluster}-${tier}`,
          {
            schedule: secondsCron(tier),
            cluster: { name: cluster },
            method: 'barmanObjectStore',
            backupOwnerReference: 'self',
            immediate: true,
          },
          { dependsOn: [dependsOn] },
        );
      scheduled('db-backup', 'primary', clusterName, primary);
      this.networkPolicy(`${name}-db-traffic`, clusterName, metadata, labels, options('primary'));

      for (const center of layout.replicas) {
        const replica = custom(
          `db-${center.name}`,
          center.role,
          'postgresql.cnpg.io/v1',
          'Cluster',
          replicaName(center),
          {
            ...common,
            instances: REPLICA_INSTANCES,
            postgresql: postgresql(false),
            // Streams from the primary and falls back to its WAL archive; promoted on failover.
            replica: { enabled: true, source: clusterName },
            bootstrap: { recovery: { source: clusterName } },
            externalClusters: [
              {
                name: clusterName,
                connectionParameters: {
                  host: databaseHost(primaryCenter.name, namespace, clusterName),
                  user: 'streaming_replica',
                  dbname: 'postgres',
                  sslmode: 'verify-full',
                },
                sslKey: { name: `${clusterName}-replication`, key: 'tls.key' },
                sslCert: { name: `${clusterName}-replication`, key: 'tls.crt' },
                sslRootCert: { name: `${clusterName}-ca`, key: 'ca.crt' },
                barmanObjectStore: barmanStore(layout.archive.name, clusterName),
              },
            ],
            // The replica's designated primary archives into this center's own store, so the center holds a restorable copy.
            backup: {
              retentionPolicy: `${keepDays(tier)}d`,
              barmanObjectStore: barmanStore(center.name, replicaName(center)),
            },
          },
          statefulOptions({ ...options(center.role), dependsOn: [primary] }),
        );
        scheduled(`db-${center.name}-backup`, center.role, replicaName(center), replica);
        this.networkPolicy(
          `${name}-db-${center.name}-traffic`,
          replicaName(center),
          metadata,
          labels,
          options(center.role),
        );
      }
    }
    this.registerOutputs({});
  }

  /** Database pods accept PostgreSQL from the system's workloads, each other and the operator; they reach DNS, the API server, object stores and other centers' databases. */
  private networkPolicy(
    resourceName: string,
    cluster: string,
    metadata: (name: string) => object,
    labels: Record<string, string>,
    options: pulumi.CustomResourceOptions,
  ): void {
    new k8s.networking.v1.NetworkPolicy(
      resourceName,
      {
        metadata: metadata(`${cluster}-traffic`),
        spec: {
          podSelector: { matchLabels: { 'cnpg.io/cluster': cluster } },
          policyTypes: ['Ingress', 'Egress'],
          ingress: [
            {
              from: [
                { podSelector: { matchLabels: { [`${LABEL_PREFIX}/system`]: labels[`${LABEL_PREFIX}/system`]! } } },
                { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cnpg-system' } } },
              ],
              ports: [
                { port: 5432, protocol: 'TCP' },
                { port: 8000, protocol: 'TCP' },
              ],
            },
          ],
          egress: [
            {
              ports: [
                { port: 53, protocol: 'UDP' },
                { port: 53, protocol: 'TCP' },
              ],
            },
            {
              ports: [
                { port: 443, protocol: 'TCP' },
                { port: 6443, protocol: 'TCP' },
                { port: 5432, protocol: 'TCP' },
              ],
            },
          ],
        },
      },
      options,
    );
  }
}
