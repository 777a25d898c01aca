import { readInputFile, UsageError } from '../validation/files';
import { formatLocatedFindings } from '../document/input-checks';
import type { ConfigurablePolicy, PackConfig } from './pack-config';
import { readPackConfig } from './pack-config-file';

/** Reads a `--policy-pack-config` file; a missing default file means the policies' own defaults. */
export function loadPackConfig(path: string, policyNames: readonly string[], required: boolean): PackConfig {
  // Bounded, and only a regular file (a FIFO hung the read); a missing default file is no config.
  const read = readInputFile(path);
  if ('problem' in read) {
    if (!read.problem.missing)
      throw new UsageError(
        `${path}:1:1: error[pack-config]: the policy pack config ${read.problem.message}\n  hint: ${read.problem.hint}`,
      );
    if (required) throw new UsageError(`${path}: no such policy pack config file`);
    return {};
  }
  // The policies themselves carry the config schemas; loaded here, as only a pack config needs them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, as said above
  const { ALL_POLICIES } = require('../policies/all') as typeof import('../policies/all');
  const byName = new Map<string, ConfigurablePolicy>(ALL_POLICIES.map((policy) => [policy.name, policy]));
  const policies = policyNames.map((name) => byName.get(name) ?? { name });
  const { config, findings } = readPackConfig(path, read.bytes, policies);
  if (!config) throw new UsageError(formatLocatedFindings(findings));
  return config;
}
