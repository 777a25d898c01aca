import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import * as jsYaml from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { packageRoot } from '../model/paths';
import { EMBEDDED_OBJECTS_LABEL } from '../components/restore-test-spec';
import { ajvProblem } from '../document/ajv-text';
import { msg, render, untranslated, type Message } from '../document/i18n';

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

/**
 * An object as YAML for kubectl and kubeconform. js-yaml writes the two thousand objects of a preview about
 * three times faster than the full YAML library (which keeps comments and positions, needed here by no one);
 * `noRefs` writes a shared value twice instead of as an anchor, and strings YAML 1.1 would read as booleans
 * or numbers (`on`, `0755`) are quoted, as the API server's YAML reader needs.
 */
export function renderYaml(object: KubernetesObject): string {
  return jsYaml.dump(object, { lineWidth: -1, noRefs: true, sortKeys: false });
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

/** Where the operators' CRDs are vendored, one folder per project with its licence (vendor/crds/README.md). */
export const VENDORED_CRDS = join(packageRoot(), 'vendor', 'crds');

type JsonSchema = Record<string, unknown>;

/**
 * A CRD's structural schema made strict, as the API server's strict field validation is: an object
 * that lists its properties accepts no other field unless it says `x-kubernetes-preserve-unknown-fields`
 * (the server would drop or refuse a misspelt field; offline it is an error). Extension keywords go.
 */
export function strictSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(strictSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema as JsonSchema)) {
    if (key.startsWith('x-kubernetes-')) continue;
    // `properties`, `patternProperties` and `definitions` hold names, not keywords: recurse into their values only.
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as JsonSchema).map(([name, child]) => [name, strictSchema(child)]))
        : strictSchema(value);
  }
  // ajv takes OpenAPI's `nullable` only beside a `type`: an int-or-string (`anyOf` both, no type) that may
  // be null, as Rook's quotas are, takes null as one more choice instead.
  if (out.nullable !== undefined && out.type === undefined) {
    if (out.nullable === true && Array.isArray(out.anyOf)) out.anyOf = [...(out.anyOf as unknown[]), { type: 'null' }];
    delete out.nullable;
  }
  const source = schema as JsonSchema;
  if (source.properties && source.additionalProperties === undefined && !source['x-kubernetes-preserve-unknown-fields'])
    out.additionalProperties = false;
  return out;
}

/** Validators of custom resources by `group/version/kind`, each compiled when first asked for. */
export class CrdValidators {
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  constructor(private readonly schemas: ReadonlyMap<string, JsonSchema>) {}

  /** The kinds there are schemas for, `group/version/kind`. */
  keys(): IterableIterator<string> {
    return this.schemas.keys();
  }

  /** A kind's validator, undefined for a kind no vendored CRD has. Compiling all of them cost a second per run. */
  get(key: string): ValidateFunction | undefined {
    const known = this.compiled.get(key);
    if (known) return known;
    const schema = this.schemas.get(key);
    if (!schema) return undefined;
    const validate = this.ajv.compile(schema);
    this.compiled.set(key, validate);
    return validate;
  }
}

let crdValidators: CrdValidators | undefined;

/** Every vendored CRD's served versions, as `group/version/kind` → its openAPIV3Schema made strict (read once). */
export function vendoredCrdValidators(folder: string = VENDORED_CRDS): CrdValidators {
  if (folder === VENDORED_CRDS && crdValidators) return crdValidators;
  const schemas = new Map<string, JsonSchema>();
  for (const project of readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(join(folder, project.name)).filter((name) => name.endsWith('.yaml'))) {
      // js-yaml (the JSON-compatible core schema) reads the 650 KiB of vendored CRDs about three times faster than
      // the full YAML library; they are plain YAML written by controller-gen.
      const text = readFileSync(join(folder, project.name, file), 'utf8');
      for (const document of jsYaml.loadAll(text, undefined, { schema: jsYaml.CORE_SCHEMA })) {
        const crd = document as {
          kind?: string;
          spec?: {
            group: string;
            names: { kind: string };
            versions: { name: string; served: boolean; schema?: { openAPIV3Schema: unknown } }[];
          };
        } | null;
        if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
        for (const version of crd.spec.versions.filter((candidate) => candidate.served && candidate.schema)) {
          const root = strictSchema(version.schema!.openAPIV3Schema) as JsonSchema;
          // Every object has these, whether or not its CRD's schema lists them (the API server adds them).
          root.properties = {
            apiVersion: { type: 'string' },
            kind: { type: 'string' },
            metadata: { type: 'object' },
            ...(root.properties as JsonSchema),
          };
          schemas.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, root);
        }
      }
    }
  }
  const validators = new CrdValidators(schemas);
  if (folder === VENDORED_CRDS) crdValidators = validators;
  return validators;
}

/** Checks a custom resource against its operator's vendored CRD; undefined when no vendored CRD has its kind. */
export function checkCustomResource(
  object: KubernetesObject,
  validators: CrdValidators = vendoredCrdValidators(),
): string[] | undefined {
  return customResourceProblems(object, validators)?.map((problem) => render(problem, 'en'));
}

/** checkCustomResource's problems as catalog messages, said in the reader's language when printed. */
export function customResourceProblems(
  object: KubernetesObject,
  validators: CrdValidators = vendoredCrdValidators(),
): Message[] | undefined {
  const validate = validators.get(`${object.apiVersion}/${object.kind}`);
  if (!validate) return undefined;
  if (validate(object as unknown)) return [];
  return (validate.errors ?? []).map((error) => {
    const extra =
      error.keyword === 'additionalProperties'
        ? ` \`${(error.params as { additionalProperty: string }).additionalProperty}\``
        : error.keyword === 'enum'
          ? ` (${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
          : '';
    return msg('inputs.k8s.crd', {
      kind: `${object.apiVersion}/${object.kind}`,
      name: object.metadata.name ?? '',
      where: error.instancePath || '/',
      problem: ajvProblem(error),
      extra,
    });
  });
}

/**
 * Checks an object offline against the Kubernetes OpenAPI schemas (kubernetes-models), and a custom
 * resource against its operator's vendored CRD schema. Answers the problems found, `unknown kind`
 * when neither covers it.
 */
export function checkKubernetesObject(object: KubernetesObject): string[] {
  return kubernetesProblems(object).map((problem) => render(problem, 'en'));
}

/** checkKubernetesObject's problems as catalog messages, said in the reader's language when printed. */
export function kubernetesProblems(object: KubernetesObject): Message[] {
  return [...checkOneObject(object), ...checkEmbeddedObjects(object)];
}

/**
 * A ConfigMap labelled `envcloud.mee.gov.cn/embedded-objects` holds objects a job creates later (the restore
 * test's recovery Clusters, components/restore-test-spec.ts): each value's documents are checked like any object.
 */
export function checkEmbeddedObjects(object: KubernetesObject): Message[] {
  const labels = (object.metadata.labels ?? {}) as Record<string, string>;
  if (object.kind !== 'ConfigMap' || labels[EMBEDDED_OBJECTS_LABEL] !== 'true') return [];
  return Object.entries((object.data ?? {}) as Record<string, string>).flatMap(([key, text]) =>
    parseAllDocuments(text).flatMap((document) =>
      checkOneObject(toKubernetesObject(document.toJS() as Record<string, unknown>)).map((problem) =>
        msg('inputs.k8s.embedded', { key, problem }),
      ),
    ),
  );
}

function checkOneObject(object: KubernetesObject): Message[] {
  const custom = customResourceProblems(object);
  if (custom) return custom;
  const Model = modelFor(object.apiVersion, object.kind);
  if (!Model) return [msg('inputs.k8s.unknown-kind', { kind: `${object.apiVersion}/${object.kind}` })];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [modelProblem(error as Error & { errors?: ErrorObject[] })];
  }
}

/**
 * kubernetes-models' error: ajv's errors said in English as the library joins them (`data/spec/replicas
 * must be integer, …`), each said again in Chinese from its keyword, with its path.
 */
function modelProblem(error: Error & { errors?: ErrorObject[] }): Message {
  const problems = (error.errors ?? []).map((item) =>
    msg('inputs.k8s.at', { where: `data${item.instancePath}`, problem: ajvProblem(item) }),
  );
  const chinese = problems.reduce<Message | undefined>(
    (first, second) => (first ? msg('inputs.k8s.and', { first, second }) : second),
    undefined,
  );
  return untranslated(error.message, chinese ?? msg('ajv.keyword', { keyword: 'validate' }));
}
