import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import type { BackupTier } from '../../model/domain';
import {
  BACKUP_TIER_LABEL,
  BACKUP_TIER_TAG,
  isDataTier,
  storageClassOf,
  TIER_NEEDS,
  TIER_RANK,
  tierOfStorageClass,
  type DataTier,
} from '../../model/tiers';
import { dependsOn, ofType, providerOf } from '../cluster';
import { label, systemOf, tagsOf } from '../../components/resource-facts';
import { definePolicy, type JudgedResource } from '../meta';
import { recordOf, systemName } from '../seed/records';
import { isSet, judgeAll, type PreviewGaps } from '../unknowns';
import { dataRecordOf, holderTypes, judgeDeclaredData, StackData } from './declared-data';
import { VeleroCoverage } from './velero';
import { platformSelectedTiers, platformViewOf, type PlatformView } from './platform-backups';
import { k8sRestoreTestMonthly } from './restore-test';
import { msg, t } from '../../document/i18n';

const DR_CLAUSE =
  'Plan §三(三).9 (“两地三中心”; 同城备份、异地灾备中心); GB/T 22239-2019 8.1.4.9 (数据备份恢复: 异地备份)';
const SYSTEM_DATA_TYPES = ['aws:rds/instance:Instance', 'aws:s3/bucket:Bucket'];

function isReplica(resource: PolicyResource): boolean {
  return isSet(() => resource.props.replicateSourceDb);
}

/** AWS data of systems (not platform buckets), which the tier's backup plan must select. */
function systemData(resources: readonly PolicyResource[], gaps: PreviewGaps): PolicyResource[] {
  return resources.filter(
    (resource) =>
      SYSTEM_DATA_TYPES.includes(resource.type) &&
      gaps.read(resource.name, () => Boolean(systemOf(resource.props)) && !isReplica(resource), false),
  );
}

/** Whether a resource is system data the backup plan must select: a system's database or bucket, not a replica. */
function isSystemData(resource: JudgedResource): boolean {
  return (
    SYSTEM_DATA_TYPES.includes(resource.type) && Boolean(systemOf(resource.props)) && !resource.props.replicateSourceDb
  );
}

/** Each system judged on its declared stored data, against what the stack holds. */
function judgeSystems(
  resources: readonly PolicyResource[],
  gaps: PreviewGaps,
  judge: (record: NonNullable<ReturnType<typeof dataRecordOf>>, data: StackData, resource: PolicyResource) => void,
): void {
  const records = resources.flatMap((resource) => {
    const record = gaps.read(resource.name, () => dataRecordOf(resource), undefined);
    return record ? [{ record, resource }] : [];
  });
  if (records.length === 0) return;
  const data = new StackData(resources, gaps);
  for (const { record, resource } of records) gaps.judge(systemName(record), () => judge(record, data, resource));
}

export const statefulInBackupPlan = definePolicy<StackValidationPolicy>(
  {
    name: 'stateful-in-backup-plan',
    validateStack: (args, reportViolation) => {
      judgeAll((gaps) => {
        const selected = new Set(
          ofType(args.resources, 'aws:backup/selection:Selection').flatMap((selection) =>
            gaps.read(
              `selection ${selection.name}`,
              () =>
                ((selection.props.selectionTags ?? []) as { key: string; value: string }[])
                  .filter((tag) => tag.key === BACKUP_TIER_TAG)
                  .map((tag) => tag.value),
              [],
            ),
          ),
        );
        // A systems-only stack's data is selected by its platform stack's plans (platform-backups.ts).
        const platform = platformViewOf(args.resources);
        for (const tier of platformSelectedTiers(platform)) selected.add(tier);
        const data = systemData(args.resources, gaps);
        if (platform.kind === 'unexported' && data.length > 0)
          reportViolation(t('en', 'policy.finding.dr.platform-unexported', { stack: platform.stack }));
        for (const resource of platform.kind === 'unexported' ? [] : data) {
          gaps.judge(resource.name, () => {
            const tier = tagsOf(resource.props)[BACKUP_TIER_TAG];
            if (!tier || tier === 'none')
              reportViolation(
                t('en', 'policy.finding.stateful-in-backup-plan.no-tier', {
                  kind: resource.type.split(':').pop()!,
                  name: resource.name,
                  tag: BACKUP_TIER_TAG,
                }),
                resource.urn,
              );
            else if (!selected.has(tier) && platform.kind === 'unknown') throw platform.error;
            else if (!selected.has(tier) && !gaps.leaveOpen(resource.name, 'a backup selection is not known yet')) {
              reportViolation(
                t('en', 'policy.finding.stateful-in-backup-plan.unselected', {
                  kind: resource.type.split(':').pop()!,
                  name: resource.name,
                  tier,
                }),
                resource.urn,
              );
            }
          });
        }
        judgeSystems(args.resources, gaps, (record, data, resource) => {
          if (record.backupTier === 'none')
            return reportViolation(
              t('en', 'policy.finding.stateful-in-backup-plan.system-no-tier', { system: systemName(record) }),
              resource.urn,
            );
          const { unheld } = judgeDeclaredData(record, data);
          if (
            unheld.length === 0 ||
            (data.incomplete &&
              gaps.leaveOpen(systemName(record), 'some resources that may hold its data are not known yet'))
          )
            return;
          reportViolation(
            t('en', 'policy.finding.stateful-in-backup-plan.unheld', {
              system: systemName(record),
              items: unheld.map((item) => item.label).join(', '),
              types: holderTypes(unheld),
            }),
            resource.urn,
          );
        });
        for (const claim of ofType(args.resources, 'kubernetes:core/v1:PersistentVolumeClaim')) {
          gaps.judge(`volume ${claim.name}`, () => {
            const wanted = (label(claim.props, BACKUP_TIER_LABEL) ?? 'none') as BackupTier;
            const given = tierOfStorageClass(claim.props.spec?.storageClassName);
            if (!given || given === 'none' || TIER_RANK[given] < TIER_RANK[wanted]) {
              reportViolation(
                t('en', 'policy.finding.stateful-in-backup-plan.volume-tier', {
                  name: claim.name,
                  storageClass: claim.props.spec?.storageClassName ?? msg('policy.part.default'),
                  tier: wanted,
                }),
                claim.urn,
              );
            }
          });
        }
      });
    },
  },
  {
    severity: 'critical',
    judges: {
      types: [...SYSTEM_DATA_TYPES, 'kubernetes:core/v1:PersistentVolumeClaim', 'kubernetes:core/v1:ConfigMap'],
      where: (resource) =>
        resource.type === 'kubernetes:core/v1:PersistentVolumeClaim' ||
        isSystemData(resource) ||
        dataRecordOf(resource) !== undefined,
      what: t('en', 'policy.what.stored-data'),
    },
    manifestField: ['spec', 'protection', 'backup'],
    stackConfigKey: 'envcloud:centers',
    clause: DR_CLAUSE,
    en: {
      description:
        'Every stateful resource is in the backup plan of its tier, and every system’s declared stored data is held by a resource of the stack',
      remediation:
        'Tag data with envcloud:backup-tier (AwsSystemData does) and keep volumes in the envcloud-<tier> storage class.',
    },
    zh: {
      description: '所有有状态资源须纳入其等级的备份计划，系统声明存储的数据须由栈中资源承载',
      remediation: '为数据打上 envcloud:backup-tier 标签（AwsSystemData 自动添加），卷使用 envcloud-<等级> 存储类。',
    },
  },
);

/** A tier of a systems-only stack on AWS, judged by its platform stack's exported plans. */
function judgePlatformTier(
  platform: Extract<PlatformView, { kind: 'platform' }>,
  tier: DataTier,
  reportViolation: (message: string) => void,
): void {
  const roles = platform.backups.copies[tier];
  const needed = TIER_NEEDS[tier].centers;
  if (!roles)
    return reportViolation(
      t('en', 'policy.finding.dr-tier-realised.platform-no-tier', { tier, stack: platform.stack }),
    );
  const copies = needed.filter((role) => roles.includes(role)).length;
  if (copies < needed.length)
    reportViolation(
      t('en', 'policy.finding.dr-tier-realised.platform-copies', {
        stack: platform.stack,
        tier,
        copies,
        needed: needed.length,
        centers: needed.join(', '),
      }),
    );
}

/** The data tiers the stack's backup plans have a rule for (`ruleName` is the tier, BackupTopology). */
function planTiers(plans: readonly PolicyResource[], gaps: PreviewGaps): DataTier[] {
  return plans.flatMap((plan) =>
    gaps.read(
      `plan ${plan.name}`,
      () => ((plan.props.rules ?? []) as { ruleName?: string }[]).map((rule) => rule.ruleName).filter(isDataTier),
      [],
    ),
  );
}

/** The tiers systems in this stack declare, from their labels and tags. */
function declaredTiers(resources: readonly PolicyResource[], gaps: PreviewGaps): Set<DataTier> {
  const tiers = new Set<DataTier>();
  for (const resource of resources) {
    gaps.judge(resource.name, () => {
      if (!systemOf(resource.props)) return;
      const tier = label(resource.props, BACKUP_TIER_LABEL) ?? tagsOf(resource.props)[BACKUP_TIER_TAG];
      if (isDataTier(tier)) tiers.add(tier);
    });
  }
  return tiers;
}

export const drTierRealised = definePolicy<StackValidationPolicy>(
  {
    name: 'dr-tier-realised',
    validateStack: (args, reportViolation) =>
      judgeAll((gaps) => {
        const plans = ofType(args.resources, 'aws:backup/plan:Plan');
        const vaults = ofType(args.resources, 'aws:backup/vault:Vault');
        const platform = platformViewOf(args.resources);
        // AWS or the clusters by what the stack runs on: a systems-only stack holds no vault, and runs on
        // AWS only (a kubeconfig one is refused, stacks/config.ts), a website-only wave holding no AWS resource too.
        const onAws = vaults.length > 0 || platform.kind !== 'own';
        // The tiers the systems declare, and on AWS each tier a backup plan offers: a platform stack holding
        // no system judged nothing, and its plans were trusted by every wave stack that reads `backups`.
        const tiers = declaredTiers(args.resources, gaps);
        if (vaults.length > 0) for (const tier of planTiers(plans, gaps)) tiers.add(tier);
        if (platform.kind === 'unexported' && onAws && tiers.size > 0)
          reportViolation(t('en', 'policy.finding.dr.platform-unexported', { stack: platform.stack }));
        for (const tier of tiers) {
          gaps.judge(`the ${tier} tier`, () => {
            const needed = TIER_NEEDS[tier].centers.length;
            if (onAws && plans.length === 0 && platform.kind !== 'own') {
              if (platform.kind === 'unknown') throw platform.error;
              if (platform.kind === 'platform') judgePlatformTier(platform, tier, reportViolation);
            } else if (onAws) {
              const plan = plans.find((candidate) =>
                ((candidate.props.rules ?? []) as { ruleName?: string }[]).some((rule) => rule.ruleName === tier),
              );
              if (!plan) return reportViolation(t('en', 'policy.finding.dr-tier-realised.no-plan-rule', { tier }));
              const copies = new Set(
                vaults
                  .filter((vault) => dependsOn(plan, vault) && providerOf(vault) !== providerOf(plan))
                  .map(providerOf),
              );
              if (copies.size < needed)
                reportViolation(
                  t('en', 'policy.dr.plan-copies', {
                    tier,
                    copies: copies.size,
                    needed,
                    centers: TIER_NEEDS[tier].centers.join(', '),
                  }),
                  plan.urn,
                );
            } else {
              const clusters = new Set(
                ofType(args.resources, 'kubernetes:storage.k8s.io/v1:StorageClass')
                  .filter((storageClass) => storageClass.props.metadata?.name === storageClassOf(tier))
                  .map(providerOf),
              );
              if (clusters.size < needed + 1)
                reportViolation(
                  t('en', 'policy.finding.dr-tier-realised.storage-classes', {
                    tier,
                    needed: needed + 1,
                    count: clusters.size,
                  }),
                );
            }
          });
        }
        // Each system's tier is realised only for data the stack holds, backed up in that tier.
        judgeSystems(args.resources, gaps, (record, data, resource) => {
          if (record.backupTier === 'none') return;
          const { unheld, unbacked } = judgeDeclaredData(record, data);
          // Data the platform stack may select, while its outputs are not known: open, not failed.
          if (unbacked.length > 0 && data.platform.kind === 'unknown') throw data.platform.error;
          if (
            unheld.length > 0 &&
            data.incomplete &&
            gaps.leaveOpen(systemName(record), 'some resources that may hold its data are not known yet')
          )
            return;
          const problems = [
            ...unheld.map((item) => t('en', 'policy.finding.dr-tier-realised.unheld-item', { label: item.label })),
            ...unbacked.map(({ item, problem }) =>
              t('en', 'policy.finding.dr-tier-realised.unbacked-item', { label: item.label, problem }),
            ),
          ];
          if (problems.length > 0)
            reportViolation(
              t('en', 'policy.finding.dr-tier-realised.data', {
                system: systemName(record),
                tier: record.backupTier,
                problems: problems.join('; '),
              }),
              resource.urn,
            );
        });
        if (!onAws) {
          // On the clusters, Velero backs up each system's volumes and the objects of its namespace.
          const velero = new VeleroCoverage(args.resources, gaps);
          for (const resource of args.resources) {
            const record = gaps.read(resource.name, () => recordOf(resource), undefined);
            if (!record || record.backupTier === 'none') continue;
            gaps.judge(systemName(record), () => {
              const problems = velero.problemsOf(record.number, record.backupTier as BackupTier);
              if (problems.length > 0)
                reportViolation(
                  t('en', 'policy.finding.dr-tier-realised.velero', {
                    system: systemName(record),
                    tier: record.backupTier,
                    problems: problems.join('; '),
                  }),
                  resource.urn,
                );
            });
          }
          return;
        }
        const databases = ofType(args.resources, 'aws:rds/instance:Instance');
        for (const database of databases.filter((db) => !isReplica(db))) {
          gaps.judge(`database ${database.name}`, () => {
            if (tagsOf(database.props)[BACKUP_TIER_TAG] !== 'gold') return;
            const replicas = databases.filter((candidate) => isReplica(candidate) && dependsOn(candidate, database));
            if (!replicas.some((replica) => providerOf(replica) !== providerOf(database)))
              reportViolation(t('en', 'policy.dr.database-replica', { name: database.name }), database.urn);
          });
        }
        const replications = ofType(args.resources, 'aws:s3/bucketReplicationConfig:BucketReplicationConfig');
        for (const bucket of ofType(args.resources, 'aws:s3/bucket:Bucket')) {
          gaps.judge(`bucket ${bucket.name}`, () => {
            const tier = tagsOf(bucket.props)[BACKUP_TIER_TAG] ?? '';
            if (!['gold', 'silver'].includes(tier)) return;
            const involved = replications.filter((config) => dependsOn(config, bucket));
            // A replication configuration lives beside its source; a bucket it reaches in another center is the replica.
            if (involved.some((config) => providerOf(config) !== providerOf(bucket))) return;
            if (involved.length === 0)
              reportViolation(t('en', 'policy.dr.bucket-replica', { tier, name: bucket.name }), bucket.urn);
          });
        }
      }),
  },
  {
    severity: 'critical',
    judges: {
      types: ['*'],
      // Any resource of a system in a backup tier (its record, workloads, data), and a backup plan.
      where: (resource) =>
        resource.type === 'aws:backup/plan:Plan' ||
        (systemOf(resource.props) !== undefined &&
          ![undefined, 'none'].includes(
            label(resource.props, BACKUP_TIER_LABEL) ?? tagsOf(resource.props)[BACKUP_TIER_TAG],
          )),
      what: t('en', 'policy.what.backup-tier-systems'),
    },
    manifestField: ['spec', 'protection', 'backup'],
    stackConfigKey: 'envcloud:centers',
    clause: DR_CLAUSE,
    en: {
      description:
        "Each system's declared tier is realised: its stored data held and backed up in the tier, a backup plan with copies to the centers the tier needs, a remote replica for gold databases, replication for gold and silver buckets",
      remediation:
        'Give the stack the centers its tiers need (envcloud:centers) or lower the tier in the manifest; keep BackupTopology and AwsSystemData.',
    },
    zh: {
      description:
        '系统声明的灾备等级须落实：所存数据由栈中资源承载并按等级备份，备份计划复制到所需中心，金级数据库有异地副本，金银级存储桶跨中心复制',
      remediation:
        '为栈配置所需的中心（envcloud:centers），或在清单中降低等级；保留 BackupTopology 与 AwsSystemData 组件。',
    },
  },
);

export const DR_POLICIES = [statefulInBackupPlan, drTierRealised, k8sRestoreTestMonthly];
