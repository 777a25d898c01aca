import * as k8s from '@pulumi/kubernetes';
import { validateResourceOfType, type ReportViolation, type ResourceValidationArgs } from '@pulumi/policy';
import { readSystemRecord, type SystemRecord } from '../../components/system-record';

/** A validator that sees only system records, already decoded. */
export function validateSystemRecord(check: (record: SystemRecord, args: ResourceValidationArgs, reportViolation: ReportViolation) => void) {
  return validateResourceOfType(k8s.core.v1.ConfigMap, (configMap, args, reportViolation) => {
    const record = readSystemRecord(configMap as Parameters<typeof readSystemRecord>[0]);
    if (record) check(record, args, reportViolation);
  });
}

export function systemName(record: Pick<SystemRecord, 'number' | 'slug'>): string {
  return `system ${record.number} (${record.slug})`;
}
