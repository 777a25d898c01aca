// Velero judged (#12): on the ministry's own clusters a system's volumes and the objects of its namespace
// (its Deployments) are backed up by Velero Schedules. Each must be covered by a Schedule of its tier:
// one whose selector takes it, at the tier's frequency and retention (the tier facts), whose storage
// location is a read-write BackupStorageLocation of its cluster writing into the object store of a center
// the tier needs; the covering schedules together reach every center the tier needs.
import type { PolicyResource } from '@pulumi/policy';
import { label, systemOf } from '../../components/resource-facts';
import type { BackupTier } from '../../model/domain';
import {
  BACKUP_TIER_LABEL,
  DATA_TIERS,
  keepDays,
  standardCron,
  TIER_NEEDS,
  TIER_RANK,
  type DataTier,
} from '../../model/tiers';
import { providerOf } from '../cluster';
import type { PreviewGaps } from '../unknowns';
import { msg, t } from '../../document/i18n';

export const VELERO_SCHEDULE_TYPE = 'kubernetes:velero.io/v1:Schedule';
export const VELERO_LOCATION_TYPE = 'kubernetes:velero.io/v1:BackupStorageLocation';
const OBJECT_STORE_TYPE = 'kubernetes:ceph.rook.io/v1:CephObjectStore';
/** The objects of a system Velero must back up, with the resource name Velero's include/exclude lists use. */
const PROTECTED_KINDS: Readonly<Record<string, { kind: string; plural: string; volume: boolean }>> = {
  'kubernetes:core/v1:PersistentVolumeClaim': { kind: 'volume', plural: 'persistentvolumeclaims', volume: true },
  'kubernetes:apps/v1:Deployment': { kind: 'deployment', plural: 'deployments', volume: false },
};

/** Hours in a Go duration as Velero writes its TTL (`2160h0m0s`, `90m`), or undefined. */
export function durationHours(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^(\d+(\.\d+)?(h|m|s|ms))+$/.test(text)) return undefined;
  const factors: Record<string, number> = { h: 1, m: 1 / 60, s: 1 / 3600, ms: 1 / 3_600_000 };
  let hours = 0;
  for (const [, amount, , unit] of text.matchAll(/(\d+(\.\d+)?)(h|ms|m|s)/g)) hours += Number(amount) * factors[unit!]!;
  return hours;
}

/** The best tier whose frequency a cron is (`0 2 * * *` is silver's), or undefined for another cron. */
function tierOfCron(cron: unknown): DataTier | undefined {
  const normal = typeof cron === 'string' ? cron.trim().replace(/\s+/g, ' ') : '';
  return DATA_TIERS.find((tier) => standardCron(tier) === normal);
}

interface Protected {
  resource: PolicyResource;
  kind: string;
  plural: string;
  volume: boolean;
  namespace: string;
  labels: Record<string, string>;
}

/** Whether a Velero backup template takes an object: its namespace, resource kind and labels. */
function takes(template: Record<string, any>, object: Protected): boolean {
  const included = (template.includedNamespaces ?? ['*']) as string[];
  if (!included.includes('*') && !included.includes(object.namespace)) return false;
  if (((template.excludedNamespaces ?? []) as string[]).includes(object.namespace)) return false;
  const resources = template.includedResources as string[] | undefined;
  if (resources && resources.length > 0 && !resources.includes('*') && !resources.includes(object.plural)) return false;
  if (((template.excludedResources ?? []) as string[]).includes(object.plural)) return false;
  const selector = template.labelSelector as
    { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
  // Only matchLabels is read: a schedule selecting by expressions is not counted (never a false pass).
  if (selector?.matchExpressions?.length) return false;
  return Object.entries(selector?.matchLabels ?? {}).every(([key, value]) => object.labels[key] === value);
}

/** The Velero schedules, storage locations and object stores of a stack, and the objects of each system they must back up. */
export class VeleroCoverage {
  private readonly schedules: PolicyResource[] = [];
  /** `provider|namespace|name` → location. */
  private readonly locations = new Map<string, PolicyResource>();
  /** Object store host → the provider (center) serving it. */
  private readonly storeHosts = new Map<string, string>();
  private readonly objects = new Map<number, Protected[]>();

  constructor(resources: readonly PolicyResource[], gaps: PreviewGaps) {
    for (const resource of resources) {
      gaps.judge(resource.name, () => {
        const provider = providerOf(resource);
        if (resource.type === VELERO_SCHEDULE_TYPE) this.schedules.push(resource);
        if (resource.type === VELERO_LOCATION_TYPE)
          this.locations.set(
            `${provider}|${resource.props.metadata?.namespace}|${resource.props.metadata?.name}`,
            resource,
          );
        if (resource.type === OBJECT_STORE_TYPE)
          for (const host of (resource.props.spec?.hosting?.dnsNames ?? []) as string[])
            this.storeHosts.set(host.toLowerCase(), provider);
        const facts = PROTECTED_KINDS[resource.type];
        const system = facts ? systemOf(resource.props) : undefined;
        if (!facts || !system) return;
        const list = this.objects.get(system.number) ?? [];
        list.push({
          resource,
          ...facts,
          namespace: String(resource.props.metadata?.namespace ?? 'default'),
          labels: (resource.props.metadata?.labels ?? {}) as Record<string, string>,
        });
        this.objects.set(system.number, list);
      });
    }
  }

  /** Whether the stack runs Velero at all (a stack on AWS does not: AWS Backup takes its place). */
  get present(): boolean {
    return this.schedules.length > 0 || this.locations.size > 0;
  }

  /** The center (provider) a storage location writes into, or why it takes no backups of `provider`'s cluster. */
  private locationCenter(schedule: PolicyResource): { center: string } | { problem: string } {
    const provider = providerOf(schedule);
    const name = schedule.props.spec?.template?.storageLocation as string | undefined;
    const location = name ? this.locations.get(`${provider}|${schedule.props.metadata?.namespace}|${name}`) : undefined;
    if (!location)
      return { problem: t('en', 'policy.finding.dr-velero.no-location', { name: name ?? msg('policy.part.default') }) };
    if (location.props.spec?.accessMode === 'ReadOnly')
      return { problem: t('en', 'policy.finding.dr-velero.read-only', { name: String(name) }) };
    const host = /^[a-z]+:\/\/([^/:]+)/i.exec(String(location.props.spec?.config?.s3Url ?? ''))?.[1]?.toLowerCase();
    const center = host ? this.storeHosts.get(host) : undefined;
    if (!center) return { problem: t('en', 'policy.finding.dr-velero.no-store', { name: String(name) }) };
    return { center };
  }

  /** Why a schedule does not back up an object of `tier`, or the center its backups land in. */
  private scheduleFor(
    schedule: PolicyResource,
    object: Protected,
    tier: DataTier,
  ): { center: string } | { problem: string } {
    const name = String(schedule.props.metadata?.name);
    const spec = schedule.props.spec ?? {};
    if (spec.paused === true) return { problem: t('en', 'policy.finding.dr-velero.paused', { name }) };
    const every = tierOfCron(spec.schedule);
    if (!every || TIER_RANK[every] < TIER_RANK[tier])
      return {
        problem: t('en', 'policy.finding.dr-velero.cron', {
          name,
          cron: String(spec.schedule),
          tier,
          standard: standardCron(tier),
        }),
      };
    const hours = durationHours(spec.template?.ttl);
    if (hours === undefined || hours < keepDays(tier) * 24)
      return {
        problem: t('en', 'policy.finding.dr-velero.ttl', {
          name,
          ttl: spec.template?.ttl ?? msg('policy.part.server-default-ttl'),
          tier,
          days: keepDays(tier),
        }),
      };
    if (object.volume && spec.template?.snapshotMoveData !== true && spec.template?.defaultVolumesToFsBackup !== true) {
      return { problem: t('en', 'policy.finding.dr-velero.snapshots', { name }) };
    }
    const where = this.locationCenter(schedule);
    return 'problem' in where
      ? { problem: t('en', 'policy.finding.dr-velero.location', { name, problem: where.problem }) }
      : where;
  }

  /** Why an object is not backed up by Velero in `tier` to the centers the tier needs, or undefined. */
  private objectProblem(object: Protected, tier: DataTier): string | undefined {
    const provider = providerOf(object.resource);
    const name = String(object.resource.props.metadata?.name ?? object.resource.name);
    const covering = this.schedules.filter(
      (schedule) => providerOf(schedule) === provider && takes(schedule.props.spec?.template ?? {}, object),
    );
    const kind = msg(object.kind === 'volume' ? 'policy.part.kind.volume' : 'policy.part.kind.deployment');
    if (covering.length === 0) return t('en', 'policy.finding.dr-velero.uncovered', { kind, name });
    const results = covering.map((schedule) => this.scheduleFor(schedule, object, tier));
    const centers = new Set(results.flatMap((result) => ('center' in result ? [result.center] : [])));
    centers.delete(provider);
    const needed = TIER_NEEDS[tier].centers;
    if (centers.size >= needed.length) return undefined;
    const reasons = results.flatMap((result) => ('problem' in result ? [result.problem] : []));
    const values = { kind, name, count: centers.size, tier, needed: needed.length, centers: needed.join(', ') };
    return reasons.length > 0
      ? t('en', 'policy.finding.dr-velero.copies-because', { ...values, problems: reasons.join('; ') })
      : t('en', 'policy.finding.dr-velero.copies', values);
  }

  /** Each of a system's volumes and Deployments Velero does not back up in its tier, as sentences. */
  problemsOf(system: number, tier: BackupTier): string[] {
    if (tier === 'none') return [];
    return (this.objects.get(system) ?? []).flatMap((object) => {
      // An object labelled with a better tier than its system's is judged at that tier.
      const own = label(object.resource.props, BACKUP_TIER_LABEL) as BackupTier | undefined;
      const judged = own && TIER_RANK[own] > TIER_RANK[tier] ? (own as DataTier) : tier;
      const problem = this.objectProblem(object, judged);
      return problem ? [problem] : [];
    });
  }
}
