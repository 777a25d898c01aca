import type { Change, ChangeKind, PlanDiff } from '../../engine/diff';

/** Changes listed one per line before the rest is summed up; diff.json always has all of them. */
const LISTED = 60;

const SYMBOL: Readonly<Record<ChangeKind, string>> = { create: '+', update: '~', replace: '±', delete: '-', same: '=' };

function describe(change: Change, allowDataLoss: boolean): string {
  const parts = [`  ${SYMBOL[change.kind]} ${change.kind.padEnd(7)} ${change.type} ${change.name}`];
  if (change.movedFrom) parts.push(`(moved from ${change.movedFrom.split('::').pop()})`);
  if (change.replaceBecause) parts.push(`because ${change.replaceBecause.join(', ')} changed`);
  else if (change.fields)
    parts.push(`[${change.fields.slice(0, 4).join(', ')}${change.fields.length > 4 ? ', …' : ''}]`);
  if (change.data === 'archived') parts.push(`— data archived first (${change.archive!.split('::').pop()})`);
  if (change.data === 'data-loss')
    parts.push(allowDataLoss ? '— DATA LOSS, allowed by --allow-data-loss' : '— DATA LOSS');
  return parts.join(' ');
}

/** Data-bearing changes first (they decide the exit code), then replacements, deletes, updates, creates. */
function order(change: Change): number {
  if (change.data === 'data-loss') return 0;
  if (change.data === 'archived') return 1;
  return { replace: 2, delete: 3, update: 4, create: 5, same: 6 }[change.kind];
}

export function formatPlanDiff(diff: PlanDiff, baselineFile: string, allowDataLoss: boolean): string {
  const { counts } = diff;
  const lines = [
    `Changes against the baseline ${baselineFile} (offline, plan against plan):`,
    `  ${counts.create} to create, ${counts.update} to update, ${counts.replace} to replace, ${counts.delete} to delete, ${counts.same} unchanged; ${diff.moved} kept under a new name through aliases`,
  ];
  const sorted = [...diff.changes].sort((a, b) => order(a) - order(b) || a.urn.localeCompare(b.urn));
  lines.push(...sorted.slice(0, LISTED).map((change) => describe(change, allowDataLoss)));
  if (sorted.length > LISTED) lines.push(`  … and ${sorted.length - LISTED} more (all in diff.json)`);
  const level = allowDataLoss ? 'warning' : 'error';
  const groups = new Map<string, Change[]>();
  for (const change of diff.dataLoss) {
    const key = `${change.system ?? ''}\u0000${change.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const group of groups.values()) {
    const { system, kind } = group[0]!;
    const what = group.map((change) => `${change.type.split(':').pop()} ${change.name}`).join(', ');
    const fix =
      kind === 'replace'
        ? 'revert the changes to the fields named above, or move the data out first'
        : 'keep the manifest and set its disposition to decommission with an archive (the data goes to the resource center first), or rename the system with metadata.previousSlugs';
    lines.push(
      `${level}[data-loss]: ${system ? `system ${system}: ` : ''}this plan ${kind === 'replace' ? 'replaces with empty ones' : 'deletes, with no archive of the system in the plan,'} ${group.length} data-bearing resource(s): ${what}. ` +
        `To keep the data, ${fix}. Only if losing it is intended, run again with --allow-data-loss.`,
    );
  }
  return lines.join('\n');
}
