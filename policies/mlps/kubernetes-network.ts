import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { providerOf } from '../cluster';
import { definePolicy } from '../meta';
import { judgeAll } from '../unknowns';
import { t } from '../../document/i18n';

function isDefaultDeny(resource: PolicyResource): boolean {
  const spec = resource.props.spec ?? {};
  const selectsAll =
    spec.podSelector &&
    Object.keys(spec.podSelector.matchLabels ?? {}).length === 0 &&
    !spec.podSelector.matchExpressions?.length;
  const types = new Set<string>(spec.policyTypes ?? []);
  return Boolean(
    selectsAll && types.has('Ingress') && types.has('Egress') && !spec.ingress?.length && !spec.egress?.length,
  );
}

export const k8sNamespaceDefaultDeny = definePolicy<StackValidationPolicy>(
  {
    name: 'k8s-namespace-default-deny',
    validateStack: (args, reportViolation) => {
      judgeAll((gaps) => {
        const denied = new Set<string>();
        // A network policy that cannot be read yet may be the one that denies: its cluster's namespaces wait for it.
        const unread = new Set<string>();
        for (const resource of args.resources) {
          if (resource.type !== 'kubernetes:networking.k8s.io/v1:NetworkPolicy') continue;
          gaps.judge(`NetworkPolicy ${resource.name}`, () => {
            if (isDefaultDeny(resource)) denied.add(`${providerOf(resource)}|${resource.props.metadata?.namespace}`);
          });
          if (gaps.hasOpen) unread.add(providerOf(resource));
        }
        for (const resource of args.resources) {
          if (resource.type !== 'kubernetes:core/v1:Namespace') continue;
          gaps.judge(`namespace ${resource.name}`, () => {
            const name = resource.props.metadata?.name;
            if (denied.has(`${providerOf(resource)}|${name}`)) return;
            if (
              unread.has(providerOf(resource)) &&
              gaps.leaveOpen(`namespace ${name}`, 'a network policy of its cluster is not known yet')
            )
              return;
            reportViolation(
              t('en', 'policy.finding.k8s-namespace-default-deny.missing', { name: String(name) }),
              resource.urn,
            );
          });
        }
      });
    },
  },
  {
    severity: 'high',
    judges: { types: ['kubernetes:core/v1:Namespace'] },
    clause: 'GB/T 22239-2019 8.1.3.2 (访问控制: 默认拒绝)',
    en: {
      description: 'Every namespace denies all traffic by default',
      remediation: 'Create namespaces through ClusterBaseline, which adds the default-deny policy.',
    },
    zh: { description: '每个命名空间默认拒绝所有流量', remediation: '通过 ClusterBaseline 组件创建命名空间。' },
  },
);
