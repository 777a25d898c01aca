// The rules on data corrections (issue #13 §4): a using unit reports a doubt or an evident error in a
// shared resource it may read, and the providing unit checks and answers in time (rules art. 7(四),
// art. 8(二)). The context, resolution, readability and deadline live in ./correction-context.ts.
import { CALENDAR_SOURCE, calendarCoverage } from '../../model/calendar';
import { judgeAnswerDeadline } from './answer-deadline';
import { WORKING_DAY_LIMITS } from '../../model/sharing';
import { msg, said } from '../../document/i18n';
import {
  correctionDeadline,
  correctionRule,
  perCorrection,
  readableBy,
  type CorrectionRule,
} from './correction-context';
import { relatedSaid } from './words';
import { repeatedIds } from './repeated-ids';
import { PARTY_CORRECTION_RULES } from './parties';

export {
  correctionContext,
  correctionDeadline,
  readableBy,
  resolveCorrection,
  type CorrectionContext,
  type CorrectionEntry,
  type CorrectionRule,
  type CorrectionViolation,
} from './correction-context';

export const uniqueCorrectionId = correctionRule(
  {
    id: 'unique-correction-id',
    severity: 'error',
    title: 'Each data correction has its own id',
    clause: 'envcloud: a correction is answered and referred to by its id',
  },
  (entries, _context, report) => {
    for (const { entry, earlier, id } of repeatedIds(entries, (one) => one.correction.metadata.id)) {
      report({
        entry,
        path: ['metadata', 'id'],
        ...said(
          msg('rule.unique-correction-id.message', { id, file: earlier.file }),
          msg('rule.unique-correction-id.hint'),
        ),
        related: [{ entry: earlier, path: ['metadata', 'id'], ...relatedSaid(msg('rule.unique-correction-id.first')) }],
      });
    }
  },
);

export const correctionResourceReadable = perCorrection(
  {
    id: 'correction-resource-readable',
    severity: 'error',
    title:
      'A correction names a resource of the catalog that the reporting system may read: shared without conditions, or under a grant live on the day it was reported',
    clause:
      'Sharing rules art. 8(二) (对所获取信息资源有疑义或发现明显错误的); art. 20 (使用单位通过共享平台直接获取); art. 21 (按答复意见使用)',
  },
  (entry, resolution, context, report) => {
    const { reporter, reportedOn } = entry.correction.spec;
    if (!context.systems.has(reporter.system)) {
      report({
        path: ['spec', 'reporter', 'system'],
        ...said(
          msg('rule.correction-resource-readable.unknown-system', { number: reporter.system }),
          msg('rule.correction-resource-readable.unknown-system.hint'),
        ),
      });
      return;
    }
    if (resolution.kind === 'unknown') {
      const byCode = resolution.path[resolution.path.length - 1] === 'catalogCode';
      report({
        path: resolution.path,
        ...(byCode
          ? said(
              msg('rule.correction-resource-readable.unknown-code', {
                code: entry.correction.spec.resource.catalogCode,
              }),
              msg('rule.correction-resource-readable.unknown-code.hint'),
            )
          : said(resolution.message, resolution.hint)),
      });
      return;
    }
    if (resolution.kind !== 'catalog') return;
    // Not in the catalog yet on the day it was reported: the reporter cannot have read it (a correction of
    // 28 April about a resource first published on 1 May passed, and counted against its provider).
    const { publishedOn, catalogCode } = resolution.entry.resource;
    if (publishedOn > reportedOn) {
      report({
        path: ['spec', 'reportedOn'],
        ...said(
          msg('rule.correction-resource-readable.unpublished', { code: catalogCode, publishedOn, reportedOn }),
          msg('rule.correction-resource-readable.unpublished.hint'),
        ),
        related: [
          {
            entry: resolution.entry.owner,
            path: ['spec', 'dataResources', resolution.entry.index, 'publishedOn'],
            ...relatedSaid(msg('rule.correction-resource-readable.published')),
          },
        ],
      });
      return;
    }
    const readable = readableBy(entry.correction, resolution, context);
    if (readable.kind !== 'no-grant' && readable.kind !== 'not-shared') return;
    const { number, name } = resolution.entry.owner.manifest.metadata;
    report({
      path: ['spec', 'reporter', 'system'],
      ...said(
        msg('rule.correction-resource-readable.not-readable', {
          system: reporter.system,
          name: resolution.entry.resource.name,
          provider: number,
          providerName: name,
          type: readable.kind === 'not-shared' ? 'notShared' : 'noGrant',
          reportedOn,
        }),
        msg('rule.correction-resource-readable.not-readable.hint', {
          type: readable.kind === 'not-shared' ? 'notShared' : 'noGrant',
        }),
      ),
      related: [
        {
          entry: resolution.entry.owner,
          path: ['spec', 'dataResources', resolution.entry.index, 'sharing', 'type'],
          ...relatedSaid(msg('rule.correction-resource-readable.resource')),
        },
      ],
    });
  },
);

export const correctionRejectionGivesReasons = perCorrection(
  {
    id: 'correction-rejection-gives-reasons',
    severity: 'error',
    title: 'An answer that rejects a reported doubt or error gives its reasons',
    clause:
      'Sharing rules art. 7(四) (予以校核和答复); envcloud: a rejection says why, as a refusal must (art. 21: 对不提供共享的，提供单位应说明理由)',
  },
  (entry, _resolution, _context, report) => {
    const { answer } = entry.correction.spec;
    if (answer?.result !== 'rejected' || answer.reasons?.trim()) return;
    report({
      path: ['spec', 'answer'],
      at: 'key',
      ...said(
        msg('rule.correction-rejection-gives-reasons.message'),
        msg('rule.correction-rejection-gives-reasons.hint'),
      ),
    });
  },
);

export const correctionDatesInOrder = perCorrection(
  {
    id: 'correction-dates-in-order',
    severity: 'error',
    title: 'A correction is answered on or after the day it was reported',
    clause: 'Sharing rules art. 7(四) (予以校核和答复); envcloud: the answer follows the report',
  },
  (entry, _resolution, _context, report) => {
    const { reportedOn, answer } = entry.correction.spec;
    if (!answer || answer.answeredOn >= reportedOn) return;
    report({
      path: ['spec', 'answer', 'answeredOn'],
      ...said(
        msg('rule.correction-dates-in-order.message', { answeredOn: answer.answeredOn, reportedOn }),
        msg('rule.correction-dates-in-order.hint'),
      ),
    });
  },
);

export const correctionAnswerWithinDeadline = perCorrection(
  {
    id: 'correction-answer-within-deadline',
    severity: 'error',
    title:
      'A reported doubt or error is checked and answered within 10 working days: late or overdue is an error, pending a warning',
    clause:
      'Sharing rules art. 8(二) (应及时反馈信息资源提供单位, 予以校核) and art. 7(四) (予以校核和答复); envcloud: 及时 is taken as 10 working days, as plan §三(一).4 gives for a request (提供部门应在10个工作日内予以答复)',
  },
  (entry, _resolution, context, report) => {
    const { reportedOn, answer } = entry.correction.spec;
    const days = WORKING_DAY_LIMITS.correctionAnswer;
    const due = correctionDeadline(entry.correction, context.asOf);
    // Answered in time, or pending on a day the calendar covers: nothing to say before its deadline.
    if ('gap' in due && due.known) return;
    if ('gap' in due) {
      const { first, last } = calendarCoverage();
      report({
        path: ['spec', 'reportedOn'],
        ...said(
          msg('rule.correction-answer-within-deadline.gap', {
            days,
            date: due.gap.date,
            source: CALENDAR_SOURCE,
            first,
            last,
          }),
          msg('rule.working-day-calendar.hint', { first, last, source: CALENDAR_SOURCE }),
        ),
      });
      return;
    }
    const { deadline } = due;
    const limit = msg('rule.correction-answer-within-deadline.limit', { days, reportedOn, deadline });
    judgeAnswerDeadline(
      {
        ids: 'rule.correction-answer-within-deadline',
        from: reportedOn,
        fromPath: ['spec', 'reportedOn'],
        deadline,
        ...(answer ? { answeredOn: answer.answeredOn } : {}),
        asOf: context.asOf,
        limit,
      },
      report,
    );
  },
);

/** Every rule over data corrections, in the order findings are produced. */
export const CORRECTION_RULES: readonly CorrectionRule[] = [
  uniqueCorrectionId,
  ...PARTY_CORRECTION_RULES,
  correctionResourceReadable,
  correctionRejectionGivesReasons,
  correctionDatesInOrder,
  correctionAnswerWithinDeadline,
];
