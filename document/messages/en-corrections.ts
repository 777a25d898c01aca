/**
 * The English messages of the rules on data corrections (validation/rules/corrections.ts): a using unit
 * reports a doubt or an evident error and the providing unit checks and answers it (rules art. 7(四),
 * art. 8(二)). Spread into the English catalog (en.ts). Ids are `rule.<rule id>.<variant>`; a hint's id ends in `.hint`.
 */
export const EN_CORRECTIONS = {
  // unique-correction-id
  'rule.unique-correction-id.message': 'correction id `{id}` is already used by {file}',
  'rule.unique-correction-id.hint': 'give this correction the next free sequence number of its year',
  'rule.unique-correction-id.first': 'the id is first used here',

  // correction-resource-readable
  'rule.correction-resource-readable.unknown-system': 'no system has inventory number {number}',
  'rule.correction-resource-readable.unknown-system.hint':
    'name the system through which the unit read the data by its inventory number (序号, Annex 1)',
  'rule.correction-resource-readable.unknown-code': 'no data resource of the catalog has code `{code}`',
  'rule.correction-resource-readable.unknown-code.hint':
    "copy the code from the providing system's manifest (`spec.dataResources[].catalogCode`) or from catalog.csv",
  'rule.correction-resource-readable.not-readable':
    'system {system} may not read "{name}" of system {provider} {providerName}: {type, select, notShared {the resource is not shared} other {it is shared on conditions and no grant in sharing/ to system {system} was live on {reportedOn}}}, so the unit cannot have obtained the data it reports on',
  'rule.correction-resource-readable.not-readable.hint':
    '{type, select, notShared {a unit reports doubts only about data it obtained through sharing; correct the catalog code or the reporting system} other {correct the catalog code, the reporting system or `reportedOn`, or record the grant the unit read the data under in sharing/}}',
  'rule.correction-resource-readable.resource': 'the catalog states how the resource is shared here',
  'rule.correction-resource-readable.unpublished':
    'resource {code} was first published in the catalog on {publishedOn}, after this correction was reported on {reportedOn}: the reporting unit could not have read it',
  'rule.correction-resource-readable.unpublished.hint':
    "check `reportedOn`, or the resource's `publishedOn` in its system's manifest",
  'rule.correction-resource-readable.published': 'the resource is first published here',

  // correction-rejection-gives-reasons
  'rule.correction-rejection-gives-reasons.message': 'the answer rejects the report without giving reasons',
  'rule.correction-rejection-gives-reasons.hint':
    'state under `answer.reasons` why the report is not taken up, so that the reporting unit can act on it',

  // correction-dates-in-order
  'rule.correction-dates-in-order.message': 'answered on {answeredOn}, before the report of {reportedOn}',
  'rule.correction-dates-in-order.hint': 'correct `answeredOn` or `reportedOn`: the answer follows the report',

  // correction-answer-within-deadline
  'rule.correction-answer-within-deadline.limit':
    'a reported doubt or error is checked and answered within {days} working days (envcloud reading 及时 in rules art. 7(四), art. 8(二) as plan §三(一).4 does for requests): reported {reportedOn}, due by {deadline}',
  'rule.correction-answer-within-deadline.gap':
    'the {days} working days to answer cannot be counted: {date} is outside the official calendar ({source} covers {first}–{last})',
  'rule.correction-answer-within-deadline.late':
    'answered late on {answeredOn}{counted, select, yes {, {taken} working days after the report} other {}}: {limit}',
  'rule.correction-answer-within-deadline.late.hint':
    'the answer stays on record as late; if the date is wrong, correct `answeredOn`',
  'rule.correction-answer-within-deadline.overdue': 'no answer, overdue as of {asOf}: {limit}',
  'rule.correction-answer-within-deadline.overdue.hint':
    'the providing unit checks the data now and records the result under `answer:` (`answeredOn`, `result`)',
  'rule.correction-answer-within-deadline.pending':
    'pending: {limit}{counted, select, yes { ({left} working days left as of {asOf})} other {}}',
  'rule.correction-answer-within-deadline.pending.hint':
    'record the result of the check under `answer:` (`answeredOn`, `result`) when it is given',
} as const;
