// Pulumi.yaml's config declarations, applied to a stack's config exactly as the Pulumi CLI applies them
// before it starts the program (pulumi/pulumi: sdk/go/common/workspace/project.go Project.Validate and
// loaders.go RewriteShorthandConfigValues; pkg/workspace/config.go mergeConfig). The offline engine and
// the runtime-protocol test both start from the config map built here, so an offline run fails where
// `pulumi preview` would, with the CLI's own sentences, located in the file to change.
import { existsSync } from 'node:fs';
import { readInputFile } from '../validation/files';
import { dirname, join, relative, resolve } from 'node:path';
import type { Position } from '../document/findings';
import type { Locator } from '../document/locate';
import { parseLocatedYaml } from '../document/located-yaml';
import { didYouMean, listAllowed } from '../document/suggest';
import type { ConfigProblem } from './config';
import {
  CONFIG_TYPES,
  checkedContent,
  encryptedMatches,
  fullTypeName,
  holdsEncrypted,
  matchesConfigType,
  type ConfigType,
  type ItemsType,
} from './config-types';

export const PROJECT_FILE = 'Pulumi.yaml';

/** A stack-config problem; `file` when it is not in the stack file, `verbatim` when the message is the CLI's sentence (it names the key itself). */
export interface StackConfigProblem extends ConfigProblem, Position {
  file?: string;
  verbatim?: boolean;
}

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

export interface ProjectFile {
  /** Path of Pulumi.yaml relative to the stack's folder, as problems name it. */
  file: string;
  name: string;
  declarations: ConfigDeclaration[];
  locator: Locator;
}

const ATTRIBUTES = ['type', 'items', 'description', 'secret', 'default', 'value'];

function isMap(value: unknown): value is Record<string, unknown> {
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

/** The project file the CLI would use for a stack in `root`: the nearest Pulumi.yaml in it or above it. */
function findProjectFile(root: string): string | undefined {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const candidate = join(dir, PROJECT_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
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
function readDeclaration(
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

/** Loads and validates Pulumi.yaml's name and config declarations; problems instead of a project when any. */
export function loadProjectFile(root: string): { project?: ProjectFile; problems: StackConfigProblem[] } {
  const path = findProjectFile(root);
  if (!path) {
    return {
      problems: [
        {
          file: PROJECT_FILE,
          key: PROJECT_FILE,
          path: [],
          message: 'does not exist in this folder or any above it',
          hint: 'the stack files belong beside the project’s Pulumi.yaml',
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const file = relative(resolve(root), path) || PROJECT_FILE;
  // The manifests' encoding checks (a BOM, UTF-16, GBK), located, instead of reading mojibake.
  // Bounded, and only a regular file, like every input file (a FIFO hung the read).
  const read = readInputFile(path);
  if ('problem' in read) {
    const { problem } = read;
    return {
      problems: [
        {
          file,
          key: PROJECT_FILE,
          path: [],
          message: problem.missing ? 'vanished while it was read' : problem.message,
          hint: problem.missing ? 'run the command again' : problem.hint,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const bytes = read.bytes;
  const parsed = parseLocatedYaml(bytes);
  if (parsed.problems.length > 0)
    return { problems: parsed.problems.map((problem) => ({ file, key: PROJECT_FILE, path: [], ...problem })) };
  const { document, locator } = parsed as Extract<typeof parsed, { text: string }>;
  const raw = document.toJS({ maxAliasCount: 16 }) as unknown;
  const problems: StackConfigProblem[] = [];
  const name = isMap(raw) ? raw.name : undefined;
  if (typeof name !== 'string' || name === '') {
    problems.push({
      file,
      key: 'name',
      path: [],
      message: "project is missing a non-empty string 'name' attribute",
      hint: 'name: envcloud',
      verbatim: true,
      ...locator.locate(['name']),
    });
    return { problems };
  }
  const config = isMap(raw) ? raw.config : undefined;
  if (config !== undefined && config !== null && !isMap(config)) {
    problems.push({
      file,
      key: 'config',
      path: [],
      message: 'must map config keys to their declarations',
      hint: 'envcloud keeps its stack files beside Pulumi.yaml; `stackConfigDir` is not used',
      ...locator.locate(['config']),
    });
    return { problems };
  }
  const declarations: ConfigDeclaration[] = [];
  for (const key of Object.keys(config ?? {}).sort()) {
    const declaration = readDeclaration(
      name,
      key,
      (config as Record<string, unknown>)[key],
      (path, message, hint, verbatim) => {
        problems.push({
          file,
          key,
          path,
          message,
          ...(hint ? { hint } : {}),
          ...(verbatim ? { verbatim } : {}),
          ...locator.locate(['config', key, ...path], path.length === 0 ? 'key' : 'value'),
        });
      },
    );
    if (declaration) declarations.push(declaration);
  }
  return problems.length > 0 ? { problems } : { project: { file, name, declarations, locator }, problems };
}

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'` (formatMissingKeys). */
function quotedList(keys: readonly string[]): string {
  const quoted = [...keys].sort().map((key) => `'${key}'`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]!}`;
}

export interface StackSide {
  stack: string;
  /** The stack's values by full key (`envcloud:mode`). */
  values: Record<string, unknown>;
  /** Where a full key's value is written in the stack file. */
  locate(fullKey: string): Position;
  /** Where the stack file's `config:` is (for keys that should be added there). */
  configPosition: Position;
}

export interface MergedConfig {
  values: Record<string, unknown>;
  /** Keys whose value is encrypted, wholly or inside (the engine's PULUMI_CONFIG_SECRET_KEYS). */
  secretKeys: string[];
  problems: StackConfigProblem[];
}

/**
 * mergeConfig and validateStackConfigValues: project values and defaults fill the keys the stack does
 * not set; a project key with neither is required; typed keys must hold their type, secret ones an
 * encrypted value. The CLI stops at the first type error; every one is reported here, in its order.
 */
export function applyProjectConfig(project: ProjectFile, side: StackSide): MergedConfig {
  const values: Record<string, unknown> = { ...side.values };
  const fromProject = new Set<string>();
  const missing: ConfigDeclaration[] = [];
  for (const declaration of project.declarations) {
    if (declaration.fullKey in values) continue;
    const given = 'default' in declaration ? declaration.default : declaration.value;
    if (given === undefined) {
      if (declaration.fullKey.startsWith(`${project.name}:`)) missing.push(declaration);
      continue;
    }
    values[declaration.fullKey] = given;
    fromProject.add(declaration.fullKey);
  }
  const problems: StackConfigProblem[] = [];
  if (missing.length > 0) {
    const keys = missing.map((declaration) => declaration.key);
    problems.push({
      key: missing.map((declaration) => declaration.fullKey).join(', '),
      path: [],
      message: `Stack '${side.stack}' is missing configuration ${keys.length === 1 ? 'value' : 'values'} ${quotedList(keys)}`,
      hint: `set ${keys.length === 1 ? 'it' : 'each'} with \`pulumi config set ${missing[0]!.fullKey} <value> --stack ${side.stack}\`, or give ${keys.length === 1 ? 'it' : 'them'} a \`default\` in ${project.file}`,
      verbatim: true,
      ...side.configPosition,
    });
  }
  for (const declaration of project.declarations) {
    const { key, fullKey, type, items } = declaration;
    if (!type || !(fullKey in values)) continue;
    const value = values[fullKey];
    const where = fromProject.has(fullKey)
      ? {
          file: project.file,
          ...project.locator.locate(['config', key, 'default' in declaration ? 'default' : 'value']),
        }
      : side.locate(fullKey);
    if (declaration.secret && !holdsEncrypted(value)) {
      problems.push({
        key: fullKey,
        path: [],
        message: `Stack '${side.stack}' with configuration key '${key}' must be encrypted as it's secret`,
        hint: `pulumi config set --secret ${fullKey} <value> --stack ${side.stack}`,
        verbatim: true,
        ...where,
      });
      continue;
    }
    const content = checkedContent(value);
    const matches = content.known ? matchesConfigType(type, items, content.content) : encryptedMatches(type);
    if (matches === false) {
      const name = fullTypeName(type, items);
      problems.push({
        key: fullKey,
        path: [],
        message: `Stack '${side.stack}' with configuration key '${key}' must be of type '${name}'`,
        hint: `Pulumi.yaml declares \`${key}\` as ${name}`,
        verbatim: true,
        ...where,
      });
    }
  }
  const secretKeys = Object.keys(values)
    .filter((key) => holdsEncrypted(values[key]))
    .sort();
  return { values, secretKeys, problems };
}

/** The config as the engine hands it to the program (PULUMI_CONFIG): strings as they are, everything else as JSON. */
export function pulumiConfigOf(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}
