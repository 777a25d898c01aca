import { CALENDAR_SOURCE, calendarCoverage, inCalendar, workingDaysBetween } from '../../model/calendar';
import type { FieldPathSegments } from '../../document/locate';
import type { RuleInfo } from './catalog';
import {
  deadlineOf,
  resolveResource,
  type CatalogEntry,
  type RequestContext,
  type RequestEntry,
  type RequestRule,
  type RequestViolation,
  type Resolution,
} from './request-context';

// The context, resolution and deadlines live in ./request-context.ts; re-exported for this module's callers.
export {
  deadlineOf,
  requestContext,
  resolveResource,
  trackOf,
  type CatalogEntry,
  type RequestContext,
  type RequestEntry,
  type RequestRule,
  type RequestViolation,
  type Resolution,
  type Track,
} from './request-context';

function rule(info: RuleInfo, check: RequestRule['check']): RequestRule {
  return { ...info, check };
}

/** Each request once: the catalog and the track are worked out once per request for every rule. */
function perRequest(
  info: RuleInfo,
  checkOne: (
    entry: RequestEntry,
    resolution: Resolution,
    context: RequestContext,
    report: (violation: Omit<RequestViolation, 'entry'>) => void,
  ) => void,
): RequestRule {
  return rule(info, (entries, context, report) => {
    for (const entry of entries)
      checkOne(entry, resolveResource(entry.request, context), context, (violation) => report({ entry, ...violation }));
  });
}

const relatedResource = (entry: CatalogEntry, message: string): NonNullable<RequestViolation['related']>[number] => ({
  entry: entry.owner,
  path: ['spec', 'dataResources', entry.index, 'sharing', 'type'],
  message,
});
export const uniqueRequestId = rule(
  {
    id: 'unique-request-id',
    severity: 'error',
    title: 'Each sharing request has its own id',
    clause: 'envcloud: a request is answered and referred to by its id',
  },
  (entries, _context, report) => {
    const first = new Map<string, RequestEntry>();
    for (const entry of entries) {
      const id = entry.request.metadata.id;
      const earlier = first.get(id);
      if (!earlier) {
        first.set(id, entry);
        continue;
      }
      report({
        entry,
        path: ['metadata', 'id'],
        message: `request id \`${id}\` is already used by ${earlier.file}`,
        hint: 'give this request the next free sequence number of its year',
        related: [{ entry: earlier, path: ['metadata', 'id'], message: 'the id is first used here' }],
      });
    }
  },
);

export const requestKnownParties = perRequest(
  {
    id: 'request-known-parties',
    severity: 'error',
    title: 'A request names a system of the inventory as requester and as provider',
    clause: 'Plan §三(一).2 (并将其作为我部信息资源共享的依据); rules art. 4(二) (使用单位)',
  },
  (entry, resolution, context, report) => {
    const { requester } = entry.request.spec;
    if (requester.external !== true) {
      if (requester.system === undefined) {
        report({
          path: ['spec', 'requester'],
          at: 'key',
          message: 'the requester names no system',
          hint: 'add `system:` with the inventory number of the system that will use the data, or `external: true` for another national government department',
        });
      } else if (!context.systems.has(requester.system)) {
        report({
          path: ['spec', 'requester', 'system'],
          message: `no system has inventory number ${requester.system}`,
          hint: 'name the requesting system by its inventory number (序号, Annex 1)',
        });
      }
    }
    if (resolution.kind === 'unknown')
      report({ path: resolution.path, message: resolution.message, hint: resolution.hint });
  },
);

export const requestUsageInCatalog = perRequest(
  {
    id: 'request-usage-in-catalog',
    severity: 'error',
    title: 'A request asks for a usage the catalog lists for the resource',
    clause: 'Sharing rules art. 17 (应标明使用要求); art. 4(二) (提出明确的共享需求和信息使用用途)',
  },
  (entry, resolution, _context, report) => {
    if (resolution.kind !== 'catalog') return;
    const listed = resolution.entry.resource.usage;
    entry.request.spec.usage.forEach((usage, index) => {
      if (listed.includes(usage)) return;
      report({
        path: ['spec', 'usage', index],
        message: `usage \`${usage}\` is not one the catalog lists for "${resolution.entry.resource.name}" (${listed.join(', ') || 'none'})`,
        hint: `ask for one of ${listed.map((value) => `\`${value}\``).join(', ')}, or ask the providing unit to extend the catalog entry first`,
        related: [
          {
            entry: resolution.entry.owner,
            path: ['spec', 'dataResources', resolution.entry.index, 'usage'],
            message: 'the usage the catalog lists',
          },
        ],
      });
    });
  },
);

export const unconditionalDirectAccess = perRequest(
  {
    id: 'unconditional-direct-access',
    severity: 'warning',
    title: 'Unconditionally shared data is obtained directly, without a request',
    clause:
      'Sharing rules art. 20 (使用单位通过共享平台直接获取); plan §三(一).4 (对无条件共享类环境信息资源，各单位通过环境信息资源中心自行获取)',
  },
  (_entry, resolution, _context, report) => {
    if (resolution.kind !== 'catalog' || resolution.entry.resource.sharing.type !== 'unconditional') return;
    report({
      path: ['spec', 'resource'],
      at: 'key',
      message: `"${resolution.entry.resource.name}" is shared unconditionally: it is obtained through the resource center without a request`,
      hint: 'withdraw the request and read the data through the resource center',
      related: [relatedResource(resolution.entry, 'shared unconditionally here')],
    });
  },
);

export const conditionalWithinCatalogTerms = perRequest(
  {
    id: 'conditional-within-catalog-terms',
    severity: 'error',
    title: "A conditionally shared resource is granted only on the catalog's scope and conditions",
    clause:
      'Plan §三(一).4 (按照信息资源目录中确定的共享范围和共享条件，在指定部门或信息系统间进行交换); rules art. 21 (按答复意见使用)',
  },
  (entry, resolution, _context, report) => {
    const { answer } = entry.request.spec;
    if (
      resolution.kind !== 'catalog' ||
      resolution.entry.resource.sharing.type !== 'conditional' ||
      answer?.decision !== 'granted'
    )
      return;
    const conditions = resolution.entry.resource.sharing.conditions?.trim();
    report({
      path: ['spec', 'answer', 'decision'],
      message: `"${resolution.entry.resource.name}" is shared on conditions, but the answer grants it without any`,
      hint: `answer \`granted-with-conditions\` and state under \`conditions:\` the catalog's conditions${conditions ? ` (${conditions})` : ''} and any the answer adds`,
      related: [relatedResource(resolution.entry, 'shared on conditions here')],
    });
  },
);

export const grantStatesConditions = perRequest(
  {
    id: 'grant-states-conditions',
    severity: 'error',
    title: 'A grant with conditions states them',
    clause: 'Sharing rules art. 21 (按答复意见使用共享政务信息资源)',
  },
  (entry, _resolution, _context, report) => {
    const { answer } = entry.request.spec;
    if (answer?.decision !== 'granted-with-conditions' || answer.conditions?.trim()) return;
    report({
      path: ['spec', 'answer'],
      at: 'key',
      message: 'the answer grants the data with conditions but states none',
      hint: 'add `conditions:` with the terms of use the grant sets',
    });
  },
);

export const refusalGivesReasons = perRequest(
  {
    id: 'refusal-gives-reasons',
    severity: 'error',
    title: 'A refusal gives its reasons',
    clause:
      'Sharing rules art. 21 (对不提供共享的，提供单位应说明理由); plan §三(一).4 (对不予共享的，提供部门应说明理由)',
  },
  (entry, _resolution, _context, report) => {
    const { answer } = entry.request.spec;
    if (answer?.decision !== 'refused' || answer.reasons?.trim()) return;
    report({
      path: ['spec', 'answer'],
      at: 'key',
      message: 'the request is refused without reasons',
      hint: 'add `reasons:` saying why the data cannot be provided (the law or policy, or what is missing from the request)',
    });
  },
);

export const notSharedNeedsNegotiation = perRequest(
  {
    id: 'not-shared-needs-negotiation',
    severity: 'error',
    title: 'A request for data that is not shared records the negotiation',
    clause: 'Sharing rules art. 22 (由使用单位与提供单位协商解决)',
  },
  (entry, resolution, _context, report) => {
    if (resolution.kind !== 'catalog' || resolution.entry.resource.sharing.type !== 'not-shared') return;
    if ((entry.request.spec.negotiations ?? []).length > 0) return;
    report({
      path: ['spec', 'negotiations'],
      at: 'key',
      message: `"${resolution.entry.resource.name}" is not shared: a request for it is settled by negotiation, and none is recorded`,
      hint: 'add `negotiations:` with the date, the outcome (`agreed` or `failed`) and a summary of each negotiation with the providing unit',
      related: [relatedResource(resolution.entry, 'not shared here')],
    });
  },
);

export const escalationAfterFailedNegotiation = perRequest(
  {
    id: 'escalation-after-failed-negotiation',
    severity: 'error',
    title: 'A dispute goes to the cyberspace office after a failed negotiation',
    clause: 'Sharing rules art. 22 and art. 21 (协商未果的由使用单位报请网信办协调解决)',
  },
  (entry, _resolution, _context, report) => {
    const { negotiations = [], escalations = [] } = entry.request.spec;
    escalations.forEach((escalation, index) => {
      if (escalation.to !== 'cyberspace-office') return;
      if (negotiations.some((negotiation) => negotiation.outcome === 'failed' && negotiation.date <= escalation.date))
        return;
      report({
        path: ['spec', 'escalations', index, 'to'],
        message: `the dispute is referred to the cyberspace office on ${escalation.date} without a failed negotiation before it`,
        hint: 'record under `negotiations:` the negotiation with the providing unit that failed (`outcome: failed`), dated on or before the referral',
      });
    });
  },
);

export const requestDatesInOrder = perRequest(
  {
    id: 'request-dates-in-order',
    severity: 'error',
    title: 'An answer, a negotiation and a referral come after the request, and a grant expires after it is given',
    clause: 'Sharing rules art. 21 (提出申请); envcloud: the dates of a request follow one another',
  },
  (entry, _resolution, _context, report) => {
    const { submittedOn, answer, negotiations = [], escalations = [] } = entry.request.spec;
    const before = (date: string, path: FieldPathSegments, what: string) => {
      if (date < submittedOn)
        report({
          path,
          message: `${what} is dated ${date}, before the request was submitted (${submittedOn})`,
          hint: 'correct the date or `submittedOn`',
        });
    };
    if (answer) {
      before(answer.answeredOn, ['spec', 'answer', 'answeredOn'], 'the answer');
      if (answer.expiresOn !== undefined && answer.expiresOn <= answer.answeredOn) {
        report({
          path: ['spec', 'answer', 'expiresOn'],
          message: `the grant expires on ${answer.expiresOn}, not after it was given (${answer.answeredOn})`,
          hint: 'correct `expiresOn` or remove it',
        });
      }
    }
    negotiations.forEach((negotiation, index) =>
      before(negotiation.date, ['spec', 'negotiations', index, 'date'], 'a negotiation'),
    );
    escalations.forEach((escalation, index) =>
      before(escalation.date, ['spec', 'escalations', index, 'date'], 'a referral'),
    );
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
  (entry, resolution, _context, report) => {
    const due = deadlineOf(entry.request, resolution);
    if (!due || !('gap' in due)) return;
    const { first, last } = calendarCoverage();
    report({
      path: ['spec', 'submittedOn'],
      message: `the answer's time limit of ${due.track.days} working days cannot be worked out: ${due.gap.message}`,
      hint: `the official holidays and make-up working days (调休) are known for ${first}–${last} only; update the pinned \`chinese-days\` package (${CALENDAR_SOURCE}) once the State Council publishes the year's arrangement, or correct the date`,
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
    const limit = `${track.label} is answered within ${track.days} working days (${track.clause}): submitted ${submittedOn}, due by ${deadline}`;
    if (answer) {
      if (answer.answeredOn <= deadline) return;
      const taken = inCalendar(answer.answeredOn)
        ? `, ${workingDaysBetween(submittedOn, answer.answeredOn)} working days after submission`
        : '';
      report({
        path: ['spec', 'answer', 'answeredOn'],
        message: `answered late on ${answer.answeredOn}${taken}: ${limit}`,
        hint: 'the answer stays on record as late; if the date is wrong, correct `answeredOn`',
      });
      return;
    }
    if (context.asOf > deadline) {
      report({
        path: ['spec', 'submittedOn'],
        message: `no answer, overdue as of ${context.asOf}: ${limit}`,
        hint: 'the providing unit answers now and records it under `answer:`; the requesting unit may refer the delay upwards (`escalations:`)',
      });
      return;
    }
    const left = inCalendar(context.asOf)
      ? ` (${workingDaysBetween(context.asOf, deadline)} working days left as of ${context.asOf})`
      : '';
    // Not yet wrong: a warning, so that the deadline is seen before it passes.
    report({
      path: ['spec', 'submittedOn'],
      severity: 'warning',
      message: `pending: ${limit}${left}`,
      hint: 'record the answer under `answer:` (`answeredOn`, `decision`) when it is given',
    });
  },
);

/** Every rule over sharing requests, in the order findings are produced. */
export const REQUEST_RULES: readonly RequestRule[] = [
  uniqueRequestId,
  requestKnownParties,
  requestUsageInCatalog,
  unconditionalDirectAccess,
  conditionalWithinCatalogTerms,
  grantStatesConditions,
  refusalGivesReasons,
  notSharedNeedsNegotiation,
  escalationAfterFailedNegotiation,
  requestDatesInOrder,
  workingDayCalendar,
  answerWithinDeadline,
];
