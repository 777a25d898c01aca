import { summarizeManifest } from '../validation/rules';
import { functionSignature, nameSimilarity } from '../validation/rules/duplicate-construction';
import { checkSetRules } from '../validation/validate';
import { clone, entryOf, happyManifest, ruleFindings } from './support/manifests';
import { decommissioned, SET_RULE_IDS, variant, website, type Mutation } from './support/variants';

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

  it('website-domains-unique flags a site at a host another already has, written in another case or with a final dot', () => {
    const site = (number: number, domain: string) =>
      variant(website, (m) => {
        m.metadata.number = number;
        m.metadata.slug = `s${number}-site`;
        m.metadata.name = `网站${number}`;
        m.spec.placement.website.domain = domain;
      });
    expect(ruleFindings([site(900, 'a.mee.gov.cn'), site(901, 'b.mee.gov.cn')], 'website-domains-unique')).toEqual([]);
    const [finding, ...more] = ruleFindings(
      [site(900, 'a.mee.gov.cn'), site(901, 'b.mee.gov.cn'), site(902, 'A.MEE.GOV.CN.')],
      'website-domains-unique',
    );
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ file: 'manifests/m2.yaml', field: 'spec.placement.website.domain' });
    expect(finding!.message).toBe(
      'website domain `A.MEE.GOV.CN.` is already the site of system 900 (manifests/m0.yaml)',
    );
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

  it("slugs-not-nested flags a slug that is another system's slug and a hyphen, not one of its own earlier slugs", () => {
    const slug = happyManifest().metadata.slug;
    // `<slug>-x` with a workload `app` and `<slug>` with `x-app` both named Deployment `<slug>-x-app`.
    const nested = ruleFindings([happyManifest(), second((m) => (m.metadata.slug = `${slug}-x`))], 'slugs-not-nested');
    expect(nested).toHaveLength(1);
    expect(nested[0]).toMatchObject({ file: 'manifests/m1.yaml', field: 'metadata.slug' });
    expect(nested[0]!.related![0]).toMatchObject({ file: 'manifests/m0.yaml' });
    expect(ruleFindings([happyManifest(), second((m) => (m.metadata.slug = `${slug}x`))], 'slugs-not-nested')).toEqual(
      [],
    );
    const renamed = variant(happyManifest, (m) => {
      m.metadata.previousSlugs = [slug];
      m.metadata.slug = `${slug}-v2`;
    });
    expect(ruleFindings([renamed], 'slugs-not-nested')).toEqual([]);
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
      // A slug that is another system's and a hyphen.
      variant(happyManifest, (m) => {
        m.metadata.number = 907;
        m.metadata.slug = `${happyManifest().metadata.slug}-x`;
        m.metadata.name = '机动车排污监控系统';
        m.spec.dataResources[0].name = '机动车排污数据';
        m.spec.dataResources[0].catalogCode = '30300000907/0001';
      }),
      // Two sites at one host.
      ...[905, 906].map((number) =>
        variant(website, (m) => {
          m.metadata.number = number;
          m.metadata.slug = `s${number}-site`;
          m.metadata.name = number === 905 ? '环境教育网站' : '核安全文化网站';
          m.spec.placement.website.domain = 'www.example.gov.cn';
        }),
      ),
    ];
    const entries = manifests.map((manifest, index) => entryOf(manifest, `manifests/m${index}.yaml`));
    const whole = checkSetRules(entries);
    expect(new Set(whole.map((finding) => finding.ruleId))).toEqual(new Set(SET_RULE_IDS));
    expect(checkSetRules(entries.map((entry) => ({ ...entry, manifest: summarizeManifest(entry.manifest) })))).toEqual(
      whole,
    );
  });
});
