// document/flow-depth.ts: a file nested deeper than the parser can safely recurse is refused before it
// parses, at the bracket that goes too deep; brackets that are text do not count.
import { firstTooDeepFlow, MAX_FLOW_DEPTH, tooDeepFlowPosition } from '../document/flow-depth';
import { localizedText } from '../document/i18n';
import { parseLocatedYaml } from '../document/located-yaml';
import { loadManifestBytes } from '../document/load';

const nested = (depth: number, open = '[', close = ']') => `deep: ${open.repeat(depth)}${close.repeat(depth)}\n`;

describe('firstTooDeepFlow', () => {
  it('answers the bracket one level past the bound, and nothing at the bound', () => {
    expect(firstTooDeepFlow(nested(3), 3)).toBe(undefined);
    expect(firstTooDeepFlow(nested(4), 3)).toBe(9);
    expect(firstTooDeepFlow(nested(4, '{a: ', '}'), 3)).toBe(18);
    expect(firstTooDeepFlow(nested(MAX_FLOW_DEPTH))).toBe(undefined);
    expect(firstTooDeepFlow(nested(MAX_FLOW_DEPTH + 1))).toBe(6 + MAX_FLOW_DEPTH);
  });

  it('counts what is open: closed brackets give their level back', () => {
    expect(firstTooDeepFlow('a: [[1], [2], [3]]\nb: [[4]]\n', 2)).toBe(undefined);
    expect(firstTooDeepFlow('a: [[1], [[2]]]\n', 2)).toBe(10);
    expect(firstTooDeepFlow('- [\n  - ]\n- ]\n- [[x]]\n', 2)).toBe(undefined);
  });

  it('does not count brackets in plain scalars, quoted scalars or comments', () => {
    expect(firstTooDeepFlow('a: x[[[[y\n', 2)).toBe(undefined);
    expect(firstTooDeepFlow("a: \"[[[[ \\\" [[[[\"\nb: '[[[ '' [[['\n", 2)).toBe(undefined);
    expect(firstTooDeepFlow('a: 1 # [[[[\n# {{{{\n', 2)).toBe(undefined);
    // A # glued to text is text, and the brackets after it count.
    expect(firstTooDeepFlow('a: [x#, [[1]]]\n', 2)).toBe(9);
    // Right after a comma inside brackets, a bracket opens an item; after a comma of plain text it does not.
    expect(firstTooDeepFlow('a: [[x],[[1]]]\n', 2)).toBe(9);
    expect(firstTooDeepFlow('a: x,[[[[1\n', 2)).toBe(undefined);
  });
});

describe('firstTooDeepFlow, edge by edge', () => {
  it('counts from the first character, and no bracket right after text', () => {
    expect(firstTooDeepFlow('[[[1]]]\n', 2)).toBe(2);
    expect(firstTooDeepFlow('x[[[[[\n', 2)).toBe(undefined);
  });

  it('gives a level back at a closing brace as at a closing bracket, and never goes below none', () => {
    expect(firstTooDeepFlow('x: [{a: 1}, {b: 1}, {c: [1]}]\n', 3)).toBe(undefined);
    expect(firstTooDeepFlow('a: x]]]\nb: [[[1]]]\n', 2)).toBe(13);
  });

  it('reads on after a comment, at the next line, and to the end of a last line', () => {
    expect(firstTooDeepFlow('a: 1 # x\nb: [[[1]]]\n', 2)).toBe(14);
    expect(firstTooDeepFlow('a: 1 # [[[[', 2)).toBe(undefined);
    expect(firstTooDeepFlow('# [[[[\na: 1\n', 2)).toBe(undefined);
  });

  it('reads on after a quoted scalar, at its real end', () => {
    // Double quotes end at a quote not escaped by a backslash; in single quotes '' is the escape.
    expect(firstTooDeepFlow('a: ["x", [[1]]]\n', 2)).toBe(10);
    expect(firstTooDeepFlow('a: "x\\" [[[" \nb: [[[1]]]\n', 2)).toBe(19);
    expect(firstTooDeepFlow("a: 'x'' [[[' \nb: [[[1]]]\n", 2)).toBe(19);
    // A backslash escapes nothing in single quotes.
    expect(firstTooDeepFlow("a: ['x\\', [[1]]]\n", 2)).toBe(11);
    // Inside brackets, a quote after text is text (a\"b is a plain scalar there).
    expect(firstTooDeepFlow('a: [x"y, [[[1]]]]\n', 3)).toBe(11);
  });
});

describe('tooDeepFlowPosition', () => {
  it('is the line and column of that bracket, on any line, at a line end too', () => {
    expect(tooDeepFlowPosition('a: 1\n')).toBe(undefined);
    const text = `a: 1\nb:\n${'['.repeat(MAX_FLOW_DEPTH + 1)}\n${']'.repeat(MAX_FLOW_DEPTH + 1)}\nc: 2\n`;
    expect(tooDeepFlowPosition(text)).toEqual({ line: 3, column: MAX_FLOW_DEPTH + 1 });
    expect(tooDeepFlowPosition(`${'['.repeat(MAX_FLOW_DEPTH + 1)}`)).toEqual({ line: 1, column: MAX_FLOW_DEPTH + 1 });
  });
});

describe('a file nested too deep for the parser', () => {
  it('is refused before it parses, at that bracket, in both languages (manifests)', () => {
    const { findings } = loadManifestBytes('deep.yaml', Buffer.from(`a: 1\n${nested(20_000)}`));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      file: 'deep.yaml',
      line: 2,
      column: 7 + MAX_FLOW_DEPTH,
      severity: 'error',
      ruleId: 'yaml-nesting',
      message: 'nesting is too deep to parse (limit 32 levels)',
    });
    expect(localizedText(findings[0]!, 'zh').message).toMatch(/\p{Script=Han}/u);
  });

  it('is refused the same way in a stack file, waivers or pack config', () => {
    const read = parseLocatedYaml(Buffer.from(`config:\n  x: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n`));
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({
      line: 2,
      column: 6 + 4 * MAX_FLOW_DEPTH,
      message: `nesting is too deep to parse (limit ${MAX_FLOW_DEPTH} levels)`,
    });
  });
});
