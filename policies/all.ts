import type { EnvcloudPolicy } from './meta';
import { AWS_AUDIT_POLICIES } from './mlps/aws-audit';
import { AWS_DATA_POLICIES } from './mlps/aws-data';
import { k8sNamespaceDefaultDeny } from './mlps/kubernetes-network';
import { KUBERNETES_WORKLOAD_POLICIES } from './mlps/kubernetes-workloads';
import { IDENTIFICATION_POLICIES } from './seed/identification';
import { zombieRunsNothingDataArchived } from './seed/zombie';

/** Every policy the pack registers, in one list that the audit command evaluates too. */
export const ALL_POLICIES: EnvcloudPolicy[] = [
  ...AWS_DATA_POLICIES,
  ...AWS_AUDIT_POLICIES,
  ...KUBERNETES_WORKLOAD_POLICIES,
  k8sNamespaceDefaultDeny,
  ...IDENTIFICATION_POLICIES,
  zombieRunsNothingDataArchived,
];
