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

  // waves status (waves/status.ts)
  'status.title': 'migration status as of {asOf}',
  /** `key` is the state with `_` for `-` (a select's keys have no hyphen). */
  'status.count': '{count} {state}',
  'status.wave': 'wave {wave} (ends {end}){overdue, select, yes { OVERDUE} other {}}: {count} systems: {counts}',
  'status.blocked': ' ({reason}; owner {owner})',
  'status.system':
    '{name} (no. {number}, {slug}, {unit}): {state}{blocked}, due {deadline}{overdue, select, yes { OVERDUE} other {}}',
  'status.overdue-systems': 'overdue systems: {count}',
  'status.milestones': 'Annex 3 milestones:',
  'status.untracked': 'not tracked by the manifests',
  'status.done': 'done ({covered} systems)',
  'status.number': 'no. {number}',
  'status.open': '{open} of {covered} systems open{list, select, none {} other {: {list}}}',
  'status.milestone':
    '{overdue, select, yes {OVERDUE } other {}}item {item} {content} (lead: {lead}; due {due}): {state}',

  // waves plan (waves/report.ts, waves/plan.ts, waves/graph.ts)
  'waves.title':
    "wave plan for stack {stack}: {systems} systems in {waves} waves; each wave may move {share}% of each pool's capacity",
  'waves.graph':
    '{edges} dependencies between systems, {needs} needs met by the platform stack (deployed before wave 1)',
  'waves.wave': "wave {wave} (ends {end}{extra, select, yes {, after the plan's dates} other {}}): {count} systems",
  'waves.pool-colon': ': ',
  'waves.amount': '{used}/{cap} {resource, select, cpu {cores} memoryGiB {GiB memory} other {GiB storage}}',
  'waves.unit': '{resource, select, cpu {cores} memoryGiB {GiB memory} other {GiB storage}}',
  'waves.moves': 'moves ({count}):',
  'waves.move': '{slug} (no. {id}): wave {from} → {to}{late, select, yes { (late)} other {}}',
  'waves.move-kind': '{key, select, other {{kind}}}',
  'waves.no-moves': 'none: every system keeps its declared wave',
  'waves.assignments': 'assignments:',
  'waves.assignment':
    '{slug} (no. {id}): wave {wave}{declared, select, none {} other { (declared {declared})}}: {reasons}',
  'waves.on-time': "deadlines: every system's wave ends by its deadline",
  'waves.late': 'deadlines: {count} systems in a wave that ends after their deadline: {slugs}',
  'waves.no-violations': "violations: none (every dependency and every pool's room per wave respected)",
  'waves.violations': 'violations ({count}):',
  'waves.violation-kind': '{kind}',
  'waves.fixed': '{fixed}: stays in wave {wave}',
  'waves.pulled-earlier':
    'target wave {target} instead of {declared}: needed before {names}{more, plural, =0 {} other { and # more}}, which depend on it',
  'waves.after-prerequisite': 'not before wave {earliest}: {reason}, and {prerequisite} is in wave {wave}',
  'waves.wave-full': "wave {wave}'s room in pool {pool} is {cap} {unit}, {used} already taken, and {slug} needs {need}",
  'waves.pool-full': 'pool {pool} holds {all} {unit} in all, {planned} already planned, and {slug} needs {need}',
  'waves.no-wave-room': 'no wave has room',
  'waves.no-room': 'no wave up to {max} has room: {why}; left in wave {wave}',
  'waves.fits-nowhere': '{slug} (no. {id}) fits in no wave: {why}',
  'waves.after-deadline': 'wave {wave} ends {end}, after its deadline {deadline}',
  'waves.not-allowed': 'wave {wave} is not allowed',
  'waves.instead': 'wave {wave} instead of {desired}: {reason}',
  'waves.kept': 'declared wave {wave} kept',
  'waves.dependency-broken': '{dependent} in wave {after} but {reason}, and {prerequisite} is in wave {before}',
  'waves.over-capacity': 'wave {wave} moves {amount} {unit} into pool {pool}, more than its {cap} per wave',
  'graph.system': '{slug} (no. {number})',
  'graph.merged': '{system} is merged into {name}, which {core} is: with it or after it',
  'graph.uses-data': '{system} uses “{resource}” provided by {unit}: after {provider} has onboarded it',
  'graph.website': '{system} moves its site into the website cluster: after {cluster} runs on the cloud',

  // waves (cli/commands/waves.ts)
  'waves.has-violations': 'the plan has {count} violation(s){write, select, yes {; nothing written} other {}}',
  'waves.wrote-waves': 'wrote spec.schedule.wave into {count} manifest(s){edits, select, none {} other {: {edits}}}',
  'waves.wrote-runbooks': 'wrote {count} runbooks into {out}',
  'waves.wrote-stacks': 'wrote {files} (platform stack {platform})',

  // deploy (cli/commands/deploy.ts, waves/deploy-plan.ts)
  'deploy.order': 'deploy order (stacks not joined by "after" may run at once):',
  'deploy.after': 'after {stack}',
  'deploy.wave-reason': '{file}: {reason}',
  'deploy.no-such-wave': '--wave {wave}: no manifest declares wave {wave} (spec.schedule.wave); the waves are {waves}',
  'deploy.platform-reason': 'the platform its systems land on',
  'deploy.ready': 'ready: every stack file is there and fits (run without --list to deploy)',
  'deploy.not-ready': 'not ready:',
  'deploy.phase': '{phase}',
  'deploy.both-stacks':
    '{file}: the platform stack deploys {count} system(s) the wave stacks deploy too (no. {numbers}): both stacks would own their Kubernetes objects\nhint: give {file} `envcloud:systems: {setting}` so it builds only the platform',
  'deploy.regenerate':
    'hint: `envcloud waves stacks --stack {stack}` writes the wave stack files (--force to replace them)',
  'deploy.kubeconfig-platform':
    '{stack} is a `kubeconfig` stack, whose systems cannot be deployed in wave stacks (envcloud:platformStack is only supported in `aws` mode: the wave stacks would build no databases or buckets): deploy it as one stack, `pulumi up --stack {stack} --policy-pack policies`, choosing its systems with envcloud:systems in {file}',
  'waves.in-generated-file': 'in the generated file',
  'deploy.no-stack-file': '{file} does not exist: wave {wave} has no stack to deploy\n{regenerate}',
  'deploy.wrong-platform':
    '{file}: envcloud:platformStack is {platform, select, none {not set} other {`{platform}`}}, not the platform stack `{stack}`\n{regenerate}',
  'deploy.wave-differs':
    "{file}: {key} differs from {platform}: a wave stack runs on its platform stack's\n{regenerate}",
  'deploy.wave-not-alone': '{file}: envcloud:systems does not select wave {wave} alone (waves: [{wave}])\n{regenerate}',
  'deploy.systems-only':
    '{file}: sets envcloud:platformStack, so it is a systems-only stack, not a platform stack: deploy its platform stack',

  // Policy findings and reasons a policy judged nothing, as the pack writes them in English (policies/),
  // said in Chinese by audit/format/policy-text.ts, which reads the values back out of the English.
  'policy.nothing-to-judge': 'nothing to judge: the stack has no {what}',
  'policy.nothing-to-judge-other': 'nothing to judge: no {other}',
  'policy.what.s3-buckets': 'S3 buckets',
  'policy.what.rds-databases': 'RDS databases',
  'policy.what.gold-database': 'gold-tier database (a replica follows its source)',
  'policy.what.internet-systems': 'system exposed on the internet zone',
  'policy.what.system-records': 'system record (system-registry ConfigMap)',
  'policy.what.records-with-data': 'system record listing data resources',
  'policy.what.backup-tier-systems': 'system in a backup tier, or backup plan',
  'policy.what.stored-data': 'system database, bucket or volume, nor a system declaring stored data',
  'policy.what.pods': 'pod or workload (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob)',
  'policy.what.pods-or-cnpg': 'pod, workload or CloudNativePG Cluster',
  'policy.what.portal-entries': 'portal entry (ConfigMap in namespace portal)',
  'policy.what.article-16-entries': 'catalog entry of article-16 data published to the resource center',
  'policy.what.decommissioned': 'resource of a decommissioned system',
  'policy.what.websites': 'website object, Ingress or system record naming a website',
  'policy.what.volumes': 'block volume or storage class of volumes',
  'policy.what.buckets-or-claims': 'bucket, bucket versioning or system bucket claim',
  'policy.what.data-access': "NetworkPolicy on a system's database pods or IAM role reading a system's data",
  'policy.what.waivers': 'waiver for this stack in the waiver file',
  'policy.what.restore-test-data': 'gold database or bucket on a cluster (CloudNativePG Cluster, ObjectBucketClaim)',
  'policy.dr.plan-copies':
    'the {tier} backup plan copies to {copies} other center(s); the tier needs {needed} ({centers})',
  'policy.dr.database-replica': 'gold database {name} has no replica in another center',
  'policy.dr.bucket-replica': '{tier} bucket {name} is not replicated to the remote center',
  // The words of a policy's clause (`audit --list-rules`), Chinese citing the documents by their names.
  'clause.plan': 'Plan §',
  'clause.sharing-rules': 'Sharing rules art. {number}',
  'clause.article': 'art. {number}',
  'clause.annex': 'Annex {number}',
  'clause.and': ' and ',
  'clause.with': ' with ',
  'clause.archived-first': 'envcloud: archived first, so no data is lost',
  'clause.delete-keeps-data': 'envcloud: a delete never loses data',

  // deploy: its run (cli/commands/deploy.ts), the offline runner's summaries (waves/runner-offline.ts) and
  // why a stack did not run (waves/orchestrate.ts), read back from the deploy state's English.
  'deploy.offline-title':
    "OFFLINE DEPLOY of stack {stack}: each stack runs in-process under Pulumi's mocks, one at a time; nothing is deployed and no cloud or cluster is contacted, and the policy pack is not run (`envcloud audit --stack <stack>` judges each)",
  'deploy.title': 'DEPLOY of stack {stack} ({command} through the Automation API, at most {parallel} stacks at once)',
  'deploy.stacks': 'stacks: {list}',
  'deploy.stack': '{name} ({phase}{after, select, none {} other { after {after}}})',
  'deploy.started': '[{time}] {stack} {phase}: started',
  'deploy.succeeded': '[{time}] {stack} {phase}: succeeded in {seconds} s — {summary}',
  'deploy.failed': '[{time}] {stack} {phase}: FAILED after {seconds} s — {error}',
  'deploy.skip': '{stack} {phase}: {result} — {reason}',
  'deploy.result': '{result}',
  'deploy.summary':
    '{offline, select, yes {OFFLINE deploy (nothing deployed)} other {deploy}}: {succeeded} of {total} stacks succeeded{failed, plural, =0 {} other {, # failed}}{skipped, plural, =0 {} other {, # skipped}}',
  'deploy.state': 'deploy state: {path}{log, select, none {} other {; JSON log: {log}}}',
  'deploy.offline-platform': 'OFFLINE {phase}: {resources} resources, {systems} systems, under mocks; nothing deployed',
  'deploy.offline-wave':
    'OFFLINE preview: {resources} resources, {systems} systems of wave {wave}, under mocks; nothing deployed',
  'deploy.platform-first':
    'offline: running the platform stack {stack} first; what it exports answers the StackReference',
  'deploy.resumed': 'succeeded in an earlier run ({phase}), recorded in the deploy state; not run again',
  'deploy.blocked-failed-why': 'not started: it depends on {blocker} ({why}), which failed',
  'deploy.blocked-failed': 'not started: it depends on {blocker}, which failed',
  'deploy.blocked-skipped-why': 'not started: it depends on {blocker} ({why}), which was skipped ({reason})',
  'deploy.blocked-skipped': 'not started: it depends on {blocker}, which was skipped ({reason})',

  // Errors every command may give: --out (cli/output-dir.ts), manifests with errors, an unknown stack.
  'out.is-file':
    'cannot write into {dir}: it is a file, not a folder; --out names a folder here (new, empty, or written by envcloud before)',
  'out.not-ours': '{dir} is not empty and was not written by envcloud; choose another --out or add --force',
  'out.is-folder': 'cannot write {file}: it is a folder; --out names the report file, e.g. --out {example}',
  'out.not-regular':
    'cannot write {file}: it is not a regular file (a FIFO, a device or a socket); choose another {option}',
  'out.inside-input':
    '{dir} is inside {input}, which envcloud reads as input: what it writes there would be read back as manifests; choose another --out',
  'out.exists': '{file} exists; pass --force to replace it, or choose another --out',
  'manifests.errors': '{errors} manifest error(s): run `envcloud validate` and fix them first',
  'manifests.errors.first':
    '{errors} error(s) in the files read, the first at {at}: {problem}; run `envcloud validate` (with the same `--as-of`) and fix them first',
  'stack.unknown': '{unknown}\n{stacks}\n{hint}',
  'stack.unknown.first': 'unknown stack `{stack}`: there is no Pulumi.{stack}.yaml in this project',
  'stack.unknown.stacks': 'the stacks are {stacks}',
  'stack.unknown.none': 'the project has no stack (no Pulumi.<stack>.yaml beside Pulumi.yaml)',
  'stack.unknown.did-you-mean': 'hint: did you mean `--stack {closest}`?',
  'stack.unknown.create': 'hint: to create it: pulumi stack init {stack}',
  // A policy's severity as @pulumi/policy names it, said in the reader's language (audit text and HTML).
  'policy-severity.low': 'low',
  'policy-severity.medium': 'medium',
  'policy-severity.high': 'high',
  'policy-severity.critical': 'critical',
} as const;
