import { LEGAL_TRANSITIONS, STATE_NAMES, isLegalTransition, stepsBetween } from '../../model/migration-states';
import type { MigrationStatus } from '../../model/domain';
import { fieldPath, type Finding } from '../../document/findings';
import { msg, said, type Message } from '../../document/i18n';
import type { FieldLocator } from '../../document/locate';
import { BASELINE_RULES } from './catalog';
import type { ManifestEntry, ManifestSummary } from './rule';
import { joined, relatedSaid } from './words';

/** A system as the baseline had it: where, and in which state. */
export interface BaselineSystem {
  file: string;
  status: MigrationStatus;
  locator: FieldLocator;
}

const RULE = BASELINE_RULES.find((rule) => rule.id === 'status-transition')!;
const STATUS_PATH = ['spec', 'schedule', 'status'] as const;

function named(status: MigrationStatus): Message {
  return msg('rule.status-transition.named', { status, state: STATE_NAMES.zh[status] });
}

/** "`planned` or `blocked`", or that nothing may follow. */
function allowedNext(from: MigrationStatus): Message {
  const next = LEGAL_TRANSITIONS[from];
  if (next.length === 0) return msg('rule.status-transition.final', { from: named(from) });
  return msg('rule.status-transition.next', { from: named(from), next: joined(next.map(named), 'or') });
}

/** How to get from `from` to a legal state. */
function transitionHint(from: MigrationStatus, to: MigrationStatus): Message {
  const steps = stepsBetween(from, to);
  if (steps)
    return msg('rule.status-transition.steps.hint', { steps: steps.join(' → '), first: LEGAL_TRANSITIONS[from][0]! });
  if (LEGAL_TRANSITIONS[from].length === 0) return msg('rule.status-transition.completed.hint', { from });
  return msg('rule.status-transition.set.hint', {
    allowed: joined(
      LEGAL_TRANSITIONS[from].map((s) => `\`${s}\``),
      'or',
    ),
  });
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
    findings.push({
      file: entry.file,
      ...entry.locator.locate([...STATUS_PATH]),
      severity: RULE.severity,
      ruleId: RULE.id,
      ...said(
        msg('rule.status-transition.message', { from: named(from), to: named(to), next: allowedNext(from) }),
        transitionHint(from, to),
      ),
      field: fieldPath([...STATUS_PATH]),
      related: [
        {
          file: before.file,
          ...before.locator.locate([...STATUS_PATH]),
          ...relatedSaid(
            msg('rule.status-transition.baseline', { number: entry.manifest.metadata.number, status: from }),
          ),
        },
      ],
    });
  }
  return findings;
}
