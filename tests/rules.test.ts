import { MANIFEST_RULES } from '../validation/rules';
import { clone, happyManifest, INTERNAL_RULE_BASIS, LAW_BASIS, ruleFindings } from './support/manifests';
import type { SystemMigration } from '../model/domain';
import { NAME_RULE_CASES } from './support/name-rule-cases';
import { DEPLOY_RULE_CASES } from './support/deploy-rule-cases';
import {
  decommissioned,
  exempt,
  internetPortal,
  onboarding,
  SET_RULE_IDS,
  shared,
  variant,
  website,
} from './support/variants';

/** For each single-manifest rule: a manifest that passes it and one change that breaks it. */
const cases: [ruleId: string, passing: SystemMigration, failing: SystemMigration, field: string][] = [
  [
    'merge-names-business-system',
    happyManifest(),
    variant(happyManifest, (m) => delete m.spec.disposition.businessSystem),
    'spec.disposition',
  ],
  [
    'merge-names-business-system',
    happyManifest(),
    variant(exempt, (m) => (m.spec.disposition.businessSystem = 'air')),
    'spec.disposition.businessSystem',
  ],
  ['exempt-gives-reason', exempt(), variant(exempt, (m) => delete m.spec.disposition.reason), 'spec.disposition'],
  [
    'catalog-lead-unit',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.dataResources[0].jointlyBuiltBy = ['环境监察局', '信息中心'])),
    'spec.dataResources[0].jointlyBuiltBy',
  ],
  [
    'base-data-information-center',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.dataResources[0].baseData = 'public-code')),
    'spec.dataResources[0].providingUnit',
  ],
  [
    'decommission-runs-nothing',
    decommissioned(),
    variant(decommissioned, (m) => (m.spec.placement = clone(happyManifest().spec.placement))),
    'spec.placement.workloads',
  ],
  ['decommission-archives-data', decommissioned(), variant(decommissioned, (m) => delete m.spec.archive), 'spec'],
  ['website-has-settings', website(), variant(website, (m) => delete m.spec.placement.website), 'spec.placement'],
  [
    'website-has-settings',
    website(),
    variant(website, (m) => (m.spec.integration.websiteCluster.migrate = false)),
    'spec.integration.websiteCluster.migrate',
  ],
  ['cloud-is-the-norm', happyManifest(), variant(happyManifest, (m) => delete m.spec.placement), 'spec'],
  [
    'cloud-is-the-norm',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.integration.cloud.migrate = false)),
    'spec.integration.cloud.migrate',
  ],
  [
    'zombie-matches-disposition',
    decommissioned(),
    variant(decommissioned, (m) => (m.spec.integration.zombie = false)),
    'spec.integration.zombie',
  ],
  [
    'zombie-matches-disposition',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.integration.zombie = true)),
    'spec.integration.zombie',
  ],
  [
    'portal-connection',
    happyManifest(),
    variant(happyManifest, (m) => delete m.spec.integration.extranetPortal.method),
    'spec.integration.extranetPortal',
  ],
  [
    'portal-connection',
    internetPortal(),
    variant(internetPortal, (m) => delete m.spec.integration.internetPortal),
    'spec.integration',
  ],
  ['data-onboarding-has-resources', onboarding(), variant(onboarding, (m) => delete m.spec.dataResources), 'spec'],
  [
    'data-onboarding-has-resources',
    onboarding(),
    variant(onboarding, (m) => (m.spec.integration.resourceCenter = { onboard: false })),
    'spec.integration.resourceCenter.onboard',
  ],
  [
    'conditional-sharing-terms',
    variant(happyManifest, shared('conditional', { conditions: '仅用于执法', scope: '环境监察局' })),
    variant(happyManifest, shared('conditional', { conditions: '仅用于执法' })),
    'spec.dataResources[0].sharing',
  ],
  [
    'not-shared-legal-basis',
    variant(happyManifest, shared('not-shared', { legalBasis: LAW_BASIS })),
    variant(happyManifest, shared('not-shared')),
    'spec.dataResources[0].sharing',
  ],
  [
    'not-shared-legal-basis',
    variant(happyManifest, shared('not-shared', { legalBasis: LAW_BASIS })),
    variant(happyManifest, shared('not-shared', { legalBasis: INTERNAL_RULE_BASIS })),
    'spec.dataResources[0].sharing.legalBasis.kind',
  ],
  [
    'not-shared-legal-basis',
    variant(happyManifest, shared('not-shared', { legalBasis: { ...LAW_BASIS, kind: 'central-document' } })),
    variant(happyManifest, shared('not-shared', { legalBasis: { ...LAW_BASIS, kind: 'departmental-rule' } })),
    'spec.dataResources[0].sharing.legalBasis.kind',
  ],
  [
    'article-16-unconditional-sharing',
    variant(
      happyManifest,
      shared('conditional', { conditions: '仅用于执法', scope: '环境监察局', legalBasis: LAW_BASIS }),
    ),
    variant(happyManifest, shared('conditional', { conditions: '仅用于执法', scope: '环境监察局' })),
    'spec.dataResources[0].sharing.type',
  ],
  [
    'article-16-unconditional-sharing',
    variant(
      happyManifest,
      shared('conditional', {
        conditions: '仅用于执法',
        scope: '环境监察局',
        legalBasis: { ...LAW_BASIS, kind: 'administrative-regulation' },
      }),
    ),
    variant(
      happyManifest,
      shared('conditional', {
        conditions: '仅用于执法',
        scope: '环境监察局',
        legalBasis: { ...LAW_BASIS, kind: 'normative-document' },
      }),
    ),
    'spec.dataResources[0].sharing.legalBasis.kind',
  ],
  [
    'sharing-usage-stated',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.dataResources[0].usage = [])),
    'spec.dataResources[0].usage',
  ],
  [
    'backup-targets-within-tier',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.protection.backup.rpoMinutes = 5)),
    'spec.protection.backup.rpoMinutes',
  ],
  [
    'backup-targets-within-tier',
    decommissioned(),
    variant(happyManifest, (m) => (m.spec.protection.backup = { tier: 'none' })),
    'spec.protection.backup.tier',
  ],
  // A site's content is a volume of the system's tier: a website with tier `none` stores data with no backup.
  [
    'backup-targets-within-tier',
    website(),
    variant(website, (m) => (m.spec.protection.backup = { tier: 'none' })),
    'spec.protection.backup.tier',
  ],
  // Each rule below repeats, at a located field, a check that a component, the stack program or a policy makes at deploy time.
  [
    'image-from-approved-registry',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.placement.workloads[0].image = 'docker.io/library/nginx:latest')),
    'spec.placement.workloads[0].image',
  ],
  [
    'placement-names-unique',
    happyManifest(),
    variant(happyManifest, (m) =>
      m.spec.placement.workloads.push({ ...m.spec.placement.workloads[0], exposure: 'internal' }),
    ),
    'spec.placement.workloads[1].name',
  ],
  [
    'placement-names-unique',
    variant(
      happyManifest,
      (m) =>
        (m.spec.placement.storage = {
          object: [
            { name: 'data', sizeGiB: 10 },
            { name: 'data-copy', sizeGiB: 10 },
          ],
        }),
    ),
    variant(
      happyManifest,
      (m) =>
        (m.spec.placement.storage = {
          object: [
            { name: 'data', sizeGiB: 10 },
            { name: 'data-replica', sizeGiB: 10 },
          ],
        }),
    ),
    'spec.placement.storage.object[1].name',
  ],
  [
    'placement-names-unique',
    variant(happyManifest, (m) => (m.spec.placement.storage = { block: [{ name: 'data', sizeGiB: 10 }] })),
    variant(
      happyManifest,
      (m) =>
        (m.spec.placement.storage = {
          block: [
            { name: 'data', sizeGiB: 10 },
            { name: 'data', sizeGiB: 20 },
          ],
        }),
    ),
    'spec.placement.storage.block[1].name',
  ],
  // What the cluster or the cloud refused after a green validate (tests/support/deploy-rule-cases.ts).
  ...DEPLOY_RULE_CASES,
  // A system's names and units (tests/support/name-rule-cases.ts).
  ...NAME_RULE_CASES,
  [
    'placement-names-unique',
    happyManifest(),
    variant(happyManifest, (m) => {
      m.spec.placement.database = { engine: 'postgresql', version: '16', sizeGiB: 20 };
      m.spec.placement.workloads[0].name = 'db-rw';
    }),
    'spec.placement.workloads[0].name',
  ],
  [
    'placement-deployed',
    website(),
    variant(website, (m) => (m.spec.placement.workloads = clone(happyManifest().spec.placement!.workloads))),
    'spec.placement.workloads',
  ],
  [
    'placement-deployed',
    website(),
    variant(website, (m) => (m.spec.placement.database = { engine: 'postgresql', version: '16', sizeGiB: 50 })),
    'spec.placement.database',
  ],
  [
    'exempt-runs-nothing',
    exempt(),
    variant(exempt, (m) => (m.spec.placement = clone(happyManifest().spec.placement))),
    'spec.placement.workloads',
  ],
  [
    'websites-in-website-cluster',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.placement.website = { domain: 'www.example.gov.cn' })),
    'spec.placement.website',
  ],
  [
    'portal-unified-identity',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.integration.extranetPortal.method = 'unified-entry')),
    'spec.integration.extranetPortal.method',
  ],
  [
    'resource-center-sharing-type',
    happyManifest(),
    variant(happyManifest, shared('conditional', { conditions: '仅用于执法', scope: '环境监察局' })),
    'spec.integration.resourceCenter.sharingType',
  ],
  [
    'internet-only-unconditional-data',
    internetPortal(),
    variant(internetPortal, shared('conditional', { conditions: '仅用于执法', scope: '环境监察局' })),
    'spec.dataResources[0].sharing.type',
  ],
  // A completed migration names its day (a report as of an earlier day counted it done); only a completed one does.
  [
    'completed-names-day',
    variant(happyManifest, (m) => Object.assign(m.spec.schedule, { status: 'completed', completedOn: '2017-12-20' })),
    variant(happyManifest, (m) => (m.spec.schedule.status = 'completed')),
    'spec.schedule.status',
  ],
  [
    'completed-names-day',
    variant(happyManifest, (m) => Object.assign(m.spec.schedule, { status: 'completed', completedOn: '2017-12-20' })),
    variant(happyManifest, (m) => Object.assign(m.spec.schedule, { status: 'cut-over', completedOn: '2017-12-20' })),
    'spec.schedule.completedOn',
  ],
  // A blocked migration names its reason and owner; a block left behind after it is cleared is flagged at the field.
  [
    'blocked-names-reason-and-owner',
    variant(happyManifest, (m) =>
      Object.assign(m.spec.schedule, { status: 'blocked', blocked: { reason: '等待数据库许可', owner: '信息中心' } }),
    ),
    variant(happyManifest, (m) => (m.spec.schedule.status = 'blocked')),
    'spec.schedule.status',
  ],
  [
    'blocked-names-reason-and-owner',
    variant(happyManifest, (m) =>
      Object.assign(m.spec.schedule, { status: 'blocked', blocked: { reason: '等待数据库许可', owner: '信息中心' } }),
    ),
    variant(happyManifest, (m) =>
      Object.assign(m.spec.schedule, { status: 'planned', blocked: { reason: '等待数据库许可', owner: '信息中心' } }),
    ),
    'spec.schedule.blocked',
  ],
  // Catalog codes: the guide's form with the ministry's item and heading, and the system's own number inside.
  [
    'catalog-code-well-formed',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.dataResources[0].catalogCode = '30300100900/0001')),
    'spec.dataResources[0].catalogCode',
  ],
  [
    'catalog-code-own-system',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.dataResources[0].catalogCode = '30300000901/0001')),
    'spec.dataResources[0].catalogCode',
  ],
];

describe('rules beyond the schema', () => {
  it('the happy-path fixtures pass every rule', () => {
    expect(
      ruleFindings(
        [happyManifest(), decommissioned(), exempt(), website(), onboarding(), internetPortal()].map((m, i) =>
          variant(
            () => m,
            (x) => {
              x.metadata.number = 900 + i;
              x.metadata.slug = `s${900 + i}-test`;
              if (x.spec.dataResources) x.spec.dataResources[0].name = `数据${i}`;
              if (x.spec.dataResources) x.spec.dataResources[0].catalogCode = `30300000${900 + i}/0001`;
              x.metadata.name = `测试系统${'甲乙丙丁戊己'[i]}${i}号${'天地玄黄宇宙'[i]}`;
            },
          ),
        ),
      ),
    ).toEqual([]);
  });

  it.each(cases)('%s: passes its fixture and flags one change at the field', (ruleId, passing, failing, field) => {
    expect(ruleFindings([passing], ruleId)).toEqual([]);
    const findings = ruleFindings([failing], ruleId);
    expect(findings).toHaveLength(1);
    // A unit spelt otherwise may be a new unit of the ministry: said, not refused.
    const severity = ruleId === 'unit-in-inventory' ? 'warning' : 'error';
    expect(findings[0]).toMatchObject({ ruleId, severity, field });
    expect(findings[0]!.hint).toBeTruthy();
    expect(findings[0]!.line).toBeGreaterThan(1);
  });

  it('every rule is covered by a case above or by a cross-manifest test (tests/cross-manifest-rules.test.ts)', () => {
    const covered = new Set([...cases.map(([id]) => id), ...SET_RULE_IDS]);
    expect(MANIFEST_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
    // The cases above are single manifests; rules across manifests are exactly those tests/cross-manifest-rules.test.ts tests.
    expect(MANIFEST_RULES.filter((rule) => rule.scope === 'set').map((rule) => rule.id)).toEqual(SET_RULE_IDS);
  });

  it('every rule names the seed clause it enforces', () => {
    for (const rule of MANIFEST_RULES) expect(rule.clause).toMatch(/Plan|rules art\.|Annex|Sharing rules/);
  });
});

describe('exempt-gives-reason', () => {
  const withReason = (reason: string) => variant(exempt, (m) => (m.spec.disposition.reason = reason));
  it.each([
    ['empty', ''],
    ['twelve spaces', ' '.repeat(12)],
    ['whitespace of every kind', ' \t\n\u3000 \r\n'],
    ['one character', '无'],
    ['one character in spaces', '   x   '],
    ['three characters', '不整合'],
  ])('flags a reason that is %s', (_what, reason) => {
    const findings = ruleFindings([withReason(reason)], 'exempt-gives-reason');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', field: 'spec.disposition' });
    expect(findings[0]!.message).toContain('detailed reason');
  });
  it.each(['仅内部用', '  仅内部用  ', '本系统仅供本单位内部办公使用，不对外提供服务'])(
    'accepts the reason %j',
    (reason) => {
      expect(ruleFindings([withReason(reason)], 'exempt-gives-reason')).toEqual([]);
    },
  );
  it('asks no reason of a system that is not exempt', () => {
    expect(
      ruleFindings([variant(happyManifest, (m) => delete m.spec.disposition.reason)], 'exempt-gives-reason'),
    ).toEqual([]);
  });
});
