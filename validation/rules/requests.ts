import { msg, said, type Message } from '../../document/i18n';
import { joined, relatedSaid } from './words';
import { repeatedIds } from './repeated-ids';
import { perRequest, requestRule, type CatalogEntry, type RequestRule, type RequestViolation } from './request-context';
import { answerWithinDeadline, requestDatesInOrder, workingDayCalendar } from './request-dates';
import { PARTY_REQUEST_RULES } from './parties';

// The context, resolution and deadlines live in ./request-context.ts, the rules on dates and time limits
// in ./request-dates.ts; re-exported for this module's callers.
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
export { answerWithinDeadline, requestDatesInOrder, workingDayCalendar } from './request-dates';

const relatedResource = (entry: CatalogEntry, message: Message): NonNullable<RequestViolation['related']>[number] => ({
  entry: entry.owner,
  path: ['spec', 'dataResources', entry.index, 'sharing', 'type'],
  ...relatedSaid(message),
});

export const uniqueRequestId = requestRule(
  {
    id: 'unique-request-id',
    severity: 'error',
    title: 'Each sharing request has its own id',
    clause: 'envcloud: a request is answered and referred to by its id',
  },
  (entries, _context, report) => {
    for (const { entry, earlier, id } of repeatedIds(entries, (one) => one.request.metadata.id)) {
      report({
        entry,
        path: ['metadata', 'id'],
        ...said(msg('rule.unique-request-id.message', { id, file: earlier.file }), msg('rule.unique-request-id.hint')),
        related: [{ entry: earlier, path: ['metadata', 'id'], ...relatedSaid(msg('rule.unique-request-id.first')) }],
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
          ...said(msg('rule.request-known-parties.no-system'), msg('rule.request-known-parties.no-system.hint')),
        });
      } else if (!context.systems.has(requester.system)) {
        report({
          path: ['spec', 'requester', 'system'],
          ...said(
            msg('rule.request-known-parties.unknown-system', { number: requester.system }),
            msg('rule.request-known-parties.unknown-requester.hint'),
          ),
        });
      }
    }
    if (resolution.kind === 'unknown') report({ path: resolution.path, ...said(resolution.message, resolution.hint) });
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
        ...said(
          msg('rule.request-usage-in-catalog.message', {
            usage,
            name: resolution.entry.resource.name,
            listed: listed.length > 0 ? joined(listed) : msg('rule.request-usage-in-catalog.none'),
          }),
          msg('rule.request-usage-in-catalog.hint', { allowed: joined(listed.map((value) => `\`${value}\``)) }),
        ),
        related: [
          {
            entry: resolution.entry.owner,
            path: ['spec', 'dataResources', resolution.entry.index, 'usage'],
            ...relatedSaid(msg('rule.request-usage-in-catalog.listed')),
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
      ...said(
        msg('rule.unconditional-direct-access.message', { name: resolution.entry.resource.name }),
        msg('rule.unconditional-direct-access.hint'),
      ),
      related: [relatedResource(resolution.entry, msg('rule.unconditional-direct-access.resource'))],
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
      ...said(
        msg('rule.conditional-within-catalog-terms.message', { name: resolution.entry.resource.name }),
        msg('rule.conditional-within-catalog-terms.hint', {
          stated: conditions ? 'yes' : 'no',
          conditions: conditions ?? '',
        }),
      ),
      related: [relatedResource(resolution.entry, msg('rule.conditional-within-catalog-terms.resource'))],
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
      ...said(msg('rule.grant-states-conditions.message'), msg('rule.grant-states-conditions.hint')),
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
      ...said(msg('rule.refusal-gives-reasons.message'), msg('rule.refusal-gives-reasons.hint')),
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
      ...said(
        msg('rule.not-shared-needs-negotiation.message', { name: resolution.entry.resource.name }),
        msg('rule.not-shared-needs-negotiation.hint'),
      ),
      related: [relatedResource(resolution.entry, msg('rule.not-shared-needs-negotiation.resource'))],
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
        ...said(
          msg('rule.escalation-after-failed-negotiation.message', { date: escalation.date }),
          msg('rule.escalation-after-failed-negotiation.hint'),
        ),
      });
    });
  },
);

/** Every rule over sharing requests, in the order findings are produced. */
export const REQUEST_RULES: readonly RequestRule[] = [
  uniqueRequestId,
  requestKnownParties,
  ...PARTY_REQUEST_RULES,
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
