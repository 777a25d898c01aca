// document/duplicate-keys.ts against the parser's own check (uniqueKeys: true), which it replaces for
// speed: the same keys are duplicates, in file order, at the duplicate key's first character.
import { parseDocument } from 'yaml';
import { duplicateKeyErrors } from '../document/duplicate-keys';

/** The duplicate keys as `offset`, from ours and from the parser's own check. */
function both(text: string): { ours: number[]; parser: number[] } {
  const ours = duplicateKeyErrors(parseDocument(text, { uniqueKeys: false })).map((error) => error.pos[0]);
  const parser = parseDocument(text, { uniqueKeys: true })
    .errors.filter((error) => error.code === 'DUPLICATE_KEY')
    .map((error) => error.pos[0]);
  return { ours, parser };
}

describe('duplicateKeyErrors', () => {
  it.each([
    ['one key twice', 'a: 1\nb: 2\na: 3\n', [10]],
    ['a key three times', 'a: 1\na: 2\na: 3\n', [5, 10]],
    ['duplicates in nested mappings, in file order', 'x:\n  k: 1\n  k: 2\ny:\n  k: 1\nz: 0\nx: 2\n', [12, 32]],
    ['a duplicate in a mapping inside a list', '- a: 1\n  a: 2\n- a: 1\n', [9]],
    ['a duplicate in a flow mapping', '{a: 1, b: 2, a: 3}\n', [13]],
    ['1 and "1", which differ', 'm:\n  1: a\n  "1": b\n', []],
    ['.nan twice, never equal to itself', '.nan: 1\n.nan: 2\n', []],
    ['a list, whose items repeat freely', '- a\n- a\n', []],
    ['collection keys, never equal to another node', '? [a]\n: 1\n? [a]\n: 2\n', []],
    ['two equal mapping keys, never equal either', '? {a: 1}\n: x\n? {a: 1}\n: y\n', []],
    ['a number key twice', '1: a\n1: b\n', [5]],
    ['1 and 1.0, the same number', '1: a\n1.0: b\n', [5]],
    ['true twice, and null twice', 'true: a\ntrue: b\n~: c\nnull: d\n', [8, 21]],
    ['keys in a mapping in a list in a mapping', 'm:\n  - k: 1\n    k: 2\n  - k: 3\n', [16]],
    ['a !!pairs list, whose pairs repeat freely', '!!pairs\n- a: 1\n- a: 2\n', []],
    ['a !!set, a mapping whose keys must be unique', '!!set\n? a\n? b\n? a\n', [16]],
  ])('%s', (_what, text, expected) => {
    const { ours, parser } = both(text);
    expect(ours).toEqual(expected);
    expect(ours).toEqual(parser);
  });

  it('gives errors one character long, with the parser’s code and words', () => {
    const [error] = duplicateKeyErrors(parseDocument('a: 1\na: 2\n', { uniqueKeys: false }));
    expect(error).toMatchObject({ code: 'DUPLICATE_KEY', pos: [5, 6] });
    expect(error!.message).toMatch(/^Map keys must be unique/);
  });
});
