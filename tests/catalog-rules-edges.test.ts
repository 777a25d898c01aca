import type { DataResource, SystemMigration } from '../model/domain';
import { validateSources } from '../validation/validate';
import { ruleTitle } from '../validation/rules/catalog';
import { staleDays } from '../validation/rules/catalog-upkeep';
import { clone, happyManifest, ruleFindings, yamlOf } from './support/manifests';
import { bothLanguages } from './support/requests';

// tests/catalog-upkeep.test.ts and tests/catalog-codes.test.ts pin which catalog rule fires and where;
// these pin what each says in English and Chinese, the related location, and the edges of the dates
// (validation/rules/catalog-upkeep.ts, catalog-codes.ts, catalog.ts).

const RESOURCE = '测试污染源在线监控系统业务数据';

/** The happy manifest with its first data resource changed. */
function withResource(change: (resource: DataResource, manifest: SystemMigration) => void): SystemMigration {
  const manifest = clone(happyManifest());
  change(manifest.spec.dataResources![0]!, manifest);
  return manifest;
}

/** No. 901, whose resource is no. 900's unless told. */
function other(): SystemMigration {
  const manifest = clone(happyManifest({ number: 901, name: '测试大气排放监控系统', managingUnit: '大气环境管理司' }));
  manifest.metadata.slug = 's901-test-provider';
  return manifest;
}

const said = (manifests: unknown[], ruleId: string) => ruleFindings(manifests, ruleId).map(bothLanguages);

/** One rule's findings of `validate --as-of <asOf>` over the manifests, in both languages. */
function onDay(manifests: SystemMigration[], asOf: string, ruleId: string) {
  const sources = manifests.map((manifest, index) => ({
    file: `manifests/m${index}.yaml`,
    bytes: Buffer.from(yamlOf(manifest)),
  }));
  return validateSources(sources, undefined, asOf)
    .findings.filter((finding) => finding.ruleId === ruleId)
    .map(bothLanguages);
}

describe('catalog-lead-unit and base-data-information-center', () => {
  const HINT = [
    'add `leadUnit:` with the unit, one of 环境监察局、信息中心, that compiles the catalog entry and keeps it up to date (rules art. 13)',
    '添加 `leadUnit:`，写明负责编制目录并定期更新、维护的牵头单位（环境监察局、信息中心 之一，第13条）',
  ];

  it('a jointly built resource without a lead unit, at the key; a lead unit that did not build it', () => {
    const unled = withResource((resource) => (resource.jointlyBuiltBy = ['环境监察局', '信息中心']));
    expect(said([unled], 'catalog-lead-unit')).toEqual([
      {
        at: ['catalog-lead-unit', 'error', 58, 7, 'spec.dataResources[0].jointlyBuiltBy'],
        en: [`data resource "${RESOURCE}" is built jointly but names no lead unit`, HINT[0]],
        zh: [`数据资源“${RESOURCE}”由多个单位共同建设，但没有写明牵头单位`, HINT[1]],
      },
    ]);
    const outside = withResource((resource) => {
      resource.jointlyBuiltBy = ['环境监察局', '信息中心'];
      resource.leadUnit = '办公厅';
    });
    expect(said([outside], 'catalog-lead-unit')).toEqual([
      {
        at: ['catalog-lead-unit', 'error', 61, 17, 'spec.dataResources[0].leadUnit'],
        en: [`the lead unit 办公厅 of data resource "${RESOURCE}" is not one of the units that built it`, HINT[0]],
        zh: [`数据资源“${RESOURCE}”的牵头单位 办公厅 不在共同建设单位之中`, HINT[1]],
      },
    ]);
  });

  it('base data of another unit than the information center', () => {
    const elsewhere = withResource((resource) => (resource.baseData = 'spatial-geographic'));
    expect(said([elsewhere], 'base-data-information-center')).toEqual([
      {
        at: ['base-data-information-center', 'error', 46, 22, 'spec.dataResources[0].providingUnit'],
        en: [
          `data resource "${RESOURCE}" is spatial-geographic base data, but its providing unit is 环境监察局`,
          'base data (spatial-geographic, public-code) is catalogued and maintained by the 信息中心 (rules art. 14): set `providingUnit: 信息中心`, or remove `baseData` if this is business data',
        ],
        zh: [
          `数据资源“${RESOURCE}”是基础信息（spatial-geographic），但提供单位是 环境监察局`,
          '空间地理信息、公共代码等基础信息由信息中心负责目录编制并维护（第14条）：改为 `providingUnit: 信息中心`；如果是业务数据，删去 `baseData`',
        ],
      },
    ]);
  });
});

describe('catalog-published-in-time', () => {
  // Changed on Friday 2025-09-26: the 15th working day is 2025-10-23 (National Day and its 调休 days).
  const HINT = [
    'publish the updated catalog entry and record the day in `lastPublishedOn`; after a change it is due within 15 working days (by 2025-10-23, rules art. 12)',
    '发布更新后的目录，并在 `lastPublishedOn` 中记下发布日期；变更后须在 15 个工作日内（2025-10-23 前）更新目录（第12条）',
  ];
  const LATE = [
    `data resource "${RESOURCE}" changed on 2025-09-26 and was published on 2025-10-24, 16 working days later (the limit is 15)`,
    `数据资源“${RESOURCE}”于 2025-09-26 变更，2025-10-24 才发布，相隔 16 个工作日（时限为 15 个工作日）`,
  ];

  it('published late: at lastPublishedOn, or at publishedOn when it is the only publication', () => {
    const republished = withResource((resource) => {
      resource.lastChangedOn = '2025-09-26';
      resource.lastPublishedOn = '2025-10-24';
    });
    expect(onDay([republished], '2026-01-05', 'catalog-published-in-time')).toEqual([
      {
        at: ['catalog-published-in-time', 'error', 59, 24, 'spec.dataResources[0].lastPublishedOn'],
        en: [LATE[0], HINT[0]],
        zh: [LATE[1], HINT[1]],
      },
    ]);
    const once = withResource((resource) => {
      resource.lastChangedOn = '2025-09-26';
      resource.publishedOn = '2025-10-24';
      delete resource.lastPublishedOn;
    });
    expect(onDay([once], '2026-01-05', 'catalog-published-in-time')).toEqual([
      {
        at: ['catalog-published-in-time', 'error', 48, 20, 'spec.dataResources[0].publishedOn'],
        en: [LATE[0], HINT[0]],
        zh: [LATE[1], HINT[1]],
      },
    ]);
    // Published on the day of the change: in time.
    const sameDay = withResource((resource) => {
      resource.lastChangedOn = '2025-09-26';
      resource.lastPublishedOn = '2025-09-26';
    });
    expect(onDay([sameDay], '2026-01-05', 'catalog-published-in-time')).toEqual([]);
  });

  it('not published again after the deadline, at lastChangedOn', () => {
    const unpublished = withResource((resource) => (resource.lastChangedOn = '2025-09-26'));
    expect(onDay([unpublished], '2025-10-24', 'catalog-published-in-time')).toEqual([
      {
        at: ['catalog-published-in-time', 'error', 58, 22, 'spec.dataResources[0].lastChangedOn'],
        en: [
          `data resource "${RESOURCE}" changed on 2025-09-26 and its catalog entry was not published again by 2025-10-23 (15 working days)`,
          HINT[0],
        ],
        zh: [`数据资源“${RESOURCE}”于 2025-09-26 变更，到 2025-10-23 仍未重新发布目录（时限 15 个工作日）`, HINT[1]],
      },
    ]);
  });

  it('a deadline past the calendar is not guessed at: in time within 15 calendar days, else said to be unknown', () => {
    const lateInYear = withResource((resource) => (resource.lastChangedOn = '2026-12-21'));
    // Fifteen calendar days hold fewer than 15 working days, whatever the calendar: not late yet.
    expect(onDay([lateInYear], '2027-01-05', 'catalog-published-in-time')).toEqual([]);
    // Past them, the rule cannot count: an error that says why (it said nothing, and a late entry passed).
    const [gap] = onDay([lateInYear], '2027-06-01', 'catalog-published-in-time');
    expect(gap).toMatchObject({
      at: ['catalog-published-in-time', 'error', 58, 22, 'spec.dataResources[0].lastChangedOn'],
    });
    expect(gap!.en[0]).toMatch(/cannot be counted: 2027-\d\d-\d\d is outside the official calendar/);
    expect(gap!.zh[0]).toMatch(/不在官方工作日历内/);
    const publishedSoon = withResource((resource) => {
      resource.lastChangedOn = '2026-12-21';
      resource.lastPublishedOn = '2027-01-05';
    });
    expect(onDay([publishedSoon], '2027-06-01', 'catalog-published-in-time')).toEqual([]);
  });
});

describe('catalog-update-cycle-stale', () => {
  const monthly = (lastChangedOn: string) =>
    withResource((resource) => {
      resource.updateCycle = 'monthly';
      resource.lastChangedOn = lastChangedOn;
      resource.lastPublishedOn = lastChangedOn;
    });

  it('says the days since the change and the cycle, at lastChangedOn', () => {
    expect(onDay([monthly('2026-01-01')], '2026-02-02', 'catalog-update-cycle-stale')).toEqual([
      {
        at: ['catalog-update-cycle-stale', 'warning', 58, 22, 'spec.dataResources[0].lastChangedOn'],
        en: [
          `data resource "${RESOURCE}" last changed on 2026-01-01, 32 days ago: it is stale for its monthly update cycle`,
          'update the data and record the day in `lastChangedOn`, or correct `updateCycle` to how often it really changes',
        ],
        zh: [
          `数据资源“${RESOURCE}”最近一次变更在 2026-01-01，已过 32 天，超过了更新周期（monthly）`,
          '更新数据并在 `lastChangedOn` 中记下日期，或把 `updateCycle` 改为实际的更新频率',
        ],
      },
    ]);
  });

  it('counts calendar days; a change after the day judged is not stale', () => {
    expect(staleDays({ updateCycle: 'monthly', lastChangedOn: '2026-01-01' }, '2026-03-01')).toBe(59);
    expect(staleDays({ updateCycle: 'monthly', lastChangedOn: '2026-01-01' }, '2026-01-31')).toBeUndefined();
    expect(staleDays({ updateCycle: 'monthly', lastChangedOn: '2026-03-01' }, '2025-01-01')).toBeUndefined();
    expect(staleDays({ updateCycle: 'irregular', lastChangedOn: '2020-01-01' }, '2026-01-01')).toBeUndefined();
    expect(staleDays({ updateCycle: 'monthly' }, '2026-01-01')).toBeUndefined();
    expect(onDay([monthly('2026-03-01')], '2026-02-02', 'catalog-update-cycle-stale')).toEqual([]);
  });
});

describe('the catalog code rules', () => {
  it('catalog-code-well-formed: every problem of the code, and the next free code', () => {
    const malformed = withResource((resource) => (resource.catalogCode = '30400000900/0000'));
    expect(said([malformed], 'catalog-code-well-formed')).toEqual([
      {
        at: ['catalog-code-well-formed', 'error', 42, 20, 'spec.dataResources[0].catalogCode'],
        en: [
          `catalog code \`30400000900/0000\` of "${RESOURCE}" is malformed: item (项) 04 is not the ministry's 03; the sequence number 0000 is not used (sequences start at 0001)`,
          "a code not yet published is corrected to this system's next free code, `30300000900/0001`",
        ],
        zh: [
          `“${RESOURCE}”的目录编码 \`30400000900/0000\` 格式不对：项 04 不是本部的 03；顺序号 0000 不可用（顺序号从 0001 开始）`,
          '尚未发布的编码改为本系统的下一个空闲编码 `30300000900/0001`',
        ],
      },
    ]);
  });

  it("catalog-code-own-system: the code's system and this one, with this system's next free code", () => {
    const foreign = withResource((resource) => (resource.catalogCode = '30300000049/0003'));
    expect(said([foreign], 'catalog-code-own-system')).toEqual([
      {
        at: ['catalog-code-own-system', 'error', 42, 20, 'spec.dataResources[0].catalogCode'],
        en: [
          `catalog code \`30300000049/0003\` of "${RESOURCE}" belongs to system 49, not to this system (900)`,
          "a resource keeps its code only in the system that published it; here it takes this system's next free code, `30300000900/0001`",
        ],
        zh: [
          `“${RESOURCE}”的目录编码 \`30300000049/0003\` 属于系统 49，不属于本系统（900）`,
          '资源只在发布它的系统中保留原编码；在这里它应改用本系统的下一个空闲编码 `30300000900/0001`',
        ],
      },
    ]);
    // Its own code after a foreign one: the next free code counts every code the system uses.
    const second = withResource((resource, manifest) =>
      manifest.spec.dataResources!.unshift({ ...clone(resource), name: '外来数据', catalogCode: '30300000049/0003' }),
    );
    expect(said([second], 'catalog-code-own-system')[0]!.en[1]).toContain('`30300000900/0002`');
  });

  it('unique-catalog-code: within a manifest and across manifests, pointing at the first use', () => {
    const twice = withResource((resource, manifest) =>
      manifest.spec.dataResources!.push({ ...clone(resource), name: '测试第二项数据' }),
    );
    expect(said([twice], 'unique-catalog-code')).toEqual([
      {
        at: ['unique-catalog-code', 'error', 59, 20, 'spec.dataResources[1].catalogCode'],
        en: [
          `catalog code \`30300000900/0001\` of "测试第二项数据" is already used earlier in this manifest for "${RESOURCE}"`,
          "codes are never shared or reused: give this resource its system's next free code, `30300000900/0002`",
        ],
        zh: [
          `“测试第二项数据”的目录编码 \`30300000900/0001\` 已在本清单前面用于“${RESOURCE}”`,
          '目录编码不能共用，也不能重复使用：给这项资源分配本系统的下一个空闲编码 `30300000900/0002`',
        ],
        related: [['manifests/m0.yaml', 42, 'the code is first used here', '该编码首次使用于此']],
      },
    ]);
    const copy = other();
    copy.spec.dataResources![0]!.catalogCode = '30300000900/0001';
    expect(said([happyManifest(), copy], 'unique-catalog-code')).toEqual([
      {
        at: ['unique-catalog-code', 'error', 42, 20, 'spec.dataResources[0].catalogCode'],
        en: [
          'catalog code `30300000900/0001` of "测试大气排放监控系统业务数据" is already used by system 900 (manifests/m0.yaml) for "测试污染源在线监控系统业务数据"',
          "codes are never shared or reused: give this resource its system's next free code, `30300000901/0001`",
        ],
        zh: [
          '“测试大气排放监控系统业务数据”的目录编码 `30300000900/0001` 已被系统 900（manifests/m0.yaml）用于“测试污染源在线监控系统业务数据”',
          '目录编码不能共用，也不能重复使用：给这项资源分配本系统的下一个空闲编码 `30300000901/0001`',
        ],
        related: [['manifests/m0.yaml', 42, 'the code is first used here', '该编码首次使用于此']],
      },
    ]);
  });

  it("unique-catalog-code: the next free code counts the codes of every manifest of the system's number", () => {
    const first = other();
    first.spec.dataResources![0]!.catalogCode = '30300000901/0002';
    first.spec.dataResources!.push({
      ...clone(first.spec.dataResources![0]!),
      name: '第五项',
      catalogCode: '30300000901/0005',
    });
    const second = other();
    second.metadata.slug = 's901-second';
    second.spec.dataResources![0]!.catalogCode = '30300000901/0002';
    const [finding] = said([first, second], 'unique-catalog-code');
    expect(finding!.en[1]).toBe(
      "codes are never shared or reused: give this resource its system's next free code, `30300000901/0006`",
    );
  });
});

describe('ruleTitle (validation/rules/catalog.ts)', () => {
  it("is the catalog's title of a known rule in each language, the rule's own title otherwise", () => {
    const rule = { id: 'catalog-lead-unit', title: 'ignored' };
    expect(ruleTitle(rule, 'en')).toBe(
      'A jointly built data resource names its lead unit, one of the units that built it',
    );
    expect(ruleTitle(rule, 'zh')).not.toBe(ruleTitle(rule, 'en'));
    expect(ruleTitle({ id: 'no-such-rule', title: 'A title' }, 'en')).toBe('A title');
  });
});
