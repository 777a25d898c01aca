// The Pulumi program (Pulumi.yaml: `main: stacks/`). `pulumi up` runs this file; `envcloud preview`
// runs the same definePlatform() in-process under mocks.
import * as pulumi from '@pulumi/pulumi';
import { isAbsolute, join } from 'node:path';
import { SYSTEMS_PER_BATCH, waitForRegistrations } from './pacing';
import { validatePaths } from '../validation/validate';
import { ConfigError, parsePlatformConfig, platformValuesOf } from './config';
import { loadSharing } from './data-access';
import { definePlatform } from './platform';
import { assertDeployable } from './preflight';
import { selectionProblems, selectSystems } from './selection';
import { ManifestErrors, programError } from './program-errors';

export = async () => {
  try {
    return await program();
  } catch (error) {
    throw programError(error);
  }
};

async function program() {
  // Every key the engine passed (PULUMI_CONFIG, secrets already decrypted), decoded as the offline
  // engine decodes Pulumi.<stack>.yaml: one reading of the config, and a misspelt key is refused here too.
  const config = pulumi.runtime.allConfig();
  const platform = parsePlatformConfig(platformValuesOf(config), { awsRegion: config['aws:region'] });
  // The manifests beside Pulumi.yaml, whose folder the engine passes (--root-directory). Without an
  // engine the SDK answers a placeholder ("rootDirectory"), and the repository's manifests are meant.
  const root = pulumi.getRootDirectory();
  const cwd = isAbsolute(root) ? root : join(__dirname, '..');
  const report = await validatePaths(['manifests'], { cwd });
  if (report.errors > 0) throw new ManifestErrors(report.findings.filter((finding) => finding.severity === 'error'));
  const all = report.manifests.map((entry) => entry.manifest);
  const unmatched = selectionProblems(all, platform.systems);
  if (unmatched.length > 0) throw new ConfigError(unmatched);
  const entries = selectSystems(report.manifests, platform.systems);
  const selected = entries.map((entry) => entry.manifest);
  // Refused before anything is registered, each problem located in the manifest behind it.
  assertDeployable(selected, platform, { entries });
  // Registered a hundred systems at a time: the SDK's bookkeeping for thousands of systems at once
  // costs more memory and time than the engine gains from receiving them all together.
  // The grants in sharing/ live on the stack's `envcloud:asOf` day, else today in China, open systems'
  // data to their holders (issue #13 §2): the plan `envcloud preview --as-of` makes offline.
  const sharing = await loadSharing(cwd, platform.asOf);
  return definePlatform(platform, selected, all, { batch: SYSTEMS_PER_BATCH, wait: waitForRegistrations }, sharing);
}
