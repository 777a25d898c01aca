// document/flow-depth.ts: a file nested deeper than the parser can safely recurse is refused before it
// parses, at the bracket that goes too deep; brackets that are text do not count.
import { firstTooDeepFlow, MAX_FLOW_DEPTH } from '../document/flow-depth';
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
