import { sarifLocation, sarifLog } from '../../document/formats';
import type { AuditedPolicy, AuditFinding, AuditReport, Language, SourceLocation } from '../model';
import { policyText } from './policy-text';

const INFORMATION_URI = 'https://envcloud.mee.gov.cn/docs/policies';

function level(finding: AuditFinding): 'error' | 'warning' | 'note' {
  if (finding.status === 'waived') return 'note';
  return finding.enforcement === 'mandatory' ? 'error' : 'warning';
}

function physical(location: SourceLocation) {
  return sarifLocation(location.file, location.line, location.column);
}

function result(finding: AuditFinding, ruleIndex: number, lang: Language) {
  return {
    ruleId: finding.policy,
    ruleIndex,
    kind: 'fail',
    level: level(finding),
    message: { text: policyText(finding.message, lang) },
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
      ...(lang === 'en' ? {} : { messageEn: finding.message }),
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
function notApplicableResult(policy: AuditedPolicy, ruleIndex: number, stack: string, lang: Language) {
  const reason = policyText(policy.notApplicable ?? '', lang);
  return {
    ruleId: policy.name,
    ruleIndex,
    kind: 'notApplicable',
    level: 'none',
    message: { text: lang === 'zh' ? `不适用：${reason}` : `not applicable: ${reason}` },
    locations: [physical({ file: `Pulumi.${stack}.yaml`, line: 1, column: 1 })],
    properties: { severity: policy.meta.severity, status: policy.status, enforcement: policy.enforcement },
  };
}

/**
 * An audit that judged nothing of the stack has not passed: an error of its own, as JUnit's failing
 * `verdict` case, since a code-scanning gate reads results, not `properties.verdict` (it showed green).
 */
function nothingJudgedResult(stack: string, lang: Language) {
  return {
    ruleId: 'envcloud-audit-verdict',
    kind: 'fail',
    level: 'error',
    message: { text: NOTHING_JUDGED[lang] },
    locations: [physical({ file: `Pulumi.${stack}.yaml`, line: 1, column: 1 })],
    properties: { verdict: 'nothing-judged' },
  };
}

/** What a failing case or result says of an audit that judged nothing of the stack. */
export const NOTHING_JUDGED: Readonly<Record<Language, string>> = {
  en: 'NOTHING JUDGED: no policy judged a resource of the stack',
  zh: '未作任何判定：没有策略判定本栈的任何资源',
};

/**
 * SARIF 2.1.0 for code scanning: each result points at the manifest line behind the resource. Its
 * messages and rule descriptions are in `lang` (a result keeps its English as `messageEn`).
 */
export function formatAuditSarif(report: AuditReport, root: string = process.cwd(), lang: Language = 'en'): string {
  const rules = report.policies.map((policy) => ({
    id: policy.name,
    shortDescription: { text: policy.meta[lang].description },
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
        ...report.findings.map((finding) => result(finding, ruleIndex.get(finding.policy) ?? 0, lang)),
        ...report.policies
          .filter((policy) => policy.status === 'not-applicable')
          .map((policy) => notApplicableResult(policy, ruleIndex.get(policy.name) ?? 0, report.stack, lang)),
        ...(report.summary.verdict === 'nothing-judged' ? [nothingJudgedResult(report.stack, lang)] : []),
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
