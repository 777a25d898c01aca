// What a system declares it stores (its registry record, from spec.placement) against what the stack
// holds. A stack that runs a system's workloads but holds none of its data (today the on-premises
// stack, until its data platform exists) must not pass the DR policies because there is no database,
// bucket or volume for them to look at: each declared item needs a resource that realises it, backed
// up in the system's tier.
import type { PolicyResource } from '@pulumi/policy';
import { BACKUP_TIER_TAG } from '../../components/backup-topology';
import { label, systemOf, tagsOf } from '../../components/resource-facts';
import type { StoredData, SystemRecord } from '../../components/system-record';
import { BACKUP_TIERS, MIGRATING_OUTCOMES, type BackupTier } from '../../model/domain';
import { providerOf } from '../cluster';
import { recordOf } from '../seed/records';
import { isSet, type PreviewGaps } from '../unknowns';

export const DATABASE_TYPE = 'aws:rds/instance:Instance';
export const BUCKET_TYPE = 'aws:s3/bucket:Bucket';
export const CLAIM_TYPE = 'kubernetes:core/v1:PersistentVolumeClaim';
const STORAGE_CLASS_TYPE = 'kubernetes:storage.k8s.io/v1:StorageClass';
const SELECTION_TYPE = 'aws:backup/selection:Selection';

/** Tiers from most to least protected: data may sit in a better tier than its system's, never a worse one. */
export const TIER_RANK: Record<BackupTier, number> = { gold: 3, silver: 2, bronze: 1, none: 0 };

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
 * The resource types that realise each kind, today: AWS databases and buckets, Kubernetes volumes.
 * The on-premises data platform (CloudNativePG clusters, object storage, Velero) adds its kinds here,
 * with how each shows a backup of its tier.
 */
export const REALISING_TYPES: Readonly<Record<DataKind, readonly string[]>> = {
  database: [DATABASE_TYPE],
  bucket: [BUCKET_TYPE],
  volume: [CLAIM_TYPE],
};

const EMPTY: StoredData = { buckets: [], volumes: [] };

export function declaredItems(record: SystemRecord): DeclaredItem[] {
  // A record written before records carried stored data declares none.
  const stored = record.storedData ?? EMPTY;
  return [
    ...(stored.database ? [{ kind: 'database' as const, name: '', label: `database (${stored.database.engine}, ${stored.database.sizeGiB} GiB)` }] : []),
    ...stored.buckets.map((bucket) => ({ kind: 'bucket' as const, name: bucket.name, label: `bucket "${bucket.name}" (${bucket.sizeGiB} GiB)` })),
    ...stored.volumes.map((volume) => ({ kind: 'volume' as const, name: volume.name, label: `volume "${volume.name}" (${volume.sizeGiB} GiB)` })),
  ];
}

/** A system record the DR policies judge: a system the stack runs, declaring stored data. Only those get their data deployed. */
export function dataRecordOf(resource: { type: string; props: Record<string, any> }): SystemRecord | undefined {
  const record = recordOf(resource);
  return record && MIGRATING_OUTCOMES.includes(record.outcome) && declaredItems(record).length > 0 ? record : undefined;
}

function tierOf(value: unknown): BackupTier | undefined {
  const tier = typeof value === 'string' ? value.replace(/^envcloud-/, '') : '';
  return (BACKUP_TIERS as readonly string[]).includes(tier) ? (tier as BackupTier) : undefined;
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
  /** True when an unknown value kept a resource from being read: a missing holder may be that one. */
  readonly incomplete: boolean;

  constructor(resources: readonly PolicyResource[], gaps: PreviewGaps) {
    for (const resource of resources) {
      const kind = (Object.keys(REALISING_TYPES) as DataKind[]).find((candidate) => REALISING_TYPES[candidate].includes(resource.type));
      gaps.judge(resource.name, () => {
        if (resource.type === SELECTION_TYPE) {
          for (const tag of (resource.props.selectionTags ?? []) as { key: string; value: string }[]) if (tag.key === BACKUP_TIER_TAG) this.selectedTiers.add(tag.value);
        }
        if (resource.type === STORAGE_CLASS_TYPE) this.storageClasses.add(`${providerOf(resource)}|${resource.props.metadata?.name}`);
        if (!kind) return;
        const system = systemOf(resource.props);
        // A read replica copies its source; it holds no data of its own to realise.
        if (!system || (kind === 'database' && isSet(() => resource.props.replicateSourceDb))) return;
        this.holders.push({ resource, kind, system: system.number, name: kind === 'volume' ? String(resource.props.metadata?.name ?? resource.name) : resource.name });
      });
    }
    this.incomplete = gaps.hasOpen;
  }

  /** The resources of the stack holding this item of the system's data. */
  holdersOf(record: SystemRecord, item: DeclaredItem): PolicyResource[] {
    return this.holders
      .filter((holder) => holder.system === record.number && holder.kind === item.kind && (item.kind === 'database' || holder.name.endsWith(`-${item.name}`)))
      .map((holder) => holder.resource);
  }

  /** Why a holder is not backed up in `tier`, or undefined when it is. */
  backupProblem(holder: PolicyResource, tier: BackupTier): string | undefined {
    if (holder.type === CLAIM_TYPE) {
      const storageClass = holder.props.spec?.storageClassName as string | undefined;
      const given = tierOf(storageClass);
      if (!given || TIER_RANK[given] < TIER_RANK[tier]) return `volume ${holder.name} is in storage class ${storageClass ?? '(default)'}, below the ${tier} tier`;
      if (!this.storageClasses.has(`${providerOf(holder)}|${storageClass}`)) return `volume ${holder.name} asks for storage class ${storageClass}, which its cluster does not have`;
      return undefined;
    }
    const tagged = tierOf(tagsOf(holder.props)[BACKUP_TIER_TAG] ?? label(holder.props, 'backup-tier'));
    if (!tagged || TIER_RANK[tagged] < TIER_RANK[tier]) return `${holder.type.split(':').pop()} ${holder.name} is not tagged with the ${tier} tier (${BACKUP_TIER_TAG})`;
    if (!this.selectedTiers.has(tagged)) return `${holder.type.split(':').pop()} ${holder.name} is in the ${tagged} tier, but no backup selection takes it`;
    return undefined;
  }
}

/** What becomes of each declared item of a system: held and backed up, held without a backup, or held nowhere. */
export function judgeDeclaredData(record: SystemRecord, data: StackData): { unheld: DeclaredItem[]; unbacked: { item: DeclaredItem; problem: string }[] } {
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
