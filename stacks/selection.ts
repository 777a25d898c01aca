import type { SystemMigration } from '../model/domain';
import { managingUnits } from '../model/units';
import { didYouMean } from '../document/suggest';
import { allowedList, CONFIG_NAMESPACE, configProblem, type ConfigProblem, type SystemSelection } from './config';
import { msg } from '../document/i18n';

/**
 * The systems a stack deploys. Criteria combine with AND; no selection means every system. Splitting
 * systems over several stacks (by unit or by wave) is done with these keys. A jointly managed system
 * is selected by any of its units.
 */
export function selectSystems<T extends { manifest: SystemMigration }>(
  entries: readonly T[],
  selection: SystemSelection | undefined,
): T[] {
  if (!selection) return [...entries];
  return entries.filter(({ manifest }) => {
    if (selection.numbers && !selection.numbers.includes(manifest.metadata.number)) return false;
    if (selection.waves && !selection.waves.includes(manifest.spec.schedule.wave)) return false;
    if (
      selection.units &&
      !managingUnits(manifest.metadata.managingUnit).some((unit) => selection.units!.includes(unit))
    )
      return false;
    return true;
  });
}

/**
 * Selection values no manifest has: a unit misspelt, or saved in another encoding, would otherwise
 * deploy nothing with exit 0. Each is named, with the closest value the manifests have.
 */
export function selectionProblems(
  manifests: readonly SystemMigration[],
  selection: SystemSelection | undefined,
): ConfigProblem[] {
  if (!selection) return [];
  const key = `${CONFIG_NAMESPACE}:systems`;
  const problems: ConfigProblem[] = [];
  const check = <V extends string | number>(
    field: 'numbers' | 'waves' | 'units',
    wanted: readonly V[] | undefined,
    present: readonly V[],
  ) => {
    const known = [...new Set(present)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    wanted?.forEach((value, index) => {
      if (known.includes(value)) return;
      const suggestion = didYouMean(String(value), known.map(String));
      const values = { what: field, value: String(value) };
      const known8 = allowedList(known, 8);
      problems.push(
        configProblem(
          key,
          ['systems', field, index],
          msg('inputs.selection.none', values),
          suggestion
            ? msg('inputs.selection.none.hint-suggest', { suggestion, known: known8 })
            : msg('inputs.selection.none.hint', { known: known8 }),
        ),
      );
    });
  };
  check(
    'numbers',
    selection.numbers,
    manifests.map((manifest) => manifest.metadata.number),
  );
  check(
    'waves',
    selection.waves,
    manifests.map((manifest) => manifest.spec.schedule.wave),
  );
  check(
    'units',
    selection.units,
    manifests.flatMap((manifest) => managingUnits(manifest.metadata.managingUnit)),
  );
  // Each criterion met by some system, none by all: `numbers: [2]` with `waves: [1]` (no. 2 is in wave 2)
  // deployed nothing and passed. An empty list (`numbers: []`, a platform stack whose waves deploy the
  // systems) selects none on purpose.
  const criteria = (['numbers', 'waves', 'units'] as const).filter((field) => selection[field] !== undefined);
  const intended = criteria.some((field) => selection[field]!.length === 0);
  const wrapped = manifests.map((manifest) => ({ manifest }));
  if (problems.length === 0 && criteria.length > 1 && !intended && selectSystems(wrapped, selection).length === 0) {
    problems.push(
      configProblem(
        key,
        ['systems'],
        msg('inputs.selection.empty', { criteria: criteria.join(', ') }),
        msg('inputs.selection.empty.hint'),
      ),
    );
  }
  return problems;
}
