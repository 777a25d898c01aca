import { escapeXml, junitDocument } from '../../document/xml';
import type { AuditFinding, AuditReport } from '../model';

function line(finding: AuditFinding): string {
  const { file, line: row, column } = finding.location;
  const resource = finding.resource ? ` (${finding.resource.type} ${finding.resource.name})` : '';
  const status = finding.status === 'fail' && finding.enforcement === 'advisory' ? 'advisory' : finding.status;
  return `${file}:${row}:${column}: ${status}: ${finding.message}${resource}${finding.waiver ? ` — waived until ${finding.waiver.expires}: ${finding.waiver.reason}` : ''}`;
}

/**
 * JUnit XML: one test case per policy. Mandatory failures fail it; a policy that judged nothing
 * (not applicable, or disabled) is skipped with the reason, never a passing case; advisory and waived
 * findings go to system-out.
 */
export function formatAuditJunit(report: AuditReport): string {
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
      parts.push(`      <skipped message="${escapeXml(`not applicable: ${policy.notApplicable ?? ''}`)}"/>`);
    if (failures.length > 0) {
      parts.push(
        `      <failure message="${escapeXml(`${failures.length} violation(s): ${failures[0]!.message}`)}" type="${escapeXml(policy.meta.severity)}">${escapeXml(failures.map(line).join('\n'))}</failure>`,
      );
    }
    if (others.length > 0) parts.push(`      <system-out>${escapeXml(others.map(line).join('\n'))}</system-out>`);
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
        `      <failure message="${escapeXml('NOTHING JUDGED: no policy judged a resource of the stack')}" type="nothing-judged"/>`,
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
