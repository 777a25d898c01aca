import { readInputFile } from '../validation/files';
import { locatedFindingsMessage } from '../document/input-checks';
import { msg, said, usageError } from '../document/i18n';
import type { ConfigurablePolicy, PackConfig } from './pack-config';
import { readPackConfig } from './pack-config-file';

/** Reads a `--policy-pack-config` file; a missing default file means the policies' own defaults. */
export function loadPackConfig(path: string, policyNames: readonly string[], required: boolean): PackConfig {
  // Bounded, and only a regular file (a FIFO hung the read); a missing default file is no config.
  const read = readInputFile(path);
  if ('problem' in read) {
    if (!read.problem.missing) {
      const { localized } = read.problem;
      const finding = {
        file: path,
        line: 1,
        column: 1,
        severity: 'error' as const,
        ruleId: 'pack-config',
        ...said(msg('inputs.pack.unreadable', { problem: localized.message }), localized.hint),
      };
      throw usageError(locatedFindingsMessage([finding]));
    }
    if (required) throw usageError(msg('inputs.pack.missing', { file: path }));
    return {};
  }
  // The policies themselves carry the config schemas; loaded here, as only a pack config needs them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, as said above
  const { ALL_POLICIES } = require('../policies/all') as typeof import('../policies/all');
  const byName = new Map<string, ConfigurablePolicy>(ALL_POLICIES.map((policy) => [policy.name, policy]));
  const policies = policyNames.map((name) => byName.get(name) ?? { name });
  const { config, findings } = readPackConfig(path, read.bytes, policies);
  if (!config) throw usageError(locatedFindingsMessage(findings));
  return config;
}
