import type { AuditFormat, AuditReport, Language } from '../model';
import { formatHtml } from './html';
import { formatAuditJunit } from './junit';
import { formatAuditSarif } from './sarif';
import { formatAuditText } from './text';

export { AUDIT_FORMATS, type AuditFormat } from '../model';

export function formatAudit(
  report: AuditReport,
  format: AuditFormat,
  options: { lang: Language; root?: string },
): string {
  switch (format) {
    case 'text':
      return formatAuditText(report, options.lang);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return formatAuditSarif(report, options.root, options.lang);
    case 'junit':
      return formatAuditJunit(report, options.lang);
    case 'html':
      return formatHtml(report, options.lang);
  }
}
