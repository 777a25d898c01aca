import type {
  PolicyConfigSchema,
  PolicyResource,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationPolicy,
} from '@pulumi/policy';

/** A resource to check: what plan.json records of it. */
export interface CheckedResource {
  type: string;
  name: string;
  urn: string;
  props: Record<string, unknown>;
  protect?: boolean;
  parent?: string;
  /** URN of the provider that manages the resource (which cluster, which region). */
  provider?: string;
}

class NotApplicable extends Error {
  override readonly name = 'NotApplicable';
}

/**
 * Throws a policy's not-applicable answer. It is control flow, asked for once per resource a policy
 * does not judge, and read by message only: no stack trace is recorded (recording one cost more than
 * the policies' own checks in a large audit).
 */
function notApplicable(reason?: string): never {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    throw new NotApplicable(reason ?? 'not applicable');
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A policy's config: its schema's defaults, overridden by what the pack configuration says. */
export function policyConfig(
  schema: PolicyConfigSchema | undefined,
  given: Record<string, unknown> = {},
): Record<string, unknown> {
  const defaults = Object.fromEntries(
    Object.entries(schema?.properties ?? {})
      .filter(([, property]) => (property as { default?: unknown }).default !== undefined)
      .map(([key, property]) => [key, (property as { default?: unknown }).default]),
  );
  return { ...defaults, ...given };
}

/**
 * Fully formed validation arguments, as the Pulumi engine gives them to a policy pack, so policies
 * can be evaluated in-process: type checks by the resource class's Pulumi type, typed props, config
 * with defaults, not-applicable signalling.
 */
export function validationArgs(resource: CheckedResource, config: Record<string, unknown>): ResourceValidationArgs {
  const matches = (resourceClass: unknown) =>
    (resourceClass as { __pulumiType?: string }).__pulumiType === resource.type;
  return {
    type: resource.type,
    name: resource.name,
    urn: resource.urn,
    props: resource.props,
    opts: {
      protect: resource.protect ?? false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
      additionalSecretOutputs: [],
      ...(resource.parent ? { parent: resource.parent } : {}),
    },
    stackTags: new Map(),
    isType: (resourceClass) => matches(resourceClass),
    asType: ((resourceClass: unknown) =>
      matches(resourceClass) ? resource.props : undefined) as ResourceValidationArgs['asType'],
    getConfig: <T extends object>() => config as T,
    notApplicable,
  };
}

/**
 * What one policy run said: its violations, and whether it judged anything. `applicable` is false
 * when the policy answered not-applicable (@pulumi/policy's `notApplicable`), with its reason.
 */
export interface PolicyJudgement<V> {
  violations: V[];
  applicable: boolean;
  reason?: string;
}

/**
 * One policy made ready to judge resources one after another: its validations and its config (schema
 * defaults merged) are worked out once, not once per resource.
 */
export function resourceJudge(
  policy: ResourceValidationPolicy,
  config: Record<string, unknown> = {},
): (resource: CheckedResource) => Promise<PolicyJudgement<string>> {
  const validators = Array.isArray(policy.validateResource)
    ? policy.validateResource
    : policy.validateResource
      ? [policy.validateResource]
      : [];
  const settings = policyConfig(policy.configSchema, config);
  return async (resource) => {
    const violations: string[] = [];
    const args = validationArgs(resource, settings);
    let applicable = false;
    let reason: string | undefined;
    for (const validate of validators) {
      try {
        await validate(args, (message) => violations.push(message));
        applicable = true;
      } catch (error) {
        if (!(error instanceof NotApplicable)) throw error;
        reason ??= error.message;
      }
    }
    return { violations, applicable, ...(applicable || reason === undefined ? {} : { reason }) };
  };
}

/** Runs one policy against one resource. It applies when any of its validations did not answer not-applicable. */
export async function judgeResource(
  policy: ResourceValidationPolicy,
  resource: CheckedResource,
  config: Record<string, unknown> = {},
): Promise<PolicyJudgement<string>> {
  return resourceJudge(policy, config)(resource);
}

/** Runs one policy against one resource; answers its violations (empty when it passes or does not apply). */
export async function evaluatePolicy(
  policy: ResourceValidationPolicy,
  resource: CheckedResource,
  config: Record<string, unknown> = {},
): Promise<string[]> {
  return (await judgeResource(policy, resource, config)).violations;
}

/** A plan resource as stack policies see it: with links to its parent and dependencies. */
export interface PlannedResource extends CheckedResource {
  dependencies?: string[];
}

/** A stack policy's violation: its message, and the resource it is about when it names one. */
export interface StackViolation {
  message: string;
  urn?: string;
}

/** Runs a stack policy over every resource of a plan; answers its violations. */
export async function evaluateStackPolicy(
  policy: StackValidationPolicy,
  resources: readonly PlannedResource[],
  config: Record<string, unknown> = {},
): Promise<StackViolation[]> {
  return (await judgeStack(policy, resources, config)).violations;
}

/**
 * The resources as the engine gives them to stack policies, linked to their parents and dependencies.
 * Every stack policy of an audit reads the same list, so it is built once per list of resources.
 */
const policyResourcesOf = new WeakMap<readonly PlannedResource[], PolicyResource[]>();

function policyResources(resources: readonly PlannedResource[]): PolicyResource[] {
  const known = policyResourcesOf.get(resources);
  if (known) return known;
  const byUrn = new Map<string, PolicyResource>();
  const built = resources.map((resource) => {
    const args = validationArgs(resource, {});
    const policyResource: PolicyResource = {
      type: resource.type,
      props: resource.props,
      urn: resource.urn,
      name: resource.name,
      opts: args.opts,
      ...(resource.provider
        ? {
            provider: {
              type: resource.provider.split('::')[2] ?? 'pulumi:providers',
              name: resource.provider.split('::').pop() ?? '',
              urn: resource.provider,
              props: {},
            },
          }
        : {}),
      dependencies: [],
      propertyDependencies: {},
      isType: args.isType,
      asType: args.asType as PolicyResource['asType'],
    };
    byUrn.set(resource.urn, policyResource);
    return policyResource;
  });
  resources.forEach((resource, index) => {
    const target = built[index]!;
    if (resource.parent && byUrn.has(resource.parent)) target.parent = byUrn.get(resource.parent)!;
    target.dependencies = (resource.dependencies ?? [])
      .map((urn) => byUrn.get(urn))
      .filter((found): found is PolicyResource => found !== undefined);
  });
  policyResourcesOf.set(resources, built);
  return built;
}

/** Runs a stack policy over every resource of a plan; answers its violations and whether it judged anything. */
export async function judgeStack(
  policy: StackValidationPolicy,
  resources: readonly PlannedResource[],
  config: Record<string, unknown> = {},
): Promise<PolicyJudgement<StackViolation>> {
  const violations: StackViolation[] = [];
  const settings = policyConfig(policy.configSchema, config);
  try {
    await policy.validateStack(
      {
        // A copy of the list, so a policy that reorders it cannot change what the next one sees.
        resources: [...policyResources(resources)],
        stackTags: new Map(),
        getConfig: <T extends object>() => settings as T,
        notApplicable,
      },
      (message, urn) => violations.push({ message, ...(urn ? { urn } : {}) }),
    );
  } catch (error) {
    if (!(error instanceof NotApplicable)) throw error;
    return { violations, applicable: false, reason: error.message };
  }
  return { violations, applicable: true };
}
