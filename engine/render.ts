import { stringify } from 'yaml';

/** A Kubernetes object as the program asked for it (Pulumi inputs of a `kubernetes:` resource). */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export function isKubernetesResource(type: string): boolean {
  return type.startsWith('kubernetes:') && !type.startsWith('pulumi:providers:');
}

/** The object to render: the inputs, without Pulumi-only keys. */
export function toKubernetesObject(inputs: Record<string, unknown>): KubernetesObject {
  const { apiVersion, kind, ...rest } = inputs as KubernetesObject;
  return { apiVersion, kind, ...rest, metadata: (rest.metadata ?? {}) as KubernetesObject['metadata'] };
}

/** File name of a rendered object: `<center>/<namespace or _cluster>/<kind>-<name>.yaml`. */
export function renderedPath(center: string, object: KubernetesObject): string {
  const namespace = object.metadata.namespace ?? '_cluster';
  return `${center}/${namespace}/${object.kind.toLowerCase()}-${object.metadata.name ?? 'unnamed'}.yaml`;
}

export function renderYaml(object: KubernetesObject): string {
  return stringify(object, { lineWidth: 0, sortMapEntries: false });
}

type ModelClass = new (data: unknown) => { validate(): void };

/** The kubernetes-models class for an apiVersion and kind, or undefined for kinds it does not know (CRDs). */
function modelFor(apiVersion: string, kind: string): ModelClass | undefined {
  const modulePath = `kubernetes-models/${apiVersion}/${kind}`;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require(modulePath) as Record<string, ModelClass>)[kind];
  } catch {
    return undefined;
  }
}

/**
 * Checks an object offline against the Kubernetes OpenAPI schemas (kubernetes-models). Answers the
 * problems found, `unknown kind` when the schemas do not cover it.
 */
export function checkKubernetesObject(object: KubernetesObject): string[] {
  const Model = modelFor(object.apiVersion, object.kind);
  if (!Model) return [`unknown kind ${object.apiVersion}/${object.kind}: no schema to check it against`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
