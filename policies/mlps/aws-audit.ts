import * as aws from '@pulumi/aws';
import { validateResourceOfType, type ResourceValidationPolicy, type StackValidationPolicy } from '@pulumi/policy';
import { listOf, statementsOf } from '../iam-document';
import { definePolicy } from '../meta';
import { judgeAll } from '../unknowns';
import { BUCKET_TYPE, judgeBucketCompanions } from './bucket-companions';
import { BUCKET_CLAIM_TYPE, isSystemClaim, judgeClaimVersioning, VERSIONING_TYPE } from './claim-versioning';
import { t } from '../../document/i18n';

const MLPS_AUDIT = 'GB/T 22239-2019 8.1.4.3 (安全审计), 网络安全法第二十一条 (日志留存不少于六个月)';

export const cloudtrailMultiRegionValidated = definePolicy<ResourceValidationPolicy>(
  {
    name: 'cloudtrail-multi-region-validated',
    validateResource: validateResourceOfType(aws.cloudtrail.Trail, (trail, _args, reportViolation) =>
      // Independent checks: a key created in the same run is unknown during a preview and hides nothing else.
      judgeAll((gaps) => {
        gaps.judge('regions', () => {
          if (trail.isMultiRegionTrail !== true)
            reportViolation(t('en', 'policy.finding.cloudtrail-multi-region-validated.regions'));
        });
        gaps.judge('log file validation', () => {
          if (trail.enableLogFileValidation !== true)
            reportViolation(t('en', 'policy.finding.cloudtrail-multi-region-validated.validation'));
        });
        gaps.judge('encryption', () => {
          if (!trail.kmsKeyId) reportViolation(t('en', 'policy.finding.cloudtrail-multi-region-validated.encryption'));
        });
      }),
    ),
  },
  {
    severity: 'high',
    judges: { types: ['aws:cloudtrail/trail:Trail'] },
    clause: MLPS_AUDIT,
    en: {
      description: 'The audit trail covers all regions, is tamper-evident and encrypted',
      remediation: 'Let AwsCenter create the trail (auditTrail: true in the primary center).',
    },
    zh: {
      description: '审计跟踪须覆盖所有区域、启用日志完整性校验并加密',
      remediation: '由主中心的 AwsCenter 组件创建审计跟踪。',
    },
  },
);

export interface RetentionConfig {
  minimumDays: number;
}

export const logRetentionMinimum = definePolicy<ResourceValidationPolicy>(
  {
    name: 'log-retention-minimum',
    configSchema: { properties: { minimumDays: { type: 'integer', minimum: 180, default: 180 } } },
    validateResource: validateResourceOfType(aws.cloudwatch.LogGroup, (group, args, reportViolation) => {
      const { minimumDays } = args.getConfig<RetentionConfig>();
      // 0 or unset means the logs never expire, which keeps them long enough.
      const days = group.retentionInDays ?? 0;
      if (days !== 0 && days < minimumDays)
        reportViolation(t('en', 'policy.finding.log-retention-minimum.short', { days, minimum: minimumDays }));
    }),
  },
  {
    severity: 'high',
    judges: { types: ['aws:cloudwatch/logGroup:LogGroup'] },
    stackConfigKey: 'envcloud:logRetentionDays',
    clause: MLPS_AUDIT,
    en: {
      description: 'Audit and flow logs are kept at least 180 days',
      remediation: 'Set retentionInDays to 180 or more (envcloud:logRetentionDays).',
    },
    zh: {
      description: '审计日志与流日志至少保存 180 天',
      remediation: '将 retentionInDays 设为不少于 180（envcloud:logRetentionDays）。',
    },
  },
);

export const eksPrivateEncrypted = definePolicy<ResourceValidationPolicy>(
  {
    name: 'eks-private-encrypted',
    validateResource: validateResourceOfType(aws.eks.Cluster, (cluster, _args, reportViolation) =>
      judgeAll((gaps) => {
        gaps.judge('endpoint', () => {
          if (cluster.vpcConfig?.endpointPublicAccess !== false)
            reportViolation(t('en', 'policy.finding.eks-private-encrypted.endpoint'));
        });
        gaps.judge('secrets encryption', () => {
          const encrypted =
            cluster.encryptionConfig?.resources?.includes('secrets') && cluster.encryptionConfig.provider?.keyArn;
          if (!encrypted) reportViolation(t('en', 'policy.finding.eks-private-encrypted.secrets'));
        });
      }),
    ),
  },
  {
    severity: 'critical',
    judges: { types: ['aws:eks/cluster:Cluster'] },
    clause: 'GB/T 22239-2019 8.1.3.1 (边界防护); 8.1.4.8 (数据保密性)',
    en: {
      description: 'Clusters have a private API endpoint and encrypted secrets',
      remediation: 'Let AwsCenter create the cluster.',
    },
    zh: { description: '集群 API 不得公网访问，集群密钥须加密', remediation: '由 AwsCenter 组件创建集群。' },
  },
);

export const s3VersioningEnabled = definePolicy<StackValidationPolicy>(
  {
    name: 's3-versioning-enabled',
    // AWS buckets and their BucketVersioning companions; on the clusters, each system's bucket claim (#12).
    validateStack: (args, reportViolation) =>
      judgeAll((gaps) => {
        gaps.judge('buckets', () =>
          judgeBucketCompanions(args, reportViolation, {
            type: VERSIONING_TYPE,
            what: t('en', 'policy.part.companion.versioning'),
            judge: (versioning, report) => {
              if (versioning.versioningConfiguration?.status !== 'Enabled')
                report(t('en', 'policy.finding.s3-versioning-enabled.disabled'));
            },
          }),
        );
        judgeClaimVersioning(args.resources, gaps, reportViolation);
      }),
  },
  {
    severity: 'medium',
    judges: {
      types: [BUCKET_TYPE, VERSIONING_TYPE, BUCKET_CLAIM_TYPE],
      where: (resource) => resource.type !== BUCKET_CLAIM_TYPE || isSystemClaim(resource),
      what: t('en', 'policy.what.buckets-or-claims'),
    },
    clause: 'GB/T 22239-2019 8.1.4.9 (数据备份恢复)',
    en: {
      description: 'Buckets keep earlier versions of every object',
      remediation:
        'Use SecureBucket on AWS, which enables versioning; on the clusters, let OnpremSystemData claim the bucket, which enables its versioning over S3 (envcloud:objectStoreUser).',
    },
    zh: {
      description: '存储桶须开启版本控制',
      remediation:
        'AWS 上使用启用了版本控制的 SecureBucket 组件；自有集群上由 OnpremSystemData 申领存储桶，并通过 S3 接口开启其版本控制（envcloud:objectStoreUser）。',
    },
  },
);

/** True when an IAM policy document grants every action on every resource. */
export function grantsFullAdmin(document: unknown): boolean {
  return statementsOf(document).some(
    (statement) =>
      statement.Effect === 'Allow' &&
      listOf(statement.Action).includes('*') &&
      listOf(statement.Resource).includes('*'),
  );
}

export const iamNoWildcardAdmin = definePolicy<ResourceValidationPolicy>(
  {
    name: 'iam-no-wildcard-admin',
    validateResource: [
      validateResourceOfType(aws.iam.Policy, (policy, _args, reportViolation) => {
        if (policy.policy && grantsFullAdmin(policy.policy))
          reportViolation(t('en', 'policy.finding.iam-no-wildcard-admin.policy'));
      }),
      validateResourceOfType(aws.iam.RolePolicy, (policy, _args, reportViolation) => {
        if (policy.policy && grantsFullAdmin(policy.policy))
          reportViolation(t('en', 'policy.finding.iam-no-wildcard-admin.role-policy'));
      }),
      validateResourceOfType(aws.iam.RolePolicyAttachment, (attachment, _args, reportViolation) => {
        if (String(attachment.policyArn).endsWith(':policy/AdministratorAccess'))
          reportViolation(t('en', 'policy.finding.iam-no-wildcard-admin.attachment'));
      }),
    ],
  },
  {
    severity: 'critical',
    judges: {
      types: [
        'aws:iam/policy:Policy',
        'aws:iam/rolePolicy:RolePolicy',
        'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
      ],
    },
    clause: 'GB/T 22239-2019 8.1.4.2 (访问控制: 最小权限)',
    en: {
      description: 'No role gets full administrator rights',
      remediation: 'Grant the actions and resources the role needs, nothing more.',
    },
    zh: { description: '任何角色不得拥有全部管理员权限', remediation: '仅授予角色所需的操作与资源。' },
  },
);

export const AWS_AUDIT_POLICIES = [
  cloudtrailMultiRegionValidated,
  logRetentionMinimum,
  eksPrivateEncrypted,
  s3VersioningEnabled,
  iamNoWildcardAdmin,
];
