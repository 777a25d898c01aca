import type { PolicyResource } from '@pulumi/policy';

/**
 * Which cluster or account a resource lives in: its provider. Names repeat across centers (each
 * cluster has a `portal` namespace), so resources are compared within one provider.
 */
export function providerOf(resource: PolicyResource): string {
  return resource.provider?.urn ?? resource.urn.split('::').slice(0, 2).join('::');
}

/** The resources of one type, by URN. */
export function ofType(resources: readonly PolicyResource[], type: string): PolicyResource[] {
  return resources.filter((resource) => resource.type === type);
}

/** Whether `resource` names `target` among its dependencies (an input taken from it, or dependsOn). */
export function dependsOn(resource: PolicyResource, target: PolicyResource): boolean {
  return resource.dependencies.some((dependency) => dependency.urn === target.urn);
}
