import type { Plan, PlanResource } from '../../engine/plan';

const SYSTEM = 'envcloud.mee.gov.cn/system';

/** The planned resources labelled as a system's (its Kubernetes objects). */
export function ofSystem(plan: Plan, slug: string) {
  return plan.resources.filter(
    (resource) =>
      ((resource.inputs.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {})[SYSTEM] === slug,
  );
}

/** The prod stack's URN prefix, which the hand-made plans of the diff tests share. */
export const STACK_URN = 'urn:pulumi:prod::envcloud::';

/** A planned resource as the engine would record it, its URN built from its parent's type chain. */
export function planResource(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  extra: Partial<PlanResource> = {},
): PlanResource {
  const parentType = extra.parent ? `${extra.parent.split('::')[2]}$` : '';
  return {
    urn: `${STACK_URN}${parentType}${type}::${name}`,
    type,
    name,
    protect: false,
    retainOnDelete: false,
    dependencies: [],
    inputs,
    ...extra,
  };
}
