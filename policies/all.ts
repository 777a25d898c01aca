import type { EnvcloudPolicy } from './meta';
import { AWS_DATA_POLICIES } from './mlps/aws-data';
import { KUBERNETES_WORKLOAD_POLICIES } from './mlps/kubernetes-workloads';
import { IDENTIFICATION_POLICIES } from './seed/identification';
import { zombieRunsNothingDataArchived } from './seed/zombie';

/** Every policy the pack registers, in one list that the audit command evaluates too. */
export const ALL_POLICIES: EnvcloudPolicy[] = [...AWS_DATA_POLICIES, ...KUBERNETES_WORKLOAD_POLICIES, ...IDENTIFICATION_POLICIES, zombieRunsNothingDataArchived];
