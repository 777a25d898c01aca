import type { AuditedPolicy, AuditFinding, AuditReport, Language, SourceLocation, Status, Verdict } from '../model';
import { escapeHtml } from '../../document/formats';
import { policyText, severityText } from './policy-text';

/** Every fixed word of the page, per language; the data (messages, clauses) is shown as written. */
/** A policy's outcome as a reader of `lang` reads it (the HTML report's words; the dashboard uses them too). */
export function policyOutcomeName(status: keyof (typeof LABELS)['en']['outcome'], lang: Language): string {
  return LABELS[lang].outcome[status];
}

const LABELS: Record<
  Language,
  {
    htmlLang: string;
    title: string;
    offline: string;
    stack: string;
    date: string;
    tool: string;
    resources: string;
    systems: string;
    failed: string;
    advisory: string;
    waived: string;
    policyCounts: string;
    verdict: Record<Verdict, string>;
    policies: string;
    findings: string;
    none: string;
    columns: {
      policy: string;
      severity: string;
      enforcement: string;
      outcome: string;
      count: string;
      clause: string;
      description: string;
    };
    status: Record<AuditFinding['status'] | 'advisory', string>;
    outcome: Record<Status, string>;
    disabled: string;
    remediation: string;
    resource: string;
    system: string;
    location: string;
    waiver: string;
    owner: string;
    expires: string;
  }
> = {
  en: {
    htmlLang: 'en',
    title: 'envcloud policy audit',
    offline:
      'OFFLINE AUDIT: the stack ran in-process under Pulumi mocks. Nothing was deployed and no cloud or cluster was contacted.',
    stack: 'Stack',
    date: 'Date',
    tool: 'envcloud',
    resources: 'Resources',
    systems: 'Systems',
    failed: 'Failed findings',
    advisory: 'Advisory findings',
    waived: 'Waived findings',
    policyCounts: 'Policies: passed / not applicable / failed / waived',
    verdict: {
      passed: 'PASS: no mandatory violation',
      failed: 'FAIL: mandatory violations',
      'nothing-judged': 'NOTHING JUDGED: every policy was disabled or found no resource of the kinds it judges',
    },
    policies: 'Policies',
    findings: 'Findings',
    none: 'No findings.',
    columns: {
      policy: 'Policy',
      severity: 'Severity',
      enforcement: 'Enforcement',
      outcome: 'Outcome',
      count: 'Findings',
      clause: 'Clause',
      description: 'Description',
    },
    status: { fail: 'FAIL', advisory: 'WARN', waived: 'WAIVED' },
    outcome: { pass: 'pass', fail: 'fail', waived: 'waived', 'not-applicable': 'not applicable' },
    disabled: 'disabled',
    remediation: 'Remediation',
    resource: 'Resource',
    system: 'System',
    location: 'Where to fix',
    waiver: 'Waiver',
    owner: 'owner',
    expires: 'until',
  },
  zh: {
    htmlLang: 'zh-CN',
    title: 'envcloud 策略审计报告',
    offline: '离线审计：栈在进程内以 Pulumi 模拟运行，未部署任何资源，未连接任何云或集群。',
    stack: '栈',
    date: '日期',
    tool: 'envcloud',
    resources: '资源数',
    systems: '系统数',
    failed: '不通过的问题',
    advisory: '警告的问题',
    waived: '已豁免的问题',
    policyCounts: '策略：通过 / 不适用 / 不通过 / 已豁免',
    verdict: {
      passed: '通过：无强制性违规',
      failed: '未通过：存在强制性违规',
      'nothing-judged': '未作任何判定：所有策略均已停用或栈中没有其判定的资源',
    },
    policies: '策略',
    findings: '发现的问题',
    none: '未发现问题。',
    columns: {
      policy: '策略',
      severity: '严重程度',
      enforcement: '执行级别',
      outcome: '结果',
      count: '问题数',
      clause: '依据条款',
      description: '说明',
    },
    status: { fail: '不通过', advisory: '警告', waived: '已豁免' },
    outcome: { pass: '通过', fail: '不通过', waived: '已豁免', 'not-applicable': '不适用' },
    disabled: '已停用',
    remediation: '整改建议',
    resource: '资源',
    system: '系统',
    location: '整改位置',
    waiver: '豁免',
    owner: '责任人',
    expires: '有效期至',
  },
};

/** Text safe in HTML content and attribute values: messages carry `<`, quotes and ampersands. */
// One HTML escaping for every page envcloud writes; re-exported where the dashboard already imports it.
export { escapeHtml };

const STYLE = `
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1b1f24;line-height:1.45}
.offline{border:2px solid #9a6700;background:#fff8c5;padding:.6rem 1rem;font-weight:600}
.verdict{font-size:1.3rem;font-weight:700;padding:.6rem 1rem;border-radius:4px}
.verdict.passed{background:#dafbe1;border:2px solid #1a7f37}.verdict.failed{background:#ffebe9;border:2px solid #cf222e}.verdict.nothing-judged{background:#fff8c5;border:2px solid #9a6700}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dl.facts dt{font-weight:600}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.status{font-weight:700;white-space:nowrap}.fail .status{color:#cf222e}.advisory .status{color:#9a6700}.waived .status,.not-applicable .status{color:#57606a}
code{font-family:ui-monospace,monospace;font-size:.9em}section.policy{margin-top:1.5rem}`;

const at = (location: SourceLocation) => `${location.file}:${location.line}:${location.column}`;

function policyRow(policy: AuditedPolicy, lang: Language): string {
  const labels = LABELS[lang];
  // A policy that judged nothing says why (no resource of its kinds, or disabled), so it never reads as a pass.
  const status =
    policy.status === 'not-applicable'
      ? `${labels.outcome[policy.status]}${policy.enforcement === 'disabled' ? ` (${labels.disabled})` : ''}<br><small>${escapeHtml(policyText(policy.notApplicable ?? '', lang))}</small>`
      : escapeHtml(labels.outcome[policy.status]);
  return `<tr class="${policy.status}"><td><code>${escapeHtml(policy.name)}</code></td><td>${escapeHtml(severityText(policy.meta.severity, lang))}</td><td>${escapeHtml(policy.enforcement)}</td><td class="status">${status}</td><td>${policy.findings}</td><td>${escapeHtml(policy.meta.clause)}</td><td>${escapeHtml(policy.meta[lang].description)}</td></tr>`;
}

function findingItem(finding: AuditFinding, lang: Language): string {
  const labels = LABELS[lang];
  const status = finding.status === 'fail' && finding.enforcement === 'advisory' ? 'advisory' : finding.status;
  const details = [
    `<span class="status">${escapeHtml(labels.status[status])}</span> ${escapeHtml(policyText(finding.message, lang))}`,
    finding.resource
      ? `${labels.resource}: <code>${escapeHtml(`${finding.resource.type} ${finding.resource.name}`)}</code>`
      : '',
    finding.system
      ? `${labels.system}: ${finding.system.number} (<code>${escapeHtml(finding.system.slug)}</code>)`
      : '',
    `${labels.location}: <code>${escapeHtml(at(finding.location))}</code>`,
    finding.waiver
      ? `${labels.waiver}: ${escapeHtml(finding.waiver.reason)} (${labels.owner} ${escapeHtml(finding.waiver.owner)}, ${labels.expires} ${escapeHtml(finding.waiver.expires)}; <code>${escapeHtml(at(finding.waiver.location))}</code>)`
      : '',
  ];
  return `<li class="${status}">${details.filter(Boolean).join('<br>')}</li>`;
}

function findingsSection(report: AuditReport, lang: Language): string {
  const labels = LABELS[lang];
  const groups = report.policies.filter((policy) => report.findings.some((finding) => finding.policy === policy.name));
  if (groups.length === 0) return `<p>${labels.none}</p>`;
  return groups
    .map((policy) => {
      const items = report.findings
        .filter((finding) => finding.policy === policy.name)
        .map((finding) => findingItem(finding, lang));
      return `<section class="policy"><h3><code>${escapeHtml(policy.name)}</code> — ${escapeHtml(policy.meta[lang].description)}</h3><p>${labels.remediation}: ${escapeHtml(policy.meta[lang].remediation)}</p><ul>${items.join('')}</ul></section>`;
    })
    .join('\n');
}

/** One self-contained page for auditors: inline style, no script, no external resource. */
export function formatHtml(report: AuditReport, lang: Language): string {
  const labels = LABELS[lang];
  const { summary } = report;
  return `<!DOCTYPE html>
<html lang="${labels.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${labels.title} — ${report.stack}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
<p class="offline">${labels.offline}</p>
<dl class="facts">
<dt>${labels.stack}</dt><dd><code>${escapeHtml(report.stack)}</code></dd>
<dt>${labels.date}</dt><dd>${escapeHtml(report.date)}</dd>
<dt>${labels.tool}</dt><dd>${escapeHtml(report.toolVersion)}</dd>
<dt>${labels.resources}</dt><dd>${report.resources}</dd>
<dt>${labels.systems}</dt><dd>${report.systems}</dd>
<dt>${labels.policyCounts}</dt><dd>${summary.policies.pass} / ${summary.policies['not-applicable']} / ${summary.policies.fail} / ${summary.policies.waived}</dd>
<dt>${labels.failed}</dt><dd>${summary.failed}</dd>
<dt>${labels.advisory}</dt><dd>${summary.advisory}</dd>
<dt>${labels.waived}</dt><dd>${summary.waived}</dd>
</dl>
<p class="verdict ${summary.verdict}">${labels.verdict[summary.verdict]}</p>
<h2>${labels.policies}</h2>
<table>
<thead><tr>${Object.values(labels.columns)
    .map((column) => `<th scope="col">${column}</th>`)
    .join('')}</tr></thead>
<tbody>
${report.policies.map((policy) => policyRow(policy, lang)).join('\n')}
</tbody>
</table>
<h2>${labels.findings}</h2>
${findingsSection(report, lang)}
</body>
</html>
`;
}
