/**
 * The titles of the rules (validation/rules/: each rule's `title`, which stays English beside it), by rule id:
 * `rule-title.<rule id>`, spread into the English catalog (en.ts). SARIF's rule descriptors show them in the
 * run's language (cli/format/sarif.ts); tests/requests-i18n.test.ts checks that every rule has one here
 * and that it is the rule's own `title`.
 */
export const EN_RULE_TITLES = {
  /** A rule's full description in SARIF: its title and the clause it enforces. */
  'sarif.rule-description': '{title}. Enforces: {clause}.',
  'rule-title.file-too-large': 'Manifest file exceeds the size limit',
  'rule-title.file-encoding': 'Manifest is not valid UTF-8',
  'rule-title.file-bom': 'Manifest starts with a byte-order mark',
  'rule-title.file-line-endings': 'Line ended by a carriage return alone (old Mac OS line endings)',
  'rule-title.file-empty': 'Manifest file is empty',
  'rule-title.file-unreadable': 'Manifest file cannot be read',
  'rule-title.yaml-syntax': 'YAML syntax error',
  'rule-title.yaml-tab-indent': 'Tab used for indentation',
  'rule-title.yaml-duplicate-key': 'Key appears twice in one mapping',
  'rule-title.yaml-multiple-documents': 'More than one YAML document in a manifest file',
  'rule-title.yaml-not-mapping': 'Top level is not a mapping',
  'rule-title.yaml-alias-limit': 'Too many alias expansions (alias bomb)',
  'rule-title.yaml-unknown-tag': 'Unknown YAML tag',
  'rule-title.yaml-forbidden-key': 'Key that could pollute object prototypes',
  'rule-title.yaml-complex-key': 'A list or mapping used as a key',
  'rule-title.yaml-nesting': 'Nesting deeper than the limit',
  'rule-title.schema-required': 'Required field missing',
  'rule-title.schema-unknown-field': 'Field not defined by the schema',
  'rule-title.schema-enum': 'Value not among the allowed values',
  'rule-title.schema-type': 'Value of the wrong type',
  'rule-title.schema-format': 'Value not in the required format',
  'rule-title.schema-range': 'Value or length out of range',
  'rule-title.schema-invalid': 'Value breaks a schema constraint',
  'rule-title.too-many-findings': 'More findings in one file than are listed (the summary counts them all)',
  'rule-title.text-non-printable': 'Control, bidirectional or zero-width character in a key or free text',
  'rule-title.text-input-method': 'Free text wrapped in Chinese quotation marks (meant as YAML quotes)',
  'rule-title.plaintext-secret': 'Plaintext credential in a manifest',
  'rule-title.unique-number': 'Each system has its own inventory number',
  'rule-title.slugs-not-nested': "No system's slug is another system's slug followed by a hyphen",
  'rule-title.unique-slug': 'Each system has its own slug, and keeps its earlier ones',
  'rule-title.merge-names-business-system': 'A merged system names the business system it joins',
  'rule-title.exempt-gives-reason': 'An exempt internal-use system states why it is not integrated',
  'rule-title.placement-deployed':
    'A system moving to the website cluster, or already integrated, declares no workloads, database or storage',
  'rule-title.exempt-runs-nothing': 'An exempt internal-use system declares nothing to run on the platform',
  'rule-title.decommission-runs-nothing': 'A decommissioned zombie system runs no workloads',
  'rule-title.decommission-archives-data': "A decommissioned system's data is archived first",
  'rule-title.website-has-settings': 'A system moving to the website cluster has website settings',
  'rule-title.websites-in-website-cluster': 'Only a system moving to the website cluster declares a website',
  'rule-title.cloud-is-the-norm': 'Every migrating system has a cloud placement',
  'rule-title.zombie-matches-disposition': 'The zombie answer agrees with the disposition',
  'rule-title.portal-connection': 'A portal-connected system says how it connects',
  'rule-title.portal-unified-identity': 'A portal-connected system signs users in through the unified identity',
  'rule-title.data-onboarding-has-resources': 'A system onboarding its data lists its data resources and method',
  'rule-title.conditional-sharing-terms': 'Conditionally shared data states its conditions and scope',
  'rule-title.not-shared-legal-basis':
    'Data that is not shared cites a law, an administrative regulation or a central document',
  'rule-title.article-16-unconditional-sharing':
    'Business data of the eight core businesses is shared without conditions unless a law, an administrative regulation or a central document says otherwise',
  'rule-title.sharing-usage-stated': 'Shared data states its usage requirement and sharing method',
  'rule-title.resource-center-sharing-type': "The system's overall sharing type agrees with its data resources",
  'rule-title.internet-only-unconditional-data':
    'A system exposed on the internet zone holds only unconditionally shared data',
  'rule-title.one-data-one-source': 'One data item, one source',
  'rule-title.catalog-code-well-formed':
    "A catalog code has the guide's form with the ministry's class, item and heading and a sequence from 0001",
  'rule-title.catalog-code-own-system': "A catalog code carries its own system's inventory number",
  'rule-title.unique-catalog-code': 'Each data resource has its own catalog code',
  'rule-title.catalog-lead-unit': 'A jointly built data resource names its lead unit, one of the units that built it',
  'rule-title.base-data-information-center':
    'Spatial-geographic and public-code base data are catalogued by the information center',
  'rule-title.catalog-dates-in-order': 'A data resource is published again after it was first published',
  'rule-title.catalog-published-in-time':
    'A changed data resource is published to the catalog again within 15 working days',
  'rule-title.catalog-update-cycle-stale': 'A data resource changed within its update cycle',
  'rule-title.backup-targets-within-tier': 'Declared RPO and RTO are ones the backup tier delivers',
  'rule-title.blocked-names-reason-and-owner':
    'A blocked migration says why and who clears it, and only a blocked one does',
  'rule-title.completed-names-day':
    'A completed migration names the day it was completed, and only a completed one does',
  'rule-title.image-from-approved-registry': 'Workload images come from the approved registry',
  'rule-title.service-name-length': "A workload's Service name fits Kubernetes' 63 characters",
  'rule-title.workload-ports-unique': 'A workload lists each port and protocol once',
  'rule-title.database-version-supported': 'A database asks for a release the platform runs',
  'rule-title.website-domain-public': "A website's domain is a public host name",
  'rule-title.website-domains-unique': 'Each website has a domain of its own',
  'rule-title.names-on-one-line': 'A name is written on one line',
  'rule-title.unit-in-inventory': "A system's units are units of the ministry, as the inventory names them",
  'rule-title.joint-units-separated': 'Joint units are separated by 、',
  'rule-title.request-names-on-one-line': "A request's title, unit and resource name are written on one line",
  'rule-title.correction-names-on-one-line': "A correction's title, unit and resource name are written on one line",
  'rule-title.requester-runs-system':
    'The requesting unit is the managing or reporting unit of the system that will use the data',
  'rule-title.reporter-runs-system':
    'The reporting unit is the managing or reporting unit of the system through which it read the data',
  'rule-title.external-requester-outside-ministry':
    'A request marked external comes from another national government department, not a unit of the ministry',
  'rule-title.database-names-fit': "A database's cluster names fit CloudNativePG's 50 characters",
  'rule-title.workload-resources-set': 'A workload asks for at least 1m of CPU and some memory',
  'rule-title.placement-names-unique': "A system's workloads, volumes and buckets each have their own name",
  'rule-title.duplicate-construction': 'Systems of the same or near-same function',
  'rule-title.unique-request-id': 'Each sharing request has its own id',
  'rule-title.request-known-parties': 'A request names a system of the inventory as requester and as provider',
  'rule-title.request-usage-in-catalog': 'A request asks for a usage the catalog lists for the resource',
  'rule-title.unconditional-direct-access': 'Unconditionally shared data is obtained directly, without a request',
  'rule-title.conditional-within-catalog-terms':
    "A conditionally shared resource is granted only on the catalog's scope and conditions",
  'rule-title.grant-states-conditions': 'A grant with conditions states them',
  'rule-title.refusal-gives-reasons': 'A refusal gives its reasons',
  'rule-title.not-shared-needs-negotiation': 'A request for data that is not shared records the negotiation',
  'rule-title.escalation-after-failed-negotiation':
    'A dispute goes to the cyberspace office after a failed negotiation',
  'rule-title.request-dates-in-order':
    'An answer, a negotiation and a referral come after the request, and a grant expires after it is given',
  'rule-title.working-day-calendar': 'A time limit in working days falls within the years the official calendar covers',
  'rule-title.answer-within-deadline':
    'A request is answered within its time limit in working days (5 for conditionally shared data, 10 from outside the sharing scope or from another national department): late or overdue is an error, pending a warning',
  'rule-title.unique-correction-id': 'Each data correction has its own id',
  'rule-title.correction-resource-readable':
    'A correction names a resource of the catalog that the reporting system may read: shared without conditions, or under a grant live on the day it was reported',
  'rule-title.correction-rejection-gives-reasons': 'An answer that rejects a reported doubt or error gives its reasons',
  'rule-title.correction-dates-in-order': 'A correction is answered on or after the day it was reported',
  'rule-title.correction-answer-within-deadline':
    'A reported doubt or error is checked and answered within 10 working days: late or overdue is an error, pending a warning',
  'rule-title.status-transition': 'The migration status changed along a legal transition since the baseline',
} as const;
