import type { FindingsReport } from '../../validation/validate';
import type { UnconfirmedManifest } from '../../validation/report';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';
import { escapeNonPrintable, escapeNonPrintableJson } from '../../document/printable';
import type { Language } from '../../document/i18n';

export { unconfirmedManifests, type UnconfirmedManifest } from '../../validation/report';

/** What `validate` prints: the findings, and the manifests whose importer defaults are still unconfirmed. */
export interface ValidateOutput extends FindingsReport {
  unconfirmed?: readonly UnconfirmedManifest[];
}

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report in `format`, its messages in `lang` (English when not given). */
export function formatReport(
  report: ValidateOutput,
  format: ReportFormat,
  options: { color?: boolean; root?: string; lang?: Language } = {},
): string {
  const lang = options.lang ?? 'en';
  switch (format) {
    case 'text':
      return formatText(report, { ...options, lang });
    // Machine formats keep the same data with no raw control bytes (see document/printable.ts).
    case 'json':
      return escapeNonPrintableJson(formatJson(report, lang));
    case 'sarif':
      return escapeNonPrintableJson(formatSarif(report, options.root, lang));
    case 'junit':
      return escapeNonPrintable(formatJunit(report, lang));
  }
}
