/**
 * The English messages of the rules on manifests (validation/rules/: disposition, placement, schedule,
 * protection, identity, catalog codes, duplicate construction, status transitions, sharing), spread into the
 * English catalog (en.ts). Ids are `rule.<rule id>.<variant>`; a hint's id ends in `.hint`. Literal
 * braces are values (`{example}`, `{open}`): ICU reads a brace as a placeholder.
 */
export const EN_RULES = {
  // Joining values the rules list.
  'rule.join.comma': '{first}, {second}',
  'rule.join.or': '{first} or {second}',
  'rule.duration': '{value} {unit, select, d {d} h {h} other {min}}',

  // Dispositions (validation/rules/disposition.ts).
  'rule.merge-names-business-system.missing':
    'outcome `merge` does not say which of the eight business systems the system joins',
  'rule.merge-names-business-system.missing.hint': 'add `businessSystem:` with one of {allowed}',
  'rule.merge-names-business-system.unexpected':
    '`businessSystem: {businessSystem}` ({name}) is set but the outcome is `{outcome}`',
  'rule.merge-names-business-system.unexpected.hint':
    'set `outcome: merge` to merge the system, or remove `businessSystem`',
  'rule.exempt-gives-reason.message':
    'an exempt (internal-use) system must give a detailed reason for not being integrated',
  'rule.exempt-gives-reason.hint':
    'add `reason:` explaining why the system is used only inside the unit and cannot be integrated',
  'rule.decommission-runs-nothing.message': 'a decommissioned system must not run anything, but it declares {running}',
  'rule.decommission-runs-nothing.hint': 'remove them; the data is kept through `spec.archive`',
  'rule.placement-deployed.message':
    'a system with outcome `{outcome}` is deployed without its own workloads, database or storage, but it declares {parts}: they would never run',
  'rule.placement-deployed.hint':
    'remove `{first}` from `spec.placement`, or give the system an outcome that migrates it (`keep`, `merge`, …) if it runs software of its own',
  'rule.exempt-runs-nothing.message': 'an exempt system stays off the cloud, but it declares {running} to run there',
  'rule.exempt-runs-nothing.hint':
    'remove `placement`, or, if the system is to run on the cloud, choose another outcome (for example `keep`) instead of `exempt`',
  'rule.websites-in-website-cluster.message':
    'a system with outcome `{outcome}` declares its own website; websites are served only by the ministry website cluster (部网站群)',
  'rule.websites-in-website-cluster.hint':
    'set `outcome: website-cluster` to move the site to the website cluster, or remove `website`',
  'rule.decommission-archives-data.message': 'a decommissioned system has no archive plan for its data',
  'rule.decommission-archives-data.hint': 'add {example} under `spec`',
  'rule.website-has-settings.settings': 'outcome `website-cluster` needs website settings',
  'rule.website-has-settings.settings.hint': 'add {example}',
  'rule.website-has-settings.migrate':
    'outcome `website-cluster` but the Annex 2 answer says the website does not migrate',
  'rule.website-has-settings.migrate.hint': 'set `websiteCluster.migrate: true`',
  'rule.cloud-is-the-norm.placement':
    'a system with outcome `{outcome}` must run on the cloud platform but has no `placement`',
  'rule.cloud-is-the-norm.placement.hint':
    'add `placement:` with its `pool` and `workloads`; only exempt internal-use systems stay off the cloud',
  'rule.cloud-is-the-norm.migrate': 'a system with outcome `{outcome}` must migrate to the cloud',
  'rule.cloud-is-the-norm.migrate.hint': 'set `cloud.migrate: true`, or change the outcome to `exempt` with a reason',
  'rule.zombie-matches-disposition.not-marked':
    'the outcome is `decommission` but the system is not marked as a zombie system',
  'rule.zombie-matches-disposition.not-marked.hint': 'set `zombie: true`',
  'rule.zombie-matches-disposition.marked': 'the system is marked as a zombie system but its outcome is `{outcome}`',
  'rule.zombie-matches-disposition.marked.hint': 'set `zombie: false`, or change the outcome to `decommission`',
  'rule.portal-connection.extranet':
    'outcome `extranet-portal` but the system does not connect to the extranet business portal',
  'rule.portal-connection.extranet.hint': 'set `extranetPortal.connect: true`',
  'rule.portal-connection.method': 'the system connects to the extranet portal but does not say how',
  'rule.portal-connection.method.hint':
    'add `method:` with one of {allowed} (users sign in through the unified identity)',
  'rule.portal-connection.internet':
    'outcome `internet-portal` but the system does not connect to the internet service portal',
  'rule.portal-connection.internet.hint': 'add {example} under `integration`',
  'rule.portal-unified-identity.message':
    '`method: {method}` only links the system from the portal; users must sign in through the unified digital-certificate identity',
  'rule.portal-unified-identity.hint': 'use one of {allowed}',
  'rule.data-onboarding-has-resources.onboard':
    'outcome `data-onboarding` but the data is not onboarded to the resource center',
  'rule.data-onboarding-has-resources.onboard.hint': 'set `resourceCenter.onboard: true`',
  'rule.data-onboarding-has-resources.method':
    'the data is onboarded to the resource center but the method is not given',
  'rule.data-onboarding-has-resources.method.hint':
    'add `method:` with one of `file-upload`, `interface-extraction`, `data-exchange`',
  'rule.data-onboarding-has-resources.resources':
    'the data is onboarded to the resource center but no data resource is listed',
  'rule.data-onboarding-has-resources.resources.hint': 'add `dataResources:` with one catalog entry per data resource',

  // Placement (validation/rules/placement.ts).
  'rule.image-from-approved-registry.message':
    'workload `{workload}` uses image {image} from {from}, not from the approved registry {registry}',
  'rule.image-from-approved-registry.hint':
    'push the image to the approved registry and reference it there: `{registry}/<unit>/<name>:<tag>`',
  'rule.service-name-length.message':
    'the Service of workload `{workload}` would be named `{service}` ({length} characters): Kubernetes allows at most {max}',
  'rule.service-name-length.hint':
    'the Service is named `{slug}-` and the workload name: shorten the workload name to at most {room} characters',
  'rule.workload-ports-unique.message': 'workload `{workload}` lists port {port} twice',
  'rule.workload-ports-unique.hint': "list each port once: a Service's ports must differ in port or protocol",
  'rule.workload-ports-unique.first': 'the port is first listed here',
  'rule.database-version-supported.message': '{engine} {version} is not a release the platform runs',
  'rule.database-version-supported.hint':
    'choose one of {versions}, the release alone: the platform chooses its minor (a minor written here is one RDS or the registry may not have)',
  'rule.website-domain-public.message': 'website domain `{domain}` is not a public host name',
  'rule.website-domain-public.hint':
    'give the host name the public reaches the site at, such as www.mee.gov.cn (not an IP address or localhost)',
  'rule.website-domains-unique.message': 'website domain `{domain}` is already the site of system {system} ({file})',
  'rule.website-domains-unique.hint': 'each site has a host name of its own: the cluster routes a site by it',
  'rule.website-domains-unique.first': 'the domain is first used here',
  'rule.names-on-one-line.message': 'a name holds a line break',
  'rule.unit-in-inventory.message': '`{unit}` is not a unit of the ministry as the inventory (Annex 1) names it',
  'rule.unit-in-inventory.hint':
    'write the unit as Annex 1 names it: the reports count each unit a system names, so a unit spelt another way gets a report and an Annex 2 form of its own (a new unit of the ministry is added to model/units.ts)',
  'rule.unit-in-inventory.hint-suggest':
    'did you mean `{suggestion}`? The reports count each unit a system names: a unit spelt another way gets a report of its own',
  'rule.joint-units-separated.message':
    'units are separated by `{separator}`: the reports count joint units separated by `、` only',
  'rule.joint-units-separated.hint':
    'write joint units as Annex 1 does, separated by `、` (办公厅、行政体制与人事司); one unit is written alone',
  'rule.names-on-one-line.hint': 'write the name on one line: names are listed a line each in reports and the catalog',
  'rule.requester-runs-system.message':
    'unit "{unit}" is neither the managing nor the reporting unit of system {number} (managed by {managing})',
  'rule.requester-runs-system.hint':
    'name the unit that runs the system that will use the data, or the system that unit runs: the sharing report counts the request for the unit',
  'rule.reporter-runs-system.hint':
    "name the unit that runs the system through which it read the data, or that unit's system",
  'rule.external-requester-outside-ministry.message':
    '"{unit}" is a unit of the ministry, but the request is marked `external: true`',
  'rule.external-requester-outside-ministry.hint':
    'remove `external: true` and name the system that will use the data: a conditional request of a unit of the ministry is answered within {internal} working days (rules art. 21), one of another national government department within {external} (art. 23(四))',
  'rule.database-names-fit.message':
    'the database cluster `{name}` ({length} characters) would be longer than CloudNativePG takes ({max})',
  'rule.database-names-fit.hint': 'a system with a PostgreSQL database takes a slug of at most {room} characters',
  'rule.workload-resources-set.cpu':
    'workload `{workload}` asks for {cpu} CPU: less than 1m, which Kubernetes takes for no limit at all',
  'rule.workload-resources-set.memory':
    'workload `{workload}` asks for {memory} of memory: no memory, which Kubernetes takes for no limit at all',
  'rule.workload-resources-set.hint':
    'give what the workload needs (its limits are twice it), such as cpu: 500m and memory: 1Gi',
  'rule.placement-names-unique.twice':
    '{what, select, workload {workload} volume {block volume} other {bucket}} name `{name}` is used twice in this system',
  'rule.placement-names-unique.twice.hint':
    'rename one of them: each {what, select, workload {workload} volume {block volume} other {bucket}} becomes its own cloud object, named after it',
  'rule.placement-names-unique.first':
    'the first {what, select, workload {workload} volume {block volume} other {bucket}} named `{name}`',
  'rule.placement-names-unique.replica':
    'bucket name `{name}` is the name of the remote-center copy of bucket `{bucket}`',
  'rule.placement-names-unique.replica.hint':
    'rename the bucket: a name ending in `{suffix}` is taken by the copy of the bucket it extends',
  'rule.placement-names-unique.replica-of': 'the bucket whose copy has that name',
  'rule.placement-names-unique.database':
    "{what, select, workload {workload} volume {block volume} other {bucket}} name `{name}` is taken by the database's own objects (`<slug>-db`, `-db-rw`, `-db-1`, `-db-app`)",
  'rule.placement-names-unique.database.hint':
    "choose a name that is not `db` and does not begin with `db-`: CloudNativePG names the database's services, volumes and secrets so",

  // The schedule (validation/rules/schedule.ts) and its changes (transitions.ts).
  'rule.completed-names-day.missing': 'status `completed` ({state}) does not give the day the migration was completed',
  'rule.completed-names-day.missing.hint':
    'add `completedOn: YYYY-MM-DD` under `spec.schedule`: a report as of a day counts only the systems completed by then',
  'rule.completed-names-day.unexpected':
    '`completedOn` is given but the status is `{status}` ({state}), not `completed`',
  'rule.completed-names-day.unexpected.hint':
    'remove `completedOn`, or set the status to `completed` once the migration is done',
  'rule.blocked-names-reason-and-owner.missing':
    'status `blocked` ({state}) does not say what blocks the migration or who clears it',
  'rule.blocked-names-reason-and-owner.missing.hint':
    'add under `schedule:` the field `blocked: {open} reason: <what blocks it>, owner: <the person or unit who clears it> {close}`',
  'rule.blocked-names-reason-and-owner.unexpected':
    '`blocked` is set but the status is `{status}` ({state}), not `blocked`',
  'rule.blocked-names-reason-and-owner.unexpected.hint':
    'remove `blocked` once the block is cleared, or set `status: blocked` while it holds',
  'rule.status-transition.named': '`{status}` ({state})',
  'rule.status-transition.message':
    'status changed from {from} to {to} since the baseline, which is not a legal step: {next}',
  'rule.status-transition.final': '{from} is final: no state may follow it',
  'rule.status-transition.next': 'from {from} the next state is {next}',
  'rule.status-transition.steps.hint':
    'record each step in turn ({steps}), one change against each baseline; or set `status: {first}` now',
  'rule.status-transition.completed.hint': 'a completed migration stays completed; set `status: {from}` back',
  'rule.status-transition.set.hint': 'set `status:` to {allowed}',
  'rule.status-transition.baseline': "the baseline's status of system no. {number}: {status}",

  // Backup (validation/rules/protection.ts).
  'rule.backup-targets-within-tier.no-backup':
    'the system stores data (database, storage or website content) but its backup tier is `none`',
  'rule.backup-targets-within-tier.no-backup.hint':
    'choose `bronze`, `silver` or `gold`: data on the platform is never left without a backup',
  'rule.backup-targets-within-tier.stricter':
    '{target} of {wanted} is stricter than tier `{tier}` delivers ({promised})',
  'rule.backup-targets-within-tier.stricter.hint':
    'raise the target to at least {minutes}, or choose a higher tier (gold: RPO 15 min, RTO 1 h)',

  // Numbers and slugs (validation/rules/identity.ts).
  'rule.used-by': '{where, select, self {this manifest} other {{file} ({name})}}',
  'rule.unique-number.message': 'inventory number {value} is already used by {where}',
  'rule.unique-number.first': 'first use of inventory number {value}',
  'rule.unique-number.hint':
    'Annex 1 systems keep their numbers 1–182; a new system takes the next free number (`envcloud new` picks it)',
  'rule.slugs-not-nested.message':
    'slug `{value}` begins with `{prefix}-`, and `{prefix}` is the slug of the system in {file}: the two could name the same cloud object (`<slug>-<part>`)',
  'rule.slugs-not-nested.hint':
    "give the system a slug that does not begin with another system's slug and a hyphen: a slug begins with `s` and its inventory number (`s027-…`)",
  'rule.slugs-not-nested.first': 'the slug `{prefix}` is used here',
  'rule.unique-slug.message': 'slug `{value}` is already used by {where}',
  'rule.unique-slug.first': 'first use of slug `{value}`',
  'rule.unique-slug.hint':
    'slugs (current and previous) name namespaces and cloud resources, so they must differ: add the inventory number or a qualifier; a renamed system lists its old slug only in previousSlugs',

  // Catalog codes (validation/rules/catalog-codes.ts).
  'rule.catalog-code.form':
    '`{code}` is not of the form {prefix}NNNNN{separator}SSSS (class, item, heading, the 5-digit system number, `{separator}`, a 4-digit sequence number)',
  'rule.catalog-code.class': "class (类) {value} is not {expected} (a department's catalog)",
  'rule.catalog-code.item': "item (项) {value} is not the ministry's {expected}",
  'rule.catalog-code.heading': "heading (目) {value} is not the ministry's {expected}",
  'rule.catalog-code.system-zero': 'the system number is 00000',
  'rule.catalog-code.sequence-zero': 'the sequence number 0000 is not used (sequences start at 0001)',
  'rule.catalog-code-well-formed.message': 'catalog code `{code}` of "{name}" is malformed: {problems}',
  'rule.catalog-code-well-formed.hint':
    "a code not yet published is corrected to this system's next free code, `{next}`",
  'rule.catalog-code-own-system.message':
    'catalog code `{code}` of "{name}" belongs to system {owner}, not to this system ({number})',
  'rule.catalog-code-own-system.hint':
    "a resource keeps its code only in the system that published it; here it takes this system's next free code, `{next}`",
  'rule.unique-catalog-code.message':
    'catalog code `{code}` of "{name}" is already used {where, select, self {earlier in this manifest} other {by system {system} ({file})}} for "{earlier}"',
  'rule.unique-catalog-code.hint':
    "codes are never shared or reused: give this resource its system's next free code, `{next}`",
  'rule.catalog-code.no-free.hint':
    "system {number} has no free catalog code left (every sequence number from 0001 to 9999 is used): ask the catalog's compiling office",
  'rule.unique-catalog-code.first': 'the code is first used here',

  // Duplicate construction (validation/rules/duplicate-construction.ts).
  'rule.duplicate-construction.one':
    '"{name}" looks like the same function as {other} ({units}, name similarity {similarity})',
  'rule.duplicate-construction.many':
    '"{name}" looks like the same function as {count} other systems ({units}, name similarity {similarity}): {others}{more, plural, =0 {} other { … and # more}}',
  'rule.duplicate-construction.system': 'system {number} "{name}" in {file}',
  'rule.duplicate-construction.units-both': 'both of {unit}',
  'rule.duplicate-construction.units-pair': '{first} and {second}',
  'rule.duplicate-construction.units-all': 'all of {unit}',
  'rule.duplicate-construction.units-many': 'of {count} units: {shown}{more, plural, =0 {} other { … and # more}}',
  'rule.duplicate-construction.hint':
    'if they do the same job, merge them (outcome `merge`) or decommission all but one; if not, make the names say how they differ',
  'rule.duplicate-construction.other': 'another system of the same function',

  // Sharing of data resources (validation/rules/sharing.ts).
  'rule.conditional-sharing-terms.message':
    'conditionally shared data resource "{name}" does not state its {missing, select, both {conditions and scope} conditions {conditions} other {scope}}',
  'rule.conditional-sharing-terms.hint':
    'add {missing, select, both {`conditions:` and `scope:`} conditions {`conditions:`} other {`scope:`}} under `sharing` (who may receive it, on what terms)',
  'rule.not-shared-legal-basis.missing': 'data resource "{name}" is not shared but cites no law, regulation or policy',
  'rule.not-shared-legal-basis.missing.hint':
    'add `legalBasis:` with its `kind` ({kinds}), `issuer`, `title`, `documentNumber` and `article`, or share it',
  'rule.not-shared-legal-basis.level':
    'data resource "{name}" is not shared on the strength of {kindName} `{kind}` (《{title}》), below the level article 18 requires',
  'rule.not-shared-legal-basis.level.hint':
    'only {levels} can keep data from being shared: cite one, or share the data',
  'rule.not-shared-legal-basis.kind': '{kindName} `{kind}`',
  'rule.article-16-unconditional-sharing.message':
    'data resource "{name}" ({catalogClass}: business data of {businesses}) is shared only on conditions {basis, select, none {without any legal basis} other {on the strength of {kindName} `{kind}` (《{title}》), below the level article 18 names}}',
  'rule.article-16-unconditional-sharing.hint':
    'article 16 data is shared without conditions: set `type: unconditional`, or cite under `legalBasis:` the law, administrative regulation or central document that restricts it',
  'rule.sharing-usage-stated.usage': 'shared data resource "{name}" states no usage requirement',
  'rule.sharing-usage-stated.usage.hint':
    'list at least one of `administrative-basis`, `work-reference`, `data-verification`, `business-collaboration`',
  'rule.sharing-usage-stated.methods': 'shared data resource "{name}" states no sharing method',
  'rule.sharing-usage-stated.methods.hint': 'list at least one of `query`, `bulk-download`, `system-integration`',
  'rule.internet-only-unconditional-data.message':
    'data resource "{name}" is `{type}` but workload `{workload}` is exposed on the internet zone',
  'rule.internet-only-unconditional-data.hint':
    'expose the workload on `extranet` instead, or move the public part into a system that holds only unconditionally shared data',
  'rule.internet-only-unconditional-data.workload': 'the workload exposed on the internet zone',
  'rule.resource-center-sharing-type.message':
    '`sharingType: {declared}` disagrees with the data resources: the most restricted of them is `{expected}` ("{name}")',
  'rule.resource-center-sharing-type.hint':
    "set `sharingType: {expected}` (the data as a whole is shared no more openly than its most restricted resource), or correct the resources' `sharing.type`",
  'rule.resource-center-sharing-type.decisive': 'the most restricted data resource is `{expected}`',
  'rule.one-data-one-source.twice': 'data resource "{name}" is listed twice in this manifest',
  'rule.one-data-one-source.twice.hint': 'list each data resource once',
  'rule.one-data-one-source.first-listing': 'first listing',
  'rule.one-data-one-source.message': 'data resource "{name}" is already provided by system {number} {system} ({file})',
  'rule.one-data-one-source.hint':
    'each data item has one source: obtain it from the providing system through the resource center instead of collecting it again',
  'rule.one-data-one-source.provided-here': 'the data resource is provided here first',
} as const;
