import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { providerOf } from '../cluster';
import { definePolicy } from '../meta';

function isDefaultDeny(resource: PolicyResource): boolean {
  const spec = resource.props.spec ?? {};
  const selectsAll = spec.podSelector && Object.keys(spec.podSelector.matchLabels ?? {}).length === 0 && !spec.podSelector.matchExpressions?.length;
  const types = new Set<string>(spec.policyTypes ?? []);
  return Boolean(selectsAll && types.has('Ingress') && types.has('Egress') && !spec.ingress?.length && !spec.egress?.length);
}


export const k8sNamespaceDefaultDeny = definePolicy<StackValidationPolicy>(
  {
    name: 'k8s-namespace-default-deny',
    validateStack: (args, reportViolation) => {
      const denied = new Set<string>();
      for (const resource of args.resources) {
        if (resource.type === 'kubernetes:networking.k8s.io/v1:NetworkPolicy' && isDefaultDeny(resource)) {
          denied.add(`${providerOf(resource)}|${resource.props.metadata?.namespace}`);
        }
      }
      for (const resource of args.resources) {
        if (resource.type !== 'kubernetes:core/v1:Namespace') continue;
        const name = resource.props.metadata?.name;
        if (!denied.has(`${providerOf(resource)}|${name}`)) reportViolation(`namespace ${name} has no default-deny NetworkPolicy`, resource.urn);
      }
    },
  },
  {
    severity: 'high',
    clause: 'GB/T 22239-2019 8.1.3.2 (访问控制: 默认拒绝)',
    en: { description: 'Every namespace denies all traffic by default', remediation: 'Create namespaces through ClusterBaseline, which adds the default-deny policy.' },
    zh: { description: '每个命名空间默认拒绝所有流量', remediation: '通过 ClusterBaseline 组件创建命名空间。' },
  },
);
