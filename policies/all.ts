import { DR_POLICIES } from './dr/backups';
import type { EnvcloudPolicy } from './meta';
import { AWS_ACCESS_LOGGING_POLICIES } from './mlps/aws-access-logging';
import { AWS_AUDIT_POLICIES } from './mlps/aws-audit';
import { AWS_DATA_POLICIES } from './mlps/aws-data';
import { AWS_NETWORK_POLICIES } from './mlps/aws-network';
import { mlpsDatabaseMultiAz } from './mlps/aws-redundancy';
import { k8sNamespaceDefaultDeny } from './mlps/kubernetes-network';
import { KUBERNETES_WORKLOAD_POLICIES } from './mlps/kubernetes-workloads';
import { STORAGE_POLICIES } from './mlps/storage';
import { sharingArticle16 } from './seed/article-16';
import { cloudIsTheNorm } from './seed/cloud';
import { dataAccessFollowsGrants } from './seed/data-access';
import { noInfrastructureOutsidePools } from './seed/duplicate-construction';
import { IDENTIFICATION_POLICIES } from './seed/identification';
import { portalUnifiedIdentity } from './seed/identity';
import { resourceCenterMlpsLevel3 } from './seed/resource-center';
import { dataSharingTerms, internetOnlyUnconditionalData } from './seed/sharing';
import { websitesInWebsiteCluster } from './seed/websites';
import { zombieRunsNothingDataArchived } from './seed/zombie';

/** Seed rules: the plan's and the sharing rules' articles. */
export const SEED_POLICIES: EnvcloudPolicy[] = [
  cloudIsTheNorm,
  zombieRunsNothingDataArchived,
  websitesInWebsiteCluster,
  noInfrastructureOutsidePools,
  ...IDENTIFICATION_POLICIES,
  dataSharingTerms,
  sharingArticle16,
  resourceCenterMlpsLevel3,
  internetOnlyUnconditionalData,
  dataAccessFollowsGrants,
  portalUnifiedIdentity,
];

/** MLPS 2.0 (GB/T 22239-2019) level 3 on AWS and Kubernetes. */
export const MLPS_POLICIES: EnvcloudPolicy[] = [
  ...AWS_DATA_POLICIES,
  ...AWS_AUDIT_POLICIES,
  ...AWS_ACCESS_LOGGING_POLICIES,
  mlpsDatabaseMultiAz,
  ...AWS_NETWORK_POLICIES,
  ...STORAGE_POLICIES,
  ...KUBERNETES_WORKLOAD_POLICIES,
  k8sNamespaceDefaultDeny,
];

/** Every policy the pack registers, in one list that the audit command evaluates too. */
export const ALL_POLICIES: EnvcloudPolicy[] = [...SEED_POLICIES, ...MLPS_POLICIES, ...DR_POLICIES];
