import * as aws from '@pulumi/aws';
import type { ResourceValidationArgs, ResourceValidationPolicy } from '@pulumi/policy';
import { baselineNamespaces } from '../../components/cluster-baseline';
import { POOLS } from '../../model/domain';
import { definePolicy } from '../meta';
import { tagsOf } from '../../components/resource-facts';
import { PLATFORM_TAG } from './identification';
import { msg, t } from '../../document/i18n';

const PLATFORM_INFRASTRUCTURE = ['aws:eks/cluster:Cluster', 'aws:ec2/vpc:Vpc'];

export const noInfrastructureOutsidePools = definePolicy<ResourceValidationPolicy>(
  {
    name: 'no-infrastructure-outside-pools',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      const tags = tagsOf(args.props);
      if (PLATFORM_INFRASTRUCTURE.includes(args.type) && !tags[PLATFORM_TAG]) {
        reportViolation(
          t('en', 'policy.finding.no-infrastructure-outside-pools.not-platform', {
            kind: args.type.split(':').pop()!,
            name: args.name,
            tag: PLATFORM_TAG,
          }),
        );
      }
      if (
        args.isType(aws.s3.Bucket) &&
        !tags[PLATFORM_TAG] &&
        !(POOLS as readonly string[]).includes(tags['envcloud:pool'] ?? '')
      ) {
        reportViolation(
          t('en', 'policy.finding.no-infrastructure-outside-pools.bucket', {
            name: args.name,
            pool: tags['envcloud:pool'] ?? msg('policy.part.missing'),
          }),
        );
      }
      if (args.type === 'kubernetes:core/v1:Namespace') {
        const name = (args.props.metadata?.name ?? args.name) as string;
        if (!baselineNamespaces().includes(name))
          reportViolation(t('en', 'policy.finding.no-infrastructure-outside-pools.namespace', { name }));
      }
    },
  },
  {
    severity: 'high',
    judges: { types: [...PLATFORM_INFRASTRUCTURE, 'aws:s3/bucket:Bucket', 'kubernetes:core/v1:Namespace'] },
    clause:
      'Plan §三(三).9 (统一利用环保云平台的机房、网络、计算、存储、安全等资源; 不得重复建设) and §三(三).10 (整合为一个…“大平台”)',
    en: {
      description: 'No cluster, network, namespace or bucket outside the platform and its pools',
      remediation:
        'Deploy into a pool through the envcloud components; ask the platform team for capacity instead of building it.',
    },
    zh: {
      description: '不得在平台资源池之外自建集群、网络、命名空间或存储桶',
      remediation: '通过 envcloud 组件部署到资源池；需要资源时向平台申请，不得自行建设。',
    },
  },
);
