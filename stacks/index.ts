// The Pulumi program (Pulumi.yaml: `main: stacks/`). `pulumi up` runs this file; `envcloud preview`
// runs the same definePlatform() in-process under mocks.
import * as pulumi from '@pulumi/pulumi';
import { join } from 'node:path';
import { validatePaths } from '../validation/validate';
import { parsePlatformConfig, platformValuesOf } from './config';
import { definePlatform } from './platform';
import { selectSystems } from './selection';

export = async () => {
  // Every key the engine passed (PULUMI_CONFIG, secrets already decrypted), decoded as the offline
  // engine decodes Pulumi.<stack>.yaml: one reading of the config, and a misspelt key is refused here too.
  const config = pulumi.runtime.allConfig();
  const platform = parsePlatformConfig(platformValuesOf(config), { awsRegion: config['aws:region'] });
  const report = await validatePaths(['manifests'], { cwd: join(__dirname, '..') });
  if (report.errors > 0) throw new Error(`${report.errors} manifest errors: run \`npx envcloud validate\` and fix them first`);
  const all = report.manifests.map((entry) => entry.manifest);
  return definePlatform(platform, selectSystems(report.manifests, platform.systems).map((entry) => entry.manifest), all);
};
