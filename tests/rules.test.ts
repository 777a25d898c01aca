import fc from 'fast-check';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { MANIFEST_RULES, manifestRules, summarizeManifest } from '../validation/rules';
import {
  DUPLICATE_FUNCTION_THRESHOLD,
  functionSignature,
  nameSimilarity,
  similarPairs,
} from '../validation/rules/duplicate-construction';
import { foldForComparison, OWN_LOWER_CASE } from '../validation/rules/fold';
import { checkManifestRules, checkSetRules } from '../validation/validate';
import { clone, entryOf, happyManifest, INTERNAL_RULE_BASIS, LAW_BASIS, ruleFindings } from './support/manifests';
import type { SystemMigration } from '../model/domain';

type Mutation = (manifest: any) => void;

const decommissioned = () => happyManifest({ disposition: { outcome: 'decommission' } });
const exempt = () => happyManifest({ disposition: { outcome: 'exempt' } });
const website = () => happyManifest({ disposition: { outcome: 'website-cluster' } });
const onboarding = () => happyManifest({ disposition: { outcome: 'data-onboarding' } });
const internetPortal = () => happyManifest({ disposition: { outcome: 'internet-portal' } });

function variant(base: () => SystemMigration, mutate: Mutation = () => undefined): SystemMigration {
  const manifest: any = clone(base());
  mutate(manifest);
  return manifest;
}

const shared =
  (type: string, extra: Record<string, unknown> = {}): Mutation =>
  (manifest) => {
    manifest.spec.dataResources[0].sharing = { type, ...extra };
  };

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

const SET_RULE_IDS = [
  'unique-number',
  'unique-slug',
  'one-data-one-source',
  'unique-catalog-code',
  'duplicate-construction',
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
    expect(findings[0]).toMatchObject({ ruleId, severity: 'error', field });
    expect(findings[0]!.hint).toBeTruthy();
    expect(findings[0]!.line).toBeGreaterThan(1);
  });

  it('every rule is covered by a case above or by a cross-manifest test below', () => {
    const covered = new Set([...cases.map(([id]) => id), ...SET_RULE_IDS]);
    expect(MANIFEST_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
    // The cases above are single manifests; rules across manifests are exactly those tested below.
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

describe('rules a deploy depends on', () => {
  it('image-from-approved-registry judges against the registry it is given (validate --registry), the default otherwise', () => {
    const image = happyManifest().spec.placement!.workloads![0]!.image;
    expect(image.startsWith(`${DEFAULT_APPROVED_REGISTRY}/`)).toBe(true);
    const rule = (registry?: string) =>
      manifestRules(registry ? { approvedRegistry: registry } : {}).find(
        (candidate) => candidate.id === 'image-from-approved-registry',
      )!;
    expect(checkManifestRules(entryOf(happyManifest()), [rule()])).toEqual([]);
    const [finding] = checkManifestRules(entryOf(happyManifest()), [rule('harbor.example.gov.cn')]);
    expect(finding).toMatchObject({
      ruleId: 'image-from-approved-registry',
      field: 'spec.placement.workloads[0].image',
    });
    expect(finding!.message).toContain('not from the approved registry harbor.example.gov.cn');
    expect(finding!.hint).toContain('harbor.example.gov.cn/');
  });

  it('resource-center-sharing-type accepts the most restricted type of the resources, and names the resource that decides it', () => {
    const mixed = variant(happyManifest, (m) => {
      m.spec.dataResources.push({
        ...clone(m.spec.dataResources[0]),
        name: '执法记录',
        sharing: { type: 'not-shared', legalBasis: LAW_BASIS },
      });
      m.spec.integration.resourceCenter.sharingType = 'not-shared';
    });
    expect(ruleFindings([mixed], 'resource-center-sharing-type')).toEqual([]);
    const [finding] = ruleFindings(
      [
        variant(
          () => mixed,
          (m) => (m.spec.integration.resourceCenter.sharingType = 'conditional'),
        ),
      ],
      'resource-center-sharing-type',
    );
    expect(finding!.message).toContain('"执法记录"');
    expect(finding!.related![0]).toMatchObject({ file: 'manifests/m0.yaml' });
  });

  it('internet-only-unconditional-data flags each resource that is not unconditional, pointing at the exposed workload', () => {
    const both = variant(internetPortal, (m) => {
      m.spec.dataResources.push({
        ...clone(m.spec.dataResources[0]),
        name: '执法记录',
        sharing: { type: 'not-shared', legalBasis: LAW_BASIS },
      });
    });
    const findings = ruleFindings([both], 'internet-only-unconditional-data');
    expect(findings.map((finding) => finding.field)).toEqual(['spec.dataResources[1].sharing.type']);
    expect(findings[0]!.related![0]!.line).toBeGreaterThan(1);
    // The same data behind an extranet workload is fine.
    expect(
      ruleFindings(
        [
          variant(
            () => both,
            (m) => (m.spec.placement.workloads[0].exposure = 'extranet'),
          ),
        ],
        'internet-only-unconditional-data',
      ),
    ).toEqual([]);
  });

  it('portal-unified-identity also judges the method of a system that connects only to the internet portal', () => {
    const internetOnly = variant(
      internetPortal,
      (m) => (m.spec.integration.extranetPortal = { connect: false, method: 'unified-entry' }),
    );
    expect(ruleFindings([internetOnly], 'portal-unified-identity')).toHaveLength(1);
    expect(
      ruleFindings(
        [
          variant(
            () => internetOnly,
            (m) => (m.spec.integration.internetPortal.connect = false),
          ),
        ],
        'portal-unified-identity',
      ),
    ).toEqual([]);
  });
});

describe('cross-manifest rules', () => {
  const second = (mutate: Mutation) =>
    variant(happyManifest, (m) => {
      m.metadata.number = 901;
      m.metadata.slug = 's901-other';
      m.metadata.name = '大气颗粒物组分监测网';
      m.spec.dataResources[0].name = '颗粒物组分数据';
      mutate(m);
    });

  it('unique-number flags the second manifest and points at the first', () => {
    expect(ruleFindings([happyManifest(), second(() => undefined)], 'unique-number')).toEqual([]);
    const [finding] = ruleFindings([happyManifest(), second((m) => (m.metadata.number = 900))], 'unique-number');
    expect(finding).toMatchObject({ file: 'manifests/m1.yaml', field: 'metadata.number' });
    expect(finding!.related![0]).toMatchObject({ file: 'manifests/m0.yaml' });
  });

  it('unique-slug flags a repeated slug', () => {
    const findings = ruleFindings(
      [happyManifest(), second((m) => (m.metadata.slug = happyManifest().metadata.slug))],
      'unique-slug',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('manifests/m0.yaml');
  });

  it("unique-slug keeps a renamed system's old slug taken, and rejects a slug listed as its own previous one", () => {
    const slug = happyManifest().metadata.slug;
    const renamed = variant(happyManifest, (m) => {
      m.metadata.previousSlugs = [slug];
      m.metadata.slug = `${slug}-v2`;
    });
    expect(ruleFindings([renamed], 'unique-slug')).toEqual([]);
    const reuse = ruleFindings([renamed, second((m) => (m.metadata.slug = slug))], 'unique-slug');
    expect(reuse).toHaveLength(1);
    expect(reuse[0]).toMatchObject({ file: 'manifests/m1.yaml', field: 'metadata.slug' });
    expect(reuse[0]!.related![0]).toMatchObject({ file: 'manifests/m0.yaml' });
    const self = variant(happyManifest, (m) => (m.metadata.previousSlugs = [m.metadata.slug]));
    expect(ruleFindings([self], 'unique-slug')[0]).toMatchObject({ field: 'metadata.previousSlugs[0]' });
    expect(ruleFindings([self], 'unique-slug')[0]!.message).toContain('this manifest');
  });

  it('one-data-one-source flags the same data resource provided by two systems, even written differently', () => {
    const name = happyManifest().spec.dataResources![0]!.name;
    const findings = ruleFindings(
      [happyManifest(), second((m) => (m.spec.dataResources[0].name = ` ${name.replace('（', '(')} `))],
      'one-data-one-source',
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'manifests/m1.yaml',
      field: 'spec.dataResources[0].name',
      severity: 'error',
    });
    expect(findings[0]!.related![0]!.file).toBe('manifests/m0.yaml');
  });

  it('one-data-one-source flags a resource listed twice in one manifest', () => {
    const twice = variant(happyManifest, (m) => m.spec.dataResources.push(clone(m.spec.dataResources[0])));
    expect(ruleFindings([twice], 'one-data-one-source')).toHaveLength(1);
  });

  it('duplicate-construction warns about near-same systems of two units, naming both files', () => {
    const near = second((m) => {
      m.metadata.name = '测试污染源在线监控管理系统';
      m.metadata.managingUnit = '环境保护部华南督察局';
      m.metadata.reportingUnit = '环境保护部华南督察局';
    });
    const [finding] = ruleFindings([happyManifest(), near], 'duplicate-construction');
    expect(finding).toMatchObject({ severity: 'warning', file: 'manifests/m1.yaml' });
    expect(finding!.message).toContain('manifests/m0.yaml');
    expect(ruleFindings([happyManifest(), second(() => undefined)], 'duplicate-construction')).toEqual([]);
  });

  it('duplicate-construction ignores decommissioned systems', () => {
    const near = second((m) => (m.metadata.name = happyManifest().metadata.name));
    const retired = variant(decommissioned, (m) => {
      m.metadata.number = 902;
      m.metadata.slug = 's902-retired';
    });
    expect(ruleFindings([near, retired], 'duplicate-construction')).toEqual([]);
  });

  // Every other positive case has similarity 1.00: these pin the threshold itself (0.8), from both sides.
  const named = (name: string, number = 901) =>
    second((m) => {
      m.metadata.name = name;
      m.metadata.number = number;
      m.metadata.slug = `s${number}-other`;
      m.metadata.managingUnit = '环境保护部华南督察局';
      m.metadata.reportingUnit = '环境保护部华南督察局';
    });
  const similarity = (a: string, b: string) => nameSimilarity(functionSignature(a), functionSignature(b));
  it.each([
    ['饮用水水源地环境状况评估', '饮用水水源地环境状况调查评估', 0.8333],
    ['重点流域水污染防治规划', '重点流域水污染防治规划考核', 0.9091],
    ['重点流域水污染防治规划', '重点流域水污染防治项目', 0.8],
  ])(
    'duplicate-construction warns about near-duplicates below 1.00: "%s" and "%s" (%f, at or above 0.8)',
    (a, b, expected) => {
      expect(similarity(a, b)).toBeCloseTo(expected, 4);
      const findings = ruleFindings([named(a, 901), named(b, 902)], 'duplicate-construction');
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ severity: 'warning', file: 'manifests/m1.yaml', field: 'metadata.name' });
      expect(findings[0]!.message).toContain(`name similarity ${expected.toFixed(2)}`);
      expect(findings[0]!.related!.map((related) => related.file)).toEqual(['manifests/m0.yaml']);
    },
  );

  it.each([
    ['机动车尾气排放遥感监测', '机动车尾气排放监测', 0.7778],
    ['饮用水水源地环境状况评估', '饮用水水源地环境质量评估', 0.7273],
  ])('duplicate-construction does not warn just below 0.8: "%s" and "%s" (%f)', (a, b, expected) => {
    expect(similarity(a, b)).toBeCloseTo(expected, 4);
    expect(ruleFindings([named(a, 901), named(b, 902)], 'duplicate-construction')).toEqual([]);
  });

  it('name similarity ignores the unit name and generic words', () => {
    const a = functionSignature('华南环境科学研究所办公系统', ['华南环境科学研究所']);
    const b = functionSignature('华南环境科学研究所门户网站', ['华南环境科学研究所']);
    expect(nameSimilarity(a, b)).toBe(0);
    expect(
      nameSimilarity(
        functionSignature('全国汞污染物排放源统计调查系统'),
        functionSignature('全国汞污染物排放统计调查系统'),
      ),
    ).toBeGreaterThan(0.8);
  });

  it('a name made only of generic words is like no other, and does not stop the check', () => {
    expect(functionSignature('综合信息管理系统').size).toBe(0);
    const generic = second((m) => (m.metadata.name = '综合信息管理系统'));
    const another = second((m) => {
      m.metadata.name = '全国信息管理平台';
      m.metadata.number = 902;
      m.metadata.slug = 's902-generic';
      m.spec.dataResources[0].name = '另一数据';
    });
    expect(ruleFindings([happyManifest(), generic, another], 'duplicate-construction')).toEqual([]);
  });

  it('rules across manifests find the same from summaries as from whole manifests', () => {
    const name = happyManifest().spec.dataResources![0]!.name;
    const manifests = [
      happyManifest(),
      second((m) => (m.metadata.number = 900)),
      second((m) => {
        m.metadata.number = 903;
        m.metadata.slug = happyManifest().metadata.slug;
        m.metadata.name = '测试污染源在线监控管理系统';
        m.spec.dataResources[0].name = name;
      }),
      variant(happyManifest, (m) => {
        m.metadata.number = 904;
        m.metadata.slug = 's904-renamed';
        m.metadata.previousSlugs = ['s901-other'];
        m.metadata.name = '固体废物管理信息系统';
        m.spec.dataResources[0].name = '固体废物数据';
      }),
    ];
    const entries = manifests.map((manifest, index) => entryOf(manifest, `manifests/m${index}.yaml`));
    const whole = checkSetRules(entries);
    expect(new Set(whole.map((finding) => finding.ruleId))).toEqual(new Set(SET_RULE_IDS));
    expect(checkSetRules(entries.map((entry) => ({ ...entry, manifest: summarizeManifest(entry.manifest) })))).toEqual(
      whole,
    );
  });
});

describe('similar-name pairs', () => {
  const bruteForce = (signatures: Set<number>[]) =>
    signatures.flatMap((b, j) =>
      signatures.slice(0, j).flatMap((a, i) => {
        const similarity = nameSimilarity(a, b);
        return similarity >= DUPLICATE_FUNCTION_THRESHOLD ? [[i, j, similarity]] : [];
      }),
    );
  const byPair = (pairs: number[][]) => [...pairs].sort((x, y) => x[1]! - y[1]! || x[0]! - y[0]!);

  it('are exactly the pairs a comparison of every two names finds', () => {
    // A small alphabet makes shared bigrams, near-duplicates and one-character names common.
    const names = fc.array(
      fc.string({ unit: fc.constantFrom('污', '染', '源', '监', '测', '大', '气', '水'), maxLength: 9 }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(names, (list) => {
        const signatures = list.map((name) => functionSignature(name));
        expect(byPair(similarPairs(signatures))).toEqual(byPair(bruteForce(signatures)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('folding names for comparison', () => {
  it('skips lower-casing only where it changes nothing: proved over every code point the shortcut admits', () => {
    const changed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (OWN_LOWER_CASE.test(char) && char.toLowerCase() !== char) changed.push(char);
    }
    expect(changed).toEqual([]);
  });

  it('folds width, case, spaces and punctuation, with or without the shortcut', () => {
    expect(foldForComparison('大气 颗粒物（PM2.5）数据')).toBe('大气颗粒物pm25数据');
    expect(foldForComparison('ＰＭ２．５ 数据')).toBe(foldForComparison('pm2.5数据'));
    expect(foldForComparison('水质、自动监测')).toBe('水质自动监测');
  });
});
