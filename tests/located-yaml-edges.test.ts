import { parseLocatedYaml } from '../document/located-yaml';
import { msg, render } from '../document/i18n';

/** The small YAML inputs (stack files, Pulumi.yaml) read the way manifests are (#17, mutation score). */

const problemsOf = (text: string | Buffer) =>
  parseLocatedYaml(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8')).problems;

describe('a small YAML input', () => {
  it('whose data cannot be built is refused at the node at fault, in both languages (fuzzing found a stack file throw)', () => {
    const [alias] = problemsOf('pools:\n  central: { cpu: *a8, memoryGiB: 32 }\n');
    expect(alias).toMatchObject({ line: 2, column: 19, message: 'alias `*a8` refers to no anchor `&a8` above it' });
    expect(render(alias!.localized!.message as never, 'zh')).toContain('*a8');
    const rows = ['a: &a [x, x, x, x, x]'];
    for (let level = 1; level < 6; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      rows.push(`${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}]`);
    }
    const [bomb] = problemsOf(`${rows.join('\n')}\n`);
    expect(bomb).toMatchObject({ line: 2, message: expect.stringContaining('alias') });
    // A few aliases are read (MAX_INPUT_ALIASES bounds what they expand to); none of envcloud's inputs needs one.
    expect(parseLocatedYaml(Buffer.from('a: &a [1, 2]\nb: [*a, *a]\n'))).toMatchObject({
      problems: [],
      data: {
        a: [1, 2],
        b: [
          [1, 2],
          [1, 2],
        ],
      },
    });
  });

  it('is parsed with a locator when clean', () => {
    const parsed = parseLocatedYaml(Buffer.from('a: 1\nb:\n  c: [x, y]\n'));
    expect(parsed.problems).toEqual([]);
    if (!('document' in parsed)) throw new Error('expected a document');
    expect(parsed.text).toBe('a: 1\nb:\n  c: [x, y]\n');
    expect(parsed.document.toJS()).toEqual({ a: 1, b: { c: ['x', 'y'] } });
    expect(parsed.data).toEqual({ a: 1, b: { c: ['x', 'y'] } });
    expect(parsed.locator.locate(['b', 'c', 1])).toEqual({ line: 3, column: 10 });
  });

  it('is refused on its encoding first, with the message, hint and catalog messages at 1:1', () => {
    expect(problemsOf(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]))).toEqual([
      {
        message: 'file starts with a UTF-8 byte-order mark (BOM)',
        hint: 'save the file as UTF-8 without BOM',
        localized: { message: msg('file.bom'), hint: msg('file.save-utf8.hint') },
        line: 1,
        column: 1,
      },
    ]);
    const [invalid] = problemsOf(Buffer.from([0x61, 0x3a, 0x20, 0x0a, 0x62, 0xff]));
    expect(invalid).toMatchObject({ line: 2, column: 2, message: 'invalid UTF-8 byte 0xff at byte offset 5' });
  });

  it('reports a duplicate key at the second one, in the parser words in English and by its code in Chinese', () => {
    const problems = problemsOf('a: 1\nb: 2\na: 3\n');
    expect(problems).toEqual([
      {
        message: 'Map keys must be unique',
        localized: {
          message: msg('text.untranslated', {
            text: 'Map keys must be unique',
            fallback: msg('yaml.parser', { code: 'DUPLICATE_KEY' }),
          }),
        },
        line: 3,
        column: 1,
      },
    ]);
    expect('hint' in problems[0]!).toBe(false);
    expect(render(problems[0]!.localized!.message, 'zh')).toBe('同一层中的键重复了');
  });

  it("keeps only the first line of the parser's message", () => {
    const [problem] = problemsOf('a: [1\n');
    expect(problem!.message).toMatch(/^Flow sequence in block collection must be sufficiently indented/);
    expect(problem!.message).not.toContain('\n');
    expect(problem).toMatchObject({ line: 2, column: 1 });
  });

  it('reports an unclosed quote where it opens, with the hint', () => {
    expect(problemsOf('a: 1\nb: "x\nc: 2\n')).toEqual([
      {
        message: 'the " opened here is never closed',
        hint: 'close the string with " on this line',
        localized: {
          message: msg('yaml.unclosed-quote', { quote: '"' }),
          hint: msg('yaml.unclosed-quote.hint', { quote: '"' }),
        },
        line: 2,
        column: 4,
      },
    ]);
  });

  it('reports every error of the file', () => {
    expect(problemsOf('a: 1\na: 2\nb: 1\nb: 2\n').map(({ line }) => line)).toEqual([2, 4]);
  });
});
