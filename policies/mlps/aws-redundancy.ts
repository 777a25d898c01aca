// GB/T 22239-2019 8.1.4.9 (数据备份恢复) at level 3: c) 应提供重要数据处理系统的热冗余，保证系统的高可用性
// (hot redundancy of key data processing systems, for high availability). It is a level-3 requirement,
// not a backup tier: a silver or bronze database of a level-3 system needs it as much as a gold one.
// Level 2 asks for backups only, so level-2 databases may run in one zone. On AWS, hot redundancy of an
// RDS instance is a synchronous standby in a second availability zone (multiAz); a read replica in the
// remote center is a copy for disaster recovery, and follows its source (gold-tier-multi-az as well).
import * as aws from '@pulumi/aws';
import { validateResourceOfType, type ResourceValidationPolicy } from '@pulumi/policy';
import { tagsOf } from '../../components/resource-facts';
import { definePolicy } from '../meta';
import { isSet } from '../unknowns';
import { msg, t } from '../../document/i18n';

export const MLPS_LEVEL_TAG = 'envcloud:mlps-level';

export interface HotRedundancyConfig {
  /** The lowest MLPS level whose databases must be multi-AZ; at most 3, so the pack is never weaker than the standard. */
  fromLevel: number;
}

export const mlpsDatabaseMultiAz = definePolicy<ResourceValidationPolicy>(
  {
    name: 'mlps-database-multi-az',
    configSchema: { properties: { fromLevel: { type: 'integer', minimum: 1, maximum: 3, default: 3 } } },
    validateResource: validateResourceOfType(aws.rds.Instance, (db, args, reportViolation) => {
      if (isSet(() => db.replicateSourceDb)) return;
      const { fromLevel } = args.getConfig<HotRedundancyConfig>();
      const level = Number(tagsOf(db)[MLPS_LEVEL_TAG]);
      // An untagged database is `aws-resource-tags`'s finding; it is judged at level 3 here, the platform's floor for data.
      const judgedLevel = Number.isFinite(level) && level > 0 ? level : 3;
      if (judgedLevel >= fromLevel && db.multiAz !== true) {
        const which =
          judgedLevel === level
            ? msg('policy.part.mlps-level-database', { level })
            : msg('policy.part.untagged-database', { tag: MLPS_LEVEL_TAG });
        reportViolation(t('en', 'policy.finding.mlps-database-multi-az.single', { which }));
      }
    }),
  },
  {
    severity: 'high',
    judges: { types: ['aws:rds/instance:Instance'], what: t('en', 'policy.what.rds-databases') },
    manifestField: ['spec', 'protection', 'mlpsLevel'],
    clause: 'GB/T 22239-2019 8.1.4.9 c) (数据备份恢复: 重要数据处理系统的热冗余)',
    en: {
      description: 'Databases of MLPS level-3 systems run with a hot standby in a second availability zone',
      remediation: 'Set multiAz: true (AwsSystemData does for MLPS level 3 and for gold).',
    },
    zh: {
      description: '等保三级系统的数据库须在第二个可用区设热备（多可用区部署）',
      remediation: '设置 multiAz: true（AwsSystemData 组件对等保三级及金级自动设置）。',
    },
  },
);
