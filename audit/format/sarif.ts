import { pathToFileURL } from 'node:url';
import type { AuditFinding, AuditReport, SourceLocation } from '../model';

const INFORMATION_URI = 'https://envcloud.mee.gov.cn/docs/policies';
const LEVEL = { fail: 'error', warn: 'warning', waived: 'note' } as const;

function uri(file: string): string {
  return file.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

function physical(location: SourceLocation) {
  return { physicalLocation: { artifactLocation: { uri: uri(location.file), uriBaseId: '%SRCROOT%' }, region: { startLine: location.line, startColumn: location.column } } };
}

function result(finding: AuditFinding, ruleIndex: number) {
  return {
    ruleId: finding.policy,
    ruleIndex,
    level: LEVEL[finding.status],
    message: { text: finding.message },
    locations: [
      {
        ...physical(finding.location),
        ...(finding.resource ? { logicalLocations: [{ fullyQualifiedName: finding.resource.urn, name: finding.resource.name, kind: 'resource' }] } : {}),
      },
    ],
    // A waiver is an accepted suppression: code scanning shows it as dismissed, with the reason.
    ...(finding.waiver
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${finding.waiver.reason} (owner ${finding.waiver.owner}, until ${finding.waiver.expires})`, location: physical(finding.waiver.location) }] }
      : {}),
    properties: { severity: finding.severity, status: finding.status, ...(finding.system ? { systemNumber: finding.system.number, system: finding.system.slug } : {}) },
  };
}

/** SARIF 2.1.0 for code scanning: each result points at the manifest line behind the resource. */
export function formatAuditSarif(report: AuditReport, root: string = process.cwd()): string {
  const rules = report.policies.map((policy) => ({
    id: policy.name,
    shortDescription: { text: policy.meta.en.description },
    fullDescription: { text: `${policy.meta.en.description}. ${policy.meta.zh.description}。Enforces: ${policy.meta.clause}.` },
    help: { text: `${policy.meta.en.remediation}\n${policy.meta.zh.remediation}` },
    helpUri: `${INFORMATION_URI}#${policy.name}`,
    defaultConfiguration: { level: policy.enforcement === 'mandatory' ? 'error' : policy.enforcement === 'disabled' ? 'none' : 'warning', enabled: policy.enforcement !== 'disabled' },
    properties: { clause: policy.meta.clause, severity: policy.meta.severity, enforcement: policy.enforcement, tags: ['security', policy.meta.clause.startsWith('GB/T') ? 'mlps' : 'seed'] },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'envcloud-audit', version: report.toolVersion, semanticVersion: report.toolVersion, informationUri: INFORMATION_URI, rules } },
        automationDetails: { id: `envcloud/audit/${report.stack}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(root).href.replace(/\/$/, '')}/` } },
        results: report.findings.map((finding) => result(finding, ruleIndex.get(finding.policy) ?? 0)),
        properties: { offline: true, stack: report.stack, date: report.date, resources: report.resources, passed: report.summary.passed },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
