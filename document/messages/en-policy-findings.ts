import { EN_POLICY_MLPS } from './en-policy-mlps';
import { EN_POLICY_DR } from './en-policy-dr';

/**
 * The English findings of the policy pack (policies/) and its reasons for judging nothing, as the pack
 * reports them through Pulumi's analyzer protocol, which carries English strings; spread into the English
 * catalog (en.ts). audit/format/policy-text.ts says them again in the reader's language by reading the
 * values back out of the English: ids are `policy.finding.<policy name>.<what>` (findings),
 * `policy.not-applicable.*` (reasons) and `policy.part.*` (the phrases inside them: a system, a tier, a
 * value the English leaves in words). No entry has a plural, a select or an apostrophe before a brace.
 */
export const EN_POLICY_FINDINGS = {
  ...EN_POLICY_MLPS,
  ...EN_POLICY_DR,

  // The audit's own reason (audit/run.ts): the pack config disables the policy.
  'policy.not-applicable.disabled': 'disabled in the policy pack config',

  // Phrases inside findings.
  'policy.part.system': 'system {number} ({slug})',
  'policy.part.system-number': 'system {number}',
  'policy.part.tier.gold': 'gold',
  'policy.part.tier.silver': 'silver',
  'policy.part.tier.bronze': 'bronze',
  'policy.part.none': '(none)',
  'policy.part.default': '(default)',
  'policy.part.unnamed': '(unnamed)',
  'policy.part.any': '(any)',
  'policy.part.nothing': '(nothing)',
  'policy.part.no-method': '(no method)',
  'policy.part.no-bucket-name': '(no bucketName)',
  'policy.part.missing': 'missing',
  'policy.part.never': 'never',
  'policy.part.or': '{first} or {second}',
  // How a language joins the items of a list: sentences (`; `), names (`, `).
  'policy.list.sentences': '{first}; {rest}',
  'policy.list.items': '{first}, {rest}',

  // data-sharing-terms, internet-only-unconditional-data (policies/seed/sharing.ts)
  'policy.finding.data-sharing-terms.conditional':
    '{system}: data resource "{name}" is shared conditionally without its {terms} (art. 17)',
  'policy.finding.data-sharing-terms.usage':
    '{system}: data resource "{name}" is shared without a usage requirement (art. 17)',
  'policy.finding.data-sharing-terms.legal-basis':
    '{system}: data resource "{name}" is not shared and cites no legal basis (art. 18)',
  'policy.finding.data-sharing-terms.basis-level':
    '{system}: data resource "{name}" is not shared on a basis below a law, an administrative regulation or a central document (art. 18)',
  'policy.part.terms.conditions': 'conditions',
  'policy.part.terms.scope': 'scope',
  'policy.part.terms.both': 'conditions and scope',
  'policy.finding.internet-only-unconditional-data.exposed':
    '{system} is exposed on the internet zone but holds {type} data "{name}"',
  'policy.part.sharing.unconditional': 'unconditional',
  'policy.part.sharing.conditional': 'conditional',
  'policy.part.sharing.not-shared': 'not-shared',

  // sharing-article-16
  'policy.finding.sharing-article-16.published':
    '{who} publishes article-16 data "{name}" ({code}) to the resource center as {type} {basis} (rules art. 16, art. 18)',
  'policy.part.basis.below':
    'on a {kind} ({kindName}), below a law, an administrative regulation or a central document',
  'policy.part.basis.none': 'without a legal basis',

  // no-infrastructure-outside-pools
  'policy.finding.no-infrastructure-outside-pools.not-platform':
    "{kind} {name} is not part of the platform (no `{tag}` tag): systems run in the platform's pools, not on clusters or networks of their own",
  'policy.finding.no-infrastructure-outside-pools.bucket':
    'bucket {name} belongs to no pool (`envcloud:pool` is {pool}) and is not a platform bucket',
  'policy.finding.no-infrastructure-outside-pools.namespace':
    "namespace {name} is not one of the platform's pool, business-system or service namespaces",

  // websites-in-website-cluster
  'policy.finding.websites-in-website-cluster.namespace':
    '{kind} {name} belongs to a website moving to the website cluster but sits in namespace {namespace}',
  'policy.finding.websites-in-website-cluster.ingress':
    'Ingress {name} publishes a site from namespace {namespace}; websites are served only by the website cluster ({entries})',
  'policy.finding.websites-in-website-cluster.own-site':
    'system {number} ({slug}) runs its own website {website} instead of moving it to the website cluster',

  // data-access-follows-grants (policies/seed/data-access.ts)
  'policy.finding.data-access-follows-grants.no-record':
    '{kind} {name} opens the data of system {provider}, which no system record of the plan (the catalog) declares',
  'policy.finding.data-access-follows-grants.not-shared':
    '{kind} {name} reaches not-shared data "{data}" of system {provider} (rules art. 15(三): 不宜提供给部内其他单位)',
  'policy.finding.data-access-follows-grants.unnamed':
    '{kind} {name} opens the data of system {provider} to {consumer}, which no grant can name',
  'policy.part.consumer.addresses': 'the addresses {cidr}',
  'policy.part.consumer.other-labels': 'pods of namespaces chosen by other labels',
  'policy.part.consumer.namespace': 'every pod of namespace {namespace}',
  // The consumers of the per-grant credentials of the ministry's stores (policies/seed/data-access-credentials.ts).
  'policy.part.consumer.rgw-user': "the RGW user {user}, which is no grant's credential",
  'policy.part.consumer.database-role': 'the database role {role}, which no grant names',
  'policy.what.data-access-credentials':
    "NetworkPolicy on a system's database pods, IAM role, RGW user, bucket policy or database role reading a system's data",
  'policy.finding.data-access-follows-grants.empty-catalog':
    '{kind} {name} opens system {provider} to the resource center, but its catalog lists no data',
  'policy.finding.data-access-follows-grants.resource-center':
    '{kind} {name} opens system {provider} to the resource center, but its data "{data}" is {type}: only a live grant opens it (rules art. 21)',
  'policy.finding.data-access-follows-grants.not-live':
    "{kind} {name} opens system {provider}'s data to {who}, whose grant {grants} is not live on {on}",
  'policy.part.grant': '{id} (expires {expires})',
  'policy.finding.data-access-follows-grants.no-grant':
    "{kind} {name} opens system {provider}'s data to {who}, which holds no grant for it (rules art. 21: 向提供单位提出申请)",
  'policy.finding.data-access-follows-grants.granted-not-shared':
    "{kind} {name} opens system {provider}'s not-shared data to {who}",

  // zombie-runs-nothing-data-archived, cloud-is-the-norm
  'policy.finding.zombie-runs-nothing-data-archived.running': 'decommissioned system {system} still runs {kind} {name}',
  'policy.finding.zombie-runs-nothing-data-archived.no-archive':
    'decommissioned system {system} has no protected archive of its data',
  'policy.finding.cloud-is-the-norm.no-placement':
    '{system} has outcome `{outcome}` but no cloud placement (spec.placement.pool)',
  'policy.finding.cloud-is-the-norm.exempt-without-reason':
    '{system} is exempt from the cloud without a reason (spec.disposition.reason)',

  // k8s-system-labels, aws-resource-tags, portal-unified-identity, resource-center-mlps-level-3
  'policy.finding.k8s-system-labels.labels': 'missing labels: {labels}',
  'policy.finding.k8s-system-labels.annotations': 'missing annotations: {annotations}',
  'policy.finding.aws-resource-tags.tags': 'missing tags: {tags} (or `{tag}` for platform resources)',
  'policy.finding.portal-unified-identity.identity':
    'portal entry {name} signs users in through {identity}, not the {unified} identity',
  'policy.finding.portal-unified-identity.method': 'portal entry {name} connects by {method}; use {methods}',
  'policy.finding.resource-center-mlps-level-3.namespace':
    'namespace {name} is labelled MLPS level {level}; the resource center is protected at level 3',
  'policy.finding.resource-center-mlps-level-3.volume':
    'volume {name} in the resource center uses storage class {storageClass}; its data needs {classes} (encrypted, copied to both backup centers)',
  'policy.what.resource-center': 'resource-center namespace or volume in it',

  // waivers-current, waived-findings (policies/waivers/apply.ts)
  'policy.part.waiver': 'waiver for {rule} ({scope}) at {file}:{line}',
  'policy.part.waiver-scope.stack': 'stack {stack}',
  'policy.part.waiver-scope.resource': 'resource {resource}',
  'policy.finding.waivers.expired':
    '{waiver} expired on {expires} (owner: {owner}): renew it with a new date or fix the finding',
  'policy.finding.waivers.waived': '[waived] {policy}: {message} — {reason} (owner {owner}, until {expires})',
  'policy.finding.waivers.unused': '{waiver} matches no finding: remove it',
} as const;
