// document/yaml-errors.ts: a YAML error is reported at the mistake, not where the parser noticed it,
// and once. Each case is a whole file and the syntax findings validate gives for it.
import { checkSource } from '../validation/validate';

function syntax(text: string): string[] {
  return checkSource({ file: 'm.yaml', bytes: Buffer.from(text) })
    .findings.filter((finding) => finding.ruleId.startsWith('yaml'))
    .map((finding) => `${finding.line}:${finding.column} ${finding.message}`);
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
    ['after a list item quoted in a comment', "x: 1 # - 'y\nc: 'd\n", "2:4 the ' opened here is never closed"],
    [
      'after a closed value with a quote in its comment',
      "x: 'a' # - 'y\nc: 'd\n",
      "2:4 the ' opened here is never closed",
    ],
  ])('%s: at the line it opens', (_what, text, expected) => {
    expect(syntax(text)).toEqual([expected]);
  });

  it('in a flow list, after a closed item: at the item it opens (the unclosed list follows)', () => {
    expect(syntax("x: ['a', 'b\nc: 1\n")[0]).toBe("1:10 the ' opened here is never closed");
  });
});
