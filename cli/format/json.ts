import type { ValidateOutput } from './index';
import { TOOL_VERSION } from '../../model/version';

/** Machine-readable report: stable keys, one object per finding. */
export function formatJson(report: ValidateOutput): string {
  return `${JSON.stringify(
    {
      tool: 'envcloud',
      version: TOOL_VERSION,
      summary: {
        files: report.files.length,
        errors: report.errors,
        warnings: report.warnings,
        valid: report.errors === 0,
        unconfirmed: report.unconfirmed?.length ?? 0,
      },
      findings: report.findings,
      /** Manifests still listing importer defaults, with the fields listed. */
      unconfirmed: report.unconfirmed ?? [],
    },
    null,
    2,
  )}\n`;
}
