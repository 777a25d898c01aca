import type { FindingsReport } from '../../validation/validate';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Compiler-style lines (`file:line:col: error[rule]: message`) that editors and terminals link. */
export function formatText(report: FindingsReport, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const finding of report.findings) {
    const severity = finding.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    lines.push(`${finding.file}:${finding.line}:${finding.column}: ${severity}[${finding.ruleId}]: ${finding.message}`);
    if (finding.hint) lines.push(`  hint: ${finding.hint}`);
    for (const related of finding.related ?? []) {
      lines.push(`  see: ${related.file}:${related.line}:${related.column}: ${related.message}`);
    }
  }
  const verdict = report.errors > 0 ? paint('31', 'invalid') : paint('32', 'valid');
  lines.push(`${plural(report.files.length, 'file')}, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}: ${verdict}`);
  return `${lines.join('\n')}\n`;
}
