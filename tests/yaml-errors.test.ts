// document/yaml-errors.ts: a YAML error is reported at the mistake, not where the parser noticed it,
// and once. Each case is a whole file and the syntax findings validate gives for it.
import { YAMLParseError } from 'yaml';
import { localizedText } from '../document/i18n';
import { withoutEchoes } from '../document/yaml-errors';
import { checkSource } from '../validation/validate';

function findings(text: string) {
  return checkSource({ file: 'm.yaml', bytes: Buffer.from(text) }).findings.filter((finding) =>
    finding.ruleId.startsWith('yaml'),
  );
}

function syntax(text: string): string[] {
  return findings(text).map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
}

describe('a key indented deeper than its siblings', () => {
  it.each([
    ['after a value on the line above', 'a: 1\nb: 2\n  c: 3\n', 3, 3, 2],
    ['after a list item', 'a:\n  b:\n  - x\n   c: y\n', 4, 4, 3],
    ['after a blank line', 'm:\n  name: 甲\n\n    slug: s\n', 3, 1, 2],
  ])('%s: once, at the deeper line, naming the line it joins', (_what, text, line, column, previous) => {
    expect(syntax(text)).toEqual([
      `${line}:${column} line ${line} is indented deeper than the keys around it, so YAML reads it as part of the value on line ${previous}`,
    ]);
  });

  it('says what to do, in English and in Chinese', () => {
    const [finding] = findings('a: 1\nb: 2\n  c: 3\n');
    expect(finding!.hint).toBe('indent this key exactly like its sibling keys (spaces, same column)');
    expect(localizedText(finding!, 'zh')).toEqual({
      message: '第 3 行的缩进比周围的键更深，YAML 因此把它读成第 2 行的值的一部分',
      hint: '让这个键与同级的键缩进一致（用空格，对齐到同一列）',
    });
  });
});

describe('other syntax errors, as the parser says them', () => {
  it('a nested mapping on one line, alone: kept (only its echo of an over-indented key is dropped)', () => {
    expect(syntax('a: b: c\n')).toEqual(['1:4 Nested mappings are not allowed in compact mappings']);
  });

  it('a quoted key written over two lines: that mistake, at the key, not an indentation', () => {
    expect(syntax('"a\n b": c\n')).toEqual(['1:1 Implicit keys need to be on a single line']);
  });

  it('withoutEchoes drops a nested-mapping error only where an over-indented key was reported', () => {
    const error = (code: 'BLOCK_AS_IMPLICIT_KEY' | 'MULTILINE_IMPLICIT_KEY' | 'DUPLICATE_KEY', at: number) =>
      new YAMLParseError([at, at + 1], code, code);
    const echo = error('BLOCK_AS_IMPLICIT_KEY', 5);
    const alone = error('BLOCK_AS_IMPLICIT_KEY', 9);
    const other = error('DUPLICATE_KEY', 9);
    const multiline = error('MULTILINE_IMPLICIT_KEY', 5);
    expect(withoutEchoes([echo, multiline, alone, other])).toEqual([multiline, alone, other]);
  });
});

describe('a quote never closed', () => {
  it.each([
    ['a double quote', 'a: 1\nname: "abc\nc: 3\n', '2:7 the " opened here is never closed'],
    ['a single quote', "a: 1\nname: 'abc\nc: 3\n", "2:7 the ' opened here is never closed"],
    [
      'after a line with a doubled single quote',
      "a: 'it''s'\nname: 'abc\nc: 3\n",
      "2:7 the ' opened here is never closed",
    ],
    [
      'after a line with an escaped double quote',
      'a: "x\\"y"\nname: "abc\nc: 3\n',
      '2:7 the " opened here is never closed',
    ],
    ['after a quote in a comment', "a: 1 # it's\nname: 'abc\nc: 3\n", "2:7 the ' opened here is never closed"],
    ['on the first line', 'name: "abc\nc: 3\n', '1:7 the " opened here is never closed'],
    ['after a quote inside a plain scalar', "x: 1\nname: a 'b\nc: 'd\n", "3:4 the ' opened here is never closed"],
    ['after a key and a quote in a comment', "x: 1 # a: 'y\nc: 'd\n", "2:4 the ' opened here is never closed"],
    ['after a list item quoted in a comment', "x: 1 # - 'y\nc: 'd\n", "2:4 the ' opened here is never closed"],
    [
      'after a closed value with a quote in its comment',
      "x: 'a' # - 'y\nc: 'd\n",
      "2:4 the ' opened here is never closed",
    ],
    ['after an empty quoted value', "a: ''\nname: 'abc\nc: 3\n", "2:7 the ' opened here is never closed"],
    [
      'after a value ending in a doubled single quote and a comma',
      "a: 'x'', '\nname: 'abc\nc: 3\n",
      "2:7 the ' opened here is never closed",
    ],
    [
      'after a value ending in an escaped double quote and a comma',
      'a: "x\\", "\nname: "abc\nc: 3\n',
      '2:7 the " opened here is never closed',
    ],
    [
      'after a value with two doubled quotes before a comma (each is two characters)',
      "a: 'a'''', '''\nname: 'abc\nc: 3\n",
      "2:7 the ' opened here is never closed",
    ],
    [
      'after a comment line that looks like a key',
      "# note: 'x\nname: 'abc\nc: 3\n",
      "2:7 the ' opened here is never closed",
    ],
    ['with a # inside it, which is text there', "name: 'abc # d\nc: 3\n", "1:7 the ' opened here is never closed"],
    ['after an anchor', 'a: &x "abc\nb: 1\n', '1:7 the " opened here is never closed'],
    ['after a tag', 'a: !!str "abc\nb: 1\n', '1:10 the " opened here is never closed'],
    ['as an explicit key', '? "abc\n', '1:3 the " opened here is never closed'],
    ['after a dash inside a plain scalar', 'a: x - "y\nb: "z\n', '2:4 the " opened here is never closed'],
  ])('%s: at the line it opens', (_what, text, expected) => {
    expect(syntax(text)).toEqual([expected]);
  });

  it('in a flow list, after a closed item: at the item it opens (the unclosed list follows)', () => {
    expect(syntax("x: ['a', 'b\nc: 1\n")[0]).toBe("1:10 the ' opened here is never closed");
  });
});

describe('a missing character, said as the mistake it is (the parser says MISSING_CHAR for all)', () => {
  it.each([
    [
      'a # glued to a value',
      'number: "27"#no\n',
      '1:13',
      'a `#` right after other text starts no comment: YAML needs a space before it',
      '`#` 紧跟在其他文字之后，不是注释：YAML 要求 `#` 前面有空格',
    ],
    [
      'an anchor glued to its value',
      'a: &x[1]\n',
      '1:6',
      'an anchor (`&name`) or a tag (`!tag`) must be followed by a space',
      '锚点（`&名称`）或标签（`!标签`）后面要有空格',
    ],
    [
      'a list item without its comma',
      'a: ["x" "y"]\n',
      '1:9',
      'the items inside brackets or braces must be separated by commas',
      '方括号或花括号中的各项之间要用逗号分隔',
    ],
    [
      'a key without its colon',
      'a: 1\nb\nc: 2\n',
      '2:1',
      'a line with no `:` after its key: YAML cannot read it as a key and its value',
      '这一行的键后面没有 `:`：YAML 无法把它读成“键: 值”',
    ],
  ])('%s', (_what, text, at, english, chinese) => {
    const [finding, ...others] = findings(text);
    expect(others).toEqual([]);
    expect(`${finding!.line}:${finding!.column} ${finding!.ruleId} ${finding!.message}`).toBe(
      `${at} yaml-syntax ${english}`,
    );
    expect(localizedText(finding!, 'zh').message).toBe(chinese);
    expect(localizedText(finding!, 'zh').hint).toMatch(/\p{Script=Han}/u);
  });

  it('says anything else missing in general words, which the parser gives in English', () => {
    const [finding] = findings('%YAML 1.2\na: 1\n');
    expect(finding).toMatchObject({
      ruleId: 'yaml-syntax',
      message: 'Missing directives-end/doc-start indicator line',
    });
    expect(localizedText(finding!, 'zh')).toEqual({
      message: '缺少必要的字符',
      hint: '检查此处附近的字符：可能缺少空格、逗号、冒号，或缺少闭合的引号、括号',
    });
  });
});
