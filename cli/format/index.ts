import type { FindingsReport } from '../../validation/validate';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatText } from './text';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function formatReport(report: FindingsReport, format: ReportFormat, options: { color?: boolean; root?: string } = {}): string {
  switch (format) {
    case 'text':
      return formatText(report, options);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options.root);
    case 'junit':
      return formatJunit(report);
  }
}
