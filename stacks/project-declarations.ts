// Pulumi.yaml's config declarations as the Pulumi CLI reads them (pulumi/pulumi: sdk/go/common/workspace/
// project.go Project.Validate and loaders.go RewriteShorthandConfigValues): shorthand rewritten, attributes
// checked, then Project.Validate's rules, with the CLI's own sentences.
import { didYouMean, listAllowed } from '../document/suggest';
import { CONFIG_TYPES, fullTypeName, matchesConfigType, type ConfigType, type ItemsType } from './config-types';

export interface ConfigDeclaration {
  /** As written in Pulumi.yaml (`envcloud:mode`, or `mode` for the project's own namespace). */
  key: string;
  /** Namespaced: `envcloud:mode`. */
  fullKey: string;
  type?: ConfigType;
  items?: ItemsType;
  default?: unknown;
  value?: unknown;
  secret: boolean;
}

const ATTRIBUTES = ['type', 'items', 'description', 'secret', 'default', 'value'];

export function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The config key a stack or project key names (config.ParseKey): `ns:name`, the old `ns:config:name`, or a bare name in the project's namespace. */
export function fullConfigKey(projectName: string, key: string): string | undefined {
  const parts = key.split(':');
  if (parts.length === 1) return `${projectName}:${key}`;
  if (parts.length === 2) return key;
  if (parts.length === 3 && parts[1] === 'config') return `${parts[0]}:${parts[2]}`;
  return undefined;
}

/** Keys without a namespace or in the project's own take types and defaults; provider keys take only a value. */
function namespacedByProject(projectName: string, key: string): boolean {
  return !key.includes(':') || key.startsWith(`${projectName}:`);
}

/** Reads an `items` declaration (the project schema's configItemsType). */
function readItems(
  raw: unknown,
  path: (string | number)[],
  problem: (path: (string | number)[], message: string, hint?: string) => void,
): ItemsType | undefined {
  if (!isMap(raw) || typeof raw.type !== 'string' || !(CONFIG_TYPES as readonly string[]).includes(raw.type)) {
    problem(
      [...path, 'type'],
      'must name the type of the items',
      `one of ${listAllowed(CONFIG_TYPES)}, e.g. \`items: { type: object }\``,
    );
    return undefined;
  }
  const type = raw.type as ConfigType;
  if (type !== 'array') return { type };
  const items = raw.items === undefined ? undefined : readItems(raw.items, [...path, 'items'], problem);
  if (!items) {
    if (raw.items === undefined)
      problem(
        [...path, 'type'],
        'is an array of arrays without `items`',
        'say what the inner arrays hold: `items: { type: array, items: { type: string } }`',
      );
    return undefined;
  }
  return { type, items };
}

/** One declaration as the CLI reads it: shorthand rewritten, attributes checked, then Project.Validate's rules. */
export function readDeclaration(
  projectName: string,
  key: string,
  raw: unknown,
  problem: (path: (string | number)[], message: string, hint?: string, verbatim?: boolean) => void,
): ConfigDeclaration | undefined {
  const own = namespacedByProject(projectName, key);
  const fullKey = fullConfigKey(projectName, key);
  if (!fullKey) {
    problem(
      [],
      `could not parse ${key} as a configuration key (configuration keys should be of the form \`<namespace>:<name>\`)`,
      'write it as `envcloud:<name>`, or `<provider>:<name>`',
      true,
    );
    return undefined;
  }
  // RewriteShorthandConfigValues: `key: scalar-or-list` is a default in the project's namespace, a value in another.
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || Array.isArray(raw)) {
    return { key, fullKey, ...(own ? { default: raw } : { value: raw }), secret: false };
  }
  if (!isMap(raw)) {
    problem(
      [],
      'must be a declaration (type, description, default) or a value',
      'e.g. `envcloud:x: { type: string, default: "" }`',
    );
    return undefined;
  }
  let valid = true;
  for (const attribute of Object.keys(raw).filter((name) => !ATTRIBUTES.includes(name))) {
    const suggestion = didYouMean(attribute, ATTRIBUTES);
    problem(
      [attribute],
      `\`${attribute}\` is not a config declaration attribute`,
      `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}allowed: ${listAllowed(ATTRIBUTES)}`,
    );
    valid = false;
  }
  if (
    raw.type !== undefined &&
    (typeof raw.type !== 'string' || !(CONFIG_TYPES as readonly string[]).includes(raw.type))
  ) {
    const suggestion = typeof raw.type === 'string' ? didYouMean(raw.type, CONFIG_TYPES) : undefined;
    problem(
      ['type'],
      `${JSON.stringify(raw.type)} is not a config type`,
      `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}allowed: ${listAllowed(CONFIG_TYPES)}`,
    );
    valid = false;
  }
  if (raw.secret !== undefined && typeof raw.secret !== 'boolean') {
    problem(['secret'], 'must be true or false');
    valid = false;
  }
  const items = raw.items === undefined ? undefined : readItems(raw.items, ['items'], problem);
  if (raw.items !== undefined && !items) valid = false;
  if (!valid) return undefined;
  const declaration: ConfigDeclaration = {
    key,
    fullKey,
    ...(raw.type !== undefined ? { type: raw.type as ConfigType } : {}),
    ...(items ? { items } : {}),
    // YAML null is Go's nil: `default:` with nothing after it declares no default.
    ...(raw.default !== undefined && raw.default !== null ? { default: raw.default } : {}),
    ...(raw.value !== undefined && raw.value !== null ? { value: raw.value } : {}),
    secret: raw.secret === true,
  };
  return validDeclaration(projectName, declaration, problem) ? declaration : undefined;
}

/** Project.Validate, one rule at a time, with the CLI's messages. */
function validDeclaration(
  projectName: string,
  declaration: ConfigDeclaration,
  problem: (path: (string | number)[], message: string, hint?: string, verbatim?: boolean) => void,
): boolean {
  const { key, type, items } = declaration;
  const hasDefault = 'default' in declaration;
  if (hasDefault && 'value' in declaration) {
    problem(
      ['value'],
      `project config '${key}' cannot have both a 'default' and 'value' attribute`,
      'keep `default` (a stack may override it) or `value` (for another namespace), not both',
      true,
    );
    return false;
  }
  if (namespacedByProject(projectName, key)) {
    if (type === 'array' && !items) {
      problem(
        ['type'],
        `The configuration key '${key}' declares an array but does not specify the underlying type via the 'items' attribute`,
        'add e.g. `items: { type: string }`',
        true,
      );
      return false;
    }
    if (type && hasDefault && !matchesConfigType(type, items, declaration.default)) {
      const name = fullTypeName(type, items);
      problem(
        ['default'],
        `The default value specified for configuration key '${key}' is not of the expected type '${name}'`,
        `give a default of type ${name}, or change the type`,
        true,
      );
      return false;
    }
    return true;
  }
  if (type) {
    problem(
      ['type'],
      `Configuration key '${key}' is not namespaced by the project and should not define a type`,
      `only \`${projectName}:\` keys are typed; give \`${key}\` a \`value\``,
      true,
    );
    return false;
  }
  if (hasDefault) {
    problem(
      ['default'],
      `Configuration key '${key}' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?`,
      'rename `default` to `value`',
      true,
    );
    return false;
  }
  if (!('value' in declaration)) {
    problem(
      [],
      `Configuration key '${key}' is namespaced and must provide an attribute 'value'`,
      'set it per stack in Pulumi.<stack>.yaml instead, or give it a `value`',
      true,
    );
    return false;
  }
  return true;
}
