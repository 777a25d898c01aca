import type { Plan } from '../../engine/plan';

const SYSTEM = 'envcloud.mee.gov.cn/system';

/** The planned resources labelled as a system's (its Kubernetes objects). */
export function ofSystem(plan: Plan, slug: string) {
  return plan.resources.filter(
    (resource) =>
      ((resource.inputs.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {})[SYSTEM] === slug,
  );
}
