import * as aws from '@pulumi/aws';
import { type ResourceValidationArgs, type ResourceValidationPolicy } from '@pulumi/policy';
import { definePolicy } from '../meta';
import { t } from '../../document/i18n';

const LABEL = 'envcloud.mee.gov.cn';
/** What every system object says about itself (plan §四(四) assessment needs them; MLPS 8.1.10 asset management). */
export const REQUIRED_SYSTEM_LABELS = ['system-number', 'system', 'disposition', 'pool', 'mlps-level'].map(
  (key) => `${LABEL}/${key}`,
);
/** Label values are ASCII only, so the (Chinese) managing unit travels as an annotation. */
export const REQUIRED_SYSTEM_ANNOTATIONS = [`${LABEL}/managing-unit`];
export const REQUIRED_SYSTEM_TAGS = [
  'envcloud:system-number',
  'envcloud:managing-unit',
  'envcloud:disposition',
  'envcloud:pool',
  'envcloud:mlps-level',
];
/** Platform-owned resources name their platform role instead of a system. */
export const PLATFORM_TAG = 'envcloud:platform';

const LABELLED_KINDS = new Set([
  'kubernetes:apps/v1:Deployment',
  'kubernetes:core/v1:Service',
  'kubernetes:core/v1:PersistentVolumeClaim',
  'kubernetes:core/v1:ConfigMap',
]);

export const k8sSystemLabels = definePolicy<ResourceValidationPolicy>(
  {
    name: 'k8s-system-labels',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      if (!LABELLED_KINDS.has(args.type)) return;
      const labels = (args.props.metadata?.labels ?? {}) as Record<string, string>;
      const annotations = (args.props.metadata?.annotations ?? {}) as Record<string, string>;
      const missing = REQUIRED_SYSTEM_LABELS.filter((label) => !labels[label]);
      if (missing.length > 0)
        reportViolation(t('en', 'policy.finding.k8s-system-labels.labels', { labels: missing.join(', ') }));
      const unannotated = REQUIRED_SYSTEM_ANNOTATIONS.filter((annotation) => !annotations[annotation]);
      if (unannotated.length > 0)
        reportViolation(
          t('en', 'policy.finding.k8s-system-labels.annotations', { annotations: unannotated.join(', ') }),
        );
    },
  },
  {
    severity: 'medium',
    judges: { types: [...LABELLED_KINDS] },
    clause: 'Plan §四(四) (重点对各单位…进行考核); GB/T 22239-2019 8.1.10.2 (资产管理)',
    en: {
      description:
        'Every system object is labelled with its inventory number, slug, disposition, pool and MLPS level, and annotated with its managing unit',
      remediation: 'Deploy through the envcloud components, which add the labels.',
    },
    zh: {
      description: '系统的每个对象须标注序号、标识、处置方式、资源池、等保级别及管理单位',
      remediation: '通过 envcloud 组件部署，组件会自动添加标签。',
    },
  },
);

export const awsResourceTags = definePolicy<ResourceValidationPolicy>(
  {
    name: 'aws-resource-tags',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      if (!args.isType(aws.s3.Bucket) && !args.isType(aws.rds.Instance)) return;
      const tags = (args.props.tags ?? {}) as Record<string, string>;
      if (tags[PLATFORM_TAG]) return;
      const missing = REQUIRED_SYSTEM_TAGS.filter((tag) => !tags[tag]);
      if (missing.length > 0)
        reportViolation(
          t('en', 'policy.finding.aws-resource-tags.tags', { tags: missing.join(', '), tag: PLATFORM_TAG }),
        );
    },
  },
  {
    severity: 'medium',
    judges: { types: ['aws:s3/bucket:Bucket', 'aws:rds/instance:Instance'] },
    clause: 'Plan §四(四); GB/T 22239-2019 8.1.10.2 (资产管理)',
    en: {
      description:
        'Every bucket and database names its system (number, managing unit, disposition, pool, MLPS level) or its platform role',
      remediation: 'Use AwsSystemData or SecureBucket with the system tags.',
    },
    zh: {
      description: '每个存储桶和数据库须标注所属系统（序号、管理单位、处置方式、资源池、等保级别）或平台用途',
      remediation: '使用 AwsSystemData 或带系统标签的 SecureBucket。',
    },
  },
);

export const IDENTIFICATION_POLICIES = [k8sSystemLabels, awsResourceTags];
