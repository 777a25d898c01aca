/**
 * The English messages of the sharing work of issue #13 beyond the requests: the catalog's upkeep rules
 * (validation/rules/catalog-upkeep.ts) and the plan's day (`preview --as-of`), spread into the English
 * catalog (en.ts). Ids are `rule.<rule id>.<variant>`; a hint's id ends in `.hint`.
 */
export const EN_SHARING2 = {
  'help.preview.as-of':
    'make the plan for this day: the grants in sharing/ live on it open data, and --audit judges on it (YYYY-MM-DD; default: envcloud:asOf of the stack, else today in China)',

  // catalog-lead-unit (rules art. 13)
  'rule.catalog-lead-unit.missing': 'data resource "{name}" is built jointly but names no lead unit',
  'rule.catalog-lead-unit.missing.hint':
    'add `leadUnit:` with the unit, one of {units}, that compiles the catalog entry and keeps it up to date (rules art. 13)',
  'rule.catalog-lead-unit.outside':
    'the lead unit {unit} of data resource "{name}" is not one of the units that built it',

  // base-data-information-center (rules art. 14)
  'rule.base-data-information-center.message':
    'data resource "{name}" is {baseData} base data, but its providing unit is {unit}',
  'rule.base-data-information-center.hint':
    'base data (spatial-geographic, public-code) is catalogued and maintained by the {center} (rules art. 14): set `providingUnit: {center}`, or remove `baseData` if this is business data',

  // catalog-published-in-time (rules art. 12)
  'rule.catalog-dates-in-order.message':
    'data resource "{name}" was published again on {lastPublishedOn}, before it was first published ({publishedOn})',
  'rule.catalog-dates-in-order.hint':
    'correct `lastPublishedOn` or `publishedOn`: a republication comes after the first',
  'rule.catalog-published-in-time.late':
    'data resource "{name}" changed on {changed} and was published on {published}, {days} working days later (the limit is {limit})',
  'rule.catalog-published-in-time.overdue':
    'data resource "{name}" changed on {changed} and its catalog entry was not published again by {deadline} ({limit} working days)',
  'rule.catalog-published-in-time.gap':
    'whether data resource "{name}" was published again within {limit} working days of its change cannot be counted: {date} is outside the official calendar ({source} covers {first}–{last})',
  'rule.catalog-published-in-time.hint':
    'publish the updated catalog entry and record the day in `lastPublishedOn`; after a change it is due within {limit} working days (by {deadline}, rules art. 12)',

  // catalog-update-cycle-stale (rules art. 12)
  'rule.catalog-update-cycle-stale.message':
    'data resource "{name}" last changed on {last}, {days} days ago: it is stale for its {cycle} update cycle',
  'rule.catalog-update-cycle-stale.hint':
    'update the data and record the day in `lastChangedOn`, or correct `updateCycle` to how often it really changes',
} as const;
