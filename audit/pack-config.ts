import type { EnforcementLevel } from '@pulumi/policy';
import { closest } from 'fastest-levenshtein';

/**
 * Pulumi's policy pack configuration (`--policy-pack-config`): per policy, or for `all`, either an
 * enforcement level or an object with `enforcementLevel` and the policy's config properties.
 */
export type PackConfig = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

const LEVELS: readonly EnforcementLevel[] = ['advisory', 'mandatory', 'disabled', 'remediate'];

export interface PolicySettings {
  enforcement: EnforcementLevel;
  config: Record<string, unknown>;
}

/** The level and config one policy runs with: its own entry over `all` over its default. */
export function settingsFor(policy: { name: string; enforcementLevel?: EnforcementLevel }, packConfig: PackConfig): PolicySettings {
  const entry = (value: PackConfig[string] | undefined) => (typeof value === 'string' ? { enforcementLevel: value } : (value ?? {}));
  const all = entry(packConfig.all);
  const own = entry(packConfig[policy.name]);
  const { enforcementLevel: _ownLevel, ...config } = own;
  return { enforcement: own.enforcementLevel ?? all.enforcementLevel ?? policy.enforcementLevel ?? 'advisory', config };
}

/** Problems in a pack config: unknown policies (with a suggestion) and unknown levels. */
export function packConfigProblems(packConfig: unknown, policyNames: readonly string[]): string[] {
  if (typeof packConfig !== 'object' || packConfig === null || Array.isArray(packConfig)) return ['the policy pack config must be a JSON object keyed by policy name (or `all`)'];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(packConfig)) {
    if (name !== 'all' && !policyNames.includes(name)) problems.push(`\`${name}\` is not a policy of the pack (did you mean \`${closest(name, [...policyNames])}\`?)`);
    const level = typeof value === 'string' ? value : (value as { enforcementLevel?: unknown } | null)?.enforcementLevel;
    if (level !== undefined && !LEVELS.includes(level as EnforcementLevel)) problems.push(`\`${name}\` has enforcement level \`${String(level)}\`; allowed: ${LEVELS.join(', ')}`);
    if (typeof value !== 'string' && (typeof value !== 'object' || value === null || Array.isArray(value))) problems.push(`\`${name}\` must be a level or an object`);
  }
  return problems;
}
