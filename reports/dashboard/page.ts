import { escapeHtml } from '../../audit/format/html';
import type { AuditReport } from '../../audit/model';
import type { SystemMigration } from '../../model/domain';
import type { Language } from '../labels';
import type { AssessmentMetrics } from '../metrics';
import type { SharingFigures } from '../sharing';

export interface DashboardInput {
  metrics: AssessmentMetrics;
  systems: readonly SystemMigration[];
  audit?: AuditReport;
  stack?: string;
  lang: Language;
  /** The sharing requests' figures: the front page links the sharing page when there are any. */
  sharing?: SharingFigures;
}

/** Where a system's page is, relative to the report folder. */
export function systemPagePath(slug: string): string {
  return `systems/${slug}.html`;
}

/** The HTML shell of every dashboard page; `assets` is the way back to the report folder. */
export function page(lang: Language, title: string, assets: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${assets}assets/dashboard.css">
</head>
<body>
${body}
</body>
</html>
`;
}

/** A definition list of the rows that have a value. */
export function definitions(rows: readonly [string, string | number | undefined][]): string {
  return `<dl>${rows
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('')}</dl>`;
}
