/** The type of the resource every program's resources hang from; the engine leaves it out of their URNs. */
export const ROOT_STACK_TYPE = 'pulumi:pulumi:Stack';

/**
 * A resource's URN as the Pulumi engine builds it (pkg/resource/urn.go NewURN): the parent's qualified
 * type, that is its whole chain of component types, then `$` and this type. Children of the stack
 * resource carry their own type only. Pulumi's mocks prefix the immediate parent's type alone, which
 * names every grandchild of a component wrongly; offline runs use this instead.
 */
export function engineUrn(stack: string, project: string, type: string, name: string, parent?: string): string {
  const parentType = parent ? parent.split('::')[2] : undefined;
  const qualified = parentType && parentType !== ROOT_STACK_TYPE ? `${parentType}$${type}` : type;
  return `urn:pulumi:${stack}::${project}::${qualified}::${name}`;
}
