import type { SystemMigration } from '../model/domain';
import type { SystemSelection } from './config';

/**
 * The systems a stack deploys. Criteria combine with AND; no selection means every system. Splitting
 * systems over several stacks (by unit or by wave) is done with these keys.
 */
export function selectSystems<T extends { manifest: SystemMigration }>(entries: readonly T[], selection: SystemSelection | undefined): T[] {
  if (!selection) return [...entries];
  return entries.filter(({ manifest }) => {
    if (selection.numbers && !selection.numbers.includes(manifest.metadata.number)) return false;
    if (selection.waves && !selection.waves.includes(manifest.spec.schedule.wave)) return false;
    if (selection.units && !selection.units.includes(manifest.metadata.managingUnit)) return false;
    return true;
  });
}
