import { LEGAL_TRANSITIONS, STATE_NAMES, isLegalTransition, stepsBetween } from '../../model/migration-states';
import type { MigrationStatus } from '../../model/domain';
import { fieldPath, type Finding } from '../../document/findings';
import type { FieldLocator } from '../../document/locate';
import { BASELINE_RULES } from './catalog';
import type { ManifestEntry, ManifestSummary } from './rule';

/** A system as the baseline had it: where, and in which state. */
export interface BaselineSystem {
  file: string;
  status: MigrationStatus;
  locator: FieldLocator;
}

const RULE = BASELINE_RULES.find((rule) => rule.id === 'status-transition')!;
const STATUS_PATH = ['spec', 'schedule', 'status'] as const;

function named(status: MigrationStatus): string {
  return `\`${status}\` (${STATE_NAMES.zh[status]})`;
}

/** "`planned` or `blocked`", or that nothing may follow. */
function allowedNext(from: MigrationStatus): string {
  const next = LEGAL_TRANSITIONS[from];
  if (next.length === 0) return `${named(from)} is final: no state may follow it`;
  return `from ${named(from)} the next state is ${next.map(named).join(' or ')}`;
}

/**
 * Each manifest's change of `spec.schedule.status` since the baseline, judged against the legal
 * transitions of model/migration-states.ts. A system is matched by its inventory number (files may be
 * renamed); a system the baseline does not have may start in any state.
 */
export function statusTransitionFindings(
  current: readonly ManifestEntry<ManifestSummary>[],
  baseline: ReadonlyMap<number, BaselineSystem>,
): Finding[] {
  const findings: Finding[] = [];
  for (const entry of current) {
    const before = baseline.get(entry.manifest.metadata.number);
    if (!before) continue;
    const from = before.status;
    const to = entry.manifest.spec.schedule.status;
    if (isLegalTransition(from, to)) continue;
    const steps = stepsBetween(from, to);
    findings.push({
      file: entry.file,
      ...entry.locator.locate([...STATUS_PATH]),
      severity: RULE.severity,
      ruleId: RULE.id,
      message: `status changed from ${named(from)} to ${named(to)} since the baseline, which is not a legal step: ${allowedNext(from)}`,
      hint: steps
        ? `record each step in turn (${steps.join(' → ')}), one change against each baseline; or set \`status: ${LEGAL_TRANSITIONS[from][0]}\` now`
        : LEGAL_TRANSITIONS[from].length === 0
          ? `a completed migration stays completed; set \`status: ${from}\` back`
          : `set \`status:\` to ${LEGAL_TRANSITIONS[from].map((s) => `\`${s}\``).join(' or ')}`,
      field: fieldPath([...STATUS_PATH]),
      related: [
        {
          file: before.file,
          ...before.locator.locate([...STATUS_PATH]),
          message: `the baseline's status of system no. ${entry.manifest.metadata.number}: ${from}`,
        },
      ],
    });
  }
  return findings;
}
