import type { ResourceValidationPolicy } from '@pulumi/policy';
import type { Outcome } from '../../model/domain';
import { definePolicy } from '../meta';
import { systemName, systemRecords, validateSystemRecord } from './records';
import { t } from '../../document/i18n';

/**
 * Outcomes that leave nothing running to place: exempt internal systems (the one exception the plan
 * allows), retired zombies (their archive lives in the resource center), and systems already folded
 * into the ministry website.
 */
export const OUTCOMES_WITHOUT_PLACEMENT: readonly Outcome[] = ['exempt', 'decommission', 'already-integrated'];

export const cloudIsTheNorm = definePolicy<ResourceValidationPolicy>(
  {
    name: 'cloud-is-the-norm',
    validateResource: validateSystemRecord((record, _args, reportViolation) => {
      if (!OUTCOMES_WITHOUT_PLACEMENT.includes(record.outcome) && record.pool === 'none') {
        reportViolation(
          t('en', 'policy.finding.cloud-is-the-norm.no-placement', {
            system: systemName(record),
            outcome: record.outcome,
          }),
        );
      }
      if (record.outcome === 'exempt' && !record.exemptReason?.trim()) {
        reportViolation(
          t('en', 'policy.finding.cloud-is-the-norm.exempt-without-reason', { system: systemName(record) }),
        );
      }
    }),
  },
  {
    severity: 'high',
    judges: systemRecords(t('en', 'policy.what.system-records')),
    manifestField: ['spec', 'placement'],
    clause: 'Plan §三(三).10 (以上云为常态、不上云为例外; 除内部办公系统外的所有已建和在建系统都必须迁移上云部署)',
    en: {
      description: 'Every system except exempt internal ones has a cloud placement; an exemption states its reason',
      remediation:
        'Set spec.placement.pool in the manifest, or, for an internal office system, set outcome exempt with spec.disposition.reason.',
    },
    zh: {
      description: '除单位内部办公系统外，所有系统均须部署上云；不上云须说明理由',
      remediation:
        '在清单中填写 spec.placement.pool；如为内部办公系统，将处置方式设为 exempt 并填写 spec.disposition.reason。',
    },
  },
);
