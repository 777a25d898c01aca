// An answer judged against its time limit in working days (the official calendar), for sharing requests
// (rules art. 21, plan §三(一).4) and data corrections alike: answered after the deadline or still
// unanswered past it is an error; unanswered before it, a warning, so the deadline is seen in time.
import { inCalendar, workingDaysBetween } from '../../model/calendar';
import type { FieldPathSegments } from '../../document/locate';
import { msg, said, type Message } from '../../document/i18n';

/** A rule's deadline messages: `<ids>.late`, `.overdue`, `.pending`, each with its `.hint`. */
export type DeadlineMessages = 'rule.answer-within-deadline' | 'rule.correction-answer-within-deadline';

export interface DeadlineCase {
  ids: DeadlineMessages;
  /** The day the clock starts (submitted or reported), and where the record says it. */
  from: string;
  fromPath: FieldPathSegments;
  /** The last working day to answer on. */
  deadline: string;
  answeredOn?: string;
  asOf: string;
  /** The limit as the messages say it (days, clause, dates). */
  limit: Message;
}

export type DeadlineReport = (
  finding: { path: FieldPathSegments; severity?: 'warning' } & ReturnType<typeof said>,
) => void;

export function judgeAnswerDeadline(
  { ids, from, fromPath, deadline, answeredOn, asOf, limit }: DeadlineCase,
  report: DeadlineReport,
): void {
  if (answeredOn !== undefined) {
    if (answeredOn <= deadline) return;
    const counted = inCalendar(answeredOn);
    report({
      path: ['spec', 'answer', 'answeredOn'],
      ...said(
        msg(`${ids}.late`, {
          answeredOn,
          counted: counted ? 'yes' : 'no',
          taken: counted ? workingDaysBetween(from, answeredOn) : '',
          limit,
        }),
        msg(`${ids}.late.hint`),
      ),
    });
    return;
  }
  if (asOf > deadline) {
    report({ path: fromPath, ...said(msg(`${ids}.overdue`, { asOf, limit }), msg(`${ids}.overdue.hint`)) });
    return;
  }
  const counted = inCalendar(asOf);
  report({
    path: fromPath,
    severity: 'warning',
    ...said(
      msg(`${ids}.pending`, {
        limit,
        counted: counted ? 'yes' : 'no',
        left: counted ? workingDaysBetween(asOf, deadline) : '',
        asOf,
      }),
      msg(`${ids}.pending.hint`),
    ),
  });
}
