import type {
  EnforcementLevel,
  ResourceValidation,
  ResourceValidationPolicy,
  StackValidation,
  StackValidationPolicy,
} from '@pulumi/policy';
import { isUnknownValue, PreviewGaps } from './unknowns';
import { t } from '../document/i18n';

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
  /**
   * What the policy judges. A stack with none of it gets `not-applicable` from the policy (through
   * @pulumi/policy's `notApplicable`, which the engine records), never a `pass` for judging nothing.
   */
  judges: Judged;
}

/** A resource as the applicability test sees it: the fields both the engine's args and PolicyResource have. */
export interface JudgedResource {
  type: string;
  props: Record<string, any>;
}

/** The resources a policy judges, or the one thing it judges that is not a resource (the waiver file). */
export type Judged =
  | {
      /** Pulumi types, exact (`aws:s3/bucket:Bucket`) or a prefix ending in `*` (`kubernetes:*`). */
      types: readonly string[];
      /** Of those, the ones it judges (a ConfigMap that is a system record). Default: all of them. */
      where?: (resource: JudgedResource) => boolean;
      /** What they are, in the not-applicable reason. Default: the types. */
      what?: string;
    }
  | {
      /** What the policy judges instead of resources; the policy says itself when there is none. */
      other: string;
    };

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith('*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

/**
 * Whether a policy may judge resources of this type. A policy built by definePolicy answers
 * not-applicable, without looking further, for a resource of any other type.
 */
export function judgesType(judged: Judged, type: string): boolean {
  return !('types' in judged) || judged.types.some((pattern) => typeMatches(pattern, type));
}

/**
 * Whether a policy judges this resource. A value not known during a preview counts as judged: the
 * policy then reports it as open, which an early not-applicable would hide.
 */
export function judgesResource(judged: Judged, resource: JudgedResource): boolean {
  if (!judgesType(judged, resource.type)) return false;
  if (!('types' in judged)) return true;
  if (!judged.where) return true;
  try {
    return judged.where(resource);
  } catch (error) {
    if (isUnknownValue(error)) return true;
    throw error;
  }
}

/** Why a policy judged nothing in a stack, for the engine and for the audit. */
export function notApplicableReason(judged: Judged): string {
  if (!('types' in judged)) return t('en', 'policy.nothing-to-judge-other', { other: judged.other });
  return t('en', 'policy.nothing-to-judge', { what: judged.what ?? judged.types.join(', ') });
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
  policy: Omit<P, 'description' | 'enforcementLevel' | 'displayName' | 'severity' | 'remediationSteps'> & {
    enforcementLevel?: EnforcementLevel;
  },
  meta: PolicyMeta,
): P & { meta: PolicyMeta } {
  const validateResource = (policy as Partial<ResourceValidationPolicy>).validateResource;
  const validateStack = (policy as Partial<StackValidationPolicy>).validateStack;
  const judge = (validate: ResourceValidation) => onlyWhatItJudges(meta.judges, judgedAsOneResource(validate));
  return {
    ...policy,
    ...(validateResource
      ? { validateResource: Array.isArray(validateResource) ? validateResource.map(judge) : judge(validateResource) }
      : {}),
    ...(validateStack ? { validateStack: stackOnlyWhatItJudges(meta.judges, validateStack) } : {}),
    enforcementLevel: policy.enforcementLevel ?? 'mandatory',
    description: `${meta.en.description} / ${meta.zh.description} [${meta.clause}]`,
    displayName: `${meta.zh.description} (${meta.en.description})`,
    severity: meta.severity,
    remediationSteps: remediationSteps(meta),
    meta,
  } as unknown as P & { meta: PolicyMeta };
}

/**
 * A resource validation that answers not-applicable for a resource the policy does not judge, as
 * @pulumi/policy's validateResourceOfType does for other types; the audit calls a policy that judged
 * no resource of a stack not-applicable.
 */
function onlyWhatItJudges(judged: Judged, validate: ResourceValidation): ResourceValidation {
  const gated: ResourceValidation = (args, reportViolation) => {
    if (!judgesResource(judged, args)) return args.notApplicable(notApplicableReason(judged));
    return validate(args, reportViolation);
  };
  const pulumiType = (validate as { __pulumiType?: string }).__pulumiType;
  return pulumiType ? Object.assign(gated, { __pulumiType: pulumiType }) : gated;
}

/** A stack validation that answers not-applicable when the stack has nothing the policy judges. */
function stackOnlyWhatItJudges(judged: Judged, validate: StackValidation): StackValidation {
  if (!('types' in judged)) return validate;
  return (args, reportViolation) => {
    if (!args.resources.some((resource) => judgesResource(judged, resource)))
      return args.notApplicable(notApplicableReason(judged));
    return validate(args, reportViolation);
  };
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
