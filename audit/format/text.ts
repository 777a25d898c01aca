import type { AuditedPolicy, AuditFinding, AuditReport, Language } from '../model';
import { policyText, severityText } from './policy-text';

const LABELS = {
  en: {
    offline:
      'OFFLINE AUDIT: the stack ran in-process under Pulumi mocks; nothing was deployed and no cloud was contacted.',
    stack: 'stack',
    resource: 'resource',
    status: { fail: 'FAIL', advisory: 'WARN', waived: 'WAIVED' },
    notApplicable: 'NOT APPLICABLE',
    fix: 'fix',
    waivedBy: 'waived by',
    until: 'until',
    verdict: {
      passed: 'PASSED',
      failed: 'FAILED',
      'nothing-judged': 'NOTHING JUDGED: every policy was disabled or found no resource of the kinds it judges',
    },
    summary: (report: AuditReport, verdict: string) => {
      const { policies, failed, advisory, waived } = report.summary;
      const disabled = policies.disabled > 0 ? ` (${policies.disabled} disabled)` : '';
      const relaxed = policies.relaxed > 0 ? ` (${policies.relaxed} relaxed from mandatory to advisory)` : '';
      const warned = policies.advisoryOnly > 0 ? ` (${policies.advisoryOnly} with advisory findings only)` : '';
      return `${report.policies.length} policies over ${report.resources} resources (${report.systems} systems): ${policies.pass} passed, ${policies['not-applicable']} not applicable${disabled}, ${policies.fail} failed${warned}, ${policies.waived} waived${relaxed}; findings: ${failed} failed, ${advisory} advisory, ${waived} waived — ${verdict}`;
    },
  },
  zh: {
    offline: '离线审计：栈在进程内以 Pulumi 模拟运行，未部署任何资源，未连接任何云。',
    stack: '栈',
    resource: '资源',
    status: { fail: '不通过', advisory: '警告', waived: '已豁免' },
    notApplicable: '不适用',
    fix: '整改',
    waivedBy: '豁免依据',
    until: '有效期至',
    verdict: {
      passed: '通过',
      failed: '未通过',
      'nothing-judged': '未作任何判定：所有策略均已停用或栈中没有其判定的资源',
    },
    summary: (report: AuditReport, verdict: string) => {
      const { policies, failed, advisory, waived } = report.summary;
      const disabled = policies.disabled > 0 ? `（其中已停用 ${policies.disabled}）` : '';
      const relaxed = policies.relaxed > 0 ? `（其中 ${policies.relaxed} 条由强制降为建议）` : '';
      const warned = policies.advisoryOnly > 0 ? `（其中 ${policies.advisoryOnly} 条只有警告）` : '';
      return `${report.policies.length} 条策略，${report.resources} 个资源（${report.systems} 个系统）：通过 ${policies.pass}，不适用 ${policies['not-applicable']}${disabled}，不通过 ${policies.fail}${warned}，已豁免 ${policies.waived}${relaxed}；问题：不通过 ${failed}，警告 ${advisory}，已豁免 ${waived} —— ${verdict}`;
    },
  },
} as const;

/** The label of a finding: an advisory failure reads as a warning, as Pulumi shows it. */
function findingLabel(finding: AuditFinding, lang: Language): string {
  const labels = LABELS[lang].status;
  return finding.status === 'waived'
    ? labels.waived
    : finding.enforcement === 'advisory'
      ? labels.advisory
      : labels.fail;
}

function findingLines(finding: AuditFinding, report: AuditReport, lang: Language): string[] {
  const labels = LABELS[lang];
  const policy = report.policies.find((candidate) => candidate.name === finding.policy);
  const { file, line, column } = finding.location;
  const lines = [
    `${file}:${line}:${column}: ${findingLabel(finding, lang)}[${finding.policy}] (${severityText(finding.severity, lang)}): ${policyText(finding.message, lang)}`,
  ];
  if (finding.resource) lines.push(`  ${labels.resource}: ${finding.resource.type} ${finding.resource.name}`);
  if (finding.waiver) {
    const at = finding.waiver.location;
    lines.push(
      `  ${labels.waivedBy} ${at.file}:${at.line}: ${finding.waiver.reason} (${finding.waiver.owner}, ${labels.until} ${finding.waiver.expires})`,
    );
  } else if (policy) {
    lines.push(`  ${labels.fix}: ${policy.meta[lang].remediation}`);
  }
  return lines;
}

/** A policy that judged nothing is listed as such, so no reader takes its silence for a pass. */
function notApplicableLine(policy: AuditedPolicy, lang: Language): string {
  return `${LABELS[lang].notApplicable}[${policy.name}]: ${policyText(policy.notApplicable ?? '', lang)}`;
}

/** The report as people read it in a terminal: every finding located, the policies that judged nothing, the verdict last. */
export function formatAuditText(report: AuditReport, lang: Language): string {
  const labels = LABELS[lang];
  const rank = (finding: AuditFinding) =>
    finding.status === 'waived' ? 2 : finding.enforcement === 'advisory' ? 1 : 0;
  const findings = [...report.findings].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.policy.localeCompare(b.policy) ||
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line,
  );
  const notApplicable = report.policies
    .filter((policy) => policy.status === 'not-applicable')
    .map((policy) => notApplicableLine(policy, lang));
  return [
    labels.offline,
    `${labels.stack}: ${report.stack} (${report.date})`,
    ...findings.flatMap((finding) => findingLines(finding, report, lang)),
    ...notApplicable,
    labels.summary(report, labels.verdict[report.summary.verdict]),
    '',
  ].join('\n');
}
