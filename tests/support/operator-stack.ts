import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStackOffline } from '../../engine/offline';
import { toPlan, type Plan } from '../../engine/plan';
import type { SystemMigration } from '../../model/domain';
import { OPERATORS, type OperatorInstaller, type OperatorName } from '../../model/operators';

const root = join(__dirname, '../..');

/**
 * The onprem plan of `manifests` with each operator declared at its pinned release and installed by
 * `installers[name]` (the cluster team when not given): the shipped stack file with an
 * `envcloud:operators` key, run offline from a scratch folder.
 */
export async function onpremPlanWith(
  installers: Partial<Record<OperatorName, OperatorInstaller>>,
  manifests: SystemMigration[],
): Promise<Plan> {
  const dir = mkdtempSync(join(tmpdir(), 'envcloud-operators-'));
  try {
    writeFileSync(join(dir, 'Pulumi.yaml'), readFileSync(join(root, 'Pulumi.yaml'), 'utf8'));
    const lines = (Object.keys(OPERATORS) as OperatorName[]).map(
      (name) =>
        `    ${name}: { version: ${OPERATORS[name].version}, installedBy: ${installers[name] ?? 'cluster-team'} }`,
    );
    const shipped = readFileSync(join(root, 'Pulumi.onprem.yaml'), 'utf8').trimEnd();
    writeFileSync(join(dir, 'Pulumi.onprem.yaml'), `${shipped}\n  envcloud:operators:\n${lines.join('\n')}\n`);
    return toPlan('onprem', (await runStackOffline(dir, 'onprem', { manifests })).registrations);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
