import type { EnforcementLevel, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** What auditors read about a policy: the clause it enforces and what to do, in Chinese and English. */
export interface PolicyMeta {
  severity: Severity;
  /** A seed article, or an MLPS 2.0 (GB/T 22239-2019) level-3 requirement. */
  clause: string;
  zh: { description: string; remediation: string };
  en: { description: string; remediation: string };
  /** The manifest field a unit changes to fix a finding on one of its system's resources. Default: the system's number. */
  manifestField?: readonly string[];
  /** The stack config key to change when the finding is on a platform resource (`envcloud:centers`). Default: the top of the stack file. */
  stackConfigKey?: string;
}

export type EnvcloudResourcePolicy = ResourceValidationPolicy & { meta: PolicyMeta };
export type EnvcloudStackPolicy = StackValidationPolicy & { meta: PolicyMeta };
export type EnvcloudPolicy = EnvcloudResourcePolicy | EnvcloudStackPolicy;

export function isStackPolicy(policy: EnvcloudPolicy): policy is EnvcloudStackPolicy {
  return 'validateStack' in policy;
}

/**
 * A policy with its audit metadata. The description Pulumi shows carries both languages and the clause,
 * so `pulumi preview --policy-pack` output is self-explaining.
 */
export function definePolicy<P extends ResourceValidationPolicy | StackValidationPolicy>(
  policy: Omit<P, 'description' | 'enforcementLevel'> & { enforcementLevel?: EnforcementLevel },
  meta: PolicyMeta,
): P & { meta: PolicyMeta } {
  return {
    ...policy,
    enforcementLevel: policy.enforcementLevel ?? 'mandatory',
    description: `${meta.en.description} / ${meta.zh.description} [${meta.clause}]`,
    meta,
  } as unknown as P & { meta: PolicyMeta };
}
