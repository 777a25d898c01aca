import * as aws from '@pulumi/aws';
import { validateResourceOfType, type ResourceValidationPolicy } from '@pulumi/policy';
import { definePolicy } from '../meta';

const MLPS_ENCRYPTION = 'GB/T 22239-2019 8.1.4.8 (数据保密性: 重要数据存储保密性)';
const MLPS_BOUNDARY = 'GB/T 22239-2019 8.1.3.1 (边界防护)';
const MLPS_BACKUP = 'GB/T 22239-2019 8.1.4.9 (数据备份恢复)';

export const s3EncryptionCustomerKey = definePolicy<ResourceValidationPolicy>(
  {
    name: 's3-encryption-customer-key',
    validateResource: validateResourceOfType(aws.s3.BucketServerSideEncryptionConfiguration, (config, _args, reportViolation) => {
      const rule = config.rules?.[0]?.applyServerSideEncryptionByDefault;
      if (rule?.sseAlgorithm !== 'aws:kms' || !rule.kmsMasterKeyId) {
        reportViolation('bucket objects must be encrypted with a customer-managed KMS key (sseAlgorithm aws:kms with kmsMasterKeyId)');
      }
    }),
  },
  {
    severity: 'high',
    clause: MLPS_ENCRYPTION,
    en: { description: 'Buckets are encrypted at rest with a customer-managed key', remediation: 'Use SecureBucket, or set sseAlgorithm aws:kms and the platform key as kmsMasterKeyId.' },
    zh: { description: '对象存储须使用客户管理密钥加密存储', remediation: '使用 SecureBucket 组件，或将 sseAlgorithm 设为 aws:kms 并指定平台密钥。' },
  },
);

export const s3PublicAccessBlocked = definePolicy<ResourceValidationPolicy>(
  {
    name: 's3-public-access-blocked',
    validateResource: validateResourceOfType(aws.s3.BucketPublicAccessBlock, (block, _args, reportViolation) => {
      const open = (['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'] as const).filter((field) => block[field] !== true);
      if (open.length > 0) reportViolation(`public access is not fully blocked: ${open.join(', ')} must be true`);
    }),
  },
  {
    severity: 'critical',
    clause: MLPS_BOUNDARY,
    en: { description: 'No bucket is reachable from the public internet', remediation: 'Set all four public access block settings to true.' },
    zh: { description: '对象存储不得对互联网公开', remediation: '将公共访问阻止的四项设置全部设为 true。' },
  },
);

export const rdsEncryptedPrivateProtected = definePolicy<ResourceValidationPolicy>(
  {
    name: 'rds-encrypted-private-protected',
    validateResource: validateResourceOfType(aws.rds.Instance, (db, _args, reportViolation) => {
      if (db.storageEncrypted !== true || !db.kmsKeyId) reportViolation('the database must be encrypted with the customer-managed key (storageEncrypted and kmsKeyId)');
      if (db.publiclyAccessible === true) reportViolation('the database must not be publicly accessible');
      if (db.deletionProtection !== true) reportViolation('the database must have deletion protection');
    }),
  },
  {
    severity: 'critical',
    clause: `${MLPS_ENCRYPTION}; ${MLPS_BOUNDARY}; ${MLPS_BACKUP}`,
    en: { description: 'Databases are encrypted with the customer key, private, and protected against deletion', remediation: 'Use AwsSystemData, or set storageEncrypted, kmsKeyId, publiclyAccessible false and deletionProtection.' },
    zh: { description: '数据库须以客户密钥加密、不公开访问并开启删除保护', remediation: '使用 AwsSystemData 组件，或设置 storageEncrypted、kmsKeyId、publiclyAccessible=false 与 deletionProtection。' },
  },
);

export const backupVaultCustomerKey = definePolicy<ResourceValidationPolicy>(
  {
    name: 'backup-vault-customer-key',
    validateResource: validateResourceOfType(aws.backup.Vault, (vault, _args, reportViolation) => {
      if (!vault.kmsKeyArn) reportViolation('the backup vault must be encrypted with the customer-managed key (kmsKeyArn)');
    }),
  },
  {
    severity: 'high',
    clause: `${MLPS_ENCRYPTION}; ${MLPS_BACKUP}`,
    en: { description: 'Backup vaults are encrypted with the customer key', remediation: 'Set kmsKeyArn to the center key.' },
    zh: { description: '备份库须以客户密钥加密', remediation: '将 kmsKeyArn 设为本中心密钥。' },
  },
);

export const AWS_DATA_POLICIES = [s3EncryptionCustomerKey, s3PublicAccessBlocked, rdsEncryptedPrivateProtected, backupVaultCustomerKey];
