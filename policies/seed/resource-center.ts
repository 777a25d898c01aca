import type { ResourceValidationArgs, ResourceValidationPolicy } from '@pulumi/policy';
import { definePolicy, type JudgedResource } from '../meta';
import { label, namespaceOf } from '../../components/resource-facts';
import { storageClassOf, tiersCopiedTo } from '../../model/tiers';
import { msg, t } from '../../document/i18n';

export const RESOURCE_CENTER_NAMESPACE = 'resource-center';
const NAMESPACE = 'kubernetes:core/v1:Namespace';
const CLAIM = 'kubernetes:core/v1:PersistentVolumeClaim';
/** Storage classes whose volumes are copied to both backup centers. */
const TWO_CENTER_CLASSES = tiersCopiedTo(['same-city', 'remote']).map(storageClassOf);

/** The resource center's namespace, or a volume in it: what the policy judges. */
function ofResourceCenter(resource: JudgedResource): boolean {
  return resource.type === NAMESPACE
    ? resource.props.metadata?.name === RESOURCE_CENTER_NAMESPACE
    : namespaceOf(resource.props) === RESOURCE_CENTER_NAMESPACE;
}

export const resourceCenterMlpsLevel3 = definePolicy<ResourceValidationPolicy>(
  {
    name: 'resource-center-mlps-level-3',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      // `judges.where` lets through a resource whose name or namespace is not known during a preview
      // (judgesResource): read again here, it leaves that resource open instead of judging it.
      if (!ofResourceCenter(args)) return;
      if (args.type === NAMESPACE) {
        const level = Number(label(args.props, 'mlps-level') ?? 0);
        if (level < 3)
          reportViolation(
            t('en', 'policy.finding.resource-center-mlps-level-3.namespace', {
              name: RESOURCE_CENTER_NAMESPACE,
              level: level || msg('policy.part.none'),
            }),
          );
        return;
      }
      const storageClass = args.props.spec?.storageClassName as string | undefined;
      if (!TWO_CENTER_CLASSES.includes(storageClass ?? '')) {
        reportViolation(
          t('en', 'policy.finding.resource-center-mlps-level-3.volume', {
            name: args.name,
            storageClass: storageClass ?? msg('policy.part.default'),
            classes: TWO_CENTER_CLASSES.join(' or '),
          }),
        );
      }
    },
  },
  {
    severity: 'high',
    judges: {
      types: [NAMESPACE, CLAIM],
      where: ofResourceCenter,
      what: t('en', 'policy.what.resource-center'),
    },
    clause:
      'Sharing rules art. 5 (部政务专网共享平台按照国家网络安全等级保护第三级要求) and art. 24 (严格依照…国家网络安全等级保护相关制度和规定); GB/T 22239-2019 第三级安全要求',
    en: {
      description: 'The information resource center and the data in it are protected at MLPS level 3',
      remediation:
        'Keep the resource-center namespace from ClusterBaseline; onboard and archive data only through DataOnboarding and DecommissionedSystem.',
    },
    zh: {
      description: '环境信息资源中心及其数据按等保三级保护',
      remediation:
        '使用 ClusterBaseline 创建的 resource-center 命名空间；只通过 DataOnboarding 与 DecommissionedSystem 接入或归档数据。',
    },
  },
);
