// What a system declares it stores (its registry record, from spec.placement) against what the stack
// holds. A stack that runs a system's workloads but holds none of its data (today the on-premises
// stack, until its data platform exists) must not pass the DR policies because there is no database,
// bucket or volume for them to look at: each declared item needs a resource that realises it, backed
// up in the system's tier.
import type { PolicyResource } from '@pulumi/policy';
import { label, systemOf, tagsOf } from '../../components/resource-facts';
import type { StoredData, SystemRecord } from '../../components/system-record';
import { BACKUP_TIERS, MIGRATING_OUTCOMES, type BackupTier } from '../../model/domain';
import { BACKUP_TIER_LABEL, BACKUP_TIER_TAG, TIER_NEEDS, TIER_RANK, tierOfStorageClass } from '../../model/tiers';
import { providerOf } from '../cluster';
import { recordOf } from '../seed/records';
import { isSet, type PreviewGaps } from '../unknowns';
import { platformSelectedTiers, platformViewOf, type PlatformView } from './platform-backups';
import { msg, t } from '../../document/i18n';

export const DATABASE_TYPE = 'aws:rds/instance:Instance';
export const BUCKET_TYPE = 'aws:s3/bucket:Bucket';
export const CLAIM_TYPE = 'kubernetes:core/v1:PersistentVolumeClaim';
const STORAGE_CLASS_TYPE = 'kubernetes:storage.k8s.io/v1:StorageClass';
const SELECTION_TYPE = 'aws:backup/selection:Selection';
/** On the ministry's own clusters: a CloudNativePG cluster, its scheduled backups, a Rook bucket claim and the object stores behind it. */
export const PG_CLUSTER_TYPE = 'kubernetes:postgresql.cnpg.io/v1:Cluster';
export const PG_SCHEDULED_BACKUP_TYPE = 'kubernetes:postgresql.cnpg.io/v1:ScheduledBackup';
export const BUCKET_CLAIM_TYPE = 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim';
const OBJECT_STORE_TYPE = 'kubernetes:ceph.rook.io/v1:CephObjectStore';
const OBJECT_ZONE_TYPE = 'kubernetes:ceph.rook.io/v1:CephObjectZone';

export type DataKind = 'database' | 'bucket' | 'volume';

/** One item of a system's declared stored data. */
export interface DeclaredItem {
  kind: DataKind;
  /** The bucket or volume name in the manifest; empty for the database (one per system). */
  name: string;
  /** As a message names it: `database (postgresql, 50 GiB)`, `bucket "files" (100 GiB)`. */
  label: string;
}

/**
 * The resource types that realise each kind: AWS databases and buckets, CloudNativePG clusters and
 * Rook bucket claims on the ministry's own clusters, Kubernetes volumes. `StackData.backupProblem`
 * says how each shows a backup of its tier: an AWS resource by its tier tag and a backup selection; a
 * PostgreSQL cluster by its ScheduledBackup, its WAL archive and replica clusters in the centers the
 * tier needs (and a replica in another center for gold); a bucket claim by its object store's zone
 * group reaching the centers the tier needs; a volume by its storage class.
 */
export const REALISING_TYPES: Readonly<Record<DataKind, readonly string[]>> = {
  database: [DATABASE_TYPE, PG_CLUSTER_TYPE],
  bucket: [BUCKET_TYPE, BUCKET_CLAIM_TYPE],
  volume: [CLAIM_TYPE],
};

/** Whether a CloudNativePG cluster is a replica cluster (it copies another; it holds no data of its own to realise). */
export function isReplicaCluster(props: Record<string, any>): boolean {
  return props.spec?.replica?.enabled === true;
}

/** The host of a URL (`https://s3.remote.example:443/x` → `s3.remote.example`), or undefined. */
function hostOf(url: unknown): string | undefined {
  return typeof url === 'string' ? /^[a-z]+:\/\/([^/:]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
}

const EMPTY: StoredData = { buckets: [], volumes: [] };

export function declaredItems(record: SystemRecord): DeclaredItem[] {
  // A record written before records carried stored data declares none.
  const stored = record.storedData ?? EMPTY;
  return [
    ...(stored.database
      ? [
          {
            kind: 'database' as const,
            name: '',
            label: t('en', 'policy.part.label.database', {
              engine: stored.database.engine,
              size: String(stored.database.sizeGiB),
            }),
          },
        ]
      : []),
    ...stored.buckets.map((bucket) => ({
      kind: 'bucket' as const,
      name: bucket.name,
      label: t('en', 'policy.part.label.bucket', { name: bucket.name, size: String(bucket.sizeGiB) }),
    })),
    ...stored.volumes.map((volume) => ({
      kind: 'volume' as const,
      name: volume.name,
      label: t('en', 'policy.part.label.volume', { name: volume.name, size: String(volume.sizeGiB) }),
    })),
  ];
}

/** A system record the DR policies judge: a system the stack runs, declaring stored data. Only those get their data deployed. */
export function dataRecordOf(resource: { type: string; props: Record<string, any> }): SystemRecord | undefined {
  const record = recordOf(resource);
  return record && MIGRATING_OUTCOMES.includes(record.outcome) && declaredItems(record).length > 0 ? record : undefined;
}

function tierOf(value: unknown): BackupTier | undefined {
  return (BACKUP_TIERS as readonly unknown[]).includes(value) ? (value as BackupTier) : undefined;
}

/** A resource that realises a system's data: its kind, its system, its name in the manifest. */
interface Holder {
  resource: PolicyResource;
  kind: DataKind;
  system: number;
  /** The resource's own name (logical name, or Kubernetes name), which ends with the item's name. */
  name: string;
}

/** What the stack holds of systems' data, and the backups it has, read once per policy run. */
export class StackData {
  private readonly holders: Holder[] = [];
  private readonly selectedTiers = new Set<string>();
  private readonly storageClasses = new Set<string>();
  /** CloudNativePG clusters, scheduled backups (`provider|namespace|cluster` → tier), object stores by host, zones, bucket classes. */
  private readonly pgClusters: PolicyResource[] = [];
  private readonly scheduledBackups = new Map<string, BackupTier | undefined>();
  private readonly storeHosts = new Map<string, string>();
  private readonly storeZones = new Map<string, string>();
  private readonly zoneGroups = new Map<string, string>();
  private readonly bucketClasses = new Map<string, string>();
  /** The platform stack a systems-only stack's data is backed up by (platform-backups.ts). */
  readonly platform: PlatformView;
  /** True when an unknown value kept a resource from being read: a missing holder may be that one. */
  readonly incomplete: boolean;

  constructor(resources: readonly PolicyResource[], gaps: PreviewGaps) {
    // A systems-only stack's data is selected by its platform stack's backup plans.
    this.platform = platformViewOf(resources);
    for (const tier of platformSelectedTiers(this.platform)) this.selectedTiers.add(tier);
    for (const resource of resources) {
      const kind = (Object.keys(REALISING_TYPES) as DataKind[]).find((candidate) =>
        REALISING_TYPES[candidate].includes(resource.type),
      );
      gaps.judge(resource.name, () => {
        if (resource.type === SELECTION_TYPE) {
          for (const tag of (resource.props.selectionTags ?? []) as { key: string; value: string }[])
            if (tag.key === BACKUP_TIER_TAG) this.selectedTiers.add(tag.value);
        }
        const provider = providerOf(resource);
        if (resource.type === STORAGE_CLASS_TYPE) {
          this.storageClasses.add(`${provider}|${resource.props.metadata?.name}`);
          if (resource.props.parameters?.objectStoreName)
            this.bucketClasses.set(
              `${provider}|${resource.props.metadata?.name}`,
              `${provider}|${resource.props.parameters.objectStoreNamespace}|${resource.props.parameters.objectStoreName}`,
            );
        }
        if (resource.type === PG_CLUSTER_TYPE) this.pgClusters.push(resource);
        if (resource.type === PG_SCHEDULED_BACKUP_TYPE)
          this.scheduledBackups.set(
            `${provider}|${resource.props.metadata?.namespace}|${resource.props.spec?.cluster?.name}`,
            tierOf(label(resource.props, BACKUP_TIER_LABEL)),
          );
        if (resource.type === OBJECT_STORE_TYPE) {
          for (const host of (resource.props.spec?.hosting?.dnsNames ?? []) as string[])
            this.storeHosts.set(host.toLowerCase(), provider);
          if (resource.props.spec?.zone?.name)
            this.storeZones.set(
              `${provider}|${resource.props.metadata?.namespace}|${resource.props.metadata?.name}`,
              `${provider}|${resource.props.spec.zone.name}`,
            );
        }
        if (resource.type === OBJECT_ZONE_TYPE)
          this.zoneGroups.set(`${provider}|${resource.props.metadata?.name}`, String(resource.props.spec?.zoneGroup));
        if (!kind) return;
        const system = systemOf(resource.props);
        // A read replica (or replica cluster) copies its source; it holds no data of its own to realise.
        if (
          !system ||
          (kind === 'database' && (isSet(() => resource.props.replicateSourceDb) || isReplicaCluster(resource.props)))
        )
          return;
        this.holders.push({
          resource,
          kind,
          system: system.number,
          name: kind === 'volume' ? String(resource.props.metadata?.name ?? resource.name) : resource.name,
        });
      });
    }
    this.incomplete = gaps.hasOpen;
  }

  /** The resources of the stack holding this item of the system's data. */
  holdersOf(record: SystemRecord, item: DeclaredItem): PolicyResource[] {
    return this.holders
      .filter(
        (holder) =>
          holder.system === record.number &&
          holder.kind === item.kind &&
          (item.kind === 'database' || holder.name.endsWith(`-${item.name}`)),
      )
      .map((holder) => holder.resource);
  }

  /** The center (provider) whose object store a barman configuration writes to, or undefined. */
  private archiveCenter(cluster: PolicyResource): string | undefined {
    const host = hostOf(cluster.props.spec?.backup?.barmanObjectStore?.endpointURL);
    return host ? this.storeHosts.get(host) : undefined;
  }

  /** Why a CloudNativePG cluster is not backed up in `tier`: scheduled base backups, a WAL archive and copies in the centers the tier needs. */
  private clusterProblem(cluster: PolicyResource, tier: BackupTier): string | undefined {
    const name = String(cluster.props.metadata?.name);
    const namespace = cluster.props.metadata?.namespace;
    const provider = providerOf(cluster);
    const needed = TIER_NEEDS[tier].centers.length;
    const scheduled = (candidate: PolicyResource) =>
      this.scheduledBackups.has(
        `${providerOf(candidate)}|${candidate.props.metadata?.namespace}|${candidate.props.metadata?.name}`,
      );
    if (!scheduled(cluster)) return t('en', 'policy.finding.dr-data.no-scheduled-backup', { name });
    const scheduledTier = this.scheduledBackups.get(`${provider}|${namespace}|${name}`);
    if (!scheduledTier) return t('en', 'policy.finding.dr-data.schedule-unlabelled', { name, tier });
    if (TIER_RANK[scheduledTier] < TIER_RANK[tier])
      return t('en', 'policy.finding.dr-data.schedule-below-tier', { name, schedule: scheduledTier, tier });
    const archive = this.archiveCenter(cluster);
    if (!archive) return t('en', 'policy.finding.dr-data.no-archive', { name });
    const replicas = this.pgClusters.filter(
      (candidate) =>
        isReplicaCluster(candidate.props) &&
        candidate.props.metadata?.namespace === namespace &&
        candidate.props.spec?.replica?.source === name,
    );
    // A center holds a copy when the primary archives there, or a replica cluster there archives and takes its own base backups.
    const copies = new Set([
      archive,
      ...replicas
        .filter((replica) => scheduled(replica) && this.archiveCenter(replica) === providerOf(replica))
        .map(providerOf),
    ]);
    copies.delete(provider);
    if (copies.size < needed)
      return t('en', 'policy.finding.dr-data.cluster-copies', {
        name,
        copies: copies.size,
        tier,
        needed,
        centers: TIER_NEEDS[tier].centers.join(', '),
      });
    if (tier === 'gold' && !replicas.some((replica) => providerOf(replica) !== provider))
      return t('en', 'policy.finding.dr-data.no-replica-cluster', { name });
    return undefined;
  }

  /** Why a bucket claim's bucket is not copied to the centers `tier` needs: its object store's zone group must have zones there. */
  private bucketClaimProblem(claim: PolicyResource, tier: BackupTier): string | undefined {
    const provider = providerOf(claim);
    const storageClass = claim.props.spec?.storageClassName as string | undefined;
    const store = this.bucketClasses.get(`${provider}|${storageClass}`);
    if (!store)
      return t('en', 'policy.finding.dr-data.no-bucket-class', {
        name: claim.name,
        storageClass: storageClass ?? msg('policy.part.none'),
      });
    const zone = this.storeZones.get(store);
    const group = zone ? this.zoneGroups.get(zone) : undefined;
    if (!group) return t('en', 'policy.finding.dr-data.no-zone-group', { name: claim.name });
    const copies = new Set(
      [...this.zoneGroups]
        .filter(([key, candidate]) => candidate === group && !key.startsWith(`${provider}|`))
        .map(([key]) => key.split('|')[0]),
    );
    const needed = TIER_NEEDS[tier].centers.length;
    if (copies.size < needed)
      return t('en', 'policy.finding.dr-data.claim-copies', {
        name: claim.name,
        copies: copies.size,
        tier,
        needed,
        centers: TIER_NEEDS[tier].centers.join(', '),
      });
    return undefined;
  }

  /** Why a holder is not backed up in `tier`, or undefined when it is. */
  backupProblem(holder: PolicyResource, tier: BackupTier): string | undefined {
    if (holder.type === PG_CLUSTER_TYPE) return this.clusterProblem(holder, tier);
    if (holder.type === BUCKET_CLAIM_TYPE) return this.bucketClaimProblem(holder, tier);
    if (holder.type === CLAIM_TYPE) {
      const storageClass = holder.props.spec?.storageClassName as string | undefined;
      const given = tierOfStorageClass(storageClass);
      if (!given || TIER_RANK[given] < TIER_RANK[tier])
        return t('en', 'policy.finding.dr-data.volume-below-tier', {
          name: holder.name,
          storageClass: storageClass ?? msg('policy.part.default'),
          tier,
        });
      if (!this.storageClasses.has(`${providerOf(holder)}|${storageClass}`))
        return t('en', 'policy.finding.dr-data.no-storage-class', {
          name: holder.name,
          storageClass: String(storageClass),
        });
      return undefined;
    }
    const tagged = tierOf(tagsOf(holder.props)[BACKUP_TIER_TAG] ?? label(holder.props, BACKUP_TIER_LABEL));
    const kind = holder.type.split(':').pop()!;
    if (!tagged || TIER_RANK[tagged] < TIER_RANK[tier])
      return t('en', 'policy.finding.dr-data.untagged', { kind, name: holder.name, tier, tag: BACKUP_TIER_TAG });
    // A platform stack that exports no backups is said once, at the stack (platform-unexported), not for each holder.
    if (!this.selectedTiers.has(tagged) && this.platform.kind !== 'unexported')
      return t('en', 'policy.finding.dr-data.unselected', { kind, name: holder.name, tier: tagged });
    return undefined;
  }
}

/** What becomes of each declared item of a system: held and backed up, held without a backup, or held nowhere. */
export function judgeDeclaredData(
  record: SystemRecord,
  data: StackData,
): { unheld: DeclaredItem[]; unbacked: { item: DeclaredItem; problem: string }[] } {
  const tier = record.backupTier as BackupTier;
  const unheld: DeclaredItem[] = [];
  const unbacked: { item: DeclaredItem; problem: string }[] = [];
  for (const item of declaredItems(record)) {
    const holders = data.holdersOf(record, item);
    if (holders.length === 0) {
      unheld.push(item);
      continue;
    }
    const problems = holders.map((holder) => data.backupProblem(holder, tier));
    if (problems.every((problem) => problem !== undefined)) unbacked.push({ item, problem: problems[0]! });
  }
  return { unheld, unbacked };
}

/** The types that could hold a kind of data, for a message: `aws:rds/instance:Instance`. */
export function holderTypes(items: readonly DeclaredItem[]): string {
  return [...new Set(items.flatMap((item) => REALISING_TYPES[item.kind]))].join(', ');
}
