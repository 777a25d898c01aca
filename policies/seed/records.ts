import * as k8s from '@pulumi/kubernetes';
import { validateResourceOfType, type ReportViolation, type ResourceValidationArgs } from '@pulumi/policy';
import { readSystemRecord, type SystemRecord } from '../../components/system-record';
import type { Judged, JudgedResource } from '../meta';
import { t } from '../../document/i18n';

export const CONFIG_MAP_TYPE = 'kubernetes:core/v1:ConfigMap';

/** A resource's system record, when it is one (a ConfigMap of the registry). */
export function recordOf(resource: JudgedResource): SystemRecord | undefined {
  return resource.type === CONFIG_MAP_TYPE ? readSystemRecord(resource.props) : undefined;
}

/** What a seed policy on the registry judges: the records for which `applies` holds (default: every record). */
export function systemRecords(what: string, applies: (record: SystemRecord) => boolean = () => true): Judged {
  return {
    types: [CONFIG_MAP_TYPE],
    what,
    where: (resource) => {
      const record = recordOf(resource);
      return record !== undefined && applies(record);
    },
  };
}

/** A validator that sees only system records, already decoded. */
export function validateSystemRecord(
  check: (record: SystemRecord, args: ResourceValidationArgs, reportViolation: ReportViolation) => void,
) {
  return validateResourceOfType(k8s.core.v1.ConfigMap, (configMap, args, reportViolation) => {
    const record = readSystemRecord(configMap as Parameters<typeof readSystemRecord>[0]);
    if (record) check(record, args, reportViolation);
  });
}

export function systemName(record: Pick<SystemRecord, 'number' | 'slug'>): string {
  return t('en', 'policy.part.system', { number: record.number, slug: record.slug });
}
