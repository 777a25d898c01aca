import { LineCounter, parseDocument } from 'yaml';
import { keyText, LazyLocator, Locator } from '../document/locate';

/** Paths into parsed data pointed back at the file (#17, mutation score). */

const TEXT = [
  'apiVersion: v1', // 1
  'metadata:', // 2
  '  name: x', // 3
  '  labels:', // 4
  '    team: a', // 5
  'items:', // 6
  '  - first', // 7
  '  - key: v', // 8
  '    other: w', // 9
  'dup: 1', // 10
  'dup: 2', // 11
  '1: one', // 12
  '',
].join('\n');

function locator(text = TEXT): Locator {
  const lineCounter = new LineCounter();
  return new Locator(parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter);
}

describe('a locator', () => {
  it('points at a value, or at its key when asked', () => {
    const at = locator();
    expect(at.locate(['metadata', 'name'])).toEqual({ line: 3, column: 9 });
    expect(at.locate(['metadata', 'name'], 'key')).toEqual({ line: 3, column: 3 });
    expect(at.locate(['metadata', 'labels', 'team'])).toEqual({ line: 5, column: 11 });
    expect(at.locate(['metadata', 'labels'], 'key')).toEqual({ line: 4, column: 3 });
    // Only the last segment is taken at its key.
    expect(at.locate(['metadata', 'labels', 'team'], 'key')).toEqual({ line: 5, column: 5 });
  });

  it('points at the start of the document for the empty path', () => {
    expect(locator().locate([])).toEqual({ line: 1, column: 1 });
    expect(locator('\n\n  a: 1\n').locate([])).toEqual({ line: 3, column: 3 });
  });

  it('walks sequences by index, and keys of numbers by their text', () => {
    const at = locator();
    expect(at.locate(['items', 0])).toEqual({ line: 7, column: 5 });
    expect(at.locate(['items', 1, 'other'])).toEqual({ line: 9, column: 12 });
    expect(at.locate(['items', 1, 'other'], 'key')).toEqual({ line: 9, column: 5 });
    expect(at.locate([1])).toEqual({ line: 12, column: 4 });
  });

  it('answers the deepest node that exists for a missing path', () => {
    const at = locator();
    expect(at.locate(['metadata', 'missing'])).toEqual({ line: 3, column: 3 });
    expect(at.locate(['metadata', 'missing', 'deeper'], 'key')).toEqual({ line: 3, column: 3 });
    expect(at.locate(['items', 5])).toEqual({ line: 7, column: 3 });
    expect(at.locate(['items', 5, 'key'])).toEqual({ line: 7, column: 3 });
    // A sequence is not entered by a key, nor a scalar by anything.
    expect(at.locate(['items', 'key'])).toEqual({ line: 7, column: 3 });
    expect(at.locate(['apiVersion', 'x'])).toEqual({ line: 1, column: 13 });
    expect(at.locate(['nothing'])).toEqual({ line: 1, column: 1 });
  });

  it('answers the first of a key written twice, and the same on a second lookup', () => {
    const at = locator();
    expect(at.locate(['dup'])).toEqual({ line: 10, column: 6 });
    expect(at.locate(['dup'], 'key')).toEqual({ line: 10, column: 1 });
    expect(at.locate(['metadata', 'name'])).toEqual({ line: 3, column: 9 });
  });

  it('finds a field whose key is an alias by the text of its anchor', () => {
    const text = 'names:\n  - &unit ops\nlimits:\n  *unit : 3\n  other: 4\n';
    const at = locator(text);
    expect(at.locate(['limits', 'ops'])).toEqual({ line: 4, column: 11 });
    expect(at.locate(['limits', 'ops'], 'key')).toEqual({ line: 4, column: 3 });
    expect(at.locate(['limits', 'other'])).toEqual({ line: 5, column: 10 });
  });

  it('points at 1:1 without a document', () => {
    expect(new Locator(undefined, new LineCounter()).locate(['a'])).toEqual({ line: 1, column: 1 });
  });
});

describe('the text of a key', () => {
  it('is the scalar as text, the anchored scalar of an alias, or nothing', () => {
    const document = parseDocument('a: &x 5\n? [1, 2]\n: y\nb: &m {k: v}\n');
    const pairs = (document.contents as unknown as { items: { key: unknown; value: unknown }[] }).items;
    expect(keyText(pairs[0]!.key)).toBe('a');
    expect(keyText(pairs[1]!.key, document)).toBeUndefined();
    const alias = parseDocument('a: &x 5\n*x : 6\nb: &m {k: v}\n*m : 7\n');
    const aliasPairs = (alias.contents as unknown as { items: { key: unknown }[] }).items;
    expect(keyText(aliasPairs[1]!.key, alias)).toBe('5');
    expect(keyText(aliasPairs[1]!.key)).toBeUndefined();
    expect(keyText(aliasPairs[3]!.key, alias)).toBeUndefined();
    expect(keyText(undefined)).toBeUndefined();
  });
});

describe('a lazy locator', () => {
  it('reads its text only when a position is first asked for, and only once', () => {
    const read = jest.fn(() => TEXT);
    const at = new LazyLocator(read);
    expect(read).not.toHaveBeenCalled();
    expect(at.locate(['metadata', 'name'])).toEqual({ line: 3, column: 9 });
    expect(at.locate(['metadata', 'name'], 'key')).toEqual({ line: 3, column: 3 });
    expect(at.locate(['items', 1, 'key'])).toEqual({ line: 8, column: 10 });
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('locates in a text given as is, a duplicate key at its first', () => {
    const at = new LazyLocator(TEXT);
    expect(at.locate(['dup'], 'key')).toEqual({ line: 10, column: 1 });
    expect(at.locate(['dup'])).toEqual({ line: 10, column: 6 });
  });
});
