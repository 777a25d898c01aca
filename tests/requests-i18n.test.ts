import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOGS, render, type MessageId } from '../document/i18n';
import { EN_REQUESTS } from '../document/messages/en-requests';
import { EN_RULE_TITLES } from '../document/messages/en-rule-titles';
import { ALL_RULE_INFO } from '../validation/rules';
import { ruleTitle } from '../validation/rules/catalog';
import { REQUEST_RULES } from '../validation/rules/requests';
import { validateSources } from '../validation/validate';
import { root } from './support/cli';
import { englishSentences } from './support/english';
import { clone, happyManifest, LAW_BASIS, yamlOf } from './support/manifests';
import { HAPPY_REQUEST as HAPPY, REQUESTED_RESOURCE as RESOURCE } from './support/requests';

/** The sharing-request rules and every rule's title in Chinese and English (#14). */

/** A providing system, no. `number`, whose one data resource is shared as `sharing` says. */
function provider(number: number, name: string, sharing: Record<string, unknown>): string {
  const manifest: any = clone(happyManifest({ number, name, managingUnit: '大气环境管理司' }));
  manifest.metadata.slug = `s${number}-test-provider`;
  manifest.spec.dataResources[0].sharing = sharing;
  manifest.spec.integration.resourceCenter.sharingType = sharing.type;
  return yamlOf(manifest);
}

/** The happy request with its id `sr-2025-<sequence>` and each of `edits` made. */
function request(sequence: number, ...edits: [from: string, to: string][]): string {
  return edits.reduce(
    (text, [from, to]) => {
      if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
      return text.replace(from, to);
    },
    HAPPY.replace('sr-2025-001', `sr-2025-${String(sequence).padStart(3, '0')}`),
  );
}

const NO_ANSWER: [string, string] = [
  '  answer:\n    answeredOn: 2025-10-09\n    decision: granted-with-conditions\n    conditions: 仅用于执法核查。\n',
  '',
];
const BY_CODE = (code: string): [string, string] => [
  `    system: 901\n    name: ${RESOURCE}`,
  `    catalogCode: ${code}`,
];
const NEGOTIATED = `  negotiations:\n    - date: 2025-09-26\n      outcome: agreed\n      summary: 双方同意按月提供。\n`;

/** Typical mistakes of a unit writing its sharing requests by hand, one file each: every request rule. */
const MISTAKES: Record<string, string> = {
  'unknown-provider.yaml': request(2, ['    system: 901', '    system: 977']),
  'unknown-requester.yaml': request(3, ['    system: 900', '    system: 978']),
  'no-requester-system.yaml': request(4, ['    unit: 环境监察局\n    system: 900\n', '    unit: 环境监察局\n']),
  'unknown-code.yaml': request(5, BY_CODE('30300000901/0009')),
  'unknown-code-system.yaml': request(6, BY_CODE('30300000977/0009')),
  'code-other-system.yaml': request(7, BY_CODE('30300000901/0001\n    system: 900')),
  'code-other-name.yaml': request(8, BY_CODE('30300000901/0001\n    name: 大气排放原始数据')),
  'usage.yaml': request(9, ['    - work-reference', '    - administrative-basis']),
  'unconditional.yaml': request(10, ['    system: 901', '    system: 902'], [RESOURCE, '测试空气质量发布系统业务数据']),
  'granted.yaml': request(
    11,
    ['    decision: granted-with-conditions', '    decision: granted'],
    ['    conditions: 仅用于执法核查。\n', ''],
  ),
  'no-conditions.yaml': request(12, ['    conditions: 仅用于执法核查。\n', '']),
  'refused.yaml': request(
    13,
    ['    decision: granted-with-conditions', '    decision: refused'],
    ['    conditions: 仅用于执法核查。\n', ''],
  ),
  'not-shared.yaml': request(14, ['    system: 901', '    system: 903'], [RESOURCE, '测试核与辐射监管系统业务数据']),
  'escalation.yaml': `${request(15)}${NEGOTIATED}  escalations:\n    - date: 2025-09-29\n      to: cyberspace-office\n      reason: 提供频次有争议。\n`,
  'dates.yaml': `${request(16, ['  submittedOn: 2025-09-25', '  submittedOn: 2025-10-10'])}    expiresOn: 2025-10-01\n`,
  'calendar.yaml': request(
    17,
    ['  submittedOn: 2025-09-25', '  submittedOn: 2027-09-25'],
    ['2025-10-09', '2027-10-09'],
  ),
  'late.yaml': request(18, ['    answeredOn: 2025-10-09', '    answeredOn: 2025-10-10']),
  'late-outside-scope.yaml': `${request(19, ['    answeredOn: 2025-10-09', '    answeredOn: 2025-10-24'])}  withinScope: false\n`,
  'late-external.yaml': request(
    20,
    ['    unit: 环境监察局\n    system: 900', '    unit: 国家统计局\n    external: true'],
    ['2025-10-09', '2025-10-16'],
  ),
  'late-outside-catalog.yaml': request(
    21,
    [`    name: ${RESOURCE}`, '    name: 未编目的原始监测数据'],
    ['2025-10-09', '2025-10-24'],
  ),
  'overdue.yaml': request(22, NO_ANSWER, ['  submittedOn: 2025-09-25', '  submittedOn: 2026-05-06']),
  'pending.yaml': request(23, NO_ANSWER, ['  submittedOn: 2025-09-25', '  submittedOn: 2026-05-29']),
  'duplicate-id.yaml': request(18),
  'other-unit.yaml': request(24, ['    unit: 环境监察局', '    unit: 大气环境管理司']),
  'ministry-external.yaml': request(25, ['    system: 900', '    external: true']),
  'two-lines.yaml': request(26, ['metadata:\n', 'metadata:\n  title: "核查\\n排放数据"\n']),
};

const MANIFESTS: Record<string, string> = {
  's900.yaml': yamlOf(happyManifest()),
  's901.yaml': provider(901, '测试大气排放监控系统', {
    type: 'conditional',
    conditions: '仅用于执法核查',
    scope: '环境监察局',
    legalBasis: LAW_BASIS,
  }),
  's902.yaml': provider(902, '测试空气质量发布系统', { type: 'unconditional' }),
  's903.yaml': provider(903, '测试核与辐射监管系统', { type: 'not-shared', legalBasis: LAW_BASIS }),
};

describe('the titles of the rules', () => {
  it('are in the catalogs, one for every rule and no more, the English being the rule’s own title', () => {
    const ids = Object.keys(EN_RULE_TITLES).filter((id) => id.startsWith('rule-title.'));
    expect(ids.sort()).toEqual(ALL_RULE_INFO.map((rule) => `rule-title.${rule.id}`).sort());
    for (const rule of ALL_RULE_INFO)
      expect({ id: rule.id, title: ruleTitle(rule, 'en') }).toEqual({ id: rule.id, title: rule.title });
  });

  it('are in Chinese in Chinese', () => {
    const english = ALL_RULE_INFO.filter((rule) => {
      const title = ruleTitle(rule, 'zh');
      return !/\p{Script=Han}/u.test(title) || englishSentences(title).length > 0;
    }).map((rule) => rule.id);
    expect(english).toEqual([]);
    expect(ruleTitle({ id: 'one-data-one-source', title: '' }, 'zh')).toBe('一数一源');
    // A rule the catalogs do not know keeps its English title.
    expect(ruleTitle({ id: 'no-such-rule', title: 'A title' }, 'zh')).toBe('A title');
  });
});

describe('the messages of the sharing-request rules', () => {
  const ids = Object.keys(EN_REQUESTS) as MessageId[];

  it('are all in the catalogs, and the Chinese cite the sharing rules as 第N条', () => {
    for (const id of ids) expect(CATALOGS.zh[id]).toBeTruthy();
    const zh = ids.map((id) => CATALOGS.zh[id]).join('\n');
    expect(zh).toContain('共享办法第21条');
    expect(zh).not.toMatch(/第[一二三四五六七八九十]+条|art\./u);
  });

  it('keep their English for what the request tests do not cover', () => {
    const sources = [
      ...Object.entries(MANIFESTS).map(([file, text]) => ({ file: `manifests/${file}`, bytes: Buffer.from(text) })),
      ...Object.entries(MISTAKES).map(([file, text]) => ({ file: `sharing/${file}`, bytes: Buffer.from(text) })),
    ];
    const findings = validateSources(sources, undefined, '2026-06-01').findings;
    const of = (file: string) => findings.filter((finding) => finding.file === `sharing/${file}`);
    expect(findings.filter((finding) => finding.file.startsWith('manifests/'))).toEqual([]);
    expect(of('code-other-name.yaml')[0]).toMatchObject({
      message:
        'catalog code `30300000901/0001` is "测试大气排放监控系统业务数据" in the catalog, not "大气排放原始数据"',
      hint: "correct the name to the catalog's, or remove it (the code names the resource)",
    });
    expect(of('unknown-code-system.yaml')[0]).toMatchObject({
      message: 'no data resource of the catalog has code `30300000977/0009`',
      hint: "copy the code from the providing system's manifest (`spec.dataResources[].catalogCode`) or from catalog.csv; for data outside the catalog name `system:` and `name:` instead",
    });
    expect(of('no-requester-system.yaml')[0]).toMatchObject({ message: 'the requester names no system' });
    expect(of('overdue.yaml')[0]!.message).toMatch(
      /^no answer, overdue as of 2026-06-01: a request for conditionally shared data is answered within 5 working days \(rules art\. 21\): submitted 2026-05-06, due by 2026-05-\d\d$/,
    );
    expect(of('late-outside-catalog.yaml')[0]!.message).toMatch(
      /: a request for data outside the catalog is answered within 10 working days \(plan §三\(一\)\.4\)/,
    );
    // Every finding and related location carries its catalog message: Chinese is rendered from it.
    for (const finding of findings) {
      expect(finding.localized).toBeDefined();
      expect(render(finding.localized!.message, 'en')).toBe(finding.message);
      for (const related of finding.related ?? []) expect(related.localized).toBeDefined();
    }
  });
});

describe('validate over sharing requests in Chinese (built CLI)', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-requests-i18n-'));
    mkdirSync(join(dir, 'manifests'));
    mkdirSync(join(dir, 'sharing'));
    for (const [file, text] of Object.entries(MANIFESTS)) writeFileSync(join(dir, 'manifests', file), text);
    for (const [file, text] of Object.entries(MISTAKES)) writeFileSync(join(dir, 'sharing', file), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string>) => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/envcloud.js'), 'validate', '--as-of', '2026-06-01', ...args, 'manifests', 'sharing'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', ...env } },
    );
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('finds every request rule broken, and prints no English sentence with LANG=zh_CN.UTF-8', () => {
    const { code, stdout, stderr } = run([], { LANG: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    for (const rule of REQUEST_RULES) expect(stdout).toContain(`[${rule.id}]: `);
    expect(stdout).toMatch(/unknown-provider\.yaml:\d+:\d+: 错误\[request-known-parties\]: 没有清单序号为 977 的系统/);
    expect(stdout).toContain('提示：用清单序号（见附1）指明提供数据的系统');
    expect(stdout).toMatch(/refused\.yaml:\d+:\d+: 错误\[refusal-gives-reasons\]: 申请被拒绝，但没有说明理由/);
    expect(stdout).toContain('共享办法第21条');
    expect(stdout).toMatch(
      /ministry-external\.yaml:7:11: 错误\[external-requester-outside-ministry\]: “环境监察局”是部内单位，但申请标为部外/,
    );
    expect(stdout).toMatch(
      /other-unit\.yaml:7:11: 警告\[requester-runs-system\]: 单位“大气环境管理司”既不是系统 900 的主管单位/,
    );
    expect(stdout).toMatch(/two-lines\.yaml:4:10: 错误\[request-names-on-one-line\]: 名称中有换行/);
    expect(stdout).toMatch(
      /late\.yaml:\d+:\d+: 错误\[answer-within-deadline\]: 2025-10-10 才答复，已超过期限（提交后第 6 个工作日）：申请有条件共享的数据，应在 5 个工作日内答复（共享办法第21条）：2025-09-25 提交，最迟 2025-10-09 答复/,
    );
    expect(stdout).toMatch(/警告\[answer-within-deadline\]: 待答复：.*（截至 2026-06-01 还剩 \d+ 个工作日）/);
    expect(stdout).toContain('实施方案§三(一).4');
    expect(stdout).toContain('共享办法第23条(四)');
    expect(stdout).toMatch(
      /错误\[working-day-calendar\]: 无法算出 5 个工作日的答复期限：2027-09-25 不在 envcloud 所带的官方工作日历之内/,
    );
    expect({ sentences: englishSentences(stdout + stderr) }).toEqual({ sentences: [] });
  });

  it('prints the same findings in English with --lang en', () => {
    const { stdout } = run(['--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(stdout).toContain('error[refusal-gives-reasons]: the request is refused without reasons');
    expect(stdout).toContain('error[unique-request-id]: request id `sr-2025-018` is already used by sharing/');
    expect(englishSentences(stdout).length).toBeGreaterThan(20);
  });

  it('gives SARIF rule descriptors in the chosen language, the title in both in their properties', () => {
    type Rule = {
      id: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      properties: Record<string, string>;
    };
    const rulesOf = (lang: string): Rule[] =>
      (
        JSON.parse(run(['--format', 'sarif', '--lang', lang], { LANG: 'C.UTF-8' }).stdout) as {
          runs: { tool: { driver: { rules: Rule[] } } }[];
        }
      ).runs[0]!.tool.driver.rules;
    const zh = rulesOf('zh');
    expect(zh.map((rule) => rule.id)).toEqual(ALL_RULE_INFO.map((rule) => rule.id));
    const refusal = zh.find((rule) => rule.id === 'refusal-gives-reasons')!;
    expect(refusal.shortDescription.text).toBe('拒绝共享的答复说明理由');
    expect(refusal.fullDescription.text).toMatch(/^拒绝共享的答复说明理由。依据：Sharing rules art\. 21 /);
    expect(refusal.properties).toMatchObject({
      titleZh: '拒绝共享的答复说明理由',
      titleEn: 'A refusal gives its reasons',
      clause: expect.stringContaining('art. 21'),
    });
    for (const rule of zh) expect(englishSentences(rule.shortDescription.text)).toEqual([]);
    const en = rulesOf('en').find((rule) => rule.id === 'refusal-gives-reasons')!;
    expect(en.shortDescription.text).toBe('A refusal gives its reasons');
    expect(en.fullDescription.text).toBe(`A refusal gives its reasons. Enforces: ${refusal.properties.clause}.`);
  });
});
