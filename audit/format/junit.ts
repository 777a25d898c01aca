import { escapeXml, junitDocument } from '../../document/xml';
import type { AuditFinding, AuditReport, Language } from '../model';
import { policyText } from './policy-text';
import { NOTHING_JUDGED } from './sarif';

/** The words of a JUnit report other than the findings' own, per language. */
const WORDS: Readonly<
  Record<Language, { status: Record<string, string>; waived: string; notApplicable: string; violations: string }>
> = {
  en: {
    status: { fail: 'fail', advisory: 'advisory', waived: 'waived' },
    waived: 'waived until',
    notApplicable: 'not applicable: ',
    violations: 'violation(s)',
  },
  zh: {
    status: { fail: '不通过', advisory: '警告', waived: '已豁免' },
    waived: '豁免至',
    notApplicable: '不适用：',
    violations: '处违规',
  },
};

function line(finding: AuditFinding, lang: Language): string {
  const { file, line: row, column } = finding.location;
  const words = WORDS[lang];
  const resource = finding.resource ? ` (${finding.resource.type} ${finding.resource.name})` : '';
  const status = finding.status === 'fail' && finding.enforcement === 'advisory' ? 'advisory' : finding.status;
  const waiver = finding.waiver ? ` — ${words.waived} ${finding.waiver.expires}: ${finding.waiver.reason}` : '';
  return `${file}:${row}:${column}: ${words.status[status] ?? status}: ${policyText(finding.message, lang)}${resource}${waiver}`;
}

/**
 * JUnit XML: one test case per policy. Mandatory failures fail it; a policy that judged nothing
 * (not applicable, or disabled) is skipped with the reason, never a passing case; advisory and waived
 * findings go to system-out.
 */
export function formatAuditJunit(report: AuditReport, lang: Language = 'en'): string {
  const words = WORDS[lang];
  const failing = report.policies.filter((policy) =>
    report.findings.some(
      (finding) => finding.policy === policy.name && finding.status === 'fail' && finding.enforcement === 'mandatory',
    ),
  ).length;
  const skipped = report.policies.filter((policy) => policy.status === 'not-applicable').length;
  const cases = report.policies.map((policy) => {
    const own = report.findings.filter((finding) => finding.policy === policy.name);
    const failures = own.filter((finding) => finding.status === 'fail' && finding.enforcement === 'mandatory');
    const others = own.filter((finding) => !failures.includes(finding));
    const parts = [
      `    <testcase classname="envcloud.audit.${escapeXml(report.stack)}" name="${escapeXml(policy.name)}">`,
    ];
    if (policy.status === 'not-applicable')
      parts.push(
        `      <skipped message="${escapeXml(`${words.notApplicable}${policyText(policy.notApplicable ?? '', lang)}`)}"/>`,
      );
    if (failures.length > 0) {
      parts.push(
        `      <failure message="${escapeXml(`${failures.length} ${words.violations}: ${policyText(failures[0]!.message, lang)}`)}" type="${escapeXml(policy.meta.severity)}">${escapeXml(failures.map((finding) => line(finding, lang)).join('\n'))}</failure>`,
      );
    }
    if (others.length > 0)
      parts.push(
        `      <system-out>${escapeXml(others.map((finding) => line(finding, lang)).join('\n'))}</system-out>`,
      );
    parts.push('    </testcase>');
    return parts.join('\n');
  });
  // An audit that judged nothing of the stack has not passed: a case of its own fails, so a CI that reads
  // only the JUnit report is not shown green (it read failures="0" with the waiver policies passing).
  const nothingJudged = report.summary.verdict === 'nothing-judged';
  if (nothingJudged)
    cases.push(
      [
        `    <testcase classname="envcloud.audit.${escapeXml(report.stack)}" name="verdict">`,
        `      <failure message="${escapeXml(NOTHING_JUDGED[lang])}" type="nothing-judged"/>`,
        '    </testcase>',
      ].join('\n'),
    );
  return junitDocument(
    'envcloud audit',
    `policies (${report.stack}, offline)`,
    {
      tests: report.policies.length + (nothingJudged ? 1 : 0),
      failures: failing + (nothingJudged ? 1 : 0),
      skipped,
    },
    cases,
  );
}
