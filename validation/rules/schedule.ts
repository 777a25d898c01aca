import { STATE_NAMES } from '../../model/migration-states';
import { msg, said } from '../../document/i18n';
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
        ...said(
          msg('rule.blocked-names-reason-and-owner.missing', { state: STATE_NAMES.zh.blocked }),
          msg('rule.blocked-names-reason-and-owner.missing.hint', { open: '{', close: '}' }),
        ),
      });
    }
    if (status !== 'blocked' && blocked) {
      report({
        path: ['spec', 'schedule', 'blocked'],
        at: 'key',
        ...said(
          msg('rule.blocked-names-reason-and-owner.unexpected', { status, state: STATE_NAMES.zh[status] }),
          msg('rule.blocked-names-reason-and-owner.unexpected.hint'),
        ),
      });
    }
  },
);

/**
 * A completed migration names the day it was completed, and only a completed one does: a report as of a
 * day counts the systems completed by then (completedBy), and without the day a system completed today
 * counted as done in a report as of any earlier day. A system Annex 1 records as already integrated was
 * done before the plan and needs none.
 */
export const completedNamesDay = perManifest(
  {
    id: 'completed-names-day',
    severity: 'error',
    title: 'A completed migration names the day it was completed, and only a completed one does',
    clause: 'Plan §四(四) (任务进展情况): progress is reported as of a day, so a completion has its day',
  },
  ({ manifest }, report) => {
    const { status, completedOn } = manifest.spec.schedule;
    if (
      status === 'completed' &&
      completedOn === undefined &&
      manifest.spec.disposition.outcome !== 'already-integrated'
    ) {
      report({
        path: ['spec', 'schedule', 'status'],
        ...said(
          msg('rule.completed-names-day.missing', { state: STATE_NAMES.zh.completed }),
          msg('rule.completed-names-day.missing.hint'),
        ),
      });
    }
    if (status !== 'completed' && completedOn !== undefined) {
      report({
        path: ['spec', 'schedule', 'completedOn'],
        at: 'key',
        ...said(
          msg('rule.completed-names-day.unexpected', { status, state: STATE_NAMES.zh[status] }),
          msg('rule.completed-names-day.unexpected.hint'),
        ),
      });
    }
  },
);
