import { join } from 'node:path';
import type { SystemMigration } from '../../model/domain';
import { validatePaths } from '../../validation/validate';

export const root = join(__dirname, '../..');

let committed: Promise<SystemMigration[]> | undefined;

/** The 182 committed manifests, loaded once per test file. */
export function committedManifests(): Promise<SystemMigration[]> {
  committed ??= validatePaths(['manifests'], { cwd: root }).then((report) =>
    report.manifests.map((entry) => entry.manifest),
  );
  return committed;
}
