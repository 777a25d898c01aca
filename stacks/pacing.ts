// eslint-disable-next-line @typescript-eslint/no-require-imports
const { waitForRPCs } = require('@pulumi/pulumi/runtime/settings') as { waitForRPCs(): Promise<void> };

/** Systems registered before the program waits for the engine to answer them (see SystemPacing). */
export const SYSTEMS_PER_BATCH = 100;

/**
 * Resolves once every registration made so far has been answered. Marked internal in the SDK's
 * typings, but exported and stable since 3.0; it is what the SDK itself awaits before it ends a run.
 */
export function waitForRegistrations(): Promise<void> {
  return waitForRPCs();
}
