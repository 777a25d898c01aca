// Pulumi.yaml's config declarations as the Pulumi CLI reads them (pulumi/pulumi: sdk/go/common/workspace/
// project.go Project.Validate and loaders.go RewriteShorthandConfigValues): shorthand rewritten, attributes
// checked, then Project.Validate's rules, with the CLI's own sentences.
import { didYouMean } from '../document/suggest';
import { msg, type Message } from '../document/i18n';
import { allowedList } from './config';
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

/** `allowed: …`, after `did you mean …?` when there is a close one. */
function allowedHint(suggestion: string | undefined, allowed: readonly string[]): Message {
  return suggestion
    ? msg('inputs.project.allowed-suggest', { suggestion, allowed: allowedList(allowed) })
    : msg('inputs.config.enum.hint', { allowed: allowedList(allowed) });
}

/** Reads an `items` declaration (the project schema's configItemsType). */
function readItems(
  raw: unknown,
  path: (string | number)[],
  problem: (path: (string | number)[], message: Message, hint?: Message) => void,
): ItemsType | undefined {
  if (!isMap(raw) || typeof raw.type !== 'string' || !(CONFIG_TYPES as readonly string[]).includes(raw.type)) {
    problem(
      [...path, 'type'],
      msg('inputs.project.items-type'),
      msg('inputs.project.items-type.hint', { types: allowedList(CONFIG_TYPES), example: 'items: { type: object }' }),
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
        msg('inputs.project.array-of-arrays'),
        msg('inputs.project.array-of-arrays.hint', { example: 'items: { type: array, items: { type: string } }' }),
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
  problem: (path: (string | number)[], message: Message, hint?: Message, verbatim?: boolean) => void,
): ConfigDeclaration | undefined {
  const own = namespacedByProject(projectName, key);
  const fullKey = fullConfigKey(projectName, key);
  if (!fullKey) {
    problem([], msg('inputs.config.bad-key', { key }), msg('inputs.project.bad-key.hint'), true);
    return undefined;
  }
  // RewriteShorthandConfigValues: `key: scalar-or-list` is a default in the project's namespace, a value in another.
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || Array.isArray(raw)) {
    return { key, fullKey, ...(own ? { default: raw } : { value: raw }), secret: false };
  }
  if (!isMap(raw)) {
    problem(
      [],
      msg('inputs.project.not-declaration'),
      msg('inputs.project.e-g', { example: 'envcloud:x: { type: string, default: "" }' }),
    );
    return undefined;
  }
  let valid = true;
  for (const attribute of Object.keys(raw).filter((name) => !ATTRIBUTES.includes(name))) {
    const suggestion = didYouMean(attribute, ATTRIBUTES);
    problem([attribute], msg('inputs.project.attribute', { attribute }), allowedHint(suggestion, ATTRIBUTES));
    valid = false;
  }
  if (
    raw.type !== undefined &&
    (typeof raw.type !== 'string' || !(CONFIG_TYPES as readonly string[]).includes(raw.type))
  ) {
    const suggestion = typeof raw.type === 'string' ? didYouMean(raw.type, CONFIG_TYPES) : undefined;
    problem(
      ['type'],
      msg('inputs.project.type', { value: String(JSON.stringify(raw.type)) }),
      allowedHint(suggestion, CONFIG_TYPES),
    );
    valid = false;
  }
  if (raw.secret !== undefined && typeof raw.secret !== 'boolean') {
    problem(['secret'], msg('inputs.project.secret'));
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
  problem: (path: (string | number)[], message: Message, hint?: Message, verbatim?: boolean) => void,
): boolean {
  const { key, type, items } = declaration;
  const hasDefault = 'default' in declaration;
  if (hasDefault && 'value' in declaration) {
    problem(['value'], msg('inputs.project.both', { key }), msg('inputs.project.both.hint'), true);
    return false;
  }
  if (namespacedByProject(projectName, key)) {
    if (type === 'array' && !items) {
      problem(
        ['type'],
        msg('inputs.project.array-items', { key }),
        msg('inputs.project.array-items.hint', { example: 'items: { type: string }' }),
        true,
      );
      return false;
    }
    if (type && hasDefault && !matchesConfigType(type, items, declaration.default)) {
      const name = fullTypeName(type, items);
      problem(
        ['default'],
        msg('inputs.project.default-type', { key, type: name }),
        msg('inputs.project.default-type.hint', { type: name }),
        true,
      );
      return false;
    }
    return true;
  }
  if (type) {
    problem(
      ['type'],
      msg('inputs.project.typed-foreign', { key }),
      msg('inputs.project.typed-foreign.hint', { project: projectName, key }),
      true,
    );
    return false;
  }
  if (hasDefault) {
    problem(
      ['default'],
      msg('inputs.project.default-foreign', { key }),
      msg('inputs.project.default-foreign.hint'),
      true,
    );
    return false;
  }
  if (!('value' in declaration)) {
    problem([], msg('inputs.project.value-needed', { key }), msg('inputs.project.value-needed.hint'), true);
    return false;
  }
  return true;
}
