import type { FindingsReport } from '../../validation/validate';
import { TOOL_VERSION } from '../version';

/** Machine-readable report: stable keys, one object per finding. */
export function formatJson(report: FindingsReport): string {
  return `${JSON.stringify(
    {
      tool: 'envcloud',
      version: TOOL_VERSION,
      summary: { files: report.files.length, errors: report.errors, warnings: report.warnings, valid: report.errors === 0 },
      findings: report.findings,
    },
    null,
    2,
  )}\n`;
}
