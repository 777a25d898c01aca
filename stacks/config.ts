import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import type { Pool } from '../model/domain';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { inReadersLanguage, pointerToPath } from '../validation/schema-check';
import { didYouMean } from '../document/suggest';
import { networkProblems } from './config-network';
import { realityProblems } from './config-reality';
import { asOfProblems } from './config-as-of';
import { platformConfigSchema } from './config-schema';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { DEFAULT_OPERATORS, OPERATORS, type OperatorDeclaration, type OperatorName } from '../model/operators';
import type { ObjectStoreUser } from '../components/onprem-object-stores';
import { ajvProblem } from '../document/ajv-text';
import { msg } from '../document/i18n';

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
  /** The day the plan is made for (YYYY-MM-DD): grants in sharing/ must be live on it. Default: today in China. */
  asOf?: string;
}

export const CONFIG_NAMESPACE = 'envcloud';

// Problems are built in config-problem.ts, which the checks this file runs import instead of this file.
export { allowedList, configProblem, configProblemsText, type ConfigProblem } from './config-problem';
import { allowedList, configProblem, configProblemsText, type ConfigProblem } from './config-problem';

export class ConfigError extends EnvcloudError {
  readonly exitCode = EXIT_USAGE;
  override readonly name = 'ConfigError';
  constructor(readonly problems: ConfigProblem[]) {
    super(configProblemsText(problems, 'en'));
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
      const key = keyName([...path, missing]);
      return configProblem(
        key,
        [...path, missing],
        msg('inputs.config.required'),
        msg('inputs.config.required.hint', { key }),
      );
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schema.properties ?? {});
      const suggestion = didYouMean(extra, allowed);
      const known = allowedList(allowed);
      return configProblem(
        keyName([...path, extra]),
        [...path, extra],
        msg('inputs.config.unknown'),
        suggestion
          ? msg('inputs.config.unknown.hint-suggest', { suggestion: keyName([...path, suggestion]), allowed: known })
          : msg('inputs.config.unknown.hint', { allowed: known }),
      );
    }
    case 'enum':
      return configProblem(
        keyName(path),
        path,
        msg('inputs.config.enum', { value: String(JSON.stringify(error.data)) }),
        msg('inputs.config.enum.hint', {
          allowed: allowedList((error.params as { allowedValues: unknown[] }).allowedValues),
        }),
      );
    default: {
      const problem = ajvProblem(error);
      const found = error.data !== undefined && typeof error.data !== 'object';
      // The key's description (stacks/config-schema.ts, '<中文>\n\n<English>') in the reader's language.
      return configProblem(
        keyName(path),
        path,
        found ? msg('inputs.config.found', { problem, value: String(JSON.stringify(error.data)) }) : problem,
        schema.description ? inReadersLanguage(schema.description) : undefined,
      );
    }
  }
}

/** Rules the schema cannot express: the topology must make sense for the mode. */
function topologyProblems(config: PlatformConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const roles = config.centers.map((center) => center.role);
  const primaries = roles.filter((role) => role === 'primary').length;
  if (primaries !== 1)
    problems.push(
      configProblem(keyName(['centers']), ['centers'], msg('inputs.config.one-primary', { found: primaries })),
    );
  config.centers.forEach((center, index) => {
    if (roles.indexOf(center.role) !== index)
      problems.push(
        configProblem(
          keyName(['centers', index, 'role']),
          ['centers', index, 'role'],
          msg('inputs.config.second-role', { role: center.role }),
        ),
      );
    if (config.centers.findIndex((other) => other.name === center.name) !== index) {
      problems.push(
        configProblem(
          keyName(['centers', index, 'name']),
          ['centers', index, 'name'],
          msg('inputs.config.name-twice', { name: center.name }),
        ),
      );
    }
    const needed: (keyof CenterConfig)[] = config.mode === 'aws' ? ['region', 'availabilityZones', 'vpcCidr'] : [];
    for (const field of needed) {
      if (center[field] === undefined) {
        problems.push(
          configProblem(
            keyName(['centers', index, field]),
            ['centers', index, field],
            msg('inputs.config.aws-required'),
            msg('inputs.config.aws-required.hint'),
          ),
        );
      }
    }
    // A key of the other mode is not read: `context` on an AWS center, `region` or `vpcCidr` on a cluster's,
    // passed without a word while the reader believed it set.
    const foreign: (keyof CenterConfig)[] =
      config.mode === 'aws' ? ['context', 'kubeconfig'] : ['region', 'availabilityZones', 'vpcCidr'];
    for (const field of foreign) {
      if (center[field] === undefined) continue;
      problems.push(
        configProblem(
          keyName(['centers', index, field]),
          ['centers', index, field],
          msg('inputs.config.other-mode', { field, mode: config.mode }),
          msg('inputs.config.other-mode.hint', { mode: config.mode }),
        ),
      );
    }
    // The same kubeconfig and context reach the same cluster: the copies a backup center keeps would sit
    // beside the primary's data, and every backup policy passed (the pack sees centers, not clusters).
    const reach = (other: CenterConfig) => `${other.kubeconfig ?? ''}\u0000${other.context ?? ''}`;
    const first = config.centers.findIndex((other) => reach(other) === reach(center));
    if (config.mode === 'kubeconfig' && first !== index) {
      problems.push(
        configProblem(
          keyName(['centers', index, center.context !== undefined ? 'context' : 'kubeconfig']),
          ['centers', index, center.context !== undefined ? 'context' : 'kubeconfig'],
          msg('inputs.config.same-cluster', { role: config.centers[first]!.role, name: config.centers[first]!.name }),
          msg('inputs.config.same-cluster.hint'),
        ),
      );
    }
    if (config.mode === 'kubeconfig' && center.context === undefined && center.kubeconfig === undefined) {
      problems.push(
        configProblem(
          keyName(['centers', index]),
          ['centers', index],
          msg('inputs.config.kubeconfig-needed'),
          msg('inputs.config.kubeconfig-needed.hint'),
        ),
      );
    }
  });
  if (config.singleCenterBackups && config.centers.length !== 1) {
    problems.push(
      configProblem(
        keyName(['singleCenterBackups']),
        ['singleCenterBackups'],
        msg('inputs.config.single-center', { found: config.centers.length }),
        msg('inputs.config.single-center.hint'),
      ),
    );
  }
  // A systems-only stack on the ministry's clusters would build its systems without their CloudNativePG
  // databases and Rook buckets, and its DR policies have no platform facts to judge by (only AWS exports them).
  if (config.platformStack && config.mode === 'kubeconfig') {
    problems.push(
      configProblem(
        keyName(['platformStack']),
        ['platformStack'],
        msg('inputs.config.platform-stack-kubeconfig'),
        msg('inputs.config.platform-stack-kubeconfig.hint'),
      ),
    );
  }
  return problems;
}

/** A declared operator must be the release envcloud renders its custom resources for (vendor/crds/). */
function operatorProblems(config: PlatformConfig): ConfigProblem[] {
  return (Object.entries(config.operators) as [OperatorName, OperatorDeclaration][]).flatMap(([name, declared]) => {
    const pinned = OPERATORS[name];
    if (declared.version === pinned.version) return [];
    const values = { declared: declared.version, project: pinned.project, pinned: pinned.version, crds: pinned.crds };
    return [
      configProblem(
        keyName(['operators', name, 'version']),
        ['operators', name, 'version'],
        msg('inputs.config.operator', values),
        msg('inputs.config.operator.hint', values),
      ),
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
  asOf: 'string',
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
  const { platformStack, systems, objectStoreUser, asOf, ...rest } = raw;
  return {
    ...rest,
    ...(asOf !== '' && asOf !== undefined ? { asOf } : {}),
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
    ...(value.asOf ? { asOf: value.asOf } : {}),
  };
  const problems = [
    ...topologyProblems(config),
    ...operatorProblems(config),
    ...asOfProblems(config.asOf, keyName),
    ...realityProblems(config.mode, config.centers, context.awsRegion, keyName),
    ...(config.mode === 'aws' ? networkProblems(config.centers, keyName) : []),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
