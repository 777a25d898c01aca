import type { PlannedResource } from '../../engine/policy-run';
import { planned } from './support';

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
