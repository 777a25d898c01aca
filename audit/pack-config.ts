import type { EnforcementLevel, PolicyConfigSchema } from '@pulumi/policy';
import type { ValidateFunction } from 'ajv/dist/2020';
import { closest } from 'fastest-levenshtein';
import type { Finding } from '../document/findings';
import type { FieldLocator } from '../document/locate';
import packConfigSchema from '../schema/policy-pack-config.v1.schema.json';
import { checkDocument, compileReporting } from '../validation/schema-check';
import { msg, said, type Localized, type Message } from '../document/i18n';
import { WAIVED_FINDINGS, WAIVER_POLICIES } from '../policies/waivers/apply';

/**
 * Pulumi's policy pack configuration (`--policy-pack-config`): per policy, or for `all`, either an
 * enforcement level or an object with `enforcementLevel` and the policy's config properties.
 */
export type PackConfig = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

/** The enforcement levels, as the pack config's schema lists them. */
export const LEVELS = packConfigSchema.$defs.level.enum as readonly EnforcementLevel[];

export interface PolicySettings {
  enforcement: EnforcementLevel;
  config: Record<string, unknown>;
}

/** What the pack config is checked against: a policy's name, default level and config schema. */
export interface ConfigurablePolicy {
  name: string;
  enforcementLevel?: EnforcementLevel;
  configSchema?: PolicyConfigSchema;
}

/** A problem in the pack config, at the key or value it is about (a path into the JSON object). */
export interface PackConfigProblem {
  path: (string | number)[];
  at?: 'key' | 'value';
  message: string;
  hint?: string;
  /** The message and hint as catalog messages, said in the reader's language. */
  localized?: Localized;
}

/** A problem at `path`, its message and hint in English and as catalog messages. */
function problemAt(path: (string | number)[], message: Message, hint?: Message, at?: 'key'): PackConfigProblem {
  return { path, ...(at ? { at } : {}), ...said(message, hint) };
}

/** The level and config one policy runs with: its own entry over `all` over its default. */
export function settingsFor(
  policy: { name: string; enforcementLevel?: EnforcementLevel },
  packConfig: PackConfig,
): PolicySettings {
  const entry = (value: PackConfig[string] | undefined) =>
    typeof value === 'string' ? { enforcementLevel: value } : (value ?? {});
  const all = entry(packConfig.all);
  const own = entry(packConfig[policy.name]);
  const { enforcementLevel: _ownLevel, ...config } = own;
  return { enforcement: own.enforcementLevel ?? all.enforcementLevel ?? policy.enforcementLevel ?? 'advisory', config };
}

/** Problems in a pack config: unknown policies (with a suggestion) and unknown levels. */
export function packConfigProblems(packConfig: unknown, policyNames: readonly string[]): string[] {
  return packConfigFindings(
    packConfig,
    policyNames.map((name) => ({ name })),
  ).map((problem) => problem.message);
}

/**
 * Every problem of a pack config, each with the path it is about: unknown policies (did you mean),
 * unknown levels, and each policy's config against that policy's own `configSchema`, as the Pulumi
 * CLI checks it before a run (`minimumDays: -5` for a policy that requires at least 180 was accepted).
 * A config that disables every policy that judges the stack is refused too: an audit under it judges nothing.
 */
export function packConfigFindings(packConfig: unknown, policies: readonly ConfigurablePolicy[]): PackConfigProblem[] {
  if (typeof packConfig !== 'object' || packConfig === null || Array.isArray(packConfig)) {
    return [problemAt([], msg('inputs.pack.not-object'))];
  }
  const byName = new Map(policies.map((policy) => [policy.name, policy]));
  const problems: PackConfigProblem[] = [];
  for (const [name, value] of Object.entries(packConfig)) {
    if (name !== 'all' && !byName.has(name)) {
      const suggestion = closest(name, [...byName.keys()]);
      problems.push(problemAt([name], msg('inputs.pack.unknown-policy', { name, suggestion }), undefined, 'key'));
      continue;
    }
    if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      problems.push(problemAt([name], msg('inputs.pack.level-or-object', { name })));
      continue;
    }
    // `all` takes a level only: `{"all": {"minimumDays": 365}}` passed and changed nothing.
    if (name === 'all' && typeof value === 'object')
      for (const key of Object.keys(value as object).filter((one) => one !== 'enforcementLevel'))
        problems.push(problemAt(['all', key], msg('inputs.pack.all-setting', { key }), undefined, 'key'));
    const level = typeof value === 'string' ? value : (value as { enforcementLevel?: unknown }).enforcementLevel;
    if (level !== undefined && !LEVELS.includes(level as EnforcementLevel)) {
      const path = typeof value === 'string' ? [name] : [name, 'enforcementLevel'];
      problems.push(
        problemAt(path, msg('inputs.pack.bad-level', { name, level: String(level), allowed: LEVELS.join(', ') })),
      );
    }
  }
  if (problems.length > 0) return problems;
  const config = packConfig as PackConfig;
  // The waiver policies judge the waiver file, not the stack: kept alone, the audit still judges nothing.
  const judging = policies.filter((policy) => !WAIVER_POLICIES.has(policy.name));
  const disabled = judging.filter((policy) => settingsFor(policy, config).enforcement === 'disabled');
  const waived = policies.find((policy) => policy.name === WAIVED_FINDINGS);
  if (judging.length > 0 && disabled.length === judging.length) {
    const path = config.all !== undefined ? ['all'] : [];
    problems.push(
      problemAt(
        path,
        msg('inputs.pack.all-disabled', { count: judging.length }),
        msg('inputs.pack.all-disabled.hint'),
        'key',
      ),
    );
  }
  // Under the pack a waived finding is reported by `waived-findings` alone (withWaivers): disabled, a waiver
  // hides its finding from `pulumi preview` without a word, which the README promises it never does.
  else if (waived && settingsFor(waived, config).enforcement === 'disabled') {
    const path = config[WAIVED_FINDINGS] !== undefined ? [WAIVED_FINDINGS] : ['all'];
    problems.push(problemAt(path, msg('inputs.pack.waived-findings-disabled'), undefined, 'key'));
  }
  // Mandatory, each waived finding it reports would fail `pulumi up` though its waiver accepts it, while
  // `audit` (which counts waived findings as waived) passed the same stack: the two verdicts differed.
  else if (waived && settingsFor(waived, config).enforcement === 'mandatory') {
    const path = config[WAIVED_FINDINGS] !== undefined ? [WAIVED_FINDINGS] : ['all'];
    problems.push(problemAt(path, msg('inputs.pack.waived-findings-mandatory'), undefined, 'key'));
  }
  return problems;
}

const validators = new Map<string, ValidateFunction>();

/**
 * Each policy's config against its `configSchema`, as Pulumi builds the JSON schema from it (an object
 * of those properties, `enforcementLevel` among them). Keys the schema does not name are refused too:
 * `minimumDay: 90` would otherwise leave the default in force in silence.
 */
export function policyConfigFindings(
  file: string,
  text: string,
  packConfig: PackConfig,
  policies: readonly ConfigurablePolicy[],
  locator: FieldLocator,
): Finding[] {
  const findings: Finding[] = [];
  for (const policy of policies) {
    const value = packConfig[policy.name];
    if (value === undefined || typeof value === 'string' || !policy.configSchema) continue;
    let validate = validators.get(policy.name);
    if (!validate) {
      const schema = {
        type: 'object',
        properties: { ...policy.configSchema.properties, enforcementLevel: { enum: [...LEVELS] } },
        ...(policy.configSchema.required ? { required: policy.configSchema.required } : {}),
        additionalProperties: false,
      };
      validate = compileReporting(schema);
      validators.set(policy.name, validate);
    }
    const within: FieldLocator = { locate: (path, at) => locator.locate([policy.name, ...path], at) };
    for (const finding of checkDocument({ file, text, data: value, locator: within }, validate)) {
      const localized = finding.localized && {
        ...finding.localized,
        message: msg('inputs.pack.in-policy', { policy: policy.name, message: finding.localized.message }),
      };
      findings.push({
        ...finding,
        message: `\`${policy.name}\`: ${finding.message}`,
        ...(localized ? { localized } : {}),
      });
    }
  }
  return findings;
}
