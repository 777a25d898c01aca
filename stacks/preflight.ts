import { MIGRATING_OUTCOMES, type SystemMigration } from '../model/domain';
import { isFromRegistry, registryOf } from '../model/registry';
import type { Finding } from '../document/findings';
import { fieldPath } from '../document/findings';
import { LazyLocator, type FieldPathSegments } from '../document/locate';
import type { ManifestEntry } from '../validation/rules';
import { IMAGE_RULE_ID } from '../validation/rules/placement';
import { capacityProblems, describeCapacityProblem } from './capacity';
import { CONFIG_NAMESPACE, type PlatformConfig } from './config';
import { tierProblems } from './topology';
import { EnvcloudError, EXIT_FINDINGS } from '../model/errors';
import { ONPREM_DATABASE_ENGINES } from '../components/onprem-system-data';
import { OPERATORS, type OperatorName } from '../model/operators';

/**
 * Databases a kubeconfig stack cannot run: its clusters run PostgreSQL through CloudNativePG only, so
 * another engine the schema allows (MySQL) is refused at the manifest's engine, naming the alternative.
 */
function engineProblems(manifests: readonly SystemMigration[], config: PlatformConfig): PreflightProblem[] {
  if (config.mode !== 'kubeconfig') return [];
  return manifests.flatMap((manifest): PreflightProblem[] => {
    const engine = manifest.spec.placement?.database?.engine;
    if (
      !MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) ||
      !engine ||
      ONPREM_DATABASE_ENGINES.includes(engine)
    )
      return [];
    return [
      {
        ruleId: 'database-engine-supported',
        message: `system ${manifest.metadata.number} (${manifest.metadata.slug}): the database engine \`${engine}\` does not run on this stack's clusters, which run ${ONPREM_DATABASE_ENGINES.join(', ')} only (CloudNativePG)`,
        hint: `use \`engine: postgresql\` (migrate the schema and data, e.g. with pgloader), or deploy the system with an \`${CONFIG_NAMESPACE}:mode: aws\` stack, whose managed databases run ${engine}`,
        system: {
          number: manifest.metadata.number,
          slug: manifest.metadata.slug,
          path: ['spec', 'placement', 'database', 'engine'],
        },
      },
    ];
  });
}

/** How to declare an operator in the stack's config: the line to add under `envcloud:operators`. */
function declareHint(name: OperatorName): string {
  const { version, namespace, project } = OPERATORS[name];
  return `declare it under \`${CONFIG_NAMESPACE}:operators\` in Pulumi.<stack>.yaml (\`${name}: { version: ${version}, installedBy: cluster-team }\`) once the cluster team runs ${project} ${version} in \`${namespace}\` on every cluster, or with \`installedBy: envcloud\` for the platform stack to install its chart`;
}

/**
 * Operators a kubeconfig stack that builds its own platform needs and its config does not declare:
 * Rook-Ceph and Velero for every center's object store and backup locations (at the config key), and
 * CloudNativePG for each system with a database (at the manifest's database, which needs it).
 */
function operatorProblems(manifests: readonly SystemMigration[], config: PlatformConfig): PreflightProblem[] {
  if (config.mode !== 'kubeconfig' || config.platformStack) return [];
  const missing = (name: OperatorName) => config.operators[name] === undefined;
  const platform = (['rook-ceph', 'velero'] as const).filter(missing).map((name): PreflightProblem => ({
    ruleId: 'operator-declared',
    message: `the clusters need ${OPERATORS[name].project} for ${OPERATORS[name].serves} in every center, and \`${CONFIG_NAMESPACE}:operators\` does not declare it`,
    hint: declareHint(name),
    config: [`${CONFIG_NAMESPACE}:operators`],
  }));
  const databases = missing('cloudnative-pg')
    ? manifests.flatMap((manifest): PreflightProblem[] =>
        // A MySQL database is refused by database-engine-supported already.
        MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) &&
        ONPREM_DATABASE_ENGINES.includes(manifest.spec.placement?.database?.engine ?? '')
          ? [
              {
                ruleId: 'operator-declared',
                message: `system ${manifest.metadata.number} (${manifest.metadata.slug}): its database runs on ${OPERATORS['cloudnative-pg'].project}, which \`${CONFIG_NAMESPACE}:operators\` does not declare for this stack's clusters`,
                hint: `${declareHint('cloudnative-pg')}; or deploy the system with an \`${CONFIG_NAMESPACE}:mode: aws\` stack`,
                system: {
                  number: manifest.metadata.number,
                  slug: manifest.metadata.slug,
                  path: ['spec', 'placement', 'database'],
                },
              },
            ]
          : [],
      )
    : [];
  return [...platform, ...databases];
}

/**
 * Something this stack cannot deliver for its manifests, found before any resource is registered.
 * Problems are data with a path: a manifest field (of system `number`) or a stack config key, located
 * in the file only when the files are known (`PreflightSources`).
 */
export interface PreflightProblem {
  ruleId:
    | 'pool-capacity'
    | 'backup-tier-deliverable'
    | 'database-engine-supported'
    | 'operator-declared'
    | typeof IMAGE_RULE_ID;
  message: string;
  hint: string;
  /** The manifest field behind the problem. */
  system?: { number: number; slug: string; path: FieldPathSegments };
  /** The stack config key behind the problem, as its path under `config:` in Pulumi.<stack>.yaml. */
  config?: FieldPathSegments;
}

/** Where the manifests and the stack's config are written, to locate problems in them. */
export interface PreflightSources {
  entries?: readonly ManifestEntry[];
  stackFile?: { file: string; text: string };
}

/** Raised before any resource is registered: the stack cannot deliver what the manifests ask for. */
export class PreflightError extends EnvcloudError {
  override readonly name = 'PreflightError';
  /** A finding about the manifests against this stack, like a policy's. */
  readonly exitCode = EXIT_FINDINGS;
  readonly findings: Finding[];
  constructor(
    readonly problems: PreflightProblem[],
    sources: PreflightSources = {},
  ) {
    const findings = locatePreflight(problems, sources);
    super(
      `the stack cannot be deployed (preflight):\n${findings.map((finding) => `${whereOf(finding)}: error[${finding.ruleId}]: ${finding.message}\n  hint: ${finding.hint}`).join('\n')}`,
    );
    this.findings = findings;
  }
}

/** Each problem as a located finding: in the system's manifest, else in Pulumi.<stack>.yaml (line 0 when no file is known). */
export function locatePreflight(problems: readonly PreflightProblem[], sources: PreflightSources = {}): Finding[] {
  const bySystem = new Map((sources.entries ?? []).map((entry) => [entry.manifest.metadata.number, entry]));
  const stackLocator = sources.stackFile ? new LazyLocator(sources.stackFile.text) : undefined;
  return problems.map((problem) => {
    const base = { severity: 'error' as const, ruleId: problem.ruleId, message: problem.message, hint: problem.hint };
    if (problem.system) {
      const entry = bySystem.get(problem.system.number);
      const field = fieldPath(problem.system.path);
      if (entry) return { ...base, file: entry.file, ...entry.locator.locate(problem.system.path), field };
      // Manifests given in memory have no file: the system names itself (line 0: no position).
      return { ...base, file: `system ${problem.system.number} (${problem.system.slug})`, line: 0, column: 0, field };
    }
    const path = problem.config ?? [];
    if (!sources.stackFile || !stackLocator)
      return { ...base, file: 'stack config', line: 0, column: 0, field: fieldPath(path) };
    return {
      ...base,
      file: sources.stackFile.file,
      ...stackLocator.locate(['config', ...path], 'key'),
      field: fieldPath(path),
    };
  });
}

/** `file:line:column`, or what the problem is about when no file holds it. */
function whereOf(finding: Finding): string {
  return finding.line > 0 ? `${finding.file}:${finding.line}:${finding.column}` : `${finding.file} ${finding.field}`;
}

/** Images outside the stack's registry: validate judged the default (or `--registry`); a stack may name another. */
function registryProblems(manifests: readonly SystemMigration[], registry: string): PreflightProblem[] {
  return manifests.flatMap((manifest) => {
    // Only a migrating system's workloads run (MigratedSystem); validate refuses workloads anywhere else.
    if (!MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome)) return [];
    return (manifest.spec.placement?.workloads ?? []).flatMap((workload, index): PreflightProblem[] =>
      isFromRegistry(workload.image, registry)
        ? []
        : [
            {
              ruleId: IMAGE_RULE_ID,
              message: `workload \`${workload.name}\` uses image ${workload.image} from ${registryOf(workload.image)}, not from this stack's approved registry ${registry} (${CONFIG_NAMESPACE}:approvedRegistry)`,
              hint: `push the image to ${registry} and reference it there, or deploy the system with a stack that approves ${registryOf(workload.image)}`,
              system: {
                number: manifest.metadata.number,
                slug: manifest.metadata.slug,
                path: ['spec', 'placement', 'workloads', index, 'image'],
              },
            },
          ],
    );
  });
}

/** Pool capacities, backup tiers and image registries, checked together so one run reports every problem. */
export function preflightProblems(manifests: readonly SystemMigration[], config: PlatformConfig): PreflightProblem[] {
  return [
    ...capacityProblems(manifests, config.pools, config.mode).map((problem): PreflightProblem => ({
      ruleId: 'pool-capacity',
      message: describeCapacityProblem(problem),
      hint: `raise \`${CONFIG_NAMESPACE}:pools.${problem.pool}.${problem.resource}\`, deploy fewer systems in this stack (\`${CONFIG_NAMESPACE}:systems\`), or lower what the largest ask for`,
      config: [`${CONFIG_NAMESPACE}:pools`, problem.pool, problem.resource],
    })),
    ...tierProblems(manifests, config).map((problem): PreflightProblem => ({
      ruleId: 'backup-tier-deliverable',
      message: `system ${problem.number} (${problem.slug}): ${problem.reason}`,
      hint: `choose a tier this stack's centers deliver, or give the stack the centers the tier needs (\`${CONFIG_NAMESPACE}:centers\`)`,
      system: { number: problem.number, slug: problem.slug, path: ['spec', 'protection', 'backup', 'tier'] },
    })),
    ...registryProblems(manifests, config.approvedRegistry),
    ...engineProblems(manifests, config),
    ...operatorProblems(manifests, config),
  ];
}

export function assertDeployable(
  manifests: readonly SystemMigration[],
  config: PlatformConfig,
  sources: PreflightSources = {},
): void {
  const problems = preflightProblems(manifests, config);
  if (problems.length > 0) throw new PreflightError(problems, sources);
}
