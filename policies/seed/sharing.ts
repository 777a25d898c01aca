import type { ResourceValidationPolicy } from '@pulumi/policy';
import { sharingGaps, unfitForInternet } from '../../model/sharing';
import { definePolicy } from '../meta';
import { systemName, systemRecords, validateSystemRecord } from './records';
import { t } from '../../document/i18n';

export const dataSharingTerms = definePolicy<ResourceValidationPolicy>(
  {
    name: 'data-sharing-terms',
    validateResource: validateSystemRecord((record, _args, reportViolation) => {
      for (const resource of record.dataResources) {
        const gaps = sharingGaps(resource);
        const where = { system: systemName(record), name: resource.name };
        if (gaps.conditionalTerms.length > 0)
          reportViolation(
            t('en', 'policy.finding.data-sharing-terms.conditional', {
              ...where,
              terms: gaps.conditionalTerms.join(' and '),
            }),
          );
        if (gaps.usage) reportViolation(t('en', 'policy.finding.data-sharing-terms.usage', where));
        if (gaps.legalBasis) reportViolation(t('en', 'policy.finding.data-sharing-terms.legal-basis', where));
        if (gaps.legalBasisLevel) reportViolation(t('en', 'policy.finding.data-sharing-terms.basis-level', where));
      }
    }),
  },
  {
    severity: 'high',
    judges: systemRecords(t('en', 'policy.what.records-with-data'), (record) => record.dataResources.length > 0),
    manifestField: ['spec', 'dataResources'],
    clause:
      'Sharing rules art. 17 (使用要求; 共享条件和共享范围) and art. 18 (不予共享类…必须…提供法律、行政法规或党中央、国务院文件等依据)',
    en: {
      description:
        'Shared data states its usage, conditional data its conditions and scope, unshared data its legal basis',
      remediation: 'Complete spec.dataResources[].sharing and usage in the manifest.',
    },
    zh: {
      description: '共享数据须标明使用要求，有条件共享须标明条件和范围，不予共享须提供法律依据',
      remediation: '在清单中补全 spec.dataResources[].sharing 与 usage。',
    },
  },
);

export const internetOnlyUnconditionalData = definePolicy<ResourceValidationPolicy>(
  {
    name: 'internet-only-unconditional-data',
    validateResource: validateSystemRecord((record, _args, reportViolation) => {
      if (!record.exposure.includes('internet')) return;
      for (const resource of unfitForInternet(record.dataResources)) {
        reportViolation(
          t('en', 'policy.finding.internet-only-unconditional-data.exposed', {
            system: systemName(record),
            type: resource.sharing.type,
            name: resource.name,
          }),
        );
      }
    }),
  },
  {
    severity: 'critical',
    judges: systemRecords(t('en', 'policy.what.internet-systems'), (record) => record.exposure.includes('internet')),
    manifestField: ['spec', 'dataResources'],
    clause:
      'Sharing rules art. 15 (按照共享程度分为三种类型) and art. 25 (不得向第三方提供); GB/T 22239-2019 8.1.3.1 (边界防护)',
    en: {
      description: 'A system exposed on the internet zone holds only unconditionally shared data',
      remediation:
        'Expose the system on the extranet zone instead, or split the public part into a system holding only unconditional data.',
    },
    zh: {
      description: '暴露于互联网区的系统只能包含无条件共享数据',
      remediation: '改为外网区暴露，或将对公众开放的部分拆分为仅含无条件共享数据的系统。',
    },
  },
);
