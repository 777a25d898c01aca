import * as k8s from '@pulumi/kubernetes';
import { validateResourceOfType, type ResourceValidationPolicy } from '@pulumi/policy';
import { definePolicy } from '../meta';
import { namespaceOf } from '../../components/resource-facts';
import { UNIFIED_IDENTITY_METHODS } from '../../model/domain';
import { msg, t } from '../../document/i18n';

export const UNIFIED_IDENTITY = 'unified-digital-certificate';

export const portalUnifiedIdentity = definePolicy<ResourceValidationPolicy>(
  {
    name: 'portal-unified-identity',
    validateResource: validateResourceOfType(k8s.core.v1.ConfigMap, (configMap, args, reportViolation) => {
      if (namespaceOf(configMap) !== 'portal') return;
      const data = (configMap.data ?? {}) as Record<string, string>;
      if (data.identity !== UNIFIED_IDENTITY)
        reportViolation(
          t('en', 'policy.finding.portal-unified-identity.identity', {
            name: args.name,
            identity: data.identity ?? msg('policy.part.nothing'),
            unified: UNIFIED_IDENTITY,
          }),
        );
      if (!UNIFIED_IDENTITY_METHODS.includes(data.method ?? '')) {
        reportViolation(
          t('en', 'policy.finding.portal-unified-identity.method', {
            name: args.name,
            method: data.method ?? msg('policy.part.no-method'),
            methods: UNIFIED_IDENTITY_METHODS.join(' or '),
          }),
        );
      }
    }),
  },
  {
    severity: 'high',
    judges: {
      types: ['kubernetes:core/v1:ConfigMap'],
      where: (resource) => namespaceOf(resource.props) === 'portal',
      what: t('en', 'policy.what.portal-entries'),
    },
    manifestField: ['spec', 'integration', 'extranetPortal'],
    clause:
      'Sharing rules art. 24 (通过统一的数字证书认证体系进行用户身份管理); plan §三(二).6 (统一用户身份、统一登录界面、统一接入门户) and Annex 2 (统一入口/统一用户/单点登录)',
    en: {
      description: 'Portal-connected systems sign users in through the unified digital-certificate identity',
      remediation: 'Set spec.integration.extranetPortal.method to unified-user or single-sign-on.',
    },
    zh: {
      description: '接入门户的系统须通过统一数字证书认证体系管理用户身份',
      remediation: '将 spec.integration.extranetPortal.method 设为 unified-user 或 single-sign-on。',
    },
  },
);
