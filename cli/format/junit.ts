import type { Finding } from '../../document/findings';
import type { FindingsReport } from '../../validation/validate';
import { escapeXml, junitDocument } from '../../document/xml';

function line(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}[${finding.ruleId}]: ${finding.message}${
    finding.hint ? `\n  hint: ${finding.hint}` : ''
  }`;
}

/** JUnit XML: one test case per manifest file, failing with its errors; warnings go to system-out. */
export function formatJunit(report: FindingsReport): string {
  const byFile = new Map<string, Finding[]>(report.files.map((file) => [file, []]));
  for (const finding of report.findings) {
    if (!byFile.has(finding.file)) byFile.set(finding.file, []);
    byFile.get(finding.file)!.push(finding);
  }
  const failing = [...byFile.values()].filter((findings) =>
    findings.some((finding) => finding.severity === 'error'),
  ).length;
  const cases = [...byFile.entries()].map(([file, findings]) => {
    const errors = findings.filter((finding) => finding.severity === 'error');
    const warnings = findings.filter((finding) => finding.severity === 'warning');
    const parts = [`    <testcase classname="envcloud.validate" name="${escapeXml(file)}" file="${escapeXml(file)}">`];
    if (errors.length > 0) {
      const summary = `${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]!.message}`;
      parts.push(
        `      <failure message="${escapeXml(summary)}" type="${escapeXml(errors[0]!.ruleId)}">${escapeXml(errors.map(line).join('\n'))}</failure>`,
      );
    }
    if (warnings.length > 0) parts.push(`      <system-out>${escapeXml(warnings.map(line).join('\n'))}</system-out>`);
    parts.push('    </testcase>');
    return parts.join('\n');
  });
  return junitDocument('envcloud validate', 'manifests', { tests: byFile.size, failures: failing }, cases);
}
