// The Pulumi program (Pulumi.yaml: `main: stacks/`). `pulumi up` runs this file; `envcloud preview`
// runs the same definePlatform() in-process under mocks.
import * as pulumi from '@pulumi/pulumi';
import { join } from 'node:path';
import { validatePaths } from '../validation/validate';
import { CONFIG_NAMESPACE, parsePlatformConfig } from './config';
import { definePlatform } from './platform';
import { selectSystems } from './selection';

/** The `envcloud:` keys as one object, read through Pulumi so secrets are decrypted by the engine. */
function readPlatformConfig(): Record<string, unknown> {
  const config = new pulumi.Config(CONFIG_NAMESPACE);
  const values: Record<string, unknown> = {
    mode: config.get('mode'),
    approvedRegistry: config.get('approvedRegistry'),
    logRetentionDays: config.getNumber('logRetentionDays'),
    singleCenterBackups: config.getBoolean('singleCenterBackups'),
    centers: config.getObject('centers'),
    pools: config.getObject('pools'),
    systems: config.getObject('systems'),
    platformStack: config.get('platformStack'),
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

export = async () => {
  const platform = parsePlatformConfig(readPlatformConfig());
  const report = await validatePaths(['manifests'], { cwd: join(__dirname, '..') });
  if (report.errors > 0) throw new Error(`${report.errors} manifest errors: run \`npx envcloud validate\` and fix them first`);
  const all = report.manifests.map((entry) => entry.manifest);
  return definePlatform(platform, selectSystems(report.manifests, platform.systems).map((entry) => entry.manifest), all);
};
