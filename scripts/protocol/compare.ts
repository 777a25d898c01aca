// What the engine double recorded, in plan.json's terms, so the two paths can be compared field by field.
import type { PlanResource } from '../../engine/plan';
import { ROOT_STACK_TYPE } from '../../engine/urn';
import type { RecordedResource } from './engine-double';

/** The identity and options of a resource: what `pulumi state`, `--target` and the engine act on. */
export interface ResourceShape {
  urn: string;
  type: string;
  parent?: string;
  provider?: string;
  protect: boolean;
  retainOnDelete: boolean;
  dependencies: string[];
  aliases?: string[];
  typeAliases?: string[];
}

function shape(
  resource: Omit<ResourceShape, 'dependencies'> & { dependencies: readonly string[] },
  rootUrn?: string,
): ResourceShape {
  const parent = resource.parent && resource.parent !== rootUrn ? resource.parent : undefined;
  return {
    urn: resource.urn,
    type: resource.type,
    ...(parent ? { parent } : {}),
    ...(resource.provider ? { provider: resource.provider } : {}),
    protect: resource.protect,
    retainOnDelete: resource.retainOnDelete,
    dependencies: [...resource.dependencies].sort(),
    ...(resource.aliases?.length ? { aliases: [...resource.aliases] } : {}),
    ...(resource.typeAliases?.length ? { typeAliases: [...resource.typeAliases] } : {}),
  };
}

/**
 * The program's resources as the engine received them, sorted by URN. The stack resource itself is
 * left out, and so is a parent that is the stack: under mocks no stack resource exists, and plan.json
 * lists what the program declares.
 */
export function recordedShapes(resources: readonly RecordedResource[], rootUrn?: string): ResourceShape[] {
  return resources
    .filter((resource) => resource.urn !== rootUrn && resource.type !== ROOT_STACK_TYPE)
    .map((resource) => shape(resource, rootUrn))
    .sort((a, b) => a.urn.localeCompare(b.urn));
}

export function planShapes(resources: readonly PlanResource[]): ResourceShape[] {
  return resources.map((resource) => shape(resource)).sort((a, b) => a.urn.localeCompare(b.urn));
}
