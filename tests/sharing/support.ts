// A small plan of a stack with a few systems and the shipped sharing requests, as of a given day:
// the platform, the systems and the access their data gets (issue #13 §2).
import * as pulumi from '@pulumi/pulumi';
import { join } from 'node:path';
import { plausibleState } from '../../engine/fake-state';
import { installRecordingMocks } from '../../engine/mocks';
import { PROJECT } from '../../engine/offline';
import { toPlan, type Plan } from '../../engine/plan';
import type { PlannedResource } from '../../engine/policy-run';
import type { SystemMigration } from '../../model/domain';
import { loadSharing } from '../../stacks/data-access';
import { definePlatform } from '../../stacks/platform';
import { pulumiConfigOf } from '../../stacks/project-file';
import { loadStackFile } from '../../stacks/stack-file';
import { validatePaths } from '../../validation/validate';

export const root = join(__dirname, '../..');

let manifests: Promise<SystemMigration[]> | undefined;
export function shippedManifests(): Promise<SystemMigration[]> {
  manifests ??= validatePaths(['manifests'], { cwd: root }).then((report) => report.manifests.map((e) => e.manifest));
  return manifests;
}

/** The plan of `stack` deploying only the systems `numbers`, with the shipped requests as of `asOf`. */
export async function smallPlan(stack: string, numbers: readonly number[], asOf: string): Promise<Plan> {
  const all = await shippedManifests();
  const selected = all.filter((manifest) => numbers.includes(manifest.metadata.number));
  const stackFile = loadStackFile(root, stack);
  const mocks = await installRecordingMocks(PROJECT, stack, { state: plausibleState });
  pulumi.runtime.setAllConfig(pulumiConfigOf(stackFile.values), stackFile.secretKeys);
  await definePlatform(stackFile.platform, selected, all, undefined, await loadSharing(root, asOf));
  await mocks.settle();
  return toPlan(stack, mocks.registrations);
}

/** A plan's resources as the policies read them. */
export function resourcesOf(plan: Plan): PlannedResource[] {
  return plan.resources.map((resource) => ({ ...resource, props: resource.inputs }));
}
