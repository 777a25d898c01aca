import { clone, happyManifest, LAW_BASIS, ruleFindings } from './support/manifests';
import { internetPortal, shared, variant } from './support/variants';

// What the sharing rules (validation/rules/sharing.ts) say: tests/rules.test.ts pins the rule and the
// field; these pin the message, the hint, each wording branch and the related location.

const RESOURCE = '测试污染源在线监控系统业务数据';
const TERMS = { conditions: '仅用于执法', scope: '环境监察局' };

function said(manifests: unknown[], ruleId: string) {
  return ruleFindings(manifests, ruleId).map((finding) => ({
    field: finding.field,
    message: finding.message,
    hint: finding.hint,
    ...(finding.related
      ? { related: finding.related.map((related) => [related.file, related.line, related.message]) }
      : {}),
  }));
}

/** A second resource after the happy one, shared as `sharing` says. */
const withSecond = (sharing: object, base = happyManifest) =>
  variant(base, (m) => m.spec.dataResources.push({ ...clone(m.spec.dataResources[0]), name: '第二数据', sharing }));

describe('conditional-sharing-terms', () => {
  it.each([
    [{ conditions: '仅用于执法' }, 'scope', 'add `scope:` under `sharing`'],
    [{ scope: '环境监察局' }, 'conditions', 'add `conditions:` under `sharing`'],
    [{}, 'conditions and scope', 'add `conditions:` and `scope:` under `sharing`'],
  ])('names what %j leaves out', (terms, missing, hint) => {
    expect(said([variant(happyManifest, shared('conditional', terms))], 'conditional-sharing-terms')).toEqual([
      {
        field: 'spec.dataResources[0].sharing',
        message: `conditionally shared data resource "${RESOURCE}" does not state its ${missing}`,
        hint: `${hint} (who may receive it, on what terms)`,
      },
    ]);
  });

  it('finds the resource at its own index', () => {
    const second = withSecond({ type: 'conditional', conditions: '仅用于执法' });
    expect(said([second], 'conditional-sharing-terms').map((finding) => finding.field)).toEqual([
      'spec.dataResources[1].sharing',
    ]);
  });
});

describe('not-shared-legal-basis', () => {
  it('asks for a basis of the levels article 18 names, and refuses one below them', () => {
    expect(said([variant(happyManifest, shared('not-shared'))], 'not-shared-legal-basis')).toEqual([
      {
        field: 'spec.dataResources[0].sharing',
        message: `data resource "${RESOURCE}" is not shared but cites no law, regulation or policy`,
        hint: 'add `legalBasis:` with its `kind` (`law`, `administrative-regulation`, `central-document`), `issuer`, `title`, `documentNumber` and `article`, or share it',
      },
    ]);
    const internal = variant(
      happyManifest,
      shared('not-shared', { legalBasis: { ...LAW_BASIS, kind: 'internal-rule' } }),
    );
    expect(said([internal], 'not-shared-legal-basis')).toEqual([
      {
        field: 'spec.dataResources[0].sharing.legalBasis.kind',
        message: `data resource "${RESOURCE}" is not shared on the strength of 内部规定 \`internal-rule\` (《中华人民共和国保守国家秘密法》), below the level article 18 requires`,
        hint: 'only 法律 `law`, 行政法规 `administrative-regulation`, 党中央、国务院文件 `central-document` can keep data from being shared: cite one, or share the data',
      },
    ]);
    const second = withSecond({ type: 'not-shared' });
    expect(said([second], 'not-shared-legal-basis').map((finding) => finding.field)).toEqual([
      'spec.dataResources[1].sharing',
    ]);
  });
});

describe('article-16-unconditional-sharing', () => {
  const hint =
    'article 16 data is shared without conditions: set `type: unconditional`, or cite under `legalBasis:` the law, administrative regulation or central document that restricts it';
  it('names the catalog class, its businesses, and the basis that is missing or too weak', () => {
    const none = variant(happyManifest, shared('conditional', TERMS));
    const weak = variant(
      happyManifest,
      shared('conditional', { ...TERMS, legalBasis: { ...LAW_BASIS, kind: 'normative-document' } }),
    );
    expect(said([none], 'article-16-unconditional-sharing')).toEqual([
      {
        field: 'spec.dataResources[0].sharing.type',
        message: `data resource "${RESOURCE}" (pollution-source: business data of 污染源管理系统、环境监察执法管理系统) is shared only on conditions without any legal basis`,
        hint,
      },
    ]);
    expect(said([weak], 'article-16-unconditional-sharing')).toEqual([
      {
        field: 'spec.dataResources[0].sharing.legalBasis.kind',
        message: `data resource "${RESOURCE}" (pollution-source: business data of 污染源管理系统、环境监察执法管理系统) is shared only on conditions on the strength of 规范性文件 \`normative-document\` (《中华人民共和国保守国家秘密法》), below the level article 18 names`,
        hint,
      },
    ]);
    expect(said([withSecond({ type: 'conditional', ...TERMS })], 'article-16-unconditional-sharing')[0]!.field).toBe(
      'spec.dataResources[1].sharing.type',
    );
  });
});

describe('sharing-usage-stated', () => {
  it('asks for the usage and the method of a shared resource, each at its field', () => {
    const bare = variant(happyManifest, (m) => {
      m.spec.dataResources[0].usage = [];
      m.spec.dataResources[0].methods = [];
    });
    expect(said([bare], 'sharing-usage-stated')).toEqual([
      {
        field: 'spec.dataResources[0].usage',
        message: `shared data resource "${RESOURCE}" states no usage requirement`,
        hint: 'list at least one of `administrative-basis`, `work-reference`, `data-verification`, `business-collaboration`',
      },
      {
        field: 'spec.dataResources[0].methods',
        message: `shared data resource "${RESOURCE}" states no sharing method`,
        hint: 'list at least one of `query`, `bulk-download`, `system-integration`',
      },
    ]);
  });
});

describe('internet-only-unconditional-data', () => {
  it('names the resource, its type and the exposed workload, and points at that workload', () => {
    const exposed = variant(internetPortal, (m) => {
      shared('conditional', TERMS)(m);
      const app = m.spec.placement.workloads[0];
      m.spec.placement.workloads = [{ ...app, name: 'inner', exposure: 'internal' }, app];
    });
    const findings = ruleFindings([exposed], 'internet-only-unconditional-data');
    expect(said([exposed], 'internet-only-unconditional-data')).toEqual([
      {
        field: 'spec.dataResources[0].sharing.type',
        message: `data resource "${RESOURCE}" is \`conditional\` but workload \`app\` is exposed on the internet zone`,
        hint: 'expose the workload on `extranet` instead, or move the public part into a system that holds only unconditionally shared data',
        related: [['manifests/m0.yaml', findings[0]!.related![0]!.line, 'the workload exposed on the internet zone']],
      },
    ]);
    // The related line is the second workload's exposure, below the first workload's.
    const first = ruleFindings(
      [variant(internetPortal, shared('conditional', TERMS))],
      'internet-only-unconditional-data',
    )[0]!;
    expect(findings[0]!.related![0]!.line).toBeGreaterThan(first.related![0]!.line);
  });

  it('says nothing when no workload is on the internet zone', () => {
    const inner = variant(internetPortal, (m) => {
      shared('conditional', TERMS)(m);
      m.spec.placement.workloads[0].exposure = 'extranet';
    });
    expect(ruleFindings([inner], 'internet-only-unconditional-data')).toEqual([]);
  });
});

describe('resource-center-sharing-type', () => {
  it('names the declared and the expected type and the decisive resource, and points at it', () => {
    const mixed = withSecond({ type: 'conditional', ...TERMS });
    const findings = said([mixed], 'resource-center-sharing-type');
    expect(findings).toEqual([
      {
        field: 'spec.integration.resourceCenter.sharingType',
        message:
          '`sharingType: unconditional` disagrees with the data resources: the most restricted of them is `conditional` ("第二数据")',
        hint: "set `sharingType: conditional` (the data as a whole is shared no more openly than its most restricted resource), or correct the resources' `sharing.type`",
        related: [['manifests/m0.yaml', expect.any(Number), 'the most restricted data resource is `conditional`']],
      },
    ]);
    const [finding] = ruleFindings([mixed], 'resource-center-sharing-type');
    const [first] = ruleFindings(
      [variant(happyManifest, shared('conditional', TERMS))],
      'resource-center-sharing-type',
    );
    expect(finding!.related![0]!.line).toBeGreaterThan(first!.related![0]!.line);
  });

  it('says nothing when the declared type is the expected one, or none is declared', () => {
    const agreeing = variant(happyManifest, (m) => {
      shared('conditional', TERMS)(m);
      m.spec.integration.resourceCenter.sharingType = 'conditional';
    });
    expect(ruleFindings([agreeing], 'resource-center-sharing-type')).toEqual([]);
    const undeclared = variant(happyManifest, (m) => {
      shared('conditional', TERMS)(m);
      delete m.spec.integration.resourceCenter.sharingType;
    });
    expect(ruleFindings([undeclared], 'resource-center-sharing-type')).toEqual([]);
  });
});

describe('one-data-one-source', () => {
  it('names the providing system, or the earlier listing in the same manifest, folding the names', () => {
    const second = variant(happyManifest, (m) => {
      m.metadata.number = 901;
      m.metadata.slug = 's901-x';
      m.metadata.name = '别的系统';
      m.spec.dataResources.push({ ...clone(m.spec.dataResources[0]), name: 'x 数据' });
      m.spec.dataResources.push({ ...clone(m.spec.dataResources[0]), name: 'X数据' });
    });
    const findings = said([happyManifest(), second], 'one-data-one-source');
    expect(
      findings.map(({ field, message, hint, related }) => [field, message, hint, related![0]![0], related![0]![2]]),
    ).toEqual([
      [
        'spec.dataResources[0].name',
        `data resource "${RESOURCE}" is already provided by system 900 测试污染源在线监控系统 (manifests/m0.yaml)`,
        'each data item has one source: obtain it from the providing system through the resource center instead of collecting it again',
        'manifests/m0.yaml',
        'the data resource is provided here first',
      ],
      [
        'spec.dataResources[2].name',
        'data resource "X数据" is listed twice in this manifest',
        'list each data resource once',
        'manifests/m1.yaml',
        'first listing',
      ],
    ]);
    // The first listing is resource 1 of the second manifest, above resource 2.
    expect(findings[1]!.related![0]![1]).toBeLessThan(
      ruleFindings([happyManifest(), second], 'one-data-one-source')[1]!.line,
    );
    expect(findings[1]!.related![0]![1]).toBeGreaterThan(findings[0]!.related![0]![1] as number);
  });
});
