import { STATE_NAMES } from '../../model/migration-states';
import { perManifest } from './rule';

/**
 * A blocked migration says what blocks it and who clears it, and only a blocked one does: a
 * `spec.schedule.blocked` left behind after the block is cleared would be reported by `waves status`
 * as if it still held. The schema requires `reason` and `owner` inside the field; this rule ties the
 * field to the status.
 */
export const blockedNamesReasonAndOwner = perManifest(
  {
    id: 'blocked-names-reason-and-owner',
    severity: 'error',
    title: 'A blocked migration says why and who clears it, and only a blocked one does',
    clause: 'Plan §四(四) (任务进展情况): progress is assessed per unit, so a block has a reason and an owner',
  },
  ({ manifest }, report) => {
    const { status, blocked } = manifest.spec.schedule;
    if (status === 'blocked' && !blocked) {
      report({
        path: ['spec', 'schedule', 'status'],
        message: `status \`blocked\` (${STATE_NAMES.zh.blocked}) does not say what blocks the migration or who clears it`,
        hint: 'add under `schedule:` the field `blocked: { reason: <what blocks it>, owner: <the person or unit who clears it> }`',
      });
    }
    if (status !== 'blocked' && blocked) {
      report({
        path: ['spec', 'schedule', 'blocked'],
        at: 'key',
        message: `\`blocked\` is set but the status is \`${status}\` (${STATE_NAMES.zh[status]}), not \`blocked\``,
        hint: 'remove `blocked` once the block is cleared, or set `status: blocked` while it holds',
      });
    }
  },
);
