import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import {
  BACKUP_TIER_LABEL,
  DATA_TIERS,
  keepDays,
  RESTORE_TEST,
  standardCron,
  TIER_NEEDS,
  type DataTier,
} from '../model/tiers';
import type { CenterRole } from '../model/topology';
import { LABEL_PREFIX } from './labels';
import {
  BACKUP_BUCKET,
  BUCKET_STORAGE_CLASS,
  GATEWAY_TLS_SECRET,
  OBJECT_CREDENTIALS,
  OBJECT_REALM,
  OBJECT_STORE,
  OBJECT_ZONE_GROUP,
  objectEndpoint,
  objectHost,
  ROOK_NAMESPACE,
  storageLocationName,
  VELERO_NAMESPACE,
} from './onprem-naming';
import { statefulOptions } from './system-options';
import { installOperators } from './operator-releases';
import { OnpremRestoreTest } from './onprem-restore-test';
import { RESTORE_TEST_LABEL, RESTORE_TEST_NAME } from './restore-test-spec';
import type { OperatorDeclaration, OperatorName } from '../model/operators';
import type { SystemMigration } from '../model/domain';

/** A center as the data platform sees it: its name and role. */
export interface DataCenter {
  name: string;
  role: CenterRole;
}

export interface OnpremCenterDataArgs {
  /** Kubernetes provider of this center's cluster. Required. */
  provider: k8s.Provider;
  /** This center. Required. */
  center: DataCenter;
  /** Every center of the stack, this one included; exactly one is `primary`. Required. */
  centers: readonly DataCenter[];
  /** The center's Vault (transit engine) the gateways encrypt objects with. Default: `https://kms.<center>.envcloud.mee.gov.cn:8200`, the KMS the block storage classes use. */
  kmsAddress?: string;
  /** Replicas in each Ceph pool of the object store. Default: 3. */
  poolReplicas?: number;
  /** The operators the stack declares (`envcloud:operators`); those `installedBy: envcloud` are installed on this cluster first. Default: none installed. */
  operators?: Partial<Record<OperatorName, OperatorDeclaration>>;
  /** Registry the operators' images are pulled from when envcloud installs them. Default: the ministry's. */
  approvedRegistry?: string;
  /** The stack's systems, whose gold data this cluster's monthly restore test restores (OnpremRestoreTest). Default: none, no test. */
  systems?: readonly SystemMigration[];
}

/** The operator that serves a custom resource's API group. */
function operatorOf(apiVersion: string): OperatorName {
  return apiVersion.startsWith('velero.io/')
    ? 'velero'
    : apiVersion.startsWith('postgresql.cnpg.io/')
      ? 'cloudnative-pg'
      : 'rook-ceph';
}

/** Checks the args before anything is created; answers the problem, or undefined. */
export function centerDataProblem(args: OnpremCenterDataArgs): string | undefined {
  const primaries = args.centers.filter((center) => center.role === 'primary');
  if (primaries.length !== 1) return `args.centers must have exactly one primary center; it has ${primaries.length}`;
  if (!args.centers.some((center) => center.name === args.center.name && center.role === args.center.role))
    return `args.center ${args.center.name} is not one of args.centers`;
  if ((args.poolReplicas ?? 3) < 2)
    return `args.poolReplicas is ${args.poolReplicas}; an object store keeps at least 2 copies`;
  return undefined;
}

/**
 * The Velero schedules of each tier: one per center that holds the tier's backups (the primary's
 * own and each copy the tier needs, TIER_NEEDS), each writing to that center's storage location.
 */
export function tierSchedules(centers: readonly DataCenter[]): { tier: DataTier; center: DataCenter; name: string }[] {
  return DATA_TIERS.flatMap((tier) =>
    centers
      .filter((center) => center.role === 'primary' || TIER_NEEDS[tier].centers.includes(center.role))
      .map((center) => ({ tier, center, name: `envcloud-${tier}-to-${center.name}` })),
  );
}

/** `720h0m0s`: a retention in days as the Go duration Velero takes. */
export function veleroTtl(days: number): string {
  return `${days * 24}h0m0s`;
}

/**
 * The data platform of one center, on operators the cluster already runs (README: on-premises
 * operators): a Rook-Ceph object store that is a zone of the platform's multisite zone group (so a
 * bucket written in the primary is replicated to the other centers), encrypted with the KMS and served
 * over TLS only; the bucket StorageClass systems claim buckets from; the center's backup bucket; and a
 * Velero BackupStorageLocation for every center's backup bucket. The primary center also runs the
 * Velero schedules: per tier, one to each center the tier copies to, with the tier's frequency and
 * retention, and a monthly restore-test backup. Stores, zones and buckets are protected and kept.
 */
export class OnpremCenterData extends pulumi.ComponentResource {
  /** The URL other centers and the systems' databases reach this center's object store at. */
  public readonly endpoint: string;

  constructor(name: string, args: OnpremCenterDataArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:OnpremCenterData', name, {}, opts);
    const problem = centerDataProblem(args);
    if (problem) throw new pulumi.ResourceError(`OnpremCenterData: ${problem}`, this);
    const options = { parent: this, provider: args.provider };
    const { center, centers } = args;
    const primary = centers.find((candidate) => candidate.role === 'primary')!;
    const replicas = args.poolReplicas ?? 3;
    const vault = {
      KMS_PROVIDER: 'vault',
      VAULT_ADDR: args.kmsAddress ?? `https://kms.${center.name}.envcloud.mee.gov.cn:8200`,
      VAULT_SECRET_ENGINE: 'transit',
      VAULT_BACKEND_PATH: 'envcloud',
    };
    const labels = { 'app.kubernetes.io/managed-by': 'envcloud', [`${LABEL_PREFIX}/center`]: center.name };
    const meta = (metaName: string, namespace: string) => ({ name: metaName, namespace, labels });
    // Operators envcloud installs itself come first: each custom resource waits for its operator's release.
    const releases = installOperators(`${name}-operator`, args.operators, {
      ...options,
      ...(args.approvedRegistry ? { approvedRegistry: args.approvedRegistry } : {}),
    });
    const custom = (
      suffix: string,
      apiVersion: string,
      kind: string,
      metadata: object,
      spec: object,
      extra: pulumi.CustomResourceOptions = {},
    ) =>
      new k8s.apiextensions.CustomResource(
        `${name}-${suffix}`,
        { apiVersion, kind, metadata, spec },
        {
          ...options,
          ...extra,
          dependsOn: [
            ...(releases[operatorOf(apiVersion)] ? [releases[operatorOf(apiVersion)]!] : []),
            ...((extra.dependsOn ?? []) as pulumi.Resource[]),
          ],
        },
      );

    // Multisite: the primary holds the realm's master zone group; the other centers pull the realm from it.
    const realm = custom(
      'realm',
      'ceph.rook.io/v1',
      'CephObjectRealm',
      meta(OBJECT_REALM, ROOK_NAMESPACE),
      center.role === 'primary' ? {} : { pull: { endpoint: objectEndpoint(primary.name) } },
    );
    const zoneGroup = custom(
      'zonegroup',
      'ceph.rook.io/v1',
      'CephObjectZoneGroup',
      meta(OBJECT_ZONE_GROUP, ROOK_NAMESPACE),
      { realm: OBJECT_REALM },
      { dependsOn: [realm] },
    );
    const pool = { failureDomain: 'host', replicated: { size: replicas } };
    const zone = custom(
      'zone',
      'ceph.rook.io/v1',
      'CephObjectZone',
      meta(`envcloud-${center.name}`, ROOK_NAMESPACE),
      {
        zoneGroup: OBJECT_ZONE_GROUP,
        metadataPool: pool,
        dataPool: pool,
        preservePoolsOnDelete: true,
        customEndpoints: [objectEndpoint(center.name)],
      },
      statefulOptions({ ...options, dependsOn: [zoneGroup] }),
    );
    const store = custom(
      'object-store',
      'ceph.rook.io/v1',
      'CephObjectStore',
      meta(OBJECT_STORE, ROOK_NAMESPACE),
      {
        zone: { name: `envcloud-${center.name}` },
        preservePoolsOnDelete: true,
        // TLS only: no plain port.
        gateway: { securePort: 443, sslCertificateRef: GATEWAY_TLS_SECRET, instances: 2 },
        hosting: {
          dnsNames: [objectHost(center.name)],
          advertiseEndpoint: { dnsName: objectHost(center.name), port: 443, useTls: true },
        },
        // SSE-KMS for objects whose writer asks for it, SSE-S3 for all others: every object is encrypted at rest.
        security: {
          kms: { connectionDetails: vault, tokenSecretName: 'envcloud-kms-token' },
          s3: { connectionDetails: vault, tokenSecretName: 'envcloud-kms-token' },
        },
      },
      statefulOptions({ ...options, dependsOn: [zone] }),
    );
    const storageClass = new k8s.storage.v1.StorageClass(
      `${name}-bucket-class`,
      {
        metadata: { name: BUCKET_STORAGE_CLASS, labels },
        provisioner: `${ROOK_NAMESPACE}.ceph.rook.io/bucket`,
        parameters: { objectStoreName: OBJECT_STORE, objectStoreNamespace: ROOK_NAMESPACE },
        reclaimPolicy: 'Retain',
      },
      { ...options, dependsOn: [store] },
    );
    custom(
      'backup-bucket',
      'objectbucket.io/v1alpha1',
      'ObjectBucketClaim',
      meta(BACKUP_BUCKET, ROOK_NAMESPACE),
      {
        bucketName: `${BACKUP_BUCKET}-${center.name}`,
        storageClassName: BUCKET_STORAGE_CLASS,
        additionalConfig: { bucketPolicy: tlsOnlyPolicy(`${BACKUP_BUCKET}-${center.name}`) },
      },
      statefulOptions({ ...options, dependsOn: [storageClass] }),
    );

    // Velero on every cluster knows every center's backups: the primary writes them, any center restores them.
    const locations = centers.map((target) =>
      custom(
        'bsl-' + target.name,
        'velero.io/v1',
        'BackupStorageLocation',
        meta(storageLocationName(target.name), VELERO_NAMESPACE),
        {
          provider: 'aws',
          objectStorage: { bucket: `${BACKUP_BUCKET}-${target.name}`, prefix: 'velero' },
          config: {
            region: OBJECT_ZONE_GROUP,
            s3ForcePathStyle: 'true',
            s3Url: objectEndpoint(target.name),
            serverSideEncryption: 'AES256',
          },
          credential: { name: OBJECT_CREDENTIALS, key: 'cloud' },
          accessMode: center.role === 'primary' ? 'ReadWrite' : 'ReadOnly',
          default: target.name === center.name,
        },
      ),
    );

    if (center.role === 'primary') {
      for (const schedule of tierSchedules(centers)) {
        custom(
          `schedule-${schedule.tier}-${schedule.center.name}`,
          'velero.io/v1',
          'Schedule',
          {
            ...meta(schedule.name, VELERO_NAMESPACE),
            labels: { ...labels, [`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`]: schedule.tier },
          },
          {
            schedule: standardCron(schedule.tier),
            template: {
              includedNamespaces: ['*'],
              labelSelector: { matchLabels: { [`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`]: schedule.tier } },
              storageLocation: storageLocationName(schedule.center.name),
              ttl: veleroTtl(keepDays(schedule.tier)),
              // Volume data leaves the cluster (CSI snapshot, then the data mover into the location's bucket).
              snapshotMoveData: true,
            },
            useOwnerReferencesInBackup: false,
          },
          { dependsOn: locations },
        );
      }
      // Monthly restore test (like AWS's restore-testing plan): a backup of the gold tier, which each
      // cluster's restore-test CronJob (OnpremRestoreTest) restores into scratch namespaces.
      custom(
        'restore-test',
        'velero.io/v1',
        'Schedule',
        {
          ...meta(RESTORE_TEST_NAME, VELERO_NAMESPACE),
          labels: { ...labels, [RESTORE_TEST_LABEL]: 'true' },
        },
        {
          schedule: RESTORE_TEST.backupCron,
          template: {
            includedNamespaces: ['*'],
            labelSelector: { matchLabels: { [`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`]: RESTORE_TEST.tier } },
            storageLocation: storageLocationName(primary.name),
            ttl: veleroTtl(RESTORE_TEST.keepDays),
            snapshotMoveData: true,
          },
        },
        { dependsOn: locations },
      );
    }
    if (args.systems)
      new OnpremRestoreTest(
        `${name}-restore-test`,
        {
          provider: args.provider,
          center,
          centers,
          systems: args.systems,
          ...(args.approvedRegistry ? { approvedRegistry: args.approvedRegistry } : {}),
        },
        { parent: this, dependsOn: locations },
      );
    this.endpoint = objectEndpoint(center.name);
    this.registerOutputs({ endpoint: this.endpoint });
  }
}

/** A bucket policy refusing every request not made over TLS (SecureBucket's on AWS). */
export function tlsOnlyPolicy(bucket: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TlsOnly',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
}
