import * as aws from '@pulumi/aws';
import {
  validateResourceOfType,
  type PolicyResource,
  type ResourceValidationPolicy,
  type StackValidationPolicy,
} from '@pulumi/policy';
import { BACKUP_TIER_TAG } from '../../model/tiers';
import { dependsOn, ofType } from '../cluster';
import { tagsOf } from '../../components/resource-facts';
import { listOf, statementsOf } from '../iam-document';
import { definePolicy } from '../meta';
import { isSet, judgeAll } from '../unknowns';
import { isAccessLogBucket } from './aws-access-logging';
import { BUCKET_TYPE, judgeBucketCompanions } from './bucket-companions';
import { t } from '../../document/i18n';

const MLPS_ENCRYPTION = 'GB/T 22239-2019 8.1.4.8 (数据保密性: 重要数据存储保密性)';
const MLPS_BOUNDARY = 'GB/T 22239-2019 8.1.3.1 (边界防护)';
const MLPS_BACKUP = 'GB/T 22239-2019 8.1.4.9 (数据备份恢复)';

export const s3EncryptionCustomerKey = definePolicy<StackValidationPolicy>(
  {
    name: 's3-encryption-customer-key',
    validateStack: (args, reportViolation) =>
      judgeBucketCompanions(args, reportViolation, {
        type: 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
        what: t('en', 'policy.part.companion.encryption'),
        judge: (config, report, buckets) => {
          const rule = config.rules?.[0]?.applyServerSideEncryptionByDefault;
          // AWS supports only SSE-S3 default encryption on a server access log destination (components/access-log-bucket.ts).
          if (rule?.sseAlgorithm === 'AES256' && buckets.length > 0 && buckets.every(isAccessLogBucket)) return;
          // The algorithm is judged before the key, so an unknown key (created in this run) cannot hide AES256.
          if (rule?.sseAlgorithm !== 'aws:kms') report(t('en', 'policy.finding.s3-encryption-customer-key.kms'));
          else if (!rule.kmsMasterKeyId) report(t('en', 'policy.finding.s3-encryption-customer-key.kms'));
        },
      }),
  },
  {
    severity: 'high',
    judges: {
      types: [BUCKET_TYPE, 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration'],
    },
    clause: MLPS_ENCRYPTION,
    en: {
      description: 'Buckets are encrypted at rest with a customer-managed key',
      remediation: 'Use SecureBucket, or set sseAlgorithm aws:kms and the platform key as kmsMasterKeyId.',
    },
    zh: {
      description: '对象存储须使用客户管理密钥加密存储',
      remediation: '使用 SecureBucket 组件，或将 sseAlgorithm 设为 aws:kms 并指定平台密钥。',
    },
  },
);

const PUBLIC_ACCESS_SETTINGS = [
  'blockPublicAcls',
  'blockPublicPolicy',
  'ignorePublicAcls',
  'restrictPublicBuckets',
] as const;

export const s3PublicAccessBlocked = definePolicy<StackValidationPolicy>(
  {
    name: 's3-public-access-blocked',
    validateStack: (args, reportViolation) =>
      judgeBucketCompanions(args, reportViolation, {
        type: 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock',
        what: t('en', 'policy.part.companion.public-access'),
        judge: (block, report) => {
          const open = PUBLIC_ACCESS_SETTINGS.filter((field) => block[field] !== true);
          if (open.length > 0)
            report(t('en', 'policy.finding.s3-public-access-blocked.open', { settings: open.join(', ') }));
        },
      }),
  },
  {
    severity: 'critical',
    judges: { types: [BUCKET_TYPE, 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock'] },
    clause: MLPS_BOUNDARY,
    en: {
      description: 'No bucket is reachable from the public internet',
      remediation: 'Set all four public access block settings to true.',
    },
    zh: { description: '对象存储不得对互联网公开', remediation: '将公共访问阻止的四项设置全部设为 true。' },
  },
);

export const rdsEncryptedPrivateProtected = definePolicy<ResourceValidationPolicy>(
  {
    name: 'rds-encrypted-private-protected',
    validateResource: validateResourceOfType(aws.rds.Instance, (db, _args, reportViolation) =>
      // Three independent checks: the key ARN is unknown during a preview when the key is created in
      // the same run, and must not hide a public or unprotected database.
      judgeAll((gaps) => {
        gaps.judge('encryption', () => {
          if (db.storageEncrypted !== true || !db.kmsKeyId)
            reportViolation(t('en', 'policy.finding.rds-encrypted-private-protected.encryption'));
        });
        gaps.judge('public access', () => {
          if (db.publiclyAccessible === true)
            reportViolation(t('en', 'policy.finding.rds-encrypted-private-protected.public'));
        });
        gaps.judge('deletion protection', () => {
          if (db.deletionProtection !== true)
            reportViolation(t('en', 'policy.finding.rds-encrypted-private-protected.deletion'));
        });
      }),
    ),
  },
  {
    severity: 'critical',
    judges: { types: ['aws:rds/instance:Instance'] },
    clause: `${MLPS_ENCRYPTION}; ${MLPS_BOUNDARY}; ${MLPS_BACKUP}`,
    en: {
      description: 'Databases are encrypted with the customer key, private, and protected against deletion',
      remediation:
        'Use AwsSystemData, or set storageEncrypted, kmsKeyId, publiclyAccessible false and deletionProtection.',
    },
    zh: {
      description: '数据库须以客户密钥加密、不公开访问并开启删除保护',
      remediation:
        '使用 AwsSystemData 组件，或设置 storageEncrypted、kmsKeyId、publiclyAccessible=false 与 deletionProtection。',
    },
  },
);

export const backupVaultCustomerKey = definePolicy<ResourceValidationPolicy>(
  {
    name: 'backup-vault-customer-key',
    validateResource: validateResourceOfType(aws.backup.Vault, (vault, _args, reportViolation) => {
      if (!vault.kmsKeyArn) reportViolation(t('en', 'policy.finding.backup-vault-customer-key.key'));
    }),
  },
  {
    severity: 'high',
    judges: { types: ['aws:backup/vault:Vault'] },
    clause: `${MLPS_ENCRYPTION}; ${MLPS_BACKUP}`,
    en: {
      description: 'Backup vaults are encrypted with the customer key',
      remediation: 'Set kmsKeyArn to the center key.',
    },
    zh: { description: '备份库须以客户密钥加密', remediation: '将 kmsKeyArn 设为本中心密钥。' },
  },
);

/** Whether a bucket policy document denies every request made without TLS. */
export function deniesInsecureTransport(document: unknown): boolean {
  return statementsOf(document).some((statement) => {
    const bool = (statement.Condition as { Bool?: Record<string, unknown> } | undefined)?.Bool;
    return statement.Effect === 'Deny' && listOf(bool?.['aws:SecureTransport']).includes('false');
  });
}

export const s3TlsOnly = definePolicy<StackValidationPolicy>(
  {
    name: 's3-tls-only',
    validateStack: (args, reportViolation) => {
      const policies = ofType(args.resources, 'aws:s3/bucketPolicy:BucketPolicy');
      // During a preview a new bucket's policy text is not known yet (it names the bucket's ARN): that
      // bucket is left open and judged on the update; every other bucket is judged now.
      judgeAll((gaps) => {
        for (const bucket of ofType(args.resources, BUCKET_TYPE)) {
          gaps.judge(`bucket ${bucket.name}`, () => {
            const attached = policies.filter((policy: PolicyResource) => dependsOn(policy, bucket));
            if (!attached.some((policy) => deniesInsecureTransport(policy.props.policy))) {
              reportViolation(t('en', 'policy.finding.s3-tls-only.insecure', { name: bucket.name }), bucket.urn);
            }
          });
        }
      });
    },
  },
  {
    severity: 'high',
    judges: { types: [BUCKET_TYPE] },
    clause: 'GB/T 22239-2019 8.1.4.7 (数据完整性) and 8.1.4.8 (数据保密性: 传输过程)',
    en: {
      description: 'Buckets accept requests over TLS only',
      remediation: 'Use SecureBucket, whose policy denies aws:SecureTransport false.',
    },
    zh: { description: '对象存储只接受 TLS 加密访问', remediation: '使用 SecureBucket 组件，其策略拒绝非 TLS 请求。' },
  },
);

export const rdsAuditLogs = definePolicy<ResourceValidationPolicy>(
  {
    name: 'rds-audit-logs',
    validateResource: validateResourceOfType(aws.rds.Instance, (db, _args, reportViolation) => {
      if ((db.enabledCloudwatchLogsExports ?? []).length === 0)
        reportViolation(t('en', 'policy.finding.rds-audit-logs.none'));
    }),
  },
  {
    severity: 'high',
    judges: { types: ['aws:rds/instance:Instance'] },
    clause: 'GB/T 22239-2019 8.1.4.3 (安全审计: 数据库审计)',
    en: {
      description: 'Databases export their logs for audit',
      remediation: 'Set enabledCloudwatchLogsExports (AwsSystemData does, per engine).',
    },
    zh: {
      description: '数据库须导出日志供审计',
      remediation: '设置 enabledCloudwatchLogsExports（AwsSystemData 组件按引擎设置）。',
    },
  },
);

export const goldTierMultiAz = definePolicy<ResourceValidationPolicy>(
  {
    name: 'gold-tier-multi-az',
    validateResource: validateResourceOfType(aws.rds.Instance, (db, _args, reportViolation) => {
      // A replica follows its source; its own availability is the source's failover.
      if (isSet(() => db.replicateSourceDb)) return;
      if (tagsOf(db)[BACKUP_TIER_TAG] === 'gold' && db.multiAz !== true)
        reportViolation(t('en', 'policy.finding.gold-tier-multi-az.single'));
    }),
  },
  {
    severity: 'high',
    judges: {
      types: ['aws:rds/instance:Instance'],
      where: (db) => tagsOf(db.props)[BACKUP_TIER_TAG] === 'gold' && !db.props.replicateSourceDb,
      what: t('en', 'policy.what.gold-database'),
    },
    manifestField: ['spec', 'protection', 'backup'],
    clause: 'GB/T 22239-2019 8.1.4.9 (数据备份恢复: 热冗余); plan §三(三).9',
    en: {
      description: 'Gold-tier databases run in two availability zones',
      remediation: 'Set multiAz: true (AwsSystemData does for gold).',
    },
    zh: {
      description: '金级数据库须跨两个可用区部署',
      remediation: '设置 multiAz: true（AwsSystemData 组件对金级自动设置）。',
    },
  },
);

export const kmsKeyRotation = definePolicy<ResourceValidationPolicy>(
  {
    name: 'kms-key-rotation',
    validateResource: validateResourceOfType(aws.kms.Key, (key, _args, reportViolation) => {
      if (key.enableKeyRotation !== true) reportViolation(t('en', 'policy.finding.kms-key-rotation.off'));
    }),
  },
  {
    severity: 'medium',
    judges: { types: ['aws:kms/key:Key'] },
    clause: 'GB/T 22239-2019 8.1.4.8 (数据保密性); GB/T 39786-2021 (密钥管理)',
    en: { description: 'Customer-managed keys rotate', remediation: 'Set enableKeyRotation: true.' },
    zh: { description: '客户管理密钥须定期轮换', remediation: '设置 enableKeyRotation: true。' },
  },
);

export const AWS_DATA_POLICIES = [
  s3EncryptionCustomerKey,
  s3PublicAccessBlocked,
  rdsEncryptedPrivateProtected,
  backupVaultCustomerKey,
  s3TlsOnly,
  rdsAuditLogs,
  goldTierMultiAz,
  kmsKeyRotation,
];
