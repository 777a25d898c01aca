import type { AuditFinding, AuditReport, Language } from '../model';

const LABELS = {
  en: {
    offline: 'OFFLINE AUDIT: the stack ran in-process under Pulumi mocks; nothing was deployed and no cloud was contacted.',
    stack: 'stack',
    status: { fail: 'FAIL', warn: 'WARN', waived: 'WAIVED' },
    fix: 'fix',
    waivedBy: 'waived by',
    until: 'until',
    summary: (report: AuditReport) =>
      `${report.policies.length} policies over ${report.resources} resources (${report.systems} systems): ${report.summary.failed} failed, ${report.summary.warnings} warnings, ${report.summary.waived} waived — ${report.summary.passed ? 'PASSED' : 'FAILED'}`,
  },
  zh: {
    offline: '离线审计：栈在进程内以 Pulumi 模拟运行，未部署任何资源，未连接任何云。',
    stack: '栈',
    status: { fail: '不通过', warn: '警告', waived: '已豁免' },
    fix: '整改',
    waivedBy: '豁免依据',
    until: '有效期至',
    summary: (report: AuditReport) =>
      `${report.policies.length} 条策略，${report.resources} 个资源（${report.systems} 个系统）：不通过 ${report.summary.failed}，警告 ${report.summary.warnings}，已豁免 ${report.summary.waived} —— ${report.summary.passed ? '通过' : '未通过'}`,
  },
} as const;

function findingLines(finding: AuditFinding, report: AuditReport, lang: Language): string[] {
  const labels = LABELS[lang];
  const policy = report.policies.find((candidate) => candidate.name === finding.policy);
  const { file, line, column } = finding.location;
  const lines = [`${file}:${line}:${column}: ${labels.status[finding.status]}[${finding.policy}] (${finding.severity}): ${finding.message}`];
  if (finding.resource) lines.push(`  resource: ${finding.resource.type} ${finding.resource.name}`);
  if (finding.waiver) {
    const at = finding.waiver.location;
    lines.push(`  ${labels.waivedBy} ${at.file}:${at.line}: ${finding.waiver.reason} (${finding.waiver.owner}, ${labels.until} ${finding.waiver.expires})`);
  } else if (policy) {
    lines.push(`  ${labels.fix}: ${policy.meta[lang].remediation}`);
  }
  return lines;
}

/** The report as people read it in a terminal: every finding located, the verdict last. */
export function formatAuditText(report: AuditReport, lang: Language): string {
  const labels = LABELS[lang];
  const order = { fail: 0, warn: 1, waived: 2 };
  const findings = [...report.findings].sort((a, b) => order[a.status] - order[b.status] || a.policy.localeCompare(b.policy) || a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line);
  return [labels.offline, `${labels.stack}: ${report.stack} (${report.date})`, ...findings.flatMap((finding) => findingLines(finding, report, lang)), labels.summary(report), ''].join('\n');
}
