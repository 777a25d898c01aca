import type { ValidateOutput } from './index';
import { escapeOnOneLine as shown } from '../../document/printable';
import { localizedText, t, type Language } from '../../document/i18n';

/** Compiler-style lines (`file:line:col: error[rule]: message`) that editors and terminals link, in `lang`. */
export function formatText(report: ValidateOutput, options: { color?: boolean; lang?: Language } = {}): string {
  const lang = options.lang ?? 'en';
  const paint = (code: string, text: string): string => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const finding of report.findings) {
    const severity =
      finding.severity === 'error' ? paint('31', t(lang, 'severity.error')) : paint('33', t(lang, 'severity.warning'));
    const { message, hint } = localizedText(finding, lang);
    // What came from a file (its name, quoted text) is escaped before colour is added: an ESC in a
    // manifest must be seen, not obeyed (`\e[8m` hides the rest of a terminal).
    lines.push(
      `${shown(finding.file)}:${finding.line}:${finding.column}: ${severity}[${finding.ruleId}]: ${shown(message)}`,
    );
    if (hint) lines.push(`  ${t(lang, 'label.hint')}${shown(hint)}`);
    for (const related of finding.related ?? []) {
      const text = localizedText(related, lang).message;
      lines.push(`  ${t(lang, 'label.see')}${shown(related.file)}:${related.line}:${related.column}: ${shown(text)}`);
    }
  }
  const verdict = report.errors > 0 ? paint('31', t(lang, 'verdict.invalid')) : paint('32', t(lang, 'verdict.valid'));
  const files = report.files.length;
  lines.push(t(lang, 'summary.counts', { files, errors: report.errors, warnings: report.warnings, verdict }));
  const unconfirmed = report.unconfirmed?.length ?? 0;
  // Valid is not confirmed: the importer's guesses pass the schema, so say how many are still guesses.
  if (unconfirmed > 0) {
    const note = t(lang, 'label.note');
    const word = note.trimEnd();
    lines.push(
      `${paint('36', word)}${note.slice(word.length)}${t(lang, 'summary.unconfirmed', { unconfirmed, files })}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
