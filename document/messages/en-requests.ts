/**
 * The English messages of the rules on sharing requests (validation/rules/requests.ts and the resolution
 * of the resource a request names, request-context.ts), spread into the English catalog (en.ts). Ids are
 * `rule.<rule id>.<variant>`; a hint's id ends in `.hint`.
 */
export const EN_REQUESTS = {
  // unique-request-id
  'rule.unique-request-id.message': 'request id `{id}` is already used by {file}',
  'rule.unique-request-id.hint': 'give this request the next free sequence number of its year',
  'rule.unique-request-id.first': 'the id is first used here',

  // request-known-parties: the requester, and the resource the request names (request-context.ts).
  'rule.request-known-parties.no-system': 'the requester names no system',
  'rule.request-known-parties.no-system.hint':
    'add `system:` with the inventory number of the system that will use the data, or `external: true` for another national government department',
  'rule.request-known-parties.unknown-system': 'no system has inventory number {number}',
  'rule.request-known-parties.unknown-requester.hint':
    'name the requesting system by its inventory number (序号, Annex 1)',
  'rule.request-known-parties.unknown-provider.hint':
    'name the providing system by its inventory number (序号, Annex 1), as its manifest states it in `metadata.number`',
  'rule.request-known-parties.no-resource': 'the resource names no system and name',
  'rule.request-known-parties.no-resource.hint': 'add `system:` (inventory number) and `name:`',
  'rule.request-known-parties.unknown-code': 'no data resource of the catalog has code `{code}`',
  'rule.request-known-parties.unknown-code.hint-listed':
    'system {number} {name} lists {listed}; for data outside the catalog name `system:` and `name:` instead of a code',
  'rule.request-known-parties.listed-resource': '`{code}` {name}',
  'rule.request-known-parties.listed-none': 'no data resource',
  'rule.request-known-parties.unknown-code.hint':
    "copy the code from the providing system's manifest (`spec.dataResources[].catalogCode`) or from catalog.csv; for data outside the catalog name `system:` and `name:` instead",
  'rule.request-known-parties.other-system':
    'catalog code `{code}` is a resource of system {number} {name}, not of system {system}',
  'rule.request-known-parties.other-system.hint':
    'correct `system:` to {number} or remove it (the code names the system)',
  'rule.request-known-parties.other-name': 'catalog code `{code}` is "{catalogName}" in the catalog, not "{name}"',
  'rule.request-known-parties.other-name.hint':
    "correct the name to the catalog's, or remove it (the code names the resource)",

  // request-usage-in-catalog
  'rule.request-usage-in-catalog.message': 'usage `{usage}` is not one the catalog lists for "{name}" ({listed})',
  'rule.request-usage-in-catalog.none': 'none',
  'rule.request-usage-in-catalog.hint':
    'ask for one of {allowed}, or ask the providing unit to extend the catalog entry first',
  'rule.request-usage-in-catalog.listed': 'the usage the catalog lists',

  // unconditional-direct-access
  'rule.unconditional-direct-access.message':
    '"{name}" is shared unconditionally: it is obtained through the resource center without a request',
  'rule.unconditional-direct-access.hint': 'withdraw the request and read the data through the resource center',
  'rule.unconditional-direct-access.resource': 'shared unconditionally here',

  // conditional-within-catalog-terms
  'rule.conditional-within-catalog-terms.message':
    '"{name}" is shared on conditions, but the answer grants it without any',
  'rule.conditional-within-catalog-terms.hint':
    "answer `granted-with-conditions` and state under `conditions:` the catalog's conditions{stated, select, yes { ({conditions})} other {}} and any the answer adds",
  'rule.conditional-within-catalog-terms.resource': 'shared on conditions here',

  // grant-states-conditions, refusal-gives-reasons
  'rule.grant-states-conditions.message': 'the answer grants the data with conditions but states none',
  'rule.grant-states-conditions.hint': 'add `conditions:` with the terms of use the grant sets',
  'rule.refusal-gives-reasons.message': 'the request is refused without reasons',
  'rule.refusal-gives-reasons.hint':
    'add `reasons:` saying why the data cannot be provided (the law or policy, or what is missing from the request)',

  // not-shared-needs-negotiation, escalation-after-failed-negotiation
  'rule.not-shared-needs-negotiation.message':
    '"{name}" is not shared: a request for it is settled by negotiation, and none is recorded',
  'rule.not-shared-needs-negotiation.hint':
    'add `negotiations:` with the date, the outcome (`agreed` or `failed`) and a summary of each negotiation with the providing unit',
  'rule.not-shared-needs-negotiation.resource': 'not shared here',
  'rule.escalation-after-failed-negotiation.message':
    'the dispute is referred to the cyberspace office on {date} without a failed negotiation before it',
  'rule.escalation-after-failed-negotiation.hint':
    'record under `negotiations:` the negotiation with the providing unit that failed (`outcome: failed`), dated on or before the referral',

  // request-dates-in-order
  'rule.request-dates-in-order.before':
    '{what, select, answer {the answer} negotiation {a negotiation} other {a referral}} is dated {date}, before the request was submitted ({submittedOn})',
  'rule.request-dates-in-order.before.hint': 'correct the date or `submittedOn`',
  'rule.request-dates-in-order.resolved': 'the referral is settled on {resolvedOn}, before it was made ({date})',
  'rule.request-dates-in-order.resolved.hint': "correct `resolvedOn` or the referral's `date`",
  'rule.request-dates-in-order.expires': 'the grant expires on {expiresOn}, not after it was given ({answeredOn})',
  'rule.request-dates-in-order.expires.hint': 'correct `expiresOn` or remove it',

  // working-day-calendar
  'rule.working-day-calendar.message': "the answer's time limit of {days} working days cannot be worked out: {gap}",
  'rule.working-day-calendar.gap':
    '{date} is outside the official working-day calendar envcloud has ({source} covers {first}–{last})',
  'rule.working-day-calendar.hint':
    "the official holidays and make-up working days (调休) are known for {first}–{last} only; update the pinned `chinese-days` package ({source}) once the State Council publishes the year's arrangement, or correct the date",

  // answer-within-deadline: the time limit of a request (`track`: who asks for what) and where it is set.
  'rule.answer-within-deadline.limit':
    "{track, select, conditional {a request for conditionally shared data} external {a request from another national government department} outsideScope {a request from outside the catalog's sharing scope} other {a request for data outside the catalog}} is answered within {days} working days ({clause}): submitted {submittedOn}, due by {deadline}",
  'rule.answer-within-deadline.clause':
    '{clause, select, art21 {rules art. 21} art23 {rules art. 23(四)} other {plan §三(一).4}}',
  'rule.answer-within-deadline.late':
    'answered late on {answeredOn}{counted, select, yes {, {taken} working days after submission} other {}}: {limit}',
  'rule.answer-within-deadline.late.hint':
    'the answer stays on record as late; if the date is wrong, correct `answeredOn`',
  'rule.answer-within-deadline.overdue': 'no answer, overdue as of {asOf}: {limit}',
  'rule.answer-within-deadline.overdue.hint':
    'the providing unit answers now and records it under `answer:`; the requesting unit may refer the delay upwards (`escalations:`)',
  'rule.answer-within-deadline.pending':
    'pending: {limit}{counted, select, yes { ({left} working days left as of {asOf})} other {}}',
  'rule.answer-within-deadline.pending.hint':
    'record the answer under `answer:` (`answeredOn`, `decision`) when it is given',
} as const;
