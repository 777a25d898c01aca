import type * as pulumi from '@pulumi/pulumi';
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { evaluatePolicy, type PlannedResource } from '../../engine/policy-run';

/**
 * Checks typed args of a resource class against a policy, as the engine would: `args` is typed by
 * the class's own Args interface, so a fixture cannot drift from the provider's shape.
 */
export async function violationsOf<TArgs>(
  policy: ResourceValidationPolicy,
  resourceClass: { new (name: string, args: TArgs, opts?: pulumi.CustomResourceOptions): unknown },
  args: TArgs,
  config: Record<string, unknown> = {},
): Promise<string[]> {
  // Every Pulumi resource class carries its type token as a static (not in the typings).
  const type = (resourceClass as unknown as { __pulumiType: string }).__pulumiType;
  return evaluatePolicy(
    policy,
    {
      type,
      name: 'fixture',
      urn: `urn:pulumi:test::envcloud::${type}::fixture`,
      props: args as Record<string, unknown>,
    },
    config,
  );
}

/** A resource of a stack, as stack policies see it; `provider` names the center (`primary-aws`). */
export function planned(
  type: string,
  name: string,
  props: Record<string, unknown> = {},
  extra: Partial<PlannedResource> & { center?: string } = {},
): PlannedResource {
  const { center, ...rest } = extra;
  return {
    type,
    name,
    urn: `urn:pulumi:test::envcloud::${type}::${name}`,
    props,
    ...(center ? { provider: `urn:pulumi:test::envcloud::pulumi:providers:${type.split(':')[0]}::${center}` } : {}),
    ...rest,
  };
}

/** @pulumi/policy's own proxy for values not known during a preview, as the analyzer server wraps props in it (its typings are stripped). */
export const unknownProxy = require('@pulumi/policy/proxy') as {
  unknownCheckingProxy<T>(value: T): T;
  unknownStringValue: string;
};
