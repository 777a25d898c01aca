/**
 * What `preview`, `audit`, `report`, `waves` and `deploy` print (issue #14): summaries, the headings of
 * their tables, progress, the plan diff, warnings and usage errors. Spread into the English catalog
 * (en.ts); the Chinese is zh-cli.ts. The English is byte for byte what the commands printed before they
 * had a catalog (tests compare it).
 */
export const EN_CLI = {
  // Progress labels (cli/progress.ts), in the order the commands run.
  'progress.ran-offline': 'ran stack {stack} offline',
  'progress.rendered': 'rendered and checked the Kubernetes objects',
  'progress.audited-same-run': 'evaluated the policy pack on the same run',
  'progress.audited': 'evaluated the policy pack',
  'progress.metrics': 'metrics',
  'progress.catalog': 'catalog and annual reports',
  'progress.topology': 'topology',
  'progress.dashboard': 'dashboard',

  // A table's tail, and the resources by kind and center (cli/format/kind-center.ts).
  'table.more': '… and {count} more',
  'kind-center.title': 'by kind and center:',
  'kind-center.none': 'by kind and center: no resources',
  'kind-center.kind': 'kind',
  'kind-center.total': 'total',
  'kind-center.component': '(component)',

  // preview
  'preview.offline':
    "OFFLINE PREVIEW of stack `{stack}`: the program ran in-process under Pulumi's mocks. Nothing was deployed and no cloud or cluster was contacted.",
  'preview.resources': '{total} resources, {protected} protected, deploy graph depth {depth}',
  'preview.by-pool': 'by pool:',
  'preview.by-system': 'by system (largest):',
  'preview.kubernetes-checked':
    'Kubernetes objects checked offline against the Kubernetes schemas: {problems, plural, =0 {all valid} other {# problems}}',
  'preview.audit-summary':
    'OFFLINE AUDIT of the same run: {failed} failed, {advisory} advisory, {waived} waived, {notApplicable} policies not applicable — {verdict} (details: audit.json, or `envcloud audit` for text, SARIF, JUnit, HTML)',
  'preview.wrote':
    'wrote {file}{diff, select, yes {, diff.json} other {}}{audit, select, yes {, audit.json} other {}} and the rendered objects',
  'preview.allow-data-loss-alone': '--allow-data-loss only means something with --baseline <plan.json>',
  'preview.audit-options-alone': '--waivers and --policy-config only mean something with --audit',
  'preview.baseline-other-stack':
    '{file} is a plan of stack `{baseline}`, not `{stack}`: compare a stack with its own earlier plan',
  /** An audit's verdict as a word (`passed`, `failed`, `nothing-judged`). */
  'audit.verdict': '{verdict}',

  // The plan diff (cli/format/plan-diff.ts).
  'diff.title': 'Changes against the baseline {file} (offline, plan against plan):',
  'diff.counts':
    '{create} to create, {update} to update, {replace} to replace, {delete} to delete, {same} unchanged; {moved} kept under a new name through aliases',
  'diff.kind': '{kind}',
  'diff.moved-from': '(moved from {name})',
  'diff.because': 'because {fields} changed',
  'diff.archived': '— data archived first ({archive})',
  'diff.data-loss': '— DATA LOSS',
  'diff.data-loss-allowed': '— DATA LOSS, allowed by --allow-data-loss',
  'diff.more': '… and {count} more (all in diff.json)',
  'diff.system': 'system {system}: ',
  'diff.loss':
    '{system}this plan {kind, select, replace {replaces with empty ones} other {deletes, with no archive of the system in the plan,}} {count} data-bearing resource(s): {what}. To keep the data, {kind, select, replace {revert the changes to the fields named above, or move the data out first} other {keep the manifest and set its disposition to decommission with an archive (the data goes to the resource center first), or rename the system with metadata.previousSlugs}}. Only if losing it is intended, run again with --allow-data-loss.',

  // audit
  'audit.needs-stack': 'audit needs --stack <name> (prod, onprem, dev)',
  'audit.wrote':
    'wrote {file}: {failed} failed, {advisory} advisory, {waived} waived, {notApplicable} policies not applicable — {verdict} (offline audit of {stack})',

  // report
  'report.year-after-as-of':
    "--year {year} is after the as-of day's year {asOfYear}: a year cannot be reported before it starts",
  'report.wrote':
    'wrote {count} files to {out}: open {index} in a browser{stack, select, none {} other { (offline audit of {stack})}}',
} as const;
