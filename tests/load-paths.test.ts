// document/load.ts, path by path: each way a file is refused, with the exact finding in English and in
// Chinese, and the fast path's promise to decline what only the full parser may judge.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import { localizedText } from '../document/i18n';
import { DEFAULT_LIMITS, type InputLimits } from '../document/limits';
import { loadManifestBytes, loadManifestFast } from '../document/load';
import { checkSource } from '../validation/validate';

const base = readFileSync(join(__dirname, 'corpus/base.yaml'), 'utf8');
const FILE = 'manifests/m.yaml';

/** A finding as a reader sees it: its English fields and, beside them, its Chinese message and hint. */
function read(finding: Finding) {
  const { localized: _localized, ...english } = finding;
  return { ...english, zh: localizedText(finding, 'zh') };
}

/** What `envcloud validate` says of a file. */
const validate = (text: string, limits: InputLimits = DEFAULT_LIMITS) =>
  checkSource({ file: FILE, bytes: Buffer.from(text) }, limits).findings.map(read);

/** What the loader alone says of a file. */
const load = (text: string, limits: InputLimits = DEFAULT_LIMITS) => loadManifestBytes(FILE, Buffer.from(text), limits);

const error = { file: FILE, severity: 'error' } as const;

describe('the checks on the bytes, before any parser', () => {
  it('reads a file of exactly the size limit; one byte more is refused with both sizes', () => {
    expect(load('a: 1\n', { ...DEFAULT_LIMITS, maxFileBytes: 5 })).toEqual({
      findings: [],
      document: expect.objectContaining({ file: FILE, text: 'a: 1\n', data: { a: 1 } }),
    });
    expect(load('a: 1\n', { ...DEFAULT_LIMITS, maxFileBytes: 4 }).findings.map(read)).toEqual([
      {
        ...error,
        line: 1,
        column: 1,
        ruleId: 'file-too-large',
        message: 'file is 5 B (5 bytes), more than the 4 B (4 bytes) limit',
        hint: 'a manifest describes one system and is a few KiB; split generated content out, or raise the limit with --max-file-size',
        zh: {
          message: '文件大小为 5 B（5 字节），超过了 4 B（4 字节）的上限',
          hint: '一份清单只描述一个系统，通常只有几 KiB：把生成的内容拆出去，或用 --max-file-size 提高上限',
        },
      },
    ]);
  });

  const empty = (message: string, zh: string) => ({
    ...error,
    line: 1,
    column: 1,
    ruleId: 'file-empty',
    message,
    hint: 'start from `envcloud new`, or delete the file',
    zh: { message: zh, hint: '用 `envcloud new` 新建清单，或删除该文件' },
  });

  it.each([
    ['nothing at all', ''],
    ['a comment with no space after its #', '#nothing here yet\n'],
    ['blank lines and an indented comment', '\n   \n  # later\n'],
  ])('calls a file of %s empty', (_what, text) => {
    expect(validate(text)).toEqual([empty('file is empty (no YAML content)', '文件是空的（没有 YAML 内容）')]);
  });

  it('says a file of directives alone has no YAML content (the parser finds no document in it)', () => {
    expect(validate('%YAML 1.2\n')).toEqual([empty('file has no YAML content', '文件没有 YAML 内容')]);
  });
});

describe('the full parser', () => {
  it('loads a file into its data, with its text, and no finding', () => {
    expect(load('a: &x 1\nb: *x\n')).toEqual({
      findings: [],
      document: expect.objectContaining({ file: FILE, text: 'a: &x 1\nb: *x\n', data: { a: 1, b: 1 } }),
    });
  });

  it("gives the parser's own words in English, and what they mean in Chinese (a key over 1024 characters)", () => {
    expect(validate(`${'k'.repeat(1025)}: 1\n`)).toEqual([
      {
        ...error,
        line: 1,
        column: 1,
        ruleId: 'yaml-syntax',
        message: 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key',
        zh: { message: '键超过了 1024 个字符' },
      },
    ]);
  });

  it('adds the hint of the error code, in both languages (a key given twice)', () => {
    expect(validate('a: 1\na: 2\n')).toEqual([
      {
        ...error,
        line: 2,
        column: 1,
        ruleId: 'yaml-duplicate-key',
        message: 'Map keys must be unique',
        hint: 'each key may appear once per mapping: delete or merge the second one',
        zh: { message: '同一层中的键重复了', hint: '同一层中每个键只能出现一次：删除或合并后出现的那个' },
      },
    ]);
  });

  it.each([
    [
      'an over-indented key (a code with no hint of its own)',
      'a: 1\nb: 2\n  c: 3\n',
      3,
      3,
      'line 3 is indented deeper than the keys around it, so YAML reads it as part of the value on line 2',
      'indent this key exactly like its sibling keys (spaces, same column)',
      '第 3 行的缩进比周围的键更深，YAML 因此把它读成第 2 行的值的一部分',
      '让这个键与同级的键缩进一致（用空格，对齐到同一列）',
    ],
    [
      "an unclosed quote (a code whose hint is more general than the mistake's)",
      'a: 1\nname: "abc\nc: 3\n',
      2,
      7,
      'the " opened here is never closed',
      'close the string with " on this line',
      '此处开始的 " 没有闭合',
      '在这一行用 " 结束字符串',
    ],
  ])(
    'keeps the hint of a mistake said in its own words: %s',
    (_what, text, line, column, message, hint, zhMessage, zhHint) => {
      expect(validate(text)).toEqual([
        { ...error, line, column, ruleId: 'yaml-syntax', message, hint, zh: { message: zhMessage, hint: zhHint } },
      ]);
    },
  );
});

describe('what the data holds', () => {
  it('says a top level that is null is not a mapping', () => {
    expect(validate('~\n')).toEqual([
      {
        ...error,
        line: 1,
        column: 1,
        ruleId: 'yaml-not-mapping',
        message: 'top level is null (an empty value), expected a mapping',
        hint: 'a manifest starts with `apiVersion: envcloud/v1` and `kind: SystemMigration` at column 1',
        zh: {
          message: '顶层是 null（空值），应为映射（键: 值）',
          hint: '清单从第 1 列的 `apiVersion: envcloud/v1` 和 `kind: SystemMigration` 开始',
        },
      },
    ]);
  });

  it('locates an alias with no anchor at the alias, and names it', () => {
    const text = base.replace('reportingUnit: 信息中心', 'reportingUnit: *unit');
    expect(validate(text)).toEqual([
      {
        ...error,
        line: 9,
        column: 18,
        ruleId: 'yaml-syntax',
        message: 'alias `*unit` refers to no anchor `&unit` above it',
        hint: 'define `&unit` on an earlier value, or write the value out',
        zh: {
          message: '别名 `*unit` 的上方没有对应的锚点 `&unit`',
          hint: '在前面的某个值上定义 `&unit`，或直接写出这个值',
        },
      },
    ]);
  });

  it('expands 63 aliases and stops at 64 (the default limit), at the first', () => {
    const aliases = (count: number) => `a: &a 1\nb: [${Array<string>(count).fill('*a').join(', ')}]\n`;
    expect(load(aliases(63)).document?.data).toEqual({ a: 1, b: Array<number>(63).fill(1) });
    expect(load(aliases(64)).findings.map(read)).toEqual([
      {
        ...error,
        line: 2,
        column: 5,
        ruleId: 'yaml-alias-limit',
        message: 'aliases expand to more than 64 nodes (possible alias bomb)',
        hint: 'write values out instead of chaining anchors and aliases',
        zh: {
          message: '别名展开后超过 64 个节点（可能是“别名炸弹”）',
          hint: '直接写出各个值，不要层层套用锚点和别名',
        },
      },
    ]);
  });

  it('says a bad YAML 1.1 merge is that, at its `<<`, not an alias bomb', () => {
    // Was "aliases expand to more than 64 nodes (possible alias bomb)", at the alias or at 1:1: any error
    // whose words named aliases was taken for one, and the parser's names "map aliases". Then it was the
    // parser's English at 1:1, and "unknown error" in Chinese.
    const cases: [string, number][] = [
      ['%YAML 1.1\n---\na: &s 1\n<<: *s\n', 4],
      ['%YAML 1.1\n---\n<<: 1\n', 3],
      ['%YAML 1.1\n---\nd: &d {x: 1}\nm:\n  <<: [*d, 2]\n', 5],
    ];
    for (const [text, line] of cases) {
      expect(validate(text)).toEqual([
        {
          ...error,
          line,
          column: line === 5 ? 3 : 1,
          ruleId: 'yaml-syntax',
          message: 'a merge key `<<` must name a mapping, or a list of mappings, to copy keys from',
          hint: 'point `<<` at an anchored mapping (`<<: *defaults`), or write the keys out',
          zh: {
            message: '合并键 `<<` 的值必须是映射或映射的列表，才能从中复制键',
            hint: '让 `<<` 指向带锚点的映射（`<<: *defaults`），或直接写出这些键',
          },
        },
      ]);
    }
  });

  it('reads a good YAML 1.1 merge, of a mapping or a list of mappings', () => {
    for (const text of [
      '%YAML 1.1\n---\nd: &d {x: 1}\n<<: *d\n',
      '%YAML 1.1\n---\nd: &d {x: 1}\ne: &e {y: 1}\n<<: [*d, *e]\n',
    ])
      expect(validate(text).filter((finding) => finding.ruleId.startsWith('yaml'))).toEqual([]);
  });
});

describe('the fast path', () => {
  it.each([
    ['a null', '~\n'],
    ['a number', '42\n'],
    ['a text', 'just text\n'],
    ['a list', '- a\n'],
  ])('declines a top level that is %s, for the full path to report', (_what, text) => {
    expect(loadManifestFast(FILE, Buffer.from(text))).toBeUndefined();
  });

  it('takes a file exactly as deep as the limit (the manifest is 7 levels deep) ...', () => {
    expect(loadManifestFast(FILE, Buffer.from(base), { ...DEFAULT_LIMITS, maxDepth: 7 })?.data).toMatchObject({
      kind: 'SystemMigration',
    });
  });

  it('... and leaves a deeper one to the full path, which refuses it where it goes too deep (the one port)', () => {
    expect(loadManifestFast(FILE, Buffer.from(base), { ...DEFAULT_LIMITS, maxDepth: 6 })).toBeUndefined();
    expect(validate(base, { ...DEFAULT_LIMITS, maxDepth: 6 })).toEqual([
      {
        ...error,
        line: 61,
        column: 13,
        ruleId: 'yaml-nesting',
        message: 'nesting is deeper than 6 levels',
        hint: 'a manifest is a handful of levels deep: check the indentation or brackets here',
        zh: { message: '嵌套超过了 6 层', hint: '清单只有几层深：检查此处的缩进或括号' },
      },
    ]);
  });
});
