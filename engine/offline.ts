import './deferred-modules';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import type { SystemMigration } from '../model/domain';
import { msg, render, untranslated, usageError } from '../document/i18n';
import type { Finding } from '../document/findings';
import { readSharing } from '../stacks/data-access';
import { definePlatform, type PlatformOutputs } from '../stacks/platform';
import { assertDeployable } from '../stacks/preflight';
import { SYSTEMS_PER_BATCH } from '../stacks/pacing';
import { selectionProblems, selectSystems } from '../stacks/selection';
import { loadProjectFile, pulumiConfigOf } from '../stacks/project-file';
import { loadStackFile, locatedConfigError, STACK_NAME, type StackFile } from '../stacks/stack-file';
import { ownStackName } from '../stacks/project-stacks';
import type { PlatformConfig } from '../stacks/config';
import type { ManifestEntry } from '../validation/rules';
import { validatePaths } from '../validation/validate';
import { plausiblePlatformOutputs, plausibleState } from './fake-state';
import { installRecordingMocks, type MockOverrides, type Registration } from './mocks';
import { withoutSdkDiagnostics } from './sdk-overhead';
import { boundHeap } from './heap-bound';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { STACK_REFERENCE_TYPE } from '../model/tiers';

export const PROJECT = 'envcloud';

/** The manifests have errors: the stack is not run on them. */
export class ManifestErrors extends EnvcloudError {
  override readonly name = 'ManifestErrors';
  readonly exitCode = EXIT_USAGE;
  /** `first`: the first of the errors, named with its place (a report refused "manifest errors" in a sharing file without saying where). */
  constructor(
    readonly errors: number,
    first?: Pick<Finding, 'file' | 'line' | 'column' | 'message' | 'localized'>,
  ) {
    const message = first
      ? msg('manifests.errors.first', {
          errors,
          at: `${first.file}:${first.line}:${first.column}`,
          problem: first.localized?.message ?? untranslated(first.message),
        })
      : msg('manifests.errors', { errors });
    super(render(message, 'en'));
    this.localized = message;
  }
}

export interface OfflineRun {
  stack: string;
  registrations: Registration[];
  outputs: PlatformOutputs;
  systems: SystemMigration[];
  /** Where each system's manifest is written, when the manifests were read from disk. */
  entries: ManifestEntry[];
  /** The stack file the run read: its config, its text for locating problems. */
  stackFile: StackFile;
}

/**
 * The config of the platform a systems-only stack deploys onto: its platform stack's file in the project
 * (`org/envcloud/prod` → Pulumi.prod.yaml) when there is one, else its own copy of it. Its own copy alone
 * hid a platform file changed since `waves stacks` wrote the wave: the wave's offline audit passed on
 * centers the platform no longer had.
 */
function platformStackConfig(root: string, stackFile: StackFile): PlatformConfig {
  // Another project's stack (`org/other/prod`) is not this project's file.
  const name = ownStackName(stackFile.platform.platformStack, loadProjectFile(root).project?.name);
  if (!name || !STACK_NAME.test(name) || !existsSync(join(root, `Pulumi.${name}.yaml`))) return stackFile.platform;
  const platform = loadStackFile(root, name);
  // A systems-only stack exports no platform: its waves could not run (deploy and waves stacks refuse it too).
  if (platform.platform.platformStack) throw usageError(msg('deploy.systems-only', { file: platform.file }));
  return platform.platform;
}

/**
 * Runs a stack's program in this process under Pulumi's mocks: no CLI, no cloud, no cluster. The
 * stack's config comes from Pulumi.<stack>.yaml, exactly as `pulumi up` would read it.
 */
export async function runStackOffline(
  root: string,
  stack: string,
  options: {
    manifests?: SystemMigration[];
    manifestsDir?: string;
    overrides?: MockOverrides;
    /** The day the plan is made for (YYYY-MM-DD): grants in sharing/ must be live on it. Default: the stack's `envcloud:asOf`, else today in China. */
    asOf?: string;
  } = {},
): Promise<OfflineRun> {
  const stackFile = loadStackFile(root, stack);
  let systems = options.manifests;
  let all = systems;
  let entries: ManifestEntry[] = [];
  if (!systems) {
    const report = await validatePaths([options.manifestsDir ?? 'manifests'], { cwd: root });
    if (report.errors > 0) throw new ManifestErrors(report.errors);
    const unmatched = selectionProblems(
      report.manifests.map((entry) => entry.manifest),
      stackFile.platform.systems,
    );
    if (unmatched.length > 0) throw locatedConfigError(stackFile, unmatched);
    entries = selectSystems(report.manifests, stackFile.platform.systems);
    systems = entries.map((entry) => entry.manifest);
    all = report.manifests.map((entry) => entry.manifest);
  }
  // What the stack cannot deliver (pools, tiers, its registry) is refused before anything is
  // registered, each problem located in the manifest or Pulumi.<stack>.yaml behind it.
  assertDeployable(systems, stackFile.platform, { entries, stackFile });
  // The grants of <root>/sharing/ live on the plan's day open systems' data to their holders (issue #13 §2).
  const { sharing, errors: sharingErrors } = await readSharing(
    root,
    options.asOf ?? stackFile.platform.asOf,
    options.manifestsDir,
  );
  // A request validate refuses stops the run as a manifest with errors does (exit 2).
  if (sharingErrors.length > 0) throw new ManifestErrors(sharingErrors.length);
  // A systems-only stack's StackReference reads the platform its platform stack's file builds (plausiblePlatformOutputs).
  const platformOutputs = plausiblePlatformOutputs(platformStackConfig(root, stackFile));
  const state = (args: MockResourceArgs) =>
    args.type === STACK_REFERENCE_TYPE ? { ...args.inputs, outputs: platformOutputs } : plausibleState(args);
  const mocks = await installRecordingMocks(PROJECT, stack, { state, ...options.overrides });
  // The config as the CLI hands it over: Pulumi.yaml's defaults applied, encrypted keys marked secret.
  pulumi.runtime.setAllConfig(pulumiConfigOf(stackFile.values), stackFile.secretKeys);
  // Between batches the run also keeps the heap near what is live (engine/heap-bound.ts).
  const outputs = await withoutSdkDiagnostics(async () => {
    const defined = await definePlatform(
      stackFile.platform,
      systems,
      all,
      {
        batch: SYSTEMS_PER_BATCH,
        wait: async () => {
          await mocks.settle();
          boundHeap();
        },
      },
      sharing,
    );
    await mocks.settle();
    boundHeap();
    return defined;
  });
  if (mocks.unmockedCalls.length > 0) {
    throw new Error(
      `the program made provider calls the offline run cannot answer: ${[...new Set(mocks.unmockedCalls)].join(', ')}`,
    );
  }
  return { stack, registrations: mocks.registrations, outputs, systems, entries, stackFile };
}
