import type { EnforcementLevel, ResourceValidation, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { PreviewGaps } from './unknowns';

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

/** The remediation Pulumi shows (PolicyInfo.remediationSteps): both languages, Chinese first. */
export function remediationSteps(meta: PolicyMeta): string {
  return `${meta.zh.remediation}\n${meta.en.remediation}`;
}

/**
 * A policy with its audit metadata. The description Pulumi shows carries both languages and the clause,
 * so `pulumi preview --policy-pack` output is self-explaining; severity, display name and remediation
 * are also set in @pulumi/policy's own fields, which the engine and Pulumi Cloud read (GetAnalyzerInfo).
 */
export function definePolicy<P extends ResourceValidationPolicy | StackValidationPolicy>(
  policy: Omit<P, 'description' | 'enforcementLevel' | 'displayName' | 'severity' | 'remediationSteps'> & { enforcementLevel?: EnforcementLevel },
  meta: PolicyMeta,
): P & { meta: PolicyMeta } {
  const validateResource = (policy as Partial<ResourceValidationPolicy>).validateResource;
  return {
    ...policy,
    ...(validateResource ? { validateResource: Array.isArray(validateResource) ? validateResource.map(judgedAsOneResource) : judgedAsOneResource(validateResource) } : {}),
    enforcementLevel: policy.enforcementLevel ?? 'mandatory',
    description: `${meta.en.description} / ${meta.zh.description} [${meta.clause}]`,
    displayName: `${meta.zh.description} (${meta.en.description})`,
    severity: meta.severity,
    remediationSteps: remediationSteps(meta),
    meta,
  } as unknown as P & { meta: PolicyMeta };
}

/**
 * A resource validation whose unknown values are reported in the pack's one form (policies/unknowns.ts).
 * The engine analyzes each resource on its own, so an unknown can stop only this resource's check;
 * policies with several independent checks judge each one themselves (rds-encrypted-private-protected).
 */
function judgedAsOneResource(validate: ResourceValidation): ResourceValidation {
  const judged: ResourceValidation = (args, reportViolation) => {
    const gaps = new PreviewGaps();
    let pending: unknown;
    gaps.judge(`${args.name}`, () => {
      pending = validate(args, reportViolation);
    });
    if (!(pending instanceof Promise)) return gaps.settle();
    return pending.then(
      () => gaps.settle(),
      (error: unknown) => {
        gaps.judge(`${args.name}`, () => {
          throw error;
        });
        gaps.settle();
      },
    );
  };
  // validateResourceOfType marks its function with the resource type, so the server skips other types at once.
  const pulumiType = (validate as { __pulumiType?: string }).__pulumiType;
  return pulumiType ? Object.assign(judged, { __pulumiType: pulumiType }) : judged;
}
