import type { ValidateOutput } from './index';
import { escapeNonPrintable as shown } from '../../document/printable';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Compiler-style lines (`file:line:col: error[rule]: message`) that editors and terminals link. */
export function formatText(report: ValidateOutput, options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const finding of report.findings) {
    const severity = finding.severity === 'error' ? paint('31', 'error') : paint('33', 'warning');
    // What came from a file (its name, quoted text) is escaped before colour is added: an ESC in a
    // manifest must be seen, not obeyed (`\e[8m` hides the rest of a terminal).
    lines.push(
      `${shown(finding.file)}:${finding.line}:${finding.column}: ${severity}[${finding.ruleId}]: ${shown(finding.message)}`,
    );
    if (finding.hint) lines.push(`  hint: ${shown(finding.hint)}`);
    for (const related of finding.related ?? []) {
      lines.push(`  see: ${shown(related.file)}:${related.line}:${related.column}: ${shown(related.message)}`);
    }
  }
  const verdict = report.errors > 0 ? paint('31', 'invalid') : paint('32', 'valid');
  lines.push(
    `${plural(report.files.length, 'file')}, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}: ${verdict}`,
  );
  const unconfirmed = report.unconfirmed?.length ?? 0;
  // Valid is not confirmed: the importer's guesses pass the schema, so say how many are still guesses.
  if (unconfirmed > 0) {
    lines.push(
      `${paint('36', 'note')}: ${unconfirmed} of ${plural(report.files.length, 'file')} still carry importer defaults (metadata.defaulted); confirm or correct each listed field, then remove it from the list (\`envcloud report\` counts these manifests as unconfirmed)`,
    );
  }
  return `${lines.join('\n')}\n`;
}
