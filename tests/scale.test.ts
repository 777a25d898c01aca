import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FINDINGS_PER_FILE } from '../document/limits';
import { duplicateKeyErrors } from '../document/duplicate-keys';
import {
  DUPLICATE_FUNCTION_THRESHOLD,
  MAX_LISTED_MEMBERS,
  functionSignature,
  nameSimilarity,
  similarGroups,
} from '../validation/rules/duplicate-construction';
import { capPerFile, validateSources } from '../validation/validate';
import { yamlLib } from '../document/yaml-lib';
import type { Finding } from '../document/findings';
import { envcloud } from './support/cli';

/** Issue #17: one mistake repeated thousands of times gives a bounded, true report, and no crash. */
const base = readFileSync(join(__dirname, 'corpus', 'base.yaml'), 'utf8');

/** The base manifest as system `number`, with its own slug and data, and the given name. */
function system(
  number: number,
  name = '建设项目行政审批系统（建设项目环评及验收申报系统）',
): { file: string; bytes: Buffer } {
  const text = base
    .replace('number: 27', `number: ${number}`)
    .replace('slug: s027-jsxmxzspxtjsxmhpjyssbxt', `slug: s${number}-same`)
    .replace('  name: 建设项目行政审批系统（建设项目环评及验收申报系统）\n', `  name: ${name}\n`)
    .replace('    - name: 建设项目行政审批系统（建设项目环评及验收申报系统）业务数据', `    - name: 数据${number}`)
    .replace('catalogCode: 30300000027/0001', `catalogCode: 303000${String(number).padStart(5, '0')}/0001`);
  return { file: `manifests/s${number}.yaml`, bytes: Buffer.from(text) };
}

describe('systems that share one name', () => {
  it('1,000 give one duplicate-construction warning, naming ten and counting the rest (was 499,500 and a stack overflow)', () => {
    const report = validateSources(Array.from({ length: 1000 }, (_, index) => system(2000 + index)));
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(1);
    const [warning] = report.findings;
    expect(warning).toMatchObject({ ruleId: 'duplicate-construction', file: 'manifests/s2999.yaml', line: 6 });
    expect(warning!.message).toContain('as 999 other systems');
    expect(warning!.message).toMatch(/in manifests\/s2009\.yaml … and 989 more$/);
    expect(warning!.related).toHaveLength(MAX_LISTED_MEMBERS);
    expect(warning!.related![0]).toMatchObject({ file: 'manifests/s2000.yaml', line: 6 });
  });

  it('a pair keeps its one-to-one message, and groups are joined through near names (A~B, B~C, A≁C)', () => {
    const pair = validateSources([system(2000), system(2001)]);
    expect(pair.findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^".*" looks like the same function as system 2000 ".*" in manifests\/s2000\.yaml \(both of 信息中心, name similarity 1\.00\)$/,
      ),
    ]);
    // Nine bigrams each: A and B share 8 (0.89), B and C share 8, A and C share 7 (0.78, below 0.8).
    const [a, b, c] = ['子乙丙丁戊己庚辛壬癸', '甲乙丙丁戊己庚辛壬癸', '甲乙丙丁戊己庚辛壬丑'].map((name) =>
      functionSignature(name),
    );
    expect(nameSimilarity(a!, c!)).toBeLessThan(DUPLICATE_FUNCTION_THRESHOLD);
    expect(similarGroups([a!, functionSignature('完全不同的名字'), c!, b!])).toEqual([
      { members: [0, 2, 3], least: 8 / 9, most: 8 / 9 },
    ]);
  });
});

describe('findings per file', () => {
  it('lists the first hundred and closes with a count of the rest; the summary counts all 23,500', () => {
    const keys = Array.from({ length: 23500 }, (_, index) => `  k${index}: 1`).join('\n');
    const text = base.replace('  reportingUnit: 信息中心\n', `  reportingUnit: 信息中心\n${keys}\n`);
    const report = validateSources([{ file: 'manifests/many.yaml', bytes: Buffer.from(text) }], {
      maxFileBytes: 1 << 20,
      maxDepth: 32,
      maxAliasCount: 64,
    });
    expect(report.errors).toBe(23500);
    expect(report.findings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'schema-unknown-field', line: 10 });
    expect(report.findings[MAX_FINDINGS_PER_FILE]).toMatchObject({
      ruleId: 'too-many-findings',
      severity: 'error',
      line: 10 + MAX_FINDINGS_PER_FILE,
    });
    expect(report.findings[MAX_FINDINGS_PER_FILE]!.message).toBe(
      '… and 23400 more findings in this file (23400 errors), from this line on, not listed',
    );
  });

  it('caps each file on its own, and says warnings when only warnings are left', () => {
    const finding = (file: string, line: number, severity: Finding['severity']): Finding => ({
      file,
      line,
      column: 1,
      severity,
      ruleId: 'r',
      message: 'm',
    });
    const sorted = [
      finding('a', 1, 'error'),
      finding('a', 2, 'warning'),
      finding('a', 3, 'warning'),
      finding('b', 1, 'error'),
    ];
    expect(capPerFile(sorted, 1).map((kept) => `${kept.file}:${kept.line}:${kept.ruleId}:${kept.severity}`)).toEqual([
      'a:1:r:error',
      'a:2:too-many-findings:warning',
      'b:1:r:error',
    ]);
    expect(capPerFile(sorted, 1)[1]!.message).toContain('2 more findings in this file (2 warnings)');
    expect(capPerFile(sorted, 3)).toEqual(sorted);
  });
});

describe('duplicate keys found in one pass', () => {
  const { parseAllDocuments } = yamlLib();
  const positions = (text: string) => ({
    parser: parseAllDocuments(text, { uniqueKeys: true }).flatMap((document) =>
      document.errors.filter((error) => error.code === 'DUPLICATE_KEY').map((error) => error.pos),
    ),
    ours: parseAllDocuments(text, { uniqueKeys: false }).flatMap((document) =>
      duplicateKeyErrors(document).map((error) => error.pos),
    ),
  });

  it.each([
    ['block map', 'a: 1\nb: 2\na: 3\n'],
    ['nested and flow maps', 'x:\n  y: {p: 1, q: 2, p: 3}\n  y: 4\n'],
    ['a number and a string are different keys', '1: a\n"1": b\n1: c\n'],
    ['empty keys', ': a\n: b\n'],
    ['in a sequence of maps, and three times', '- {a: 1, a: 2, a: 3}\n- a: 1\n  a: 2\n'],
    ['quoted and plain spellings of one string', 'key: 1\n"key": 2\n'],
  ])('%s: the same errors as the parser', (_name, text) => {
    const { parser, ours } = positions(text);
    expect(parser.length).toBeGreaterThan(0);
    expect(ours).toEqual(parser);
  });
});

describe('validate --jobs (built CLI)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-jobs-'));
    writeFileSync(join(dir, 'a.yaml'), system(2000).bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['0', '65', '1000', '-1', '2.5', 'all'])('refuses --jobs %s with a usage error (exit 2)', (value) => {
    const result = envcloud(['validate', '--jobs', value, dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--jobs <threads>' argument '.*' is invalid\. expected (a positive whole number|at most 64 threads)/,
    );
  });

  it('lowers a --jobs above the cores to the cores, and says so', () => {
    const result = envcloud(['validate', '--jobs', '64', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `warning: --jobs 64 is more than the ${availableParallelism()} cores here; using ${availableParallelism()} threads`,
    );
    // commander wraps help to the terminal's width: compare the words, not the line breaks.
    expect(envcloud(['validate', '--help']).stdout.replace(/\s+/g, ' ')).toMatch(/1 to 64, and at most/);
  });
});
