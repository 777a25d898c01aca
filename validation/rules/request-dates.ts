// The sharing-request rules on dates: their order, and the answer's time limit in working days
// (the official calendar, rules art. 21). The other request rules are in ./requests.ts.
import { CALENDAR_SOURCE, calendarCoverage } from '../../model/calendar';
import { judgeAnswerDeadline } from './answer-deadline';
import type { FieldPathSegments } from '../../document/locate';
import { msg, said } from '../../document/i18n';
import { deadlineOf, perRequest } from './request-context';

export const requestDatesInOrder = perRequest(
  {
    id: 'request-dates-in-order',
    severity: 'error',
    title: 'An answer, a negotiation and a referral come after the request, and a grant expires after it is given',
    clause: 'Sharing rules art. 21 (提出申请); envcloud: the dates of a request follow one another',
  },
  (entry, _resolution, _context, report) => {
    const { submittedOn, answer, negotiations = [], escalations = [] } = entry.request.spec;
    const before = (date: string, path: FieldPathSegments, what: 'answer' | 'negotiation' | 'referral') => {
      if (date < submittedOn)
        report({
          path,
          ...said(
            msg('rule.request-dates-in-order.before', { what, date, submittedOn }),
            msg('rule.request-dates-in-order.before.hint'),
          ),
        });
    };
    if (answer) {
      before(answer.answeredOn, ['spec', 'answer', 'answeredOn'], 'answer');
      if (answer.expiresOn !== undefined && answer.expiresOn <= answer.answeredOn) {
        report({
          path: ['spec', 'answer', 'expiresOn'],
          ...said(
            msg('rule.request-dates-in-order.expires', {
              expiresOn: answer.expiresOn,
              answeredOn: answer.answeredOn,
            }),
            msg('rule.request-dates-in-order.expires.hint'),
          ),
        });
      }
    }
    negotiations.forEach((negotiation, index) =>
      before(negotiation.date, ['spec', 'negotiations', index, 'date'], 'negotiation'),
    );
    escalations.forEach((escalation, index) => {
      before(escalation.date, ['spec', 'escalations', index, 'date'], 'referral');
      // A referral settled before it was made passed: a dispute's dates follow one another too.
      if (escalation.resolvedOn !== undefined && escalation.resolvedOn < escalation.date)
        report({
          path: ['spec', 'escalations', index, 'resolvedOn'],
          ...said(
            msg('rule.request-dates-in-order.resolved', { resolvedOn: escalation.resolvedOn, date: escalation.date }),
            msg('rule.request-dates-in-order.resolved.hint'),
          ),
        });
    });
  },
);

export const workingDayCalendar = perRequest(
  {
    id: 'working-day-calendar',
    severity: 'error',
    title: 'A time limit in working days falls within the years the official calendar covers',
    clause:
      'Sharing rules art. 21 (5个工作日内); envcloud: the official calendar of the pinned chinese-days package, never a guess',
  },
  (entry, resolution, context, report) => {
    const due = deadlineOf(entry.request, resolution, context.asOf);
    if (!due || !('gap' in due) || due.answeredInTime || due.pending) return;
    const { first, last } = calendarCoverage();
    report({
      path: ['spec', 'submittedOn'],
      ...said(
        msg('rule.working-day-calendar.message', {
          days: due.track.days,
          gap: msg('rule.working-day-calendar.gap', { date: due.gap.date, source: CALENDAR_SOURCE, first, last }),
        }),
        msg('rule.working-day-calendar.hint', { first, last, source: CALENDAR_SOURCE }),
      ),
    });
  },
);

export const answerWithinDeadline = perRequest(
  {
    id: 'answer-within-deadline',
    severity: 'error',
    title:
      'A request is answered within its time limit in working days (5 for conditionally shared data, 10 from outside the sharing scope or from another national department): late or overdue is an error, pending a warning',
    clause:
      'Sharing rules art. 21 (提供单位应在5个工作日内予以答复); plan §三(一).4 (提供部门应在10个工作日内予以答复); rules art. 23(四) (网信办应在10个工作日内予以答复)',
  },
  (entry, resolution, context, report) => {
    const due = deadlineOf(entry.request, resolution);
    if (!due || !('deadline' in due)) return;
    const { track, deadline } = due;
    const { submittedOn, answer } = entry.request.spec;
    const limit = msg('rule.answer-within-deadline.limit', {
      track: track.asked,
      days: track.days,
      clause: msg('rule.answer-within-deadline.clause', { clause: track.clause }),
      submittedOn,
      deadline,
    });
    judgeAnswerDeadline(
      {
        ids: 'rule.answer-within-deadline',
        from: submittedOn,
        fromPath: ['spec', 'submittedOn'],
        deadline,
        ...(answer ? { answeredOn: answer.answeredOn } : {}),
        asOf: context.asOf,
        limit,
      },
      report,
    );
  },
);
