import { MIGRATING_OUTCOMES, type SystemMigration } from '../model/domain';
import { isFromRegistry, registryOf } from '../model/registry';
import type { Finding } from '../document/findings';
import { fieldPath } from '../document/findings';
import { LazyLocator, type FieldPathSegments } from '../document/locate';
import type { ManifestEntry } from '../validation/rules';
import { IMAGE_RULE_ID } from '../validation/rules/placement';
import { capacityProblemMessage, capacityProblems } from './capacity';
import { CONFIG_NAMESPACE, type PlatformConfig } from './config';
import { tierProblems } from './topology';
import { EnvcloudError, EXIT_FINDINGS } from '../model/errors';
import { databaseLayout, longReplicaNames, ONPREM_DATABASE_ENGINES } from '../components/onprem-system-data';
import { MAX_DATABASE_CLUSTER_NAME_LENGTH } from '../model/k8s-names';
import { OPERATORS, type OperatorName } from '../model/operators';
import {
  localizedText,
  msg,
  said,
  t,
  untranslated,
  type Language,
  type Localized,
  type Message,
} from '../document/i18n';

/** A problem's message and hint in English and as catalog messages; of a system, `system N (slug): …`. */
function words(
  message: Message,
  hint: Message,
  system?: { number: number; slug: string },
): { message: string; hint: string; localized: Localized } {
  const whole = system
    ? msg('inputs.preflight.of-system', { number: system.number, slug: system.slug, problem: message })
    : message;
  return said(whole, hint) as { message: string; hint: string; localized: Localized };
}

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
        ...words(
          msg('inputs.preflight.engine', { engine, engines: ONPREM_DATABASE_ENGINES.join(', ') }),
          msg('inputs.preflight.engine.hint', { namespace: CONFIG_NAMESPACE, engine }),
          { number: manifest.metadata.number, slug: manifest.metadata.slug },
        ),
        system: {
          number: manifest.metadata.number,
          slug: manifest.metadata.slug,
          path: ['spec', 'placement', 'database', 'engine'],
        },
      },
    ];
  });
}

/**
 * Replica database clusters a kubeconfig stack would name past CloudNativePG's 50 characters: a replica
 * in another center is `<cluster>-<center>`, and a center's name (up to 22 characters) can make it
 * longer than the restore test's `<cluster>-restore-test`, the longest name validate can judge alone.
 */
function replicaNameProblems(manifests: readonly SystemMigration[], config: PlatformConfig): PreflightProblem[] {
  if (config.mode !== 'kubeconfig') return [];
  return manifests.flatMap((manifest): PreflightProblem[] => {
    const tier = manifest.spec.protection?.backup?.tier;
    if (
      !MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) ||
      manifest.spec.placement?.database?.engine !== 'postgresql' ||
      !tier ||
      tier === 'none'
    )
      return [];
    const layout = databaseLayout(tier, config.centers);
    const system = { number: manifest.metadata.number, slug: manifest.metadata.slug };
    return longReplicaNames(manifest, layout?.replicas ?? []).map((name) => ({
      ruleId: 'replica-names-fit',
      ...words(
        msg('inputs.preflight.replica-name', { name, length: name.length, max: MAX_DATABASE_CLUSTER_NAME_LENGTH }),
        msg('inputs.preflight.replica-name.hint', { namespace: CONFIG_NAMESPACE }),
        system,
      ),
      system: { ...system, path: ['metadata', 'slug'] },
    }));
  });
}

/** How to declare an operator in the stack's config: the line to add under `envcloud:operators`. */
function declareHint(name: OperatorName): Message {
  const { version, namespace, project } = OPERATORS[name];
  return msg('inputs.preflight.declare.hint', {
    namespace: CONFIG_NAMESPACE,
    declaration: `${name}: { version: ${version}, installedBy: cluster-team }`,
    project,
    version,
    ns: namespace,
  });
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
    ...words(
      msg('inputs.preflight.operator-platform', {
        project: OPERATORS[name].project,
        serves: msg('inputs.preflight.serves', { name: name.replace('-', '_') }),
        namespace: CONFIG_NAMESPACE,
      }),
      declareHint(name),
    ),
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
                ...words(
                  msg('inputs.preflight.operator-database', {
                    project: OPERATORS['cloudnative-pg'].project,
                    namespace: CONFIG_NAMESPACE,
                  }),
                  msg('inputs.preflight.or-aws', { hint: declareHint('cloudnative-pg'), namespace: CONFIG_NAMESPACE }),
                  { number: manifest.metadata.number, slug: manifest.metadata.slug },
                ),
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
    | 'replica-names-fit'
    | 'operator-declared'
    | typeof IMAGE_RULE_ID;
  message: string;
  hint: string;
  /** The message and hint as catalog messages, said in the reader's language. */
  localized?: Localized;
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
    super(preflightText(findings, 'en'));
    this.localized = untranslated(this.message, preflightText(findings, 'zh'));
    this.findings = findings;
  }
}

/** The findings as the error says them, in `lang`. */
function preflightText(findings: readonly Finding[], lang: Language): string {
  const lines = findings.map((finding) => {
    const { message, hint } = localizedText(finding, lang);
    const line = t(lang, 'inputs.preflight.line', { at: whereOf(finding), rule: finding.ruleId, message });
    return `${line}\n${t(lang, 'inputs.config.hint', { hint: hint ?? '' })}`;
  });
  return [t(lang, 'inputs.preflight.title'), ...lines].join('\n');
}

/** Each problem as a located finding: in the system's manifest, else in Pulumi.<stack>.yaml (line 0 when no file is known). */
export function locatePreflight(problems: readonly PreflightProblem[], sources: PreflightSources = {}): Finding[] {
  const bySystem = new Map((sources.entries ?? []).map((entry) => [entry.manifest.metadata.number, entry]));
  const stackLocator = sources.stackFile ? new LazyLocator(sources.stackFile.text) : undefined;
  return problems.map((problem) => {
    const base = {
      severity: 'error' as const,
      ruleId: problem.ruleId,
      message: problem.message,
      hint: problem.hint,
      ...(problem.localized ? { localized: problem.localized } : {}),
    };
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
              ...words(
                msg('inputs.preflight.registry', {
                  workload: workload.name,
                  image: workload.image,
                  registry: registryOf(workload.image),
                  approved: registry,
                  namespace: CONFIG_NAMESPACE,
                }),
                msg('inputs.preflight.registry.hint', { approved: registry, registry: registryOf(workload.image) }),
              ),
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
      ...words(
        capacityProblemMessage(problem),
        msg('inputs.preflight.capacity.hint', {
          namespace: CONFIG_NAMESPACE,
          pool: problem.pool,
          resource: problem.resource,
        }),
      ),
      config: [`${CONFIG_NAMESPACE}:pools`, problem.pool, problem.resource],
    })),
    ...tierProblems(manifests, config).map((problem): PreflightProblem => ({
      ruleId: 'backup-tier-deliverable',
      ...words(problem.said, msg('inputs.preflight.tier.hint', { namespace: CONFIG_NAMESPACE }), problem),
      system: { number: problem.number, slug: problem.slug, path: ['spec', 'protection', 'backup', 'tier'] },
    })),
    ...registryProblems(manifests, config.approvedRegistry),
    ...engineProblems(manifests, config),
    ...replicaNameProblems(manifests, config),
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
