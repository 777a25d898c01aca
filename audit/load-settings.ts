import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../validation/files';
import { readPackConfig, type ConfigurablePolicy, type PackConfig } from './pack-config';

/** Reads a `--policy-pack-config` file; a missing default file means the policies' own defaults. */
export function loadPackConfig(path: string, policyNames: readonly string[], required: boolean): PackConfig {
  if (!existsSync(path)) {
    if (required) throw new UsageError(`${path}: no such policy pack config file`);
    return {};
  }
  // The policies themselves carry the config schemas; loaded here, as only a pack config needs them.
  const { ALL_POLICIES } = require('../policies/all') as typeof import('../policies/all');
  const byName = new Map<string, ConfigurablePolicy>(ALL_POLICIES.map((policy) => [policy.name, policy]));
  const policies = policyNames.map((name) => byName.get(name) ?? { name });
  const { config, findings } = readPackConfig(path, readFileSync(path), policies);
  if (!config) {
    throw new UsageError(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: error[${finding.ruleId}]: ${finding.message}${finding.hint ? `\n  hint: ${finding.hint}` : ''}`).join('\n'));
  }
  return config;
}
