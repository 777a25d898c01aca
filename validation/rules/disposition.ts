import {
  BUSINESS_SYSTEMS,
  BUSINESS_SYSTEM_NAMES,
  MIGRATING_OUTCOMES,
  UNIFIED_IDENTITY_METHODS,
  WEBSITE_OUTCOMES,
  type SystemMigration,
} from '../../model/domain';
import { DISPOSITIONS } from '../../model/dispositions';
import { msg, said } from '../../document/i18n';
import { perManifest } from './rule';
import { allowedList } from './words';

export const mergeNamesBusinessSystem = perManifest(
  {
    id: 'merge-names-business-system',
    severity: 'error',
    title: 'A merged system names the business system it joins',
    clause: 'Plan §三(二).7 and Annex 2 (是否纳入八大业务系统之一(请注明业务系统名称))',
  },
  ({ manifest }, report) => {
    const { outcome, businessSystem } = manifest.spec.disposition;
    if (outcome === 'merge' && !businessSystem) {
      report({
        path: ['spec', 'disposition'],
        at: 'key',
        ...said(
          msg('rule.merge-names-business-system.missing'),
          msg('rule.merge-names-business-system.missing.hint', { allowed: allowedList(BUSINESS_SYSTEMS) }),
        ),
      });
    }
    if (outcome !== 'merge' && businessSystem) {
      report({
        path: ['spec', 'disposition', 'businessSystem'],
        at: 'key',
        ...said(
          msg('rule.merge-names-business-system.unexpected', {
            businessSystem,
            name: BUSINESS_SYSTEM_NAMES[businessSystem],
            outcome,
          }),
          msg('rule.merge-names-business-system.unexpected.hint'),
        ),
      });
    }
  },
);

export const exemptGivesReason = perManifest(
  {
    id: 'exempt-gives-reason',
    severity: 'error',
    title: 'An exempt internal-use system states why it is not integrated',
    clause: 'Plan §三(三).10 (不上云为例外) and Annex 2 (不予整合 (请详细说明理由))',
  },
  ({ manifest }, report) => {
    const { outcome, reason } = manifest.spec.disposition;
    if (outcome === 'exempt' && (reason ?? '').trim().length < 4) {
      report({
        path: ['spec', 'disposition'],
        at: 'key',
        ...said(msg('rule.exempt-gives-reason.message'), msg('rule.exempt-gives-reason.hint')),
      });
    }
  },
);

/** What a placement would run or serve, in the order findings name it, with the field to point at. */
function runningParts(placement: SystemMigration['spec']['placement']): ('workloads' | 'database' | 'website')[] {
  const running: ('workloads' | 'database' | 'website')[] = [];
  if ((placement?.workloads?.length ?? 0) > 0) running.push('workloads');
  if (placement?.database) running.push('database');
  if (placement?.website) running.push('website');
  return running;
}

export const decommissionRunsNothing = perManifest(
  {
    id: 'decommission-runs-nothing',
    severity: 'error',
    title: 'A decommissioned zombie system runs no workloads',
    clause: 'Plan §三(二).5: zombie systems are taken offline and maintenance stops (系统下线、停止运维)',
  },
  ({ manifest }, report) => {
    if (manifest.spec.disposition.outcome !== 'decommission') return;
    const running = runningParts(manifest.spec.placement);
    if (running.length > 0) {
      report({
        path: ['spec', 'placement', running[0]!],
        at: 'key',
        ...said(
          msg('rule.decommission-runs-nothing.message', { running: running.join(', ') }),
          msg('rule.decommission-runs-nothing.hint'),
        ),
      });
    }
  },
);

export const exemptRunsNothing = perManifest(
  {
    id: 'exempt-runs-nothing',
    severity: 'error',
    title: 'An exempt internal-use system declares nothing to run on the platform',
    clause: 'Plan §三(三).10 (以上云为常态、不上云为例外) and Annex 2 (不予整合 (请详细说明理由))',
  },
  ({ manifest }, report) => {
    if (manifest.spec.disposition.outcome !== 'exempt') return;
    const running = runningParts(manifest.spec.placement);
    if (running.length > 0) {
      // The platform deploys nothing for an exempt system: what it declares would silently never run.
      report({
        path: ['spec', 'placement', running[0]!],
        at: 'key',
        ...said(
          msg('rule.exempt-runs-nothing.message', { running: running.join(', ') }),
          msg('rule.exempt-runs-nothing.hint'),
        ),
      });
    }
  },
);

export const placementDeployed = perManifest(
  {
    id: 'placement-deployed',
    severity: 'error',
    title: 'A system moving to the website cluster, or already integrated, declares no workloads, database or storage',
    clause: 'Plan §三(三).10 (公共服务网站应逐步迁移至部网站群); Annex 1 (纳入部网站群; 已整合入部政府网站)',
  },
  ({ manifest }, report) => {
    const { outcome } = manifest.spec.disposition;
    // Their components (the website cluster's site, or nothing) deploy none of these: declared, they
    // validated and audited green and would never run, while preflight still charged them to the pool.
    const { component } = DISPOSITIONS[outcome];
    if (component !== 'website-site' && component !== 'none') return;
    const placement = manifest.spec.placement;
    const declared = runningParts(placement).filter((part) => part !== 'website') as string[];
    if (placement?.storage?.object?.length || placement?.storage?.block?.length) declared.push('storage');
    if (declared.length === 0) return;
    report({
      path: ['spec', 'placement', declared[0]!],
      at: 'key',
      ...said(
        msg('rule.placement-deployed.message', { outcome, parts: declared.join(', ') }),
        msg('rule.placement-deployed.hint', { first: declared[0]! }),
      ),
    });
  },
);

export const websitesInWebsiteCluster = perManifest(
  {
    id: 'websites-in-website-cluster',
    severity: 'error',
    title: 'Only a system moving to the website cluster declares a website',
    clause: 'Plan §三(三).10 (公共服务网站应逐步迁移至部网站群); Annex 1 (纳入部网站群)',
  },
  ({ manifest }, report) => {
    const { outcome } = manifest.spec.disposition;
    if (!manifest.spec.placement?.website || WEBSITE_OUTCOMES.includes(outcome)) return;
    report({
      path: ['spec', 'placement', 'website'],
      at: 'key',
      ...said(
        msg('rule.websites-in-website-cluster.message', { outcome }),
        msg('rule.websites-in-website-cluster.hint'),
      ),
    });
  },
);

export const decommissionArchivesData = perManifest(
  {
    id: 'decommission-archives-data',
    severity: 'error',
    title: "A decommissioned system's data is archived first",
    clause:
      'Plan §三(二).5 (清理方式包括系统下线、停止运维、设备回收再利用) with §三(一).3 (依托环境信息资源中心…集中汇聚); envcloud: archived first, so no data is lost (数据不丢失)',
  },
  ({ manifest }, report) => {
    if (manifest.spec.disposition.outcome === 'decommission' && !manifest.spec.archive) {
      report({
        path: ['spec'],
        at: 'key',
        ...said(
          msg('rule.decommission-archives-data.message'),
          msg('rule.decommission-archives-data.hint', {
            example: '`archive: { destination: resource-center, retentionYears: 30 }`',
          }),
        ),
      });
    }
  },
);

export const websiteHasSettings = perManifest(
  {
    id: 'website-has-settings',
    severity: 'error',
    title: 'A system moving to the website cluster has website settings',
    clause: 'Plan §三(二).8 and §三(三).10: websites move to the ministry website cluster (部网站群)',
  },
  ({ manifest }, report) => {
    const { outcome } = manifest.spec.disposition;
    if (outcome !== 'website-cluster') return;
    if (!manifest.spec.placement?.website) {
      report({
        path: manifest.spec.placement ? ['spec', 'placement'] : ['spec'],
        at: 'key',
        ...said(
          msg('rule.website-has-settings.settings'),
          msg('rule.website-has-settings.settings.hint', {
            example: '`placement: { pool: central, website: { domain: <host name> } }`',
          }),
        ),
      });
    }
    if (!manifest.spec.integration.websiteCluster.migrate) {
      report({
        path: ['spec', 'integration', 'websiteCluster', 'migrate'],
        ...said(msg('rule.website-has-settings.migrate'), msg('rule.website-has-settings.migrate.hint')),
      });
    }
  },
);

export const cloudIsTheNorm = perManifest(
  {
    id: 'cloud-is-the-norm',
    severity: 'error',
    title: 'Every migrating system has a cloud placement',
    clause: 'Plan §三(三).10: 以上云为常态、不上云为例外 (all systems but internal office ones migrate)',
  },
  ({ manifest }, report) => {
    const { outcome } = manifest.spec.disposition;
    if (!MIGRATING_OUTCOMES.includes(outcome)) return;
    if (!manifest.spec.placement) {
      report({
        path: ['spec'],
        at: 'key',
        ...said(msg('rule.cloud-is-the-norm.placement', { outcome }), msg('rule.cloud-is-the-norm.placement.hint')),
      });
    }
    if (!manifest.spec.integration.cloud.migrate) {
      report({
        path: ['spec', 'integration', 'cloud', 'migrate'],
        ...said(msg('rule.cloud-is-the-norm.migrate', { outcome }), msg('rule.cloud-is-the-norm.migrate.hint')),
      });
    }
  },
);

export const zombieMatchesDisposition = perManifest(
  {
    id: 'zombie-matches-disposition',
    severity: 'error',
    title: 'The zombie answer agrees with the disposition',
    clause: 'Plan §三(二).5 and Annex 2 (是否作为“僵尸系统”清理下线)',
  },
  ({ manifest }, report) => {
    const decommission = manifest.spec.disposition.outcome === 'decommission';
    if (manifest.spec.integration.zombie !== decommission) {
      report({
        path: ['spec', 'integration', 'zombie'],
        ...(decommission
          ? said(
              msg('rule.zombie-matches-disposition.not-marked'),
              msg('rule.zombie-matches-disposition.not-marked.hint'),
            )
          : said(
              msg('rule.zombie-matches-disposition.marked', { outcome: manifest.spec.disposition.outcome }),
              msg('rule.zombie-matches-disposition.marked.hint'),
            )),
      });
    }
  },
);

export const portalConnection = perManifest(
  {
    id: 'portal-connection',
    severity: 'error',
    title: 'A portal-connected system says how it connects',
    clause: 'Plan §三(二).6 and §三(二).8: one identity, one login page, one portal entry',
  },
  ({ manifest }, report) => {
    const { outcome } = manifest.spec.disposition;
    const { extranetPortal, internetPortal } = manifest.spec.integration;
    if (outcome === 'extranet-portal' && !extranetPortal.connect) {
      report({
        path: ['spec', 'integration', 'extranetPortal', 'connect'],
        ...said(msg('rule.portal-connection.extranet'), msg('rule.portal-connection.extranet.hint')),
      });
    }
    if (extranetPortal.connect && !extranetPortal.method) {
      report({
        path: ['spec', 'integration', 'extranetPortal'],
        at: 'key',
        ...said(
          msg('rule.portal-connection.method'),
          msg('rule.portal-connection.method.hint', { allowed: allowedList(UNIFIED_IDENTITY_METHODS) }),
        ),
      });
    }
    if (outcome === 'internet-portal' && !internetPortal?.connect) {
      report({
        path: internetPortal ? ['spec', 'integration', 'internetPortal', 'connect'] : ['spec', 'integration'],
        at: internetPortal ? 'value' : 'key',
        ...said(
          msg('rule.portal-connection.internet'),
          msg('rule.portal-connection.internet.hint', { example: '`internetPortal: { connect: true }`' }),
        ),
      });
    }
  },
);

export const portalUnifiedIdentity = perManifest(
  {
    id: 'portal-unified-identity',
    severity: 'error',
    title: 'A portal-connected system signs users in through the unified identity',
    clause:
      'Sharing rules art. 24 (通过统一的数字证书认证体系进行用户身份管理); plan §三(二).6 (统一用户身份、统一登录界面、统一接入门户) and Annex 2 (统一入口/统一用户/单点登录)',
  },
  ({ manifest }, report) => {
    const { extranetPortal, internetPortal } = manifest.spec.integration;
    // The platform registers one portal entry for either portal, with this method; the policy pack fails
    // the entry at deploy time (portal-unified-identity) when the method is not a unified sign-in.
    const connects = extranetPortal.connect || internetPortal?.connect === true;
    if (connects && extranetPortal.method && !UNIFIED_IDENTITY_METHODS.includes(extranetPortal.method)) {
      report({
        path: ['spec', 'integration', 'extranetPortal', 'method'],
        ...said(
          msg('rule.portal-unified-identity.message', { method: extranetPortal.method }),
          msg('rule.portal-unified-identity.hint', { allowed: allowedList(UNIFIED_IDENTITY_METHODS) }),
        ),
      });
    }
  },
);

export const dataOnboardingHasResources = perManifest(
  {
    id: 'data-onboarding-has-resources',
    severity: 'error',
    title: 'A system onboarding its data lists its data resources and method',
    clause: 'Plan §三(一).1–3: data resources reported with their catalog fields and onboarded to the resource center',
  },
  ({ manifest }, report) => {
    const { resourceCenter } = manifest.spec.integration;
    if (manifest.spec.disposition.outcome === 'data-onboarding' && !resourceCenter.onboard) {
      report({
        path: ['spec', 'integration', 'resourceCenter', 'onboard'],
        ...said(
          msg('rule.data-onboarding-has-resources.onboard'),
          msg('rule.data-onboarding-has-resources.onboard.hint'),
        ),
      });
    }
    if (!resourceCenter.onboard) return;
    if (!resourceCenter.method && !resourceCenter.alreadyOnboarded) {
      report({
        path: ['spec', 'integration', 'resourceCenter'],
        at: 'key',
        ...said(
          msg('rule.data-onboarding-has-resources.method'),
          msg('rule.data-onboarding-has-resources.method.hint'),
        ),
      });
    }
    if ((manifest.spec.dataResources?.length ?? 0) === 0) {
      report({
        path: ['spec'],
        at: 'key',
        ...said(
          msg('rule.data-onboarding-has-resources.resources'),
          msg('rule.data-onboarding-has-resources.resources.hint'),
        ),
      });
    }
  },
);
