import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './support/cli';
import { citationProblems, extractCitations, quoteAppears } from './support/citations';
import { chineseNumeral, parseChineseNumeral, parsePlan, parseRules, readSeeds } from './support/seeds';

const seeds = readSeeds();

/**
 * Every file whose text can cite the seeds: the code (rules, policies, reports, components, stacks,
 * the CLI …), the schema, and the READMEs. Generated files are skipped: they copy the schema, which
 * is read itself.
 */
const SOURCE_FOLDERS = [
  'audit',
  'cli',
  'components',
  'engine',
  'inventory',
  'model',
  'policies',
  'reports',
  'schema',
  'scripts',
  'stacks',
  'document',
  'validation',
  'waves',
];
const SOURCE_FILE = /\.(ts|js|mjs|json|md)$/u;

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path);
    return SOURCE_FILE.test(entry.name) && !entry.name.includes('.generated.') ? [path] : [];
  });
}

const sourceFiles = [join(root, 'README.md'), ...SOURCE_FOLDERS.flatMap((folder) => walk(join(root, folder)))];

/** `file:line:col: problem` for every wrong citation in a text. */
function problemsIn(text: string, file = 'text'): string[] {
  return extractCitations(text).flatMap((citation) =>
    citationProblems(citation, seeds).map((problem) => `${file}:${citation.line}:${citation.column}: ${problem}`),
  );
}

describe('the seed documents, split into sections', () => {
  it('numbers in Chinese as the headings do', () => {
    expect([1, 9, 10, 12, 20, 21, 30].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十二',
      '二十',
      '二十一',
      '三十',
    ]);
    for (let n = 1; n < 100; n += 1) expect(parseChineseNumeral(chineseNumeral(n))).toBe(n);
  });

  it('finds every chapter, section, item and annex of the plan', () => {
    const keys = [...seeds.plan.sections.keys()];
    expect(keys.filter((key) => /^§[一二三四五]$/u.test(key))).toEqual(['§一', '§二', '§三', '§四']);
    expect(keys.filter((key) => /^§三\(.\)\.\d+$/u.test(key))).toEqual([
      '§三(一).1',
      '§三(一).2',
      '§三(一).3',
      '§三(一).4',
      '§三(二).5',
      '§三(二).6',
      '§三(二).7',
      '§三(二).8',
      '§三(三).9',
      '§三(三).10',
      '§三(三).11',
    ]);
    expect(keys.filter((key) => key.startsWith('§四('))).toEqual([
      '§四(一)',
      '§四(二)',
      '§四(三)',
      '§四(四)',
      '§四(五)',
    ]);
    expect(keys.filter((key) => key.startsWith('附'))).toEqual(['附1', '附2', '附3']);
    // Sections hold their own text only: item 9 is about the cloud platform, not item 8's websites.
    expect(seeds.plan.sections.get('§三(三).9')).toContain('两地三中心');
    expect(seeds.plan.sections.get('§三(二).8')).not.toContain('两地三中心');
    // Whitespace is gone, so a phrase wrapped over a page break ("统一登\n\n录") is found whole.
    expect(seeds.plan.sections.get('§三(二).8')).toContain('实现行政审批事项的统一登录、统一申请、统一反馈');
    expect(seeds.plan.sections.get('附1')).toContain('182减排应用支撑平台信息中心信息中心数据接入环境信息资源中心');
  });

  it('finds every chapter, article and item of the sharing rules', () => {
    const articles = [...seeds.rules.sections.keys()].filter((key) => /^第.+条$/u.test(key));
    expect(articles).toEqual(Array.from({ length: 30 }, (_, i) => `第${chineseNumeral(i + 1)}条`));
    expect([...seeds.rules.sections.keys()].filter((key) => key.endsWith('章'))).toHaveLength(8);
    expect(seeds.rules.sections.get('第十二条')).toContain('15个工作日内');
    expect(seeds.rules.sections.get('第七条(四)')).toContain('予以校核和答复');
    expect(seeds.rules.sections.get('第二十三条(四)')).toContain('10个工作日内');
    expect(seeds.rules.sections.get('第六章')).toContain('第二十四条');
  });

  it('keeps a heading that mixes ASCII and full-width parentheses apart from the text', () => {
    const plan = parsePlan('三、重点任务\n(一) 甲\n1. 子项\n（二）乙\n2. 丑\n附 1\n表\n');
    expect([...plan.sections.keys()]).toEqual(['§三', '§三(一)', '§三(一).1', '§三(二)', '§三(二).2', '附1']);
    const rules = parseRules('第一章 总 则\n第一条 甲\n（一）子\n(二) 丑\n第二条 乙\n');
    expect(rules.sections.get('第一条(二)')).toBe('(二)丑');
    expect(rules.sections.get('第一章')).toBe('第一章总则第一条甲（一）子(二)丑第二条乙');
  });
});

describe('the citation grammar', () => {
  it('reads plan sections, ranges, annexes, articles, article items and chapters', () => {
    const keys = (text: string) => extractCitations(text).map((citation) => citation.reference.keys);
    expect(keys('Plan §三(二).5 with §三(一).1–3; Annex 2, 附1')).toEqual([
      ['§三(二).5'],
      ['§三(一).1', '§三(一).2', '§三(一).3'],
      ['附2'],
      ['附1'],
    ]);
    expect(keys('Sharing rules art. 17 and art. 4(一); rules ch. 3–4; plan §四(四) and §二')).toEqual([
      ['第十七条'],
      ['第四条(一)'],
      ['第三章', '第四章'],
      ['§四(四)'],
      ['§二'],
    ]);
    expect(keys('Art. 5. Ch. 6. annex 3')).toEqual([['第五条'], ['第六章'], ['附3']]);
    // Other standards cite sections with § and digits; they are not the plan.
    expect(keys('YAML 1.2 §6.1; GB/T 22239-2019 8.1.4.9')).toEqual([]);
  });

  it('takes the Chinese phrases in a reference’s scope as its quotes, and 大意: as a paraphrase', () => {
    const [first, second, third] = extractCitations(
      'Plan §三(二).5: offline (系统下线、停止运维) with §三(一).3 (大意: 数据集中; 共享服务); GB/T 22239 (边界防护) and art. 24 (统一的数字证书认证体系)',
    );
    expect(first!.quotes).toEqual([{ text: '系统下线、停止运维', paraphrase: false }]);
    expect(second!.quotes).toEqual([
      { text: '数据集中', paraphrase: true },
      { text: '共享服务', paraphrase: true },
    ]);
    expect(third!.quotes).toEqual([{ text: '统一的数字证书认证体系', paraphrase: false }]);
    // A reference inside parentheses ends with them; the paraphrase mark holds to its own parenthesis.
    const [inner] = extractCitations('a pool (plan §三(三).9) for 中心资源池');
    expect(inner!.quotes).toEqual([]);
    const [marked] = extractCitations('§四(四) (大意: 按单位考核) 整合数');
    expect(marked!.quotes).toEqual([
      { text: '按单位考核', paraphrase: true },
      { text: '整合数', paraphrase: false },
    ]);
  });

  it('compares quotes without whitespace, with … as an omission', () => {
    const section = seeds.plan.sections.get('§三(一).3')!;
    expect(quoteAppears('遵循“一数一源”的原则采集信息', section)).toBe(true);
    expect(quoteAppears('遵循“一数一源”的原则采集信息，不得重复采集', section)).toBe(false);
    expect(quoteAppears('遵循“一数一源”的原则采集信息…不得重复采集', section)).toBe(true);
    expect(quoteAppears('不得重复采集…遵循“一数一源”', section)).toBe(false);
    expect(quoteAppears('2017年 12 月底前', section)).toBe(true);
  });

  it('fails on a section that does not exist, a wrong section, and a quote not in the section', () => {
    expect(problemsIn("clause: 'Plan §三(二).10 (以上云为常态、不上云为例外)'")).toEqual([
      'text:1:15: §三(二).10: the plan has no section §三(二).10',
    ]);
    expect(problemsIn('Plan §三(二).9 (统一用户、单点登录)')).toHaveLength(1);
    expect(problemsIn('Annex 4; art. 31; art. 7(五); ch. 9; §五')).toHaveLength(5);
    // The right words under the wrong item: 以上云为常态 is §三(三).10, not 9.
    expect(problemsIn('Plan §三(三).9 (以上云为常态、不上云为例外)')).toEqual([
      'text:1:6: §三(三).9: "以上云为常态、不上云为例外" is not in §三(三).9 of the plan (quote it verbatim, or mark it 大意:)',
    ]);
    expect(problemsIn('Plan §三(三).10 (以上云为常态、不上云为例外)')).toEqual([]);
    // A quote the section does not say, unless it is marked as a paraphrase.
    expect(problemsIn('Plan §三(二).5 with §三(一).3 (数据不丢失)')).toHaveLength(1);
    expect(problemsIn('Plan §三(二).5 with §三(一).3 (大意: 数据不丢失)')).toEqual([]);
    expect(problemsIn('Sharing rules art. 17 (共享条件和共享范围) and art. 18 (共享条件和共享范围)')).toHaveLength(1);
    expect(problemsIn('Annex 2 (不予整合，请详细说明理由)')).toHaveLength(1);
    expect(problemsIn('Annex 2 (不予整合 (请详细说明理由))')).toEqual([]);
  });
});

describe('every citation of the seeds in envcloud is true', () => {
  it('scans the code, the schema and the README', () => {
    const files = sourceFiles.map((file) => relative(root, file));
    for (const expected of [
      'README.md',
      'validation/rules/disposition.ts',
      'policies/seed/cloud.ts',
      'reports/metrics.ts',
      'schema/system-migration.v1.schema.json',
    ]) {
      expect(files).toContain(expected);
    }
    // Sanity: the grammar finds the citations that are there (a broken pattern would pass everything).
    const cited = sourceFiles.flatMap((file) => extractCitations(readFileSync(file, 'utf8')));
    expect(cited.length).toBeGreaterThan(100);
    expect(cited.filter((citation) => citation.quotes.some((quote) => !quote.paraphrase)).length).toBeGreaterThan(30);
  });

  it('cites the rules as art. N, so no article escapes the check', () => {
    // The grammar reads `art. 17`, not 第十七条; a Chinese article number is allowed only for other laws.
    const OTHER_LAWS = /(网络安全法)$/u;
    const chinese = sourceFiles.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/第[一二三四五六七八九十]+[条章]/gu)]
        .filter((match) => !OTHER_LAWS.test(match.input.slice(Math.max(0, match.index - 10), match.index)))
        .map((match) => `${relative(root, file)}: ${match[0]}`),
    );
    expect(chinese).toEqual([]);
  });

  it('finds no wrong section and no quote the section does not say', () => {
    const problems = sourceFiles.flatMap((file) => problemsIn(readFileSync(file, 'utf8'), relative(root, file)));
    expect(problems).toEqual([]);
  });
});
