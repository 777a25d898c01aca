import type { ValidateOutput } from './index';
import { TOOL_VERSION } from '../../model/version';
import type { Finding } from '../../document/findings';
import { localizedText, messageIdOf, type Language } from '../../document/i18n';

/** A finding as JSON: its message and hint in `lang`, the catalog id of the message, no rendering data. */
function jsonFinding(finding: Finding, lang: Language): Record<string, unknown> {
  const { localized: _localized, related, ...rest } = finding;
  const { message, hint } = localizedText(finding, lang);
  const messageId = messageIdOf(finding);
  return {
    ...rest,
    message,
    ...(hint ? { hint } : {}),
    ...(messageId ? { messageId } : {}),
    ...(related
      ? {
          related: related.map(({ localized: _related, ...location }) => ({
            ...location,
            message: localizedText({ message: location.message, localized: _related }, lang).message,
          })),
        }
      : {}),
  };
}

/** Machine-readable report: stable keys, one object per finding, messages in `lang`. */
export function formatJson(report: ValidateOutput, lang: Language = 'en'): string {
  return `${JSON.stringify(
    {
      tool: 'envcloud',
      version: TOOL_VERSION,
      lang,
      summary: {
        files: report.files.length,
        errors: report.errors,
        warnings: report.warnings,
        valid: report.errors === 0,
        unconfirmed: report.unconfirmed?.length ?? 0,
      },
      findings: report.findings.map((finding) => jsonFinding(finding, lang)),
      /** Manifests still listing importer defaults, with the fields listed. */
      unconfirmed: report.unconfirmed ?? [],
    },
    null,
    2,
  )}\n`;
}
