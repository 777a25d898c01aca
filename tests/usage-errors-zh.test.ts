// The usage errors (exit 2) a unit meets running a command are said in Chinese as well as English
// (Chinese first): each throw site gives a catalog message, its English word for word as before. A
// guard keeps new ones from being English only: none is built from a literal English text.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputError } from '../cli/write';
import { parseShare, parseWaveEnds } from '../cli/commands/waves';
import { currentLanguage, messageOf, render, setLanguage } from '../document/i18n';
import { planScaffold } from '../inventory/scaffold';
import { InventoryError, parseInventory, readInventory } from '../inventory/annex1';

const HEADER = 'no\tname\tmanaging_unit\treporting_unit\trecommendation';
import { UsageError } from '../model/errors';
import { stackNameError } from '../stacks/project-stacks';
import { collectManifestFiles } from '../validation/files';
import { loadBaseline } from '../validation/validate';
import { readDeployState } from '../waves/deploy-state';
import { WaveWriteError, withWave } from '../waves/manifests';
import { root } from './support/cli';
import { filesUnder, PRODUCT_FOLDERS } from './support/sources';

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'envcloud-usage-'));
  mkdirSync(join(scratch, 'empty'));
  writeFileSync(join(scratch, 'state.json'), '{"version": 1, "stack": "prod", "offline": true, "stacks": {}}');
  writeFileSync(join(scratch, 'broken.json'), '{');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What a throwing call says in each language; it must throw an error of `kind`. */
function said(call: () => unknown, kind: new (...args: never[]) => Error = UsageError): { en: string; zh: string } {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(kind);
  const message = messageOf(caught as Error);
  return { en: render(message, 'en'), zh: render(message, 'zh') };
}

const inventory = () => readInventory(root);

describe('usage errors in both languages', () => {
  it.each([
    [
      'a stack name Pulumi refuses',
      () => {
        throw stackNameError('x/../evil');
      },
      `stack name "x/../evil" is not one Pulumi accepts: letters, digits, '-', '_' and '.', at most 100 characters (stack names are not paths)`,
      `栈名“x/../evil”不符合 Pulumi 的规则：只能用字母、数字、'-'、'_' 和 '.'，最多 100 个字符（栈名不是路径）`,
    ],
    [
      'a path that does not exist',
      () => collectManifestFiles(['no-such-folder'], root),
      'path not found: no-such-folder',
      '找不到路径：no-such-folder',
    ],
    [
      'a folder without manifests',
      () => collectManifestFiles([join(scratch, 'empty')]),
      'no manifest found in {scratch}/empty: no .yaml or .yml file in it or in its folders (hidden folders and node_modules are not searched)',
      '在 {scratch}/empty 中没有找到清单：它及其子文件夹中都没有 .yaml 或 .yml 文件（不搜索隐藏文件夹和 node_modules）',
    ],
    [
      'a baseline folder that does not exist',
      () => loadBaseline('no-such-baseline', root),
      '--baseline-dir no-such-baseline: no such folder',
      '--baseline-dir no-such-baseline：没有这个文件夹',
    ],
    [
      'a baseline folder without manifests, the inner error in the reader’s language too',
      () => loadBaseline(join(scratch, 'empty')),
      '--baseline-dir {scratch}/empty: no manifest found in {scratch}/empty: no .yaml or .yml file in it or in its folders (hidden folders and node_modules are not searched)',
      '基线文件夹 --baseline-dir {scratch}/empty：在 {scratch}/empty 中没有找到清单：它及其子文件夹中都没有 .yaml 或 .yml 文件（不搜索隐藏文件夹和 node_modules）',
    ],
    [
      'envcloud new with a slug that is a path',
      () => planScaffold({ slug: '../x', dir: scratch }, inventory()),
      `--slug "../x" is not a slug: lower-case letters, digits and '-', starting with a letter, at most 63 characters (RFC 1123 label)`,
      `--slug “../x”不是合法的短名：只能用小写字母、数字和 '-'，以字母开头，最多 63 个字符（RFC 1123 标签）`,
    ],
    [
      'envcloud new for a system that has a manifest',
      () => planScaffold({ number: 27, dir: join(root, 'manifests') }, inventory()),
      `system 27 already has a manifest: ${join(root, 'manifests')}/s027-jsxmxzspxtjsxmhpjyssbxt.yaml (envcloud new never overwrites; edit that file)`,
      `系统 27 已有清单：${join(root, 'manifests')}/s027-jsxmxzspxtjsxmhpjyssbxt.yaml（envcloud new 从不覆盖文件；请编辑该文件）`,
    ],
    [
      'envcloud new merging without a business system',
      () =>
        planScaffold({ name: 'a', managingUnit: 'b', reportingUnit: 'c', outcome: 'merge', dir: scratch }, inventory()),
      '--outcome merge needs --business-system (one of ',
      '--outcome merge 需要 --business-system（取值之一：',
    ],
    [
      'a write into a folder named like the file',
      () => {
        throw outputError(Object.assign(new Error('x'), { code: 'EISDIR' }), 'report', '--report');
      },
      'cannot write report: it is a folder: --report names a file here, e.g. --report report.txt',
      '无法写入 report：它是一个文件夹：这里的 --report 应指定文件，例如 --report report.txt',
    ],
    [
      'a deploy state of another stack',
      () => readDeployState(join(scratch, 'state.json'), 'staging', true),
      '{scratch}/state.json: not the deploy state of stack staging; delete it to start afresh',
      '{scratch}/state.json：不是栈 staging 的部署状态文件；删除它即可重新开始',
    ],
  ])('%s', (_what, call, en, zh) => {
    const text = said(call);
    const expected = (words: string) => words.replaceAll('{scratch}', scratch);
    if (en.endsWith(' (one of ') || en.endsWith('（取值之一：')) {
      expect(text.en.startsWith(expected(en))).toBe(true);
      expect(text.zh.startsWith(expected(zh))).toBe(true);
    } else expect(text).toEqual({ en: expected(en), zh: expected(zh) });
  });

  it('a deploy state that is not JSON, in both languages', () => {
    const text = said(() => readDeployState(join(scratch, 'broken.json'), 'prod', true));
    // `{` alone: located at its end, said by envcloud in each language (not the parser's English).
    expect(text.en).toBe(
      `${join(scratch, 'broken.json')}:1:2: not a deploy state (a closing brace is expected here); delete it to start afresh`,
    );
    expect(text.zh).toBe(
      `${join(scratch, 'broken.json')}:1:2：不是部署状态文件（此处应为右花括号）；删除它即可重新开始`,
    );
  });
});

describe('a wave envcloud waves --write cannot write', () => {
  const manifest = (wave: string) => `apiVersion: envcloud/v1\nspec:\n  schedule:\n    wave: ${wave}\n`;
  it.each([
    [
      'a wave that is no number',
      '"2"',
      'm.yaml: spec.schedule.wave is not a number written in the file; set it by hand',
      'm.yaml：spec.schedule.wave 在文件中写的不是数字；请手工设置',
    ],
    [
      'a wave in hexadecimal',
      '0x2',
      'm.yaml: spec.schedule.wave is written as `0x2`, not as plain digits; set it by hand',
      'm.yaml：spec.schedule.wave 写成了 `0x2`，不是普通的数字；请手工设置',
    ],
  ])('%s, in both languages', (_what, wave, en, zh) => {
    expect(said(() => withWave(manifest(wave), 3, 'm.yaml'), WaveWriteError)).toEqual({ en, zh });
  });
});

describe('the Annex 1 inventory envcloud import reads', () => {
  it.each([
    ['a wrong header', 'no\tname\n', 'expected the header', '表头应为'],
    [
      'a row short of cells',
      `${HEADER}\n1\t名称\n`,
      'expected 5 non-empty tab-separated cells, found 2',
      '实际为 2 个',
    ],
    ['a number that is not one', `${HEADER}\nx\ta\tb\tc\td\n`, 'must be a positive integer, found "x"', '实际为“x”'],
    ['a number twice', `${HEADER}\n1\ta\tb\tc\td\n1\ta\tb\tc\td\n`, 'number 1 appears twice', '清单编号 1 出现了两次'],
  ])('%s, in both languages', (_what, text, en, zh) => {
    const words = said(() => parseInventory(text, 'inv.tsv'), InventoryError);
    expect(words.en).toContain(en);
    expect(words.zh).toContain(zh);
    expect(words.zh).toMatch(/^inv\.tsv:\d+:1：/);
  });
});

describe('option values refused in the run’s language', () => {
  const before = currentLanguage();
  afterEach(() => setLanguage(before));

  it.each([
    [
      'a share above 1',
      () => parseShare('2'),
      'expected a share of the pool\'s capacity above 0 and at most 1, such as 0.1, got "2"',
      '应为资源池容量的份额，大于 0 且不超过 1，例如 0.1，实际为“2”',
    ],
    [
      'wave ends out of order',
      () => parseWaveEnds('2027-03-01,2027-02-01'),
      'wave ends must increase: 2027-02-01 is not after 2027-03-01',
      '各批次的结束日期必须递增：2027-02-01 不晚于 2027-03-01',
    ],
  ])('%s', (_what, call, en, zh) => {
    setLanguage('en');
    expect(call).toThrow(en);
    setLanguage('zh');
    expect(call).toThrow(zh);
  });
});

describe('no usage error is English only', () => {
  it('no product file builds a usage error or refuses an option from English text: each goes through a catalog message', () => {
    const literal = /new (UsageError|WaveWriteError|InventoryError|InvalidArgumentError)\(\s*[`'"]/;
    // scripts/ holds the developers' tools (bench, mutation), which no unit runs.
    const offenders = PRODUCT_FOLDERS.filter((folder) => folder !== 'scripts')
      .flatMap((folder) => filesUnder(join(root, folder), /\.ts$/))
      .filter((path) => literal.test(readFileSync(path, 'utf8')));
    expect(offenders.map((path) => path.slice(root.length + 1))).toEqual([]);
  });
});
