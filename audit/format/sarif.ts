import { sarifLocation, sarifLog } from '../../document/formats';
import type { AuditedPolicy, AuditFinding, AuditReport, SourceLocation } from '../model';

const INFORMATION_URI = 'https://envcloud.mee.gov.cn/docs/policies';

function level(finding: AuditFinding): 'error' | 'warning' | 'note' {
  if (finding.status === 'waived') return 'note';
  return finding.enforcement === 'mandatory' ? 'error' : 'warning';
}

function physical(location: SourceLocation) {
  return sarifLocation(location.file, location.line, location.column);
}

function result(finding: AuditFinding, ruleIndex: number) {
  return {
    ruleId: finding.policy,
    ruleIndex,
    kind: 'fail',
    level: level(finding),
    message: { text: finding.message },
    locations: [
      {
        ...physical(finding.location),
        ...(finding.resource
          ? {
              logicalLocations: [
                { fullyQualifiedName: finding.resource.urn, name: finding.resource.name, kind: 'resource' },
              ],
            }
          : {}),
      },
    ],
    // A waiver is an accepted suppression: code scanning shows it as dismissed, with the reason.
    ...(finding.waiver
      ? {
          suppressions: [
            {
              kind: 'external',
              status: 'accepted',
              justification: `${finding.waiver.reason} (owner ${finding.waiver.owner}, until ${finding.waiver.expires})`,
              location: physical(finding.waiver.location),
            },
          ],
        }
      : {}),
    properties: {
      severity: finding.severity,
      status: finding.status,
      enforcement: finding.enforcement,
      ...(finding.system ? { systemNumber: finding.system.number, system: finding.system.slug } : {}),
    },
  };
}

/**
 * A policy that judged nothing, as SARIF says it: a result of kind notApplicable for the rule (level
 * none, as the spec requires of any kind but fail), at the stack's config file, with the reason.
 */
function notApplicableResult(policy: AuditedPolicy, ruleIndex: number, stack: string) {
  return {
    ruleId: policy.name,
    ruleIndex,
    kind: 'notApplicable',
    level: 'none',
    message: { text: `not applicable: ${policy.notApplicable ?? ''}` },
    locations: [physical({ file: `Pulumi.${stack}.yaml`, line: 1, column: 1 })],
    properties: { severity: policy.meta.severity, status: policy.status, enforcement: policy.enforcement },
  };
}

/**
 * An audit that judged nothing of the stack has not passed: an error of its own, as JUnit's failing
 * `verdict` case, since a code-scanning gate reads results, not `properties.verdict` (it showed green).
 */
function nothingJudgedResult(stack: string) {
  return {
    ruleId: 'envcloud-audit-verdict',
    kind: 'fail',
    level: 'error',
    message: { text: 'NOTHING JUDGED: no policy judged a resource of the stack' },
    locations: [physical({ file: `Pulumi.${stack}.yaml`, line: 1, column: 1 })],
    properties: { verdict: 'nothing-judged' },
  };
}

/** SARIF 2.1.0 for code scanning: each result points at the manifest line behind the resource. */
export function formatAuditSarif(report: AuditReport, root: string = process.cwd()): string {
  const rules = report.policies.map((policy) => ({
    id: policy.name,
    shortDescription: { text: policy.meta.en.description },
    fullDescription: {
      text: `${policy.meta.en.description}. ${policy.meta.zh.description}。Enforces: ${policy.meta.clause}.`,
    },
    help: { text: `${policy.meta.en.remediation}\n${policy.meta.zh.remediation}` },
    helpUri: `${INFORMATION_URI}#${policy.name}`,
    defaultConfiguration: {
      level: policy.enforcement === 'mandatory' ? 'error' : policy.enforcement === 'disabled' ? 'none' : 'warning',
      enabled: policy.enforcement !== 'disabled',
    },
    properties: {
      clause: policy.meta.clause,
      severity: policy.meta.severity,
      enforcement: policy.enforcement,
      tags: ['security', policy.meta.clause.startsWith('GB/T') ? 'mlps' : 'seed'],
    },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return sarifLog(
    {
      driver: { name: 'envcloud-audit', version: report.toolVersion, informationUri: INFORMATION_URI, rules },
      automationDetails: { id: `envcloud/audit/${report.stack}/` },
      results: [
        ...report.findings.map((finding) => result(finding, ruleIndex.get(finding.policy) ?? 0)),
        ...report.policies
          .filter((policy) => policy.status === 'not-applicable')
          .map((policy) => notApplicableResult(policy, ruleIndex.get(policy.name) ?? 0, report.stack)),
        ...(report.summary.verdict === 'nothing-judged' ? [nothingJudgedResult(report.stack)] : []),
      ],
      // Every policy's status, passes included: SARIF results carry only what failed or did not apply.
      properties: {
        offline: true,
        stack: report.stack,
        date: report.date,
        resources: report.resources,
        passed: report.summary.passed,
        verdict: report.summary.verdict,
        policies: Object.fromEntries(report.policies.map((policy) => [policy.name, policy.status])),
      },
    },
    root,
  );
}
