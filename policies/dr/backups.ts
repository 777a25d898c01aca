import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { BACKUP_TIER_TAG } from '../../components/backup-topology';
import { BACKUP_TIERS, type BackupTier } from '../../model/domain';
import { TIER_NEEDS } from '../../stacks/topology';
import { dependsOn, ofType, providerOf } from '../cluster';
import { label, systemOf, tagsOf } from '../../components/resource-facts';
import { definePolicy } from '../meta';
import { isSet, judgeAll, type PreviewGaps } from '../unknowns';

const DR_CLAUSE = 'Plan §三(三).9 (“两地三中心”; 同城备份、异地灾备中心); GB/T 22239-2019 8.1.4.9 (数据备份恢复: 异地备份)';
/** Tiers from most to least protected: a volume may sit in a better tier than its system's, never a worse one. */
const TIER_RANK: Record<BackupTier, number> = { gold: 3, silver: 2, bronze: 1, none: 0 };
const SYSTEM_DATA_TYPES = ['aws:rds/instance:Instance', 'aws:s3/bucket:Bucket'];

function isReplica(resource: PolicyResource): boolean {
  return isSet(() => resource.props.replicateSourceDb);
}

/** AWS data of systems (not platform buckets), which the tier's backup plan must select. */
function systemData(resources: readonly PolicyResource[], gaps: PreviewGaps): PolicyResource[] {
  return resources.filter((resource) => SYSTEM_DATA_TYPES.includes(resource.type) && gaps.read(resource.name, () => Boolean(systemOf(resource.props)) && !isReplica(resource), false));
}

function tierOfClass(storageClass: unknown): BackupTier | undefined {
  const tier = typeof storageClass === 'string' ? storageClass.replace(/^envcloud-/, '') : '';
  return (BACKUP_TIERS as readonly string[]).includes(tier) ? (tier as BackupTier) : undefined;
}

export const statefulInBackupPlan = definePolicy<StackValidationPolicy>(
  {
    name: 'stateful-in-backup-plan',
    validateStack: (args, reportViolation) => {
      judgeAll((gaps) => {
        const selected = new Set(
          ofType(args.resources, 'aws:backup/selection:Selection').flatMap((selection) =>
            gaps.read(`selection ${selection.name}`, () => ((selection.props.selectionTags ?? []) as { key: string; value: string }[]).filter((tag) => tag.key === BACKUP_TIER_TAG).map((tag) => tag.value), []),
          ),
        );
        for (const resource of systemData(args.resources, gaps)) {
          gaps.judge(resource.name, () => {
            const tier = tagsOf(resource.props)[BACKUP_TIER_TAG];
            if (!tier || tier === 'none') reportViolation(`${resource.type.split(':').pop()} ${resource.name} holds system data but is in no backup tier (${BACKUP_TIER_TAG})`, resource.urn);
            else if (!selected.has(tier) && !gaps.leaveOpen(resource.name, 'a backup selection is not known yet')) {
              reportViolation(`${resource.type.split(':').pop()} ${resource.name} is tagged ${tier}, but no backup selection takes that tier`, resource.urn);
            }
          });
        }
        for (const claim of ofType(args.resources, 'kubernetes:core/v1:PersistentVolumeClaim')) {
          gaps.judge(`volume ${claim.name}`, () => {
            const wanted = (label(claim.props, 'backup-tier') ?? 'none') as BackupTier;
            const given = tierOfClass(claim.props.spec?.storageClassName);
            if (!given || given === 'none' || TIER_RANK[given] < TIER_RANK[wanted]) {
              reportViolation(`volume ${claim.name} is in storage class ${claim.props.spec?.storageClassName ?? '(default)'}, below its system's tier ${wanted}`, claim.urn);
            }
          });
        }
      });
    },
  },
  {
    severity: 'critical',
    manifestField: ['spec', 'protection', 'backup'],
    stackConfigKey: 'envcloud:centers',
    clause: DR_CLAUSE,
    en: { description: 'Every stateful resource is in the backup plan of its tier', remediation: 'Tag data with envcloud:backup-tier (AwsSystemData does) and keep volumes in the envcloud-<tier> storage class.' },
    zh: { description: '所有有状态资源须纳入其等级的备份计划', remediation: '为数据打上 envcloud:backup-tier 标签（AwsSystemData 自动添加），卷使用 envcloud-<等级> 存储类。' },
  },
);

/** The tiers systems in this stack declare, from their labels and tags. */
function declaredTiers(resources: readonly PolicyResource[], gaps: PreviewGaps): Set<BackupTier> {
  const tiers = new Set<BackupTier>();
  for (const resource of resources) {
    gaps.judge(resource.name, () => {
      if (!systemOf(resource.props)) return;
      const tier = (label(resource.props, 'backup-tier') ?? tagsOf(resource.props)[BACKUP_TIER_TAG]) as BackupTier | undefined;
      if (tier && tier !== 'none') tiers.add(tier);
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
        const onAws = vaults.length > 0;
        for (const tier of declaredTiers(args.resources, gaps)) {
          gaps.judge(`the ${tier} tier`, () => {
            const needed = TIER_NEEDS[tier].centers.length;
            if (onAws) {
              const plan = plans.find((candidate) => ((candidate.props.rules ?? []) as { ruleName?: string }[]).some((rule) => rule.ruleName === tier));
              if (!plan) return reportViolation(`systems declare the ${tier} tier but no backup plan has a ${tier} rule`);
              const copies = new Set(vaults.filter((vault) => dependsOn(plan, vault) && providerOf(vault) !== providerOf(plan)).map(providerOf));
              if (copies.size < needed) reportViolation(`the ${tier} backup plan copies to ${copies.size} other center(s); the tier needs ${needed} (${TIER_NEEDS[tier].centers.join(', ')})`, plan.urn);
            } else {
              const clusters = new Set(
                ofType(args.resources, 'kubernetes:storage.k8s.io/v1:StorageClass')
                  .filter((storageClass) => storageClass.props.metadata?.name === `envcloud-${tier}`)
                  .map(providerOf),
              );
              if (clusters.size < needed + 1) reportViolation(`the ${tier} tier needs its storage class in ${needed + 1} centers; it is in ${clusters.size}`);
            }
          });
        }
        if (!onAws) return;
        const databases = ofType(args.resources, 'aws:rds/instance:Instance');
        for (const database of databases.filter((db) => !isReplica(db))) {
          gaps.judge(`database ${database.name}`, () => {
            if (tagsOf(database.props)[BACKUP_TIER_TAG] !== 'gold') return;
            const replicas = databases.filter((candidate) => isReplica(candidate) && dependsOn(candidate, database));
            if (!replicas.some((replica) => providerOf(replica) !== providerOf(database))) reportViolation(`gold database ${database.name} has no replica in another center`, database.urn);
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
            if (involved.length === 0) reportViolation(`${tier} bucket ${bucket.name} is not replicated to the remote center`, bucket.urn);
          });
        }
      }),
  },
  {
    severity: 'critical',
    manifestField: ['spec', 'protection', 'backup'],
    stackConfigKey: 'envcloud:centers',
    clause: DR_CLAUSE,
    en: {
      description: "Each system's declared tier is realised: a backup plan with copies to the centers the tier needs, a remote replica for gold databases, replication for gold and silver buckets",
      remediation: 'Give the stack the centers its tiers need (envcloud:centers) or lower the tier in the manifest; keep BackupTopology and AwsSystemData.',
    },
    zh: { description: '系统声明的灾备等级须落实：备份计划复制到所需中心，金级数据库有异地副本，金银级存储桶跨中心复制', remediation: '为栈配置所需的中心（envcloud:centers），或在清单中降低等级；保留 BackupTopology 与 AwsSystemData 组件。' },
  },
);

export const DR_POLICIES = [statefulInBackupPlan, drTierRealised];
