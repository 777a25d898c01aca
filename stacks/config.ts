import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import type { Pool } from '../model/domain';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { pointerToPath } from '../validation/schema-check';
import { didYouMean, listAllowed } from '../document/suggest';
import { networkProblems } from './config-network';
import { realityProblems } from './config-reality';
import { platformConfigSchema } from './config-schema';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { DEFAULT_OPERATORS, OPERATORS, type OperatorDeclaration, type OperatorName } from '../model/operators';
import type { ObjectStoreUser } from '../components/onprem-object-stores';

// Centers and pools are platform facts (model/topology.ts); re-exported for the stack's modules.
import type { CenterConfig, CenterRole, PoolCapacity } from '../model/topology';
export type { CenterConfig, CenterRole, PoolCapacity };

export interface SystemSelection {
  numbers?: number[];
  waves?: number[];
  units?: string[];
}

/** The validated stack configuration, with defaults applied. */
export interface PlatformConfig {
  mode: 'aws' | 'kubeconfig';
  approvedRegistry: string;
  logRetentionDays: number;
  singleCenterBackups: boolean;
  centers: CenterConfig[];
  pools: Record<Pool, PoolCapacity>;
  /** The operators the clusters run (kubeconfig mode), as declared; one left out is not on the clusters. */
  operators: Partial<Record<OperatorName, OperatorDeclaration>>;
  systems?: SystemSelection;
  /** Set for a systems-only stack: the platform stack it deploys onto. */
  platformStack?: string;
  /** kubeconfig mode: the platform RGW user whose keys set the buckets' versioning (default: profile envcloud-rgw). */
  objectStoreUser?: ObjectStoreUser;
}

export const CONFIG_NAMESPACE = 'envcloud';

/** One problem with a config key, named the way `pulumi config set --path` names it. */
export interface ConfigProblem {
  key: string;
  /** Path inside the namespace's value, for locating the key in Pulumi.<stack>.yaml. */
  path: (string | number)[];
  message: string;
  hint?: string;
}

export class ConfigError extends EnvcloudError {
  readonly exitCode = EXIT_USAGE;
  override readonly name = 'ConfigError';
  constructor(readonly problems: ConfigProblem[]) {
    super(
      problems
        .map((problem) => `${problem.key}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`)
        .join('\n'),
    );
  }
}

const validate = new Ajv2020({ allErrors: true, verbose: true, strict: true }).compile(platformConfigSchema);

function keyName(path: readonly (string | number)[]): string {
  const [head, ...rest] = path;
  let key = `${CONFIG_NAMESPACE}:${String(head ?? '')}`;
  for (const segment of rest) key += typeof segment === 'number' ? `[${segment}]` : `.${segment}`;
  return key;
}

function toProblem(error: ErrorObject): ConfigProblem {
  const path = pointerToPath(error.instancePath);
  const schema = (error.parentSchema ?? {}) as { description?: string; properties?: Record<string, unknown> };
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return {
        key: keyName([...path, missing]),
        path: [...path, missing],
        message: 'is required',
        hint: `set it in Pulumi.<stack>.yaml or with \`pulumi config set ${keyName([...path, missing])}\``,
      };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schema.properties ?? {});
      const suggestion = didYouMean(extra, allowed);
      return {
        key: keyName([...path, extra]),
        path: [...path, extra],
        message: 'is not a known setting',
        hint: `${suggestion ? `did you mean \`${keyName([...path, suggestion])}\`? ` : ''}known: ${listAllowed(allowed)}`,
      };
    }
    case 'enum':
      return {
        key: keyName(path),
        path,
        message: `${JSON.stringify(error.data)} is not allowed`,
        hint: `allowed: ${listAllowed((error.params as { allowedValues: unknown[] }).allowedValues)}`,
      };
    default:
      return {
        key: keyName(path),
        path,
        message: `${error.message ?? 'is invalid'}${error.data !== undefined && typeof error.data !== 'object' ? `, found ${JSON.stringify(error.data)}` : ''}`,
        ...(schema.description ? { hint: schema.description } : {}),
      };
  }
}

/** Rules the schema cannot express: the topology must make sense for the mode. */
function topologyProblems(config: PlatformConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const roles = config.centers.map((center) => center.role);
  const primaries = roles.filter((role) => role === 'primary').length;
  if (primaries !== 1)
    problems.push({
      key: keyName(['centers']),
      path: ['centers'],
      message: `needs exactly one center with role \`primary\`, found ${primaries}`,
    });
  config.centers.forEach((center, index) => {
    if (roles.indexOf(center.role) !== index)
      problems.push({
        key: keyName(['centers', index, 'role']),
        path: ['centers', index, 'role'],
        message: `a second \`${center.role}\` center`,
      });
    if (config.centers.findIndex((other) => other.name === center.name) !== index) {
      problems.push({
        key: keyName(['centers', index, 'name']),
        path: ['centers', index, 'name'],
        message: `center name \`${center.name}\` is used twice`,
      });
    }
    const needed: (keyof CenterConfig)[] = config.mode === 'aws' ? ['region', 'availabilityZones', 'vpcCidr'] : [];
    for (const field of needed) {
      if (center[field] === undefined) {
        problems.push({
          key: keyName(['centers', index, field]),
          path: ['centers', index, field],
          message: `is required in \`aws\` mode`,
          hint: 'each AWS center needs a region, two availability zones (one for a backup-only same-city center) and a VPC range',
        });
      }
    }
    if (config.mode === 'kubeconfig' && center.context === undefined && center.kubeconfig === undefined) {
      problems.push({
        key: keyName(['centers', index]),
        path: ['centers', index],
        message: 'needs `context` or `kubeconfig` in `kubeconfig` mode',
        hint: 'pulumi config set --secret --path envcloud:centers[N].kubeconfig "$(cat cluster.kubeconfig)"',
      });
    }
  });
  if (config.singleCenterBackups && config.centers.length !== 1) {
    problems.push({
      key: keyName(['singleCenterBackups']),
      path: ['singleCenterBackups'],
      message: `is only allowed with exactly one center (found ${config.centers.length})`,
      hint: 'with backup centers configured, backups must be copied to them',
    });
  }
  return problems;
}

/** A declared operator must be the release envcloud renders its custom resources for (vendor/crds/). */
function operatorProblems(config: PlatformConfig): ConfigProblem[] {
  return (Object.entries(config.operators) as [OperatorName, OperatorDeclaration][]).flatMap(([name, declared]) => {
    const pinned = OPERATORS[name];
    if (declared.version === pinned.version) return [];
    return [
      {
        key: keyName(['operators', name, 'version']),
        path: ['operators', name, 'version'],
        message: `\`${declared.version}\` is not the ${pinned.project} release envcloud renders its custom resources for (${pinned.version}, vendor/crds/${pinned.crds})`,
        hint: `run ${pinned.project} ${pinned.version} on the clusters, or vendor the CRDs of ${declared.version} and move the pin in model/operators.ts (vendor/crds/README.md)`,
      },
    ];
  });
}

/** How the program reads each key from the text the engine passes, as pulumi.Config's get, getNumber, getBoolean and getObject do. */
const KEY_KINDS: Readonly<Record<keyof PlatformConfig, 'string' | 'number' | 'boolean' | 'object'>> = {
  mode: 'string',
  approvedRegistry: 'string',
  logRetentionDays: 'number',
  singleCenterBackups: 'boolean',
  centers: 'object',
  pools: 'object',
  operators: 'object',
  systems: 'object',
  platformStack: 'string',
  objectStoreUser: 'object',
};

/**
 * The `envcloud:` keys of the config the engine gives the program (every value a string), decoded:
 * numbers, booleans and JSON for the keys that hold them. Text that does not decode is kept as text,
 * so the schema names the key and what it expects instead of a parse error without one. Keys of other
 * namespaces are left out; unknown `envcloud:` keys are kept so a misspelt one is reported.
 */
export function platformValuesOf(config: Readonly<Record<string, string>>): Record<string, unknown> {
  const prefix = `${CONFIG_NAMESPACE}:`;
  const values: Record<string, unknown> = {};
  for (const [fullKey, text] of Object.entries(config)) {
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    const kind = (KEY_KINDS as Record<string, string>)[key];
    let value: unknown = text;
    if (kind === 'number' && text.trim() !== '' && !Number.isNaN(Number(text))) value = Number(text);
    else if (kind === 'boolean' && (text === 'true' || text === 'false')) value = text === 'true';
    else if (kind === 'object') {
      try {
        value = JSON.parse(text) as unknown;
      } catch {
        value = text;
      }
    }
    values[key] = value;
  }
  return values;
}

/**
 * Pulumi.yaml's defaults for the optional keys, which mean "not set": an empty platform stack (this
 * stack builds its own platform), a selection with no criteria (every system) and no object store user. `pulumi config rm`
 * brings a key back to them.
 */
function withoutUnsetDefaults(raw: Record<string, unknown>): Record<string, unknown> {
  const { platformStack, systems, objectStoreUser, ...rest } = raw;
  return {
    ...rest,
    ...(isEmptyObject(objectStoreUser) || objectStoreUser === undefined ? {} : { objectStoreUser }),
    ...(platformStack !== '' && platformStack !== undefined ? { platformStack } : {}),
    ...(systems !== undefined && !isEmptyObject(systems) ? { systems } : {}),
  };
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/**
 * Validates the `envcloud:` config of a stack (an object of keys without the prefix) and applies
 * defaults; `awsRegion` is the stack's `aws:region`, which decides its AWS partition. Throws
 * ConfigError listing every problem, each naming its key.
 */
export function parsePlatformConfig(
  given: Record<string, unknown>,
  context: { awsRegion?: string } = {},
): PlatformConfig {
  const raw = withoutUnsetDefaults(given);
  if (!validate(raw)) throw new ConfigError((validate.errors ?? []).map(toProblem));
  const value = raw as Partial<PlatformConfig> & Pick<PlatformConfig, 'mode' | 'centers' | 'pools'>;
  const config: PlatformConfig = {
    mode: value.mode,
    approvedRegistry: value.approvedRegistry ?? DEFAULT_APPROVED_REGISTRY,
    logRetentionDays: value.logRetentionDays ?? 180,
    singleCenterBackups: value.singleCenterBackups ?? false,
    centers: value.centers,
    pools: value.pools,
    operators: value.operators ?? DEFAULT_OPERATORS,
    ...(value.systems ? { systems: value.systems } : {}),
    ...(value.platformStack ? { platformStack: value.platformStack } : {}),
    ...(value.objectStoreUser ? { objectStoreUser: value.objectStoreUser } : {}),
  };
  const problems = [
    ...topologyProblems(config),
    ...operatorProblems(config),
    ...realityProblems(config.mode, config.centers, context.awsRegion, keyName),
    ...(config.mode === 'aws' ? networkProblems(config.centers, keyName) : []),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
