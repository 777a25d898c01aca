/**
 * The English messages about the inputs beyond the manifests, continued (issue #14): an input file that
 * cannot be read, a credential in one, the stack config (Pulumi.<stack>.yaml), the waiver file, the
 * policy pack config, and the real deploy through the Automation API; spread into the English catalog
 * (en.ts). Each says word for word what envcloud said before it had a catalog.
 */
export const EN_INPUTS2 = {
  // An input file that is not read (validation/files.ts readInputFile).
  'inputs.file.cannot-read': 'cannot be read: {reason}',
  'inputs.file.reason.folder': 'it is a folder',
  'inputs.file.reason.not-regular': 'it is not a regular file (a device, FIFO or socket)',
  'inputs.file.reason.denied': 'permission denied: make the file readable by you',
  'inputs.file.reason.loop': 'it is a symbolic link that leads back to itself (a loop of links)',
  'inputs.file.reason.gone':
    'it does not exist (a symbolic link to a file that is gone, or a file removed while validate ran)',
  'inputs.file.reason.folder-like-manifest': 'it is a folder named like a manifest',
  'inputs.file.reason.not-folder': 'it is not a folder (a part of the path is a file or a device)',
  // A manifest validate lists but cannot read, or holding a credential (validation/check-source.ts).
  'inputs.manifest.unreadable': 'cannot read the file: {reason}',
  'inputs.manifest.unreadable.hint': 'check that the file exists and is readable by you',
  'inputs.manifest.secret.hint':
    'never write credentials into a manifest or a stack file: store them with `pulumi config set --secret <key> <value>` (encrypted in the stack file) and let the program read them as secrets',
  'inputs.file.cannot-read.hint': 'name a regular file, readable by you',
  'inputs.file.too-large':
    'is {size} ({bytes} bytes), more than the {limit} ({limitBytes} bytes) this kind of file may be',
  'inputs.file.too-large.hint': 'it is a few KiB when written by hand: check that this is the file you meant',

  // A credential written in plain text (document/input-checks.ts); the kinds are document/secrets.ts's.
  'inputs.secret': '`{field}` holds a plaintext credential ({kind})',
  'inputs.secret.kind':
    '{kind, select, private_key {private key} aws_access_key {AWS access key} connection_string_with_a_password {connection string with a password} json_web_token {JSON web token} github_token {GitHub token} slack_token {Slack token} bearer_token {bearer token} kubeconfig_credential {kubeconfig credential} other {{kind}}}',
  'inputs.secret.value-of': 'value of `{key}`',
  'inputs.secret.as-name': '{kind}, used as a field name',

  // The stack config (stacks/config.ts, stack-file.ts, project-merge.ts, config-network.ts).
  'inputs.config.line': '{at}: error[stack-config]: {text}',
  'inputs.config.keyed': '{key} {message}',
  'inputs.config.hint': '  hint: {hint}',
  'inputs.config.untranslated': 'the setting has a problem (said in English only: see it with --lang en)',
  'inputs.config.required': 'is required',
  'inputs.config.required.hint': 'set it in Pulumi.<stack>.yaml or with `pulumi config set {key}`',
  'inputs.config.unknown': 'is not a known setting',
  'inputs.config.not-mapping': 'must be a mapping of settings, not {found}',
  'inputs.config.not-mapping.hint':
    'write `config:` and under it one setting a line, indented (`  envcloud:mode: aws`), as `pulumi config set` writes them',
  'inputs.config.unknown.hint': 'known: {allowed}',
  'inputs.config.unknown.hint-suggest': 'did you mean `{suggestion}`? known: {allowed}',
  'inputs.config.enum': '{value} is not allowed',
  'inputs.config.enum.hint': 'allowed: {allowed}',
  'inputs.config.found': '{problem}, found {value}',
  'inputs.config.one-primary': 'needs exactly one center with role `primary`, found {found}',
  'inputs.config.second-role': 'a second `{role}` center',
  'inputs.config.name-twice': 'center name `{name}` is used twice',
  'inputs.config.same-cluster':
    'reaches the same cluster as the {role} center `{name}` (the same kubeconfig and context): backup copies kept there would sit beside the data they protect',
  'inputs.config.same-cluster.hint':
    "give each center its own cluster's context (or kubeconfig): two locations, three centers",
  'inputs.config.aws-required': 'is required in `aws` mode',
  'inputs.config.other-mode': '`{field}` is not read in `{mode}` mode: it belongs to the other mode',
  'inputs.config.other-mode.hint':
    '{mode, select, aws {an AWS center takes `region`, `availabilityZones` and `vpcCidr`} other {a cluster is reached by `context` or `kubeconfig`}}: remove the key, or set `envcloud:mode`',
  'inputs.config.aws-required.hint':
    'each AWS center needs a region, two availability zones (one for a backup-only same-city center) and a VPC range',
  'inputs.config.kubeconfig-needed': 'needs `context` or `kubeconfig` in `kubeconfig` mode',
  'inputs.config.kubeconfig-needed.hint': `pulumi config set --secret --path envcloud:centers[N].kubeconfig "$(cat cluster.kubeconfig)"`,
  'inputs.config.single-center': 'is only allowed with exactly one center (found {found})',
  'inputs.config.single-center.hint': 'with backup centers configured, backups must be copied to them',
  'inputs.config.platform-stack-kubeconfig':
    "is only supported in `aws` mode: a systems-only stack on the ministry's own clusters would deploy its systems without their databases and buckets (CloudNativePG, Rook), and its backups could not be judged against the platform stack's",
  'inputs.config.platform-stack-kubeconfig.hint':
    'deploy these systems in the platform stack itself (its `envcloud:systems`, or leave it unset for all of them), which builds their data and its backups together',
  'inputs.config.operator':
    '`{declared}` is not the {project} release envcloud renders its custom resources for ({pinned}, vendor/crds/{crds})',
  'inputs.config.operator.hint':
    'run {project} {pinned} on the clusters, or vendor the CRDs of {declared} and move the pin in model/operators.ts (vendor/crds/README.md)',
  'inputs.config.plaintext': 'holds a plaintext credential ({kind})',
  'inputs.config.plaintext.hint': 'encrypt it instead: pulumi config set --secret {setting} <value> --stack {stack}',
  'inputs.config.bad-key':
    'could not parse {key} as a configuration key (configuration keys should be of the form `<namespace>:<name>`)',
  'inputs.config.bad-key.hint': 'write it as `{namespace}:<name>` or `<provider>:<name>`',
  'inputs.config.missing':
    "Stack ''{stack}'' is missing configuration {count, plural, one {value} other {values}} {keys}",
  'inputs.config.missing.hint':
    'set {count, plural, one {it} other {each}} with `pulumi config set {key} <value> --stack {stack}`, or give {count, plural, one {it} other {them}} a `default` in {file}',
  'inputs.config.must-encrypt': "Stack ''{stack}'' with configuration key ''{key}'' must be encrypted as it''s secret",
  'inputs.config.must-encrypt.hint': 'pulumi config set --secret {fullKey} <value> --stack {stack}',
  'inputs.config.must-type': "Stack ''{stack}'' with configuration key ''{key}'' must be of type ''{type}''",
  'inputs.config.must-type.hint': 'Pulumi.yaml declares `{key}` as {type}',
  'inputs.config.cidr.invalid': '`{cidr}` is not an IPv4 network range',
  'inputs.config.cidr.invalid.hint': 'four numbers 0–255 and a prefix length, such as 10.10.0.0/16',
  'inputs.config.cidr.host-bits': '`{cidr}` has host bits set',
  'inputs.config.cidr.host-bits.hint': 'did you mean `{network}`?',
  'inputs.config.cidr.public': '`{cidr}` is not a private range',
  'inputs.config.cidr.public.hint':
    'a VPC uses private addresses (RFC 1918): 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
  'inputs.config.cidr.overlap': "overlaps the {role} center''s `{other}`",
  'inputs.config.cidr.overlap.hint':
    'give each center its own range, so the centers can be routed to each other (backups and replication cross them)',

  // The stack config against the world it describes (stacks/config-reality.ts).
  'inputs.reality.partition': '{partition, select, aws_cn {AWS China} other {AWS (commercial)}}',
  'inputs.reality.because.region': 'aws:region is {region}',
  'inputs.reality.because.center': 'the {role} center is in {region}',
  'inputs.reality.because.default': 'envcloud deploys to AWS China unless aws:region says otherwise',
  'inputs.reality.not-region': '`{region}` is not an AWS region',
  'inputs.reality.regions': 'regions of {partition}: {regions}',
  'inputs.reality.regions-suggest': 'did you mean `{suggestion}`? regions of {partition}: {regions}',
  'inputs.reality.zones': 'zones of {region}: {zones}',
  'inputs.reality.zones-named': 'zones of {region} are named {region}a, {region}b, …',
  'inputs.reality.then': '; {text}',
  'inputs.reality.backup-only':
    'lists one zone, which would make the {role} center backup-only (no cluster): only the same-city backup center (同城备份) may be, since systems run in the primary center and fail over to the remote one',
  'inputs.reality.backup-only.hint': 'list {min} zones (its EKS cluster and database subnet group span {min}){zones}',
  'inputs.reality.other-partition':
    '`{region}` is a region of {regionPartition}, but this stack is in {partition} ({because})',
  'inputs.reality.other-partition.hint':
    "one stack's credentials reach one partition; regions of {partition}: {regions}",
  'inputs.reality.not-zone': "`{zone}` is not a zone of {region} ({place}), the {role} center's region",
  'inputs.reality.zone-suggest': 'did you mean `{suggestion}`? {zones}',
  'inputs.reality.remote-same-region':
    "is the primary center's region too: the remote disaster-recovery center (异地灾备) must be in another region",
  'inputs.reality.remote-same-region.hint': 'a region of {partition} other than {primary}: {regions}',
  'inputs.reality.shared-zone':
    "`{zone}` is a zone of the primary center too: one zone's outage would hit both centers",
  'inputs.reality.layout.unknown': 'use zones of {region} the primary does not list',
  'inputs.reality.layout.backup-only':
    '`availabilityZones: [{zone}]`, and the same-city center is built backup-only (its backup vault, key and logs, no cluster)',
  'inputs.reality.layout.free':
    'use zones the primary does not list: {zones} ({min} for a cluster of its own, or one alone for a backup-only center)',
  'inputs.reality.layout.one-left':
    '{region} has {count} zones and the primary takes {taken}: list the one left, {backupOnly}',
  'inputs.reality.layout.none-left':
    "{region} has only {count} zones, all the primary's: a same-city center there cannot be disjoint from it",
  'inputs.reality.layout.all':
    'the primary lists every zone of {region}: give it {min} ({zones}) and list the one left here, {backupOnly}',

  // The waiver file (policies/waivers/load.ts) and the pack config (audit/).
  'inputs.waivers.missing': '{file}: no such waiver file',
  'inputs.waivers.unreadable': 'the waiver file {problem}',
  'inputs.waivers.secret.hint':
    'a waiver names who answers for it (a unit and a person or mailbox), never a credential: remove it, and rotate the credential',
  'inputs.waivers.scope': 'waiver {number} ({rule}) says neither which resource nor which system it covers',
  'inputs.waivers.scope.hint':
    'add `resource:` (a URN, a resource name, or "*") or `system:` (an inventory number or slug)',
  'inputs.waivers.short':
    'waiver {number} ({rule}) has a {field} of {length} characters without its spaces; at least {minimum} are needed',
  'inputs.waivers.short.reason.hint': 'say why the exception is acceptable and what compensates for it',
  'inputs.waivers.short.owner.hint': 'name a unit and a person or mailbox',
  'inputs.waivers.unknown-stack':
    'waiver {number} ({rule}) is for stack `{stack}`, which has no Pulumi.{stack}.yaml: it would never apply',
  'inputs.waivers.unknown-stack.hint': 'did you mean `{suggestion}`? the stacks are {stacks}',
  'inputs.waivers.unknown-stack.none': 'no Pulumi.<stack>.yaml was found beside it',
  'inputs.waivers.unknown-rule': 'waiver {number} names rule `{rule}`, which the pack does not have',
  'inputs.waivers.unknown-rule.hint': 'did you mean `{suggestion}`? `envcloud audit --list-rules` lists them',
  'inputs.pack.unreadable': 'the policy pack config {problem}',
  'inputs.pack.missing': '{file}: no such policy pack config file',
  'inputs.pack.secret.hint':
    'the pack config sets how policies run, never a credential: remove it, and rotate the credential',
  'inputs.pack.format.hint': "the file is Pulumi''s policy pack config: {example}",
  'inputs.pack.in-policy': '`{policy}`: {message}',
  'inputs.pack.not-object': 'the policy pack config must be a JSON object keyed by policy name (or `all`)',
  'inputs.pack.unknown-policy': '`{name}` is not a policy of the pack (did you mean `{suggestion}`?)',
  'inputs.pack.level-or-object': '`{name}` must be a level or an object',
  'inputs.pack.bad-level': '`{name}` has enforcement level `{level}`; allowed: {allowed}',
  'inputs.pack.all-disabled':
    'disables every policy of the pack that judges the stack ({count}; the waiver policies judge only the waiver file): an audit under this config judges nothing, and its PASSED would mean nothing',
  'inputs.pack.all-disabled.hint':
    'disable only the policies that do not apply, by name, and leave the others at their levels',
  'inputs.pack.not-json': 'not valid JSON ({detail})',
  'inputs.pack.all-setting':
    "`all` takes only `enforcementLevel`, not `{key}`: set a policy's settings under its own name",
  'inputs.pack.waived-findings-disabled':
    'disables `waived-findings`, which reports every finding a waiver covers: under the pack a waived finding would then be hidden; leave it at `advisory`',
  'inputs.pack.waived-findings-mandatory':
    'makes `waived-findings` mandatory: under the pack every finding a waiver accepts would fail `pulumi up`, while `audit` passes it as waived; leave it at `advisory`',

  // The real deploy through the Automation API (waves/runner-automation.ts): read back by cli/commands/deploy.ts.
  'deploy.real.parallel-max': 'expected at most {max} stacks at once, got "{value}"',
  'deploy.real.unavailable': '{problem}\n{offline}',
  'deploy.real.no-cli':
    'the Pulumi CLI is not on PATH (no `pulumi` command): the real deploy cannot run, and no stack was started. Install the Pulumi CLI 3.248 or later (https://www.pulumi.com/docs/install/) and put it on PATH.',
  'deploy.real.no-backend':
    'no Pulumi state backend: neither PULUMI_ACCESS_TOKEN nor PULUMI_BACKEND_URL is set and `pulumi login` has recorded none, so the real deploy cannot run, and no stack was started. Log in first (`pulumi login s3://envcloud-pulumi-state?region=cn-north-1`, or file://…, or a Pulumi Cloud org).',
  'deploy.real.offline-instead':
    '`envcloud deploy --offline` runs the same orchestration on the offline engine (nothing is deployed).',
  'deploy.real.platform-deployed': 'deployed: it exports `platform`',
  'deploy.real.wave-deployed': 'deployed: its last update succeeded at {time}',
  'deploy.real.preview': 'preview: {changes}',
  'deploy.real.up': 'up: {changes} ({resources} resources reported)',
  'deploy.real.no-changes': 'no changes',
  'deploy.real.change': '{count} {kind}',
  'deploy.real.platform-not-deployed':
    'the platform stack {stack} exports no `platform`: it has not been deployed; run `envcloud deploy --stack {stack}` without --wave first',
  'deploy.real.wave-not-deployed': 'its last update {last}: deploy wave {wave} first',
  'deploy.real.last-was': 'was a {kind} that {result}',
  'deploy.real.last-never': 'never happened',
  'deploy.real.up-failed': 'pulumi up {result}',

  // The Pulumi program refusing manifests with errors (stacks/program-errors.ts).
  'program.manifest-errors':
    'the manifests have errors ({count}): nothing is deployed; fix them first (`npx envcloud validate` lists them all):',
  'program.manifest-errors.more': '… and {count} more',
  // What a stack cannot deliver for its manifests, found before anything runs (stacks/preflight.ts).
  'inputs.preflight.title': 'the stack cannot be deployed (preflight):',
  'inputs.preflight.line': '{at}: error[{rule}]: {message}',
  'inputs.preflight.of-system': 'system {number} ({slug}): {problem}',
  'inputs.preflight.engine':
    "the database engine `{engine}` does not run on this stack's clusters, which run {engines} only (CloudNativePG)",
  'inputs.preflight.engine.hint':
    'use `engine: postgresql` (migrate the schema and data, e.g. with pgloader), or deploy the system with an `{namespace}:mode: aws` stack, whose managed databases run {engine}',
  'inputs.preflight.replica-name':
    'its replica database cluster `{name}` has {length} characters; CloudNativePG names a cluster with at most {max}',
  'inputs.preflight.replica-name.hint':
    'give the center a shorter name under `{namespace}:centers` (a replica is named `<system>-db-<center>`), or the system a shorter slug (a renamed system keeps its first slug in `previousSlugs`)',
  'inputs.preflight.declare.hint':
    'declare it under `{namespace}:operators` in Pulumi.<stack>.yaml (`{declaration}`) once the cluster team runs {project} {version} in `{ns}` on every cluster, or with `installedBy: envcloud` for the platform stack to install its chart',
  'inputs.preflight.serves':
    '{name, select, cloudnative_pg {PostgreSQL databases (Cluster, ScheduledBackup)} velero {backups of volumes and namespaces (BackupStorageLocation, Schedule)} other {object stores and buckets (CephObjectStore, ObjectBucketClaim)}}',
  'inputs.preflight.operator-platform':
    'the clusters need {project} for {serves} in every center, and `{namespace}:operators` does not declare it',
  'inputs.preflight.operator-database':
    "its database runs on {project}, which `{namespace}:operators` does not declare for this stack's clusters",
  'inputs.preflight.or-aws': '{hint}; or deploy the system with an `{namespace}:mode: aws` stack',
  'inputs.preflight.registry':
    "workload `{workload}` uses image {image} from {registry}, not from this stack's approved registry {approved} ({namespace}:approvedRegistry)",
  'inputs.preflight.registry.hint':
    'push the image to {approved} and reference it there, or deploy the system with a stack that approves {registry}',
  'inputs.preflight.capacity':
    'pool `{pool}` is over capacity: {requested} {unit, select, cpu {cores} memoryGiB {GiB of memory} other {GiB of storage}} requested, {capacity} available, by {count} systems; largest: {largest}',
  'inputs.preflight.capacity.hint':
    'raise `{namespace}:pools.{pool}.{resource}`, deploy fewer systems in this stack (`{namespace}:systems`), or lower what the largest ask for',
  'inputs.preflight.tier.hint':
    "choose a tier this stack's centers deliver, or give the stack the centers the tier needs (`{namespace}:centers`)",
  'inputs.preflight.tier.missing':
    'tier `{tier}` copies backups to the {missing} center, which this stack does not have',
  'inputs.preflight.tier.multi-az': 'tier `{tier}` runs in two availability zones, but the primary center lists fewer',

  // A stack's selection of systems that no manifest has (stacks/selection.ts).
  'inputs.selection.none':
    'selects {what, select, numbers {system number} waves {wave} other {unit}} `{value}`, which no manifest has: this stack would deploy none of it',
  'inputs.selection.none.hint': 'the manifests have {known}',
  'inputs.selection.empty':
    'selects no system: each of {criteria} is met by some manifest, but no manifest meets them all (they combine with AND): this stack would deploy nothing',
  'inputs.selection.empty.hint':
    'check that the systems named are in the waves and units named; to deploy no system on purpose, write `numbers: []`',
  'inputs.selection.none.hint-suggest': 'did you mean `{suggestion}`? the manifests have {known}',

  // The project file, Pulumi.yaml (stacks/project-file.ts, project-runtime.ts, project-declarations.ts).
  'inputs.project.example': '{text}',
  'inputs.project.missing': 'does not exist in this folder or any above it',
  'inputs.project.missing.hint': 'the stack files belong beside the project’s Pulumi.yaml',
  'inputs.project.vanished': 'vanished while it was read',
  'inputs.project.vanished.hint': 'run the command again',
  'inputs.project.no-name': "project is missing a non-empty string ''name'' attribute",
  'inputs.project.config-map': 'must map config keys to their declarations',
  'inputs.project.config-map.hint': 'envcloud keeps its stack files beside Pulumi.yaml; `stackConfigDir` is not used',
  'inputs.project.main': 'must be the program’s folder or file, relative to Pulumi.yaml',
  'inputs.project.no-runtime': "project is missing a ''runtime'' attribute",
  'inputs.project.options': 'must map runtime options to their values',
  'inputs.project.option-type': 'must be a {type}',
  'inputs.project.items-type': 'must name the type of the items',
  'inputs.project.items-type.hint': 'one of {types}, e.g. `{example}`',
  'inputs.project.array-of-arrays': 'is an array of arrays without `items`',
  'inputs.project.array-of-arrays.hint': 'say what the inner arrays hold: `{example}`',
  'inputs.project.bad-key.hint': 'write it as `envcloud:<name>`, or `<provider>:<name>`',
  'inputs.project.not-declaration': 'must be a declaration (type, description, default) or a value',
  'inputs.project.e-g': 'e.g. `{example}`',
  'inputs.project.attribute': '`{attribute}` is not a config declaration attribute',
  'inputs.project.allowed-suggest': 'did you mean `{suggestion}`? allowed: {allowed}',
  'inputs.project.type': '{value} is not a config type',
  'inputs.project.secret': 'must be true or false',
  'inputs.project.both': "project config ''{key}'' cannot have both a ''default'' and ''value'' attribute",
  'inputs.project.both.hint': 'keep `default` (a stack may override it) or `value` (for another namespace), not both',
  'inputs.project.array-items':
    "The configuration key ''{key}'' declares an array but does not specify the underlying type via the ''items'' attribute",
  'inputs.project.array-items.hint': 'add e.g. `{example}`',
  'inputs.project.default-type':
    "The default value specified for configuration key ''{key}'' is not of the expected type ''{type}''",
  'inputs.project.default-type.hint': 'give a default of type {type}, or change the type',
  'inputs.project.typed-foreign':
    "Configuration key ''{key}'' is not namespaced by the project and should not define a type",
  'inputs.project.typed-foreign.hint': 'only `{project}:` keys are typed; give `{key}` a `value`',
  'inputs.project.default-foreign':
    "Configuration key ''{key}'' is not namespaced by the project and should not define a default value. Did you mean to use the ''value'' attribute instead of ''default''?",
  'inputs.project.default-foreign.hint': 'rename `default` to `value`',
  'inputs.project.value-needed': "Configuration key ''{key}'' is namespaced and must provide an attribute ''value''",
  'inputs.project.value-needed.hint': 'set it per stack in Pulumi.<stack>.yaml instead, or give it a `value`',
} as const;
