import * as aws from '@pulumi/aws';
import type { ResourceValidationArgs, ResourceValidationPolicy } from '@pulumi/policy';
import { STATEFUL_TYPES } from '../../model/stateful';
import { definePolicy } from '../meta';
import { t } from '../../document/i18n';

/** Where each known provisioner takes the customer-managed key. */
const CUSTOMER_KEY_PARAMETER: Readonly<Record<string, string>> = {
  'ebs.csi.aws.com': 'kmsKeyId',
  'rook-ceph.rbd.csi.ceph.com': 'encryptionKMSID',
};

/** A Rook bucket class provisions buckets in an object store (encrypted by the store's KMS settings), not volumes. */
function isBucketClass(props: Record<string, any>): boolean {
  return typeof props.provisioner === 'string' && props.provisioner.endsWith('.ceph.rook.io/bucket');
}

export const volumesEncrypted = definePolicy<ResourceValidationPolicy>(
  {
    name: 'volumes-encrypted',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      if (args.type === 'kubernetes:storage.k8s.io/v1:StorageClass' && !isBucketClass(args.props)) {
        const name = args.props.metadata?.name ?? args.name;
        const parameters = (args.props.parameters ?? {}) as Record<string, string>;
        if (parameters.encrypted !== 'true')
          reportViolation(t('en', 'policy.finding.volumes-encrypted.class-unencrypted', { name }));
        const keyParameter = CUSTOMER_KEY_PARAMETER[args.props.provisioner as string];
        if (parameters.encrypted === 'true' && keyParameter && !parameters[keyParameter])
          reportViolation(
            t('en', 'policy.finding.volumes-encrypted.class-provider-key', { name, parameter: keyParameter }),
          );
      }
      if (args.isType(aws.ebs.Volume) && (args.props.encrypted !== true || !args.props.kmsKeyId))
        reportViolation(t('en', 'policy.finding.volumes-encrypted.volume', { name: args.name }));
      if (args.isType(aws.ebs.EncryptionByDefault) && args.props.enabled === false)
        reportViolation(t('en', 'policy.finding.volumes-encrypted.default-off'));
    },
  },
  {
    severity: 'high',
    judges: {
      types: [
        'kubernetes:storage.k8s.io/v1:StorageClass',
        'aws:ebs/volume:Volume',
        'aws:ebs/encryptionByDefault:EncryptionByDefault',
      ],
      where: (resource) =>
        resource.type !== 'kubernetes:storage.k8s.io/v1:StorageClass' || !isBucketClass(resource.props),
      what: t('en', 'policy.what.volumes'),
    },
    clause: 'GB/T 22239-2019 8.1.4.8 (数据保密性: 重要数据存储保密性)',
    en: {
      description: 'Block volumes are encrypted at rest',
      remediation: 'Use the envcloud storage classes; on-premises, give Rook the envcloud-kms connection.',
    },
    zh: {
      description: '块存储卷须加密存储',
      remediation: '使用 envcloud 存储类；本地集群须为 Rook 配置 envcloud-kms 密钥连接。',
    },
  },
);

export const statefulResourcesProtected = definePolicy<ResourceValidationPolicy>(
  {
    name: 'stateful-resources-protected',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      if (STATEFUL_TYPES.includes(args.type) && !args.opts.protect) {
        reportViolation(
          t('en', 'policy.finding.stateful-resources-protected.unprotected', {
            kind: args.type.split(':').pop()!,
            name: args.name,
          }),
        );
      }
    },
  },
  {
    severity: 'critical',
    judges: { types: STATEFUL_TYPES },
    clause: 'GB/T 22239-2019 8.1.4.9 (数据备份恢复); envcloud: a delete never loses data (数据不丢失)',
    en: {
      description: 'Every stateful resource is protected against deletion',
      remediation: 'Create it with protect: true and retainOnDelete: true (statefulOptions).',
    },
    zh: {
      description: '所有有状态资源须开启删除保护',
      remediation: '以 protect: true 与 retainOnDelete: true 创建（statefulOptions）。',
    },
  },
);

export const STORAGE_POLICIES = [volumesEncrypted, statefulResourcesProtected];
