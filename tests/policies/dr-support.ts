import type { PlannedResource } from '../../engine/policy-run';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import type { PolicyResource, StackValidationArgs, StackValidationPolicy } from '@pulumi/policy';
import { isUnknownValue } from '../../policies/unknowns';
import { planned, unknownProxy as proxy } from './support';

// The stacks the DR policy tests (tests/policies/dr.test.ts, tests/policies/dr-velero.test.ts) judge.

export const systemTags = (tier: string) => ({
  'envcloud:system-number': '2',
  'envcloud:system': 's002-x',
  'envcloud:backup-tier': tier,
});
const vault = (center: string) => planned('aws:backup/vault:Vault', `${center}-vault`, {}, { center: `${center}-aws` });

/** Three centers; a plan per tier copying to the vaults it depends on; a gold database with its remote replica; a replicated gold bucket. */
export function happyStack(): PlannedResource[] {
  const vaults = ['primary', 'same-city', 'remote'].map(vault);
  const [primary, sameCity, remote] = vaults as [PlannedResource, PlannedResource, PlannedResource];
  const plan = (tier: string, copies: PlannedResource[]) =>
    planned(
      'aws:backup/plan:Plan',
      `backups-${tier}`,
      { rules: [{ ruleName: tier }] },
      { center: 'primary-aws', dependencies: [primary.urn, ...copies.map((copy) => copy.urn)] },
    );
  const selection = (tier: string) =>
    planned('aws:backup/selection:Selection', `backups-${tier}-selection`, {
      selectionTags: [{ type: 'STRINGEQUALS', key: 'envcloud:backup-tier', value: tier }],
    });
  const db = planned(
    'aws:rds/instance:Instance',
    's002-db',
    { multiAz: true, tags: systemTags('gold') },
    { center: 'primary-aws' },
  );
  const replica = planned(
    'aws:rds/instance:Instance',
    's002-db-replica',
    { replicateSourceDb: 'arn', tags: systemTags('gold') },
    { center: 'remote-aws', dependencies: [db.urn] },
  );
  const bucket = planned('aws:s3/bucket:Bucket', 's002-data', { tags: systemTags('gold') }, { center: 'primary-aws' });
  const replicaBucket = planned(
    'aws:s3/bucket:Bucket',
    's002-data-replica',
    { tags: systemTags('gold') },
    { center: 'remote-aws' },
  );
  const replication = planned(
    'aws:s3/bucketReplicationConfig:BucketReplicationConfig',
    's002-data-replication',
    {},
    { center: 'primary-aws', dependencies: [bucket.urn, replicaBucket.urn] },
  );
  return [
    ...vaults,
    plan('gold', [sameCity, remote]),
    selection('gold'),
    db,
    replica,
    bucket,
    replicaBucket,
    replication,
  ];
}

export const without = (resources: PlannedResource[], name: string) =>
  resources.filter((resource) => resource.name !== name);

export const CENTERS = ['primary', 'same-city', 'remote'] as const;
/** Velero as OnpremCenterData builds it: each center's object store, the primary's storage locations for every center, and a gold schedule to each. */
export function veleroPieces(tier = 'gold', cron = '0 * * * *', ttl = '840h0m0s'): PlannedResource[] {
  const stores = CENTERS.map((center) =>
    planned(
      'kubernetes:ceph.rook.io/v1:CephObjectStore',
      `${center}-data-object-store`,
      {
        metadata: { name: 'envcloud-objects', namespace: 'rook-ceph' },
        spec: { hosting: { dnsNames: [`s3.${center}.envcloud.mee.gov.cn`] } },
      },
      { center: `${center}-k8s` },
    ),
  );
  const locations = CENTERS.map((center) =>
    planned(
      'kubernetes:velero.io/v1:BackupStorageLocation',
      `primary-data-bsl-${center}`,
      {
        metadata: { name: `envcloud-${center}`, namespace: 'velero' },
        spec: { accessMode: 'ReadWrite', config: { s3Url: `https://s3.${center}.envcloud.mee.gov.cn` } },
      },
      { center: 'primary-k8s' },
    ),
  );
  const schedules = CENTERS.map((center) =>
    planned(
      'kubernetes:velero.io/v1:Schedule',
      `primary-data-schedule-${tier}-${center}`,
      {
        metadata: { name: `envcloud-${tier}-to-${center}`, namespace: 'velero' },
        spec: {
          schedule: cron,
          template: {
            includedNamespaces: ['*'],
            labelSelector: { matchLabels: { 'envcloud.mee.gov.cn/backup-tier': tier } },
            storageLocation: `envcloud-${center}`,
            ttl,
            snapshotMoveData: true,
          },
        },
      },
      { center: 'primary-k8s' },
    ),
  );
  return [...stores, ...locations, ...schedules];
}

// System 2's declared database and bucket held on the ministry's own clusters (tests/policies/dr-onprem-data.test.ts,
// dr-declared-data.test.ts): a CloudNativePG cluster with its ScheduledBackup, WAL archive and replica cluster, and a
// Rook bucket claim whose object store is a zone of a zone group spanning the three centers.
export const onpremLabels = (tier = 'gold') => ({
  'envcloud.mee.gov.cn/system-number': '2',
  'envcloud.mee.gov.cn/system': 's002-x',
  'envcloud.mee.gov.cn/backup-tier': tier,
});
export const ONPREM_NS = 'bs-pollution-source';

export const onpremSystem = (tier = 'gold') => {
  const manifest = clone(happyManifest());
  manifest.metadata.number = 2;
  manifest.metadata.slug = 's002-x';
  manifest.spec.protection.backup.tier = tier as 'gold';
  manifest.spec.placement!.database = { engine: 'postgresql', sizeGiB: 50 };
  manifest.spec.placement!.storage = { object: [{ name: 'data', sizeGiB: 10 }] };
  return manifest;
};

export const objectStore = (center: string) =>
  planned(
    'kubernetes:ceph.rook.io/v1:CephObjectStore',
    `${center}-store`,
    {
      metadata: { name: 'envcloud-objects', namespace: 'rook-ceph' },
      spec: { hosting: { dnsNames: [`S3.${center}.example`] }, zone: { name: `zone-${center}` } },
    },
    { center: `${center}-k8s` },
  );
export const objectZone = (center: string, group = 'envcloud') =>
  planned(
    'kubernetes:ceph.rook.io/v1:CephObjectZone',
    `${center}-zone`,
    { metadata: { name: `zone-${center}`, namespace: 'rook-ceph' }, spec: { zoneGroup: group } },
    { center: `${center}-k8s` },
  );
export const goldStorageClass = (center: string) =>
  planned(
    'kubernetes:storage.k8s.io/v1:StorageClass',
    `${center}-sc-gold`,
    { metadata: { name: 'envcloud-gold' } },
    { center: `${center}-k8s` },
  );
export const bucketClass = planned(
  'kubernetes:storage.k8s.io/v1:StorageClass',
  'primary-bucket-class',
  {
    metadata: { name: 'envcloud-buckets' },
    parameters: { objectStoreName: 'envcloud-objects', objectStoreNamespace: 'rook-ceph' },
  },
  { center: 'primary-k8s' },
);
/** A CloudNativePG cluster in `center`, archiving into `archiveTo`'s store; a replica of s002-x-db unless primary. */
export const pgCluster = (center: string, archiveTo = center, replica = center !== 'primary') =>
  planned(
    'kubernetes:postgresql.cnpg.io/v1:Cluster',
    `${center}-s002-x-db`,
    {
      metadata: { name: 's002-x-db', namespace: ONPREM_NS, labels: onpremLabels() },
      spec: {
        backup: { barmanObjectStore: { endpointURL: `https://s3.${archiveTo}.example:443/wal` } },
        ...(replica ? { replica: { enabled: true, source: 's002-x-db' } } : {}),
      },
    },
    { center: `${center}-k8s` },
  );
export const pgScheduledBackup = (center: string, tier = 'gold') =>
  planned(
    'kubernetes:postgresql.cnpg.io/v1:ScheduledBackup',
    `${center}-s002-x-db-backup`,
    {
      metadata: { name: 's002-x-db-backup', namespace: ONPREM_NS, labels: { 'envcloud.mee.gov.cn/backup-tier': tier } },
      spec: { cluster: { name: 's002-x-db' } },
    },
    { center: `${center}-k8s` },
  );
export const bucketClaim = planned(
  'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim',
  's002-x-data',
  {
    metadata: { name: 's002-x-data', namespace: ONPREM_NS, labels: onpremLabels() },
    spec: { storageClassName: 'envcloud-buckets' },
  },
  { center: 'primary-k8s' },
);

/** Gold: the primary archives into the same-city store, a replica cluster in the remote center archives there; the bucket's zone group spans the three centers. */
export const onpremDataStack = (): PlannedResource[] => [
  recordResource(onpremSystem()),
  ...CENTERS.flatMap((center) => [objectStore(center), objectZone(center), goldStorageClass(center)]),
  bucketClass,
  pgCluster('primary', 'same-city'),
  pgScheduledBackup('primary'),
  pgCluster('remote'),
  pgScheduledBackup('remote'),
  bucketClaim,
];

export const edit = (resources: PlannedResource[], name: string, change: (props: Record<string, any>) => void) =>
  resources.map((resource) => {
    if (resource.name !== name) return resource;
    const props = structuredClone(resource.props) as Record<string, any>;
    change(props);
    return { ...resource, props };
  });

/** The resources as the engine gives them to a stack policy, each props behind the unknown-checking proxy. */
export function previewed(resources: PlannedResource[]): PolicyResource[] {
  const byUrn = new Map<string, PolicyResource>();
  const built = resources.map((resource) => {
    const policyResource = {
      type: resource.type,
      name: resource.name,
      urn: resource.urn,
      props: proxy.unknownCheckingProxy(resource.props),
      ...(resource.provider ? { provider: { urn: resource.provider } } : {}),
      dependencies: [],
    } as unknown as PolicyResource;
    byUrn.set(resource.urn, policyResource);
    return policyResource;
  });
  resources.forEach((resource, index) => {
    built[index]!.dependencies = (resource.dependencies ?? []).map((urn) => byUrn.get(urn)!);
  });
  return built;
}

/** What a stack policy reports, and the note naming what it left open (undefined when everything was known). */
export async function judgePreviewed(policy: StackValidationPolicy, resources: PlannedResource[]) {
  const found: string[] = [];
  const args = {
    resources: previewed(resources),
    stackTags: new Map(),
    getConfig: () => ({}),
    notApplicable: () => undefined as never,
  } as unknown as StackValidationArgs;
  try {
    await policy.validateStack(args, (message) => found.push(message));
    return { found, note: undefined as string | undefined };
  } catch (error) {
    if (!isUnknownValue(error)) throw error;
    return { found, note: error.message };
  }
}
