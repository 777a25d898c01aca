import type { Change, ChangeKind, PlanDiff } from '../../engine/diff';
import { t, type Language } from '../../document/i18n';

/** Changes listed one per line before the rest is summed up; diff.json always has all of them. */
const LISTED = 60;

const SYMBOL: Readonly<Record<ChangeKind, string>> = { create: '+', update: '~', replace: '±', delete: '-', same: '=' };

function describe(change: Change, allowDataLoss: boolean, lang: Language): string {
  // The kind is padded as the English word is, so the types line up in both languages.
  const kind = t(lang, 'diff.kind', { kind: change.kind });
  const parts = [
    `  ${SYMBOL[change.kind]} ${kind}${' '.repeat(Math.max(1, 8 - kind.length * (lang === 'zh' ? 2 : 1)))}${change.type} ${change.name}`,
  ];
  if (change.movedFrom) parts.push(t(lang, 'diff.moved-from', { name: change.movedFrom.split('::').pop()! }));
  if (change.replaceBecause) parts.push(t(lang, 'diff.because', { fields: change.replaceBecause.join(', ') }));
  else if (change.fields)
    parts.push(`[${change.fields.slice(0, 4).join(', ')}${change.fields.length > 4 ? ', …' : ''}]`);
  if (change.data === 'archived') parts.push(t(lang, 'diff.archived', { archive: change.archive!.split('::').pop()! }));
  if (change.data === 'data-loss') parts.push(t(lang, allowDataLoss ? 'diff.data-loss-allowed' : 'diff.data-loss'));
  return parts.join(' ');
}

/** Data-bearing changes first (they decide the exit code), then replacements, deletes, updates, creates. */
function order(change: Change): number {
  if (change.data === 'data-loss') return 0;
  if (change.data === 'archived') return 1;
  return { replace: 2, delete: 3, update: 4, create: 5, same: 6 }[change.kind];
}

export function formatPlanDiff(
  diff: PlanDiff,
  baselineFile: string,
  allowDataLoss: boolean,
  lang: Language = 'en',
): string {
  const { counts } = diff;
  const lines = [
    t(lang, 'diff.title', { file: baselineFile }),
    `  ${t(lang, 'diff.counts', { ...counts, moved: diff.moved })}`,
  ];
  const sorted = [...diff.changes].sort((a, b) => order(a) - order(b) || a.urn.localeCompare(b.urn));
  lines.push(...sorted.slice(0, LISTED).map((change) => describe(change, allowDataLoss, lang)));
  if (sorted.length > LISTED) lines.push(`  ${t(lang, 'diff.more', { count: sorted.length - LISTED })}`);
  const level = t(lang, allowDataLoss ? 'severity.warning' : 'severity.error');
  const groups = new Map<string, Change[]>();
  for (const change of diff.dataLoss) {
    const key = `${change.system ?? ''}\u0000${change.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const group of groups.values()) {
    const { system, kind } = group[0]!;
    const what = group.map((change) => `${change.type.split(':').pop()} ${change.name}`).join(', ');
    lines.push(
      `${level}[data-loss]: ${t(lang, 'diff.loss', {
        system: system ? t(lang, 'diff.system', { system }) : '',
        kind,
        count: group.length,
        what,
      })}`,
    );
  }
  return lines.join('\n');
}
