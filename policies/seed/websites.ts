import type { ResourceValidationArgs, ResourceValidationPolicy } from '@pulumi/policy';
import { definePolicy, type JudgedResource } from '../meta';
import { label, namespaceOf } from '../../components/resource-facts';
import { readSystemRecord, SYSTEM_REGISTRY_NAMESPACE } from '../../components/system-record';
import { WEBSITE_OUTCOMES } from '../../model/domain';
import { t } from '../../document/i18n';

export const WEBSITE_CLUSTER_NAMESPACE = 'website-cluster';
/** The only namespaces that may publish HTTP entry points: the website cluster and the portals. */
export const ENTRY_NAMESPACES = [WEBSITE_CLUSTER_NAMESPACE, 'portal'];

/** Objects of a website moving to the cluster, Ingresses, and records naming a website: what the policy judges. */
function isWebsiteSubject(resource: JudgedResource): boolean {
  if (
    label(resource.props, 'disposition') === 'website-cluster' ||
    resource.type === 'kubernetes:networking.k8s.io/v1:Ingress'
  )
    return true;
  return resource.type === 'kubernetes:core/v1:ConfigMap' && readSystemRecord(resource.props)?.website !== undefined;
}

export const websitesInWebsiteCluster = definePolicy<ResourceValidationPolicy>(
  {
    name: 'websites-in-website-cluster',
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      if (!args.type.startsWith('kubernetes:')) return;
      const namespace = namespaceOf(args.props);
      // The registry holds every system's record, websites' too; a record serves nothing.
      const serving =
        namespace !== undefined && namespace !== WEBSITE_CLUSTER_NAMESPACE && namespace !== SYSTEM_REGISTRY_NAMESPACE;
      if (label(args.props, 'disposition') === 'website-cluster' && serving) {
        reportViolation(
          t('en', 'policy.finding.websites-in-website-cluster.namespace', {
            kind: args.type.split(':').pop()!,
            name: args.name,
            namespace,
          }),
        );
      }
      if (
        args.type === 'kubernetes:networking.k8s.io/v1:Ingress' &&
        !ENTRY_NAMESPACES.includes(namespace ?? 'default')
      ) {
        reportViolation(
          t('en', 'policy.finding.websites-in-website-cluster.ingress', {
            name: args.name,
            namespace: namespace ?? 'default',
            entries: ENTRY_NAMESPACES.join(', '),
          }),
        );
      }
      const record = args.type === 'kubernetes:core/v1:ConfigMap' ? readSystemRecord(args.props) : undefined;
      if (record?.website && !WEBSITE_OUTCOMES.includes(record.outcome)) {
        reportViolation(
          t('en', 'policy.finding.websites-in-website-cluster.own-site', {
            number: record.number,
            slug: record.slug,
            website: record.website,
          }),
        );
      }
    },
  },
  {
    severity: 'medium',
    judges: {
      types: ['kubernetes:*'],
      where: isWebsiteSubject,
      what: t('en', 'policy.what.websites'),
    },
    manifestField: ['spec', 'disposition', 'outcome'],
    clause: 'Plan §三(三).10 (公共服务网站应逐步迁移至部网站群); Annex 1 (纳入部网站群)',
    en: {
      description: 'Websites are served only by the ministry website cluster',
      remediation: 'Set outcome website-cluster with spec.placement.website; remove Ingresses from system namespaces.',
    },
    zh: {
      description: '网站只能由部网站群承载',
      remediation: '将处置方式设为 website-cluster 并填写 spec.placement.website；删除系统命名空间中的 Ingress。',
    },
  },
);
