import fc from 'fast-check';
import { dump } from 'js-yaml';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { FastLocator } from '../document/fast-locate';
import { LazyLocator, Locator, type FieldPathSegments } from '../document/locate';
import { happyManifest, yamlOf } from './support/manifests';

/**
 * The fast locator answers what the `yaml` library's does, or nothing: every path of the data (and one
 * missing below each collection), at its key and at its value, over texts written every way the two
 * libraries write them, with comments and blank lines put in.
 */

function fullLocator(text: string): Locator {
  const lineCounter = new LineCounter();
  return new Locator(parseDocument(text, { lineCounter, uniqueKeys: false, logLevel: 'error' }), lineCounter);
}

function pathsOf(data: unknown, prefix: (string | number)[] = [], out: FieldPathSegments[] = []): FieldPathSegments[] {
  out.push(prefix);
  if (Array.isArray(data)) {
    data.forEach((item, index) => pathsOf(item, [...prefix, index], out));
    out.push([...prefix, data.length]);
  } else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) pathsOf(value, [...prefix, key], out);
    out.push([...prefix, 'absent']);
  }
  return out;
}

/** How many answers the fast locator gave, after checking each against the `yaml` library's. */
function agreed(text: string): number {
  return agreement(text).answered;
}

function agreement(text: string): { answered: number; asked: number } {
  const fast = FastLocator.of(text);
  if (!fast) return { answered: 0, asked: 0 };
  // Comments put into a quoted text can make one the yaml library refuses (js-yaml reads it): no
  // locator is asked about a text that did not load.
  const parsed = parseDocument(text, { uniqueKeys: false, logLevel: 'error' });
  if (parsed.errors.length > 0) return { answered: 0, asked: 0 };
  const full = fullLocator(text);
  const data = parsed.toJS() as unknown;
  let answered = 0;
  let asked = 0;
  for (const path of pathsOf(data))
    for (const at of ['key', 'value'] as const) {
      asked++;
      const known = fast.locate(path, at);
      if (!known) continue;
      answered++;
      expect({ path, at, ...known }).toEqual({ path, at, ...full.locate(path, at) });
    }
  return { answered, asked };
}

/** Mostly plain words, as manifests have; sometimes a key the fast locator must leave alone. */
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('name', 'spec', 'a', 'b_c', 'x-y', 'on', 'yes') },
  { weight: 1, arbitrary: fc.constantFrom('true', 'null', '1', 'a b', '名', '-k', '') },
);
const scalar = fc.oneof(
  fc.constantFrom('plain', 'two words', '', ' lead', 'a: b', '# not', '- x', 'line\nbreak', '名字', 'yes', '0x1F'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 3 }),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}));
const document = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });

/** Comments and blank lines put in after some lines, at the line's own indentation or none. */
function withComments(text: string, after: readonly boolean[]): string {
  return text
    .split('\n')
    .map((line, index) => {
      if (!after[index % Math.max(after.length, 1)]) return line;
      const indent = /^ */.exec(line)![0];
      return `${line}\n${index % 2 ? indent : ''}# note ${index}\n`;
    })
    .join('\n');
}

describe('the fast locator', () => {
  it('answers every field of a manifest, as the yaml library does', () => {
    const text = yamlOf(happyManifest());
    const { answered, asked } = agreement(text);
    expect(answered).toBe(asked);
    expect(asked).toBe(pathsOf(parseDocument(text).toJS()).length * 2);
  });

  it('agrees with the yaml library on texts js-yaml writes', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        document,
        fc.record({ indent: fc.integer({ min: 1, max: 4 }), flowLevel: fc.integer({ min: -1, max: 2 }) }),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 5 }),
        (data, options, noArrayIndent, after) => {
          const text = dump(data, { ...options, noArrayIndent, lineWidth: 20 });
          answered += agreed(text) + agreed(withComments(text, after)) + agreed(text.replace(/\n/g, '\r\n'));
        },
      ),
      { numRuns: 300 },
    );
    // Most fields are answered fast: the agreement is not that of a locator that knows nothing.
    expect(answered).toBeGreaterThan(1000);
  });

  it('agrees with the yaml library on texts the yaml library writes', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        document,
        fc.record({
          indent: fc.integer({ min: 2, max: 4 }),
          indentSeq: fc.boolean(),
          defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL') as fc.Arbitrary<
            'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL'
          >,
          defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<
            null | 'PLAIN' | 'QUOTE_DOUBLE'
          >,
          collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
        }),
        fc.array(fc.boolean(), { maxLength: 5 }),
        (data, options, after) => {
          const text = stringify(data, { ...options, lineWidth: 20 });
          answered += agreed(text) + agreed(withComments(text, after));
        },
      ),
      { numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(600);
  });

  it.each([
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['lines ended by a lone carriage return', '# c\ra: 1\r'],
    ['an anchor', 'a: &x 1\nb: 2\n'],
    ['an alias', 'a: 1\nb: *a\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a merge key', 'a: 1\n<<: {}\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['no document', '# only a comment\n'],
    ['text that does not parse', 'a: [1\n'],
  ])('leaves a text with %s to the yaml library', (_what, text) => {
    expect(FastLocator.of(text)).toBeUndefined();
  });

  it.each([
    ['an empty value', 'a:\nb: 1\n', ['a']],
    ['a quoted key', '"a": 1\n', ['a']],
    ['a key that is a number', '1: one\n', [1]],
    ['a key that is a boolean word', 'true: x\n', ['true']],
    ['an item with nothing', 'a:\n  -\n  - 2\n', ['a', 1]],
    ['a flow collection', 'a: [1, 2]\n', ['a', 0]],
    ['a block scalar', 'a: |\n  text\n', ['a']],
    ['a flow mapping at the top', '{a: 1}\n', ['a']],
    ['an empty value with a comment at the end', 'b: 1\na: # note', ['a']],
  ])('answers nothing where %s is on the way, and the lazy locator asks the yaml library', (_what, text, path) => {
    expect(FastLocator.of(text)?.locate(path)).toBeUndefined();
    expect(new LazyLocator(text).locate(path)).toEqual(fullLocator(text).locate(path));
  });

  it.each([
    ['spaces before a colon', 'a  : 1\nb: 2\n'],
    ['a tab before a colon', 'a\t: 1\nb: 2\n'],
    ['a tab after a colon', 'a:\t1\nb:\t\tx\n'],
    ['a comment after a colon', 'a: # note\n  b: 1\nc: # note\n  - 2\n'],
    ['a key on the line after a comment', 'a:\n  # note\n\n  b: 1\n'],
    ['a sequence as deep as its key', 'a:\n- 1\n- b: 2\n  c: 3\n'],
    ['a scalar on the line after its key', 'a:\n  text\nb:\n  - x\n'],
    ['a blank line first', '\nname: x\n'],
  ])('answers every field of a text with %s, as the yaml library does', (_what, text) => {
    const { answered, asked } = agreement(text);
    expect(answered).toBe(asked);
    expect(asked).toBeGreaterThan(4);
  });

  it('answers a missing field at the deepest field on its way, as the yaml library does', () => {
    const text = 'metadata:\n  name: x\nspec:\n  items:\n    - a\n';
    const fast = FastLocator.of(text)!;
    expect(fast.locate(['metadata', 'contact', 'email'])).toEqual({ line: 2, column: 3 });
    expect(fast.locate(['spec', 'items', 5])).toEqual({ line: 5, column: 5 });
    expect(fast.locate(['spec', 'items', 'name'])).toEqual({ line: 5, column: 5 });
    expect(fast.locate(['metadata', 'name', 'deeper'])).toEqual({ line: 2, column: 9 });
    // A sequence is not asked for its length, nor a mapping for what its prototype has.
    expect(fast.locate(['spec', 'items', 'length'])).toEqual({ line: 5, column: 5 });
    expect(fast.locate(['metadata', 'constructor'])).toEqual({ line: 2, column: 3 });
    expect(fullLocator(text).locate(['metadata', 'constructor'])).toEqual({ line: 2, column: 3 });
  });
});
