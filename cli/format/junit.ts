import type { Finding } from '../../document/findings';
import type { FindingsReport } from '../../validation/validate';
import { escapeXml, junitDocument } from '../../document/xml';
import { localizedText, t, type Language } from '../../document/i18n';

function line(finding: Finding, lang: Language): string {
  const { message, hint } = localizedText(finding, lang);
  const severity = t(lang, finding.severity === 'error' ? 'severity.error' : 'severity.warning');
  return `${finding.file}:${finding.line}:${finding.column}: ${severity}[${finding.ruleId}]: ${message}${
    hint ? `\n  ${t(lang, 'label.hint')}${hint}` : ''
  }`;
}

/** JUnit XML: one test case per manifest file, failing with its errors; warnings go to system-out. Messages in `lang`. */
export function formatJunit(report: FindingsReport, lang: Language = 'en'): string {
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
      const first = localizedText(errors[0]!, lang).message;
      const summary = t(lang, 'junit.failure', { count: errors.length, first });
      parts.push(
        `      <failure message="${escapeXml(summary)}" type="${escapeXml(errors[0]!.ruleId)}">${escapeXml(errors.map((error) => line(error, lang)).join('\n'))}</failure>`,
      );
    }
    if (warnings.length > 0)
      parts.push(
        `      <system-out>${escapeXml(warnings.map((warning) => line(warning, lang)).join('\n'))}</system-out>`,
      );
    parts.push('    </testcase>');
    return parts.join('\n');
  });
  return junitDocument('envcloud validate', 'manifests', { tests: byFile.size, failures: failing }, cases);
}
