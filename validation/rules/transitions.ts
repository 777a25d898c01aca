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
  /** Its slug then: a system renumbered since is found by it (`number` is the map's key). */
  slug?: string;
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
 * The baseline's entry of a system: by its inventory number (files may be renamed), else by its slug (or
 * one it had) when the baseline's system of that slug has a number no manifest has now. A system renumbered
 * (`number: 18` → `190`) and set to completed at once passed as a new system, free to start in any state.
 */
function baselineOf(
  entry: ManifestEntry<ManifestSummary>,
  baseline: ReadonlyMap<number, BaselineSystem>,
  bySlug: ReadonlyMap<string, [number, BaselineSystem]>,
  numbers: ReadonlySet<number>,
): [number, BaselineSystem] | undefined {
  const { number, slug, previousSlugs } = entry.manifest.metadata;
  const own = baseline.get(number);
  if (own) return [number, own];
  for (const name of [slug, ...(previousSlugs ?? [])]) {
    const found = bySlug.get(name);
    if (found && !numbers.has(found[0])) return found;
  }
  return undefined;
}

/**
 * Each manifest's change of `spec.schedule.status` since the baseline, judged against the legal
 * transitions of model/migration-states.ts. A system is matched by its inventory number, or its slug once
 * renumbered (baselineOf); a system the baseline does not have may start in any state.
 */
export function statusTransitionFindings(
  current: readonly ManifestEntry<ManifestSummary>[],
  baseline: ReadonlyMap<number, BaselineSystem>,
): Finding[] {
  const findings: Finding[] = [];
  const bySlug = new Map<string, [number, BaselineSystem]>();
  for (const [number, system] of baseline)
    if (system.slug !== undefined && !bySlug.has(system.slug)) bySlug.set(system.slug, [number, system]);
  const numbers = new Set(current.map((entry) => entry.manifest.metadata.number));
  for (const entry of current) {
    const matched = baselineOf(entry, baseline, bySlug, numbers);
    if (!matched) continue;
    const [number, before] = matched;
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
          ...relatedSaid(msg('rule.status-transition.baseline', { number, status: from })),
        },
      ],
    });
  }
  return findings;
}
