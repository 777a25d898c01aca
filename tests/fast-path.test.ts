import fc from 'fast-check';
import { isBlankOrComments, loadManifestBytes, loadManifestFast } from '../document/load';
import { checkSchema } from '../validation/schema-check';
import { happyManifest, sourceFindings, yamlOf } from './support/manifests';

const valid = yamlOf(happyManifest());

/** What the full parser plus the schema say of a text: the authoritative verdict. */
function fullVerdict(text: string): boolean {
  const loaded = loadManifestBytes('m.yaml', Buffer.from(text));
  return Boolean(loaded.document && checkSchema(loaded.document).manifest);
}

/** What the fast path says: it may decline (undefined), but must never accept what the full path rejects. */
function fastVerdict(text: string): boolean | undefined {
  const loaded = loadManifestFast('m.yaml', Buffer.from(text));
  return loaded ? Boolean(checkSchema(loaded).manifest) : undefined;
}

/** What the fast path passes is green: the full parser must read it alike, without a syntax error. */
function readsAlikeWhenPassed(text: string): void {
  const fast = loadManifestFast('m.yaml', Buffer.from(text));
  if (!fast || !checkSchema(fast).manifest) return;
  const full = loadManifestBytes('m.yaml', Buffer.from(text));
  expect(full.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  expect(full.document?.data).toEqual(fast.data);
}

describe('the fast loading path', () => {
  it('takes clean files and leaves YAML features to the full parser', () => {
    expect(loadManifestFast('m.yaml', Buffer.from(valid))).toBeDefined();
    for (const feature of [
      'a: &x 1\nb: *x\n',
      'a: !tag 1\n',
      'a: 1\n<<: {b: 2}\n',
      'a: 1\n---\nb: 2\n',
      '- 1\n',
      'constructor: 1\n',
    ]) {
      expect(loadManifestFast('m.yaml', Buffer.from(feature))).toBeUndefined();
    }
  });

  it('never accepts a file the full parser rejects (differential, random single-character edits)', () => {
    const alphabet = [
      ':',
      ' ',
      '\t',
      '-',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      '\n',
      '#',
      '|',
      '>',
      '?',
      ',',
      '%',
      '@',
      '`',
      'x',
      '1',
      '名',
    ];
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.constantFrom(...alphabet),
        fc.constantFrom('insert', 'replace', 'delete'),
        (at, char, edit) => {
          const text =
            edit === 'insert'
              ? valid.slice(0, at) + char + valid.slice(at)
              : edit === 'replace'
                ? valid.slice(0, at) + char + valid.slice(at + 1)
                : valid.slice(0, at) + valid.slice(at + 1);
          const fast = fastVerdict(text);
          if (fast === true) expect(fullVerdict(text)).toBe(true);
        },
      ),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('leaves flow style written over lines to the full parser, which refuses one not indented under its key', () => {
    const over = (lines: string) => valid.replace(/^ {2}name: .*$/m, `  name: ${lines}`);
    for (const refused of [
      "'环境保护部政府网站\n# 这不是注释\n    业务数据'",
      "'环境保护部政府网站\n 业务数据'",
      '"环境保护部政府网站\n业务数据"',
      '[环境保护部政府网站,\n业务数据]',
      '{x: 环境保护部政府网站,\n y: 业务数据}',
    ]) {
      expect(fastVerdict(over(refused))).toBeUndefined();
      expect(fullVerdict(over(refused))).toBe(false);
      // Lines ended the Windows way are counted alike.
      expect(fastVerdict(over(refused).replace(/\n/g, '\r\n'))).toBeUndefined();
    }
    const indented = over("'环境保护部政府网站\n    业务数据'");
    expect(fastVerdict(indented)).toBeUndefined();
    expect(fullVerdict(indented)).toBe(true);
    // Flow style on one line stays fast: at the start of a line, and closing a block written over lines.
    expect(loadManifestFast('m.yaml', Buffer.from('{a: 1, b: [2]}\n'))).toBeDefined();
    expect(loadManifestFast('m.yaml', Buffer.from("a:\n  b: 'x'\n  c: [1, 2]\nd: 1\n"))).toBeDefined();
    // A plain text over lines that ends with a quote is no flow style.
    expect(loadManifestFast('m.yaml', Buffer.from("a: the unit'\n  s]\nb: o'\n  k'\n"))).toBeDefined();
    // On one line, or not quoted, the fast path takes it.
    expect(fastVerdict(over("'环境保护部政府网站'"))).toBe(true);
  });

  it('leaves numbers YAML 1.2 reads otherwise than js-yaml to the full parser', () => {
    for (const number of ['0b101', '-0x1', '+0x1', '-0o7', '[0b1]']) {
      const text = valid.replace(/^ {2}number: .*$/m, `  number: ${number}`);
      expect(fastVerdict(text)).toBeUndefined();
      expect(fullVerdict(text)).toBe(false);
    }
    // And the other way: YAML 1.2 reads `-.5` as a number where js-yaml reads text.
    const signedFraction = valid.replace(/^( +description: ).*$/m, '$1-.5');
    expect(signedFraction).not.toBe(valid);
    expect(fastVerdict(signedFraction)).toBeUndefined();
    expect(fullVerdict(signedFraction)).toBe(false);
    // A digest holding `0b` is no number: the fast path takes it.
    expect(fastVerdict(valid.replace(/^ {2}number: .*$/m, '  number: 1\n# sha256:a0b1'))).toBe(true);
    expect(fastVerdict(valid.replace(/^ {2}number: .*$/m, '  number: 0x1'))).toBe(true);
  });

  it('passes only what the full parser reads alike (differential, several edits at once)', () => {
    // Pieces of YAML that js-yaml and the yaml library have read differently: flow style over lines,
    // comments at the margin, numbers outside YAML 1.2's core schema, escapes, indentation.
    const pieces = ['\n', '\n#', '\n ', ' ', "'", '"', '[', ']', '{', '}', ',', ':', '- ', '? ', '|', '>', '\t'];
    const more = ['0b1', '-0x1', '0x1', '0o7', '1_0', '\\x41', '\r', '~', '.5', 'yes', '1e3', '名'];
    const edit = fc.record({
      at: fc.nat(valid.length - 1),
      piece: fc.constantFrom(...pieces, ...more),
      kind: fc.constantFrom('insert', 'replace'),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = valid;
        for (const { at, piece, kind } of edits) {
          const where = Math.min(at, text.length);
          text = text.slice(0, where) + piece + text.slice(kind === 'insert' ? where : where + piece.length);
        }
        readsAlikeWhenPassed(text);
      }),
      { numRuns: 1500, seed: 20261203 },
    );
  });

  it('passes only what the full parser reads alike (differential, values written the ways the two parsers differ on)', () => {
    const lines = valid.split('\n');
    const valued = lines.flatMap((line, index) => (/^ *[A-Za-z]+: \S/.test(line) ? [index] : []));
    const margin = fc.nat(8).map((width) => ' '.repeat(width));
    const value = fc.oneof(
      fc.constantFrom(
        '0b1',
        '-0x1',
        '+0x1',
        '-0o7',
        '0x1F',
        '0o7',
        '1_000',
        '.5',
        '-.5',
        '+.5e3',
        '1e3',
        '+1',
        '-.inf',
      ),
      fc.tuple(fc.constantFrom("'", '"'), margin).map(([quote, at]) => `${quote}环境\n${at}数据${quote}`),
      fc.tuple(fc.constantFrom("'", '"'), margin).map(([quote, at]) => `${quote}环境\n# 注释\n${at}数据${quote}`),
      margin.map((at) => `[环境,\n${at}数据]`),
      margin.map((at) => `{x: 环境,\n${at}y: 数据}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...valued), value, (index, written) => {
        const changed = [...lines];
        changed[index] = changed[index]!.replace(/: .*$/, `: ${written}`);
        const text = changed.join('\n');
        readsAlikeWhenPassed(text);
      }),
      { numRuns: 600, seed: 20261203 },
    );
  });

  it('leaves content on the line of a document marker to the full parser, which refuses a mapping there', () => {
    // The manifest's lines under its first, which follows the marker: js-yaml reads the mapping.
    const marked = `--- ${valid.replace(/^#.*\n/gm, '').replace(/\n(?=.)/g, '\n    ')}`;
    expect(fastVerdict(marked)).toBeUndefined();
    expect(fullVerdict(marked)).toBe(false);
    // A marker alone on its line, or with a comment, is plain.
    expect(fastVerdict(`---\n${valid}`)).toBe(true);
    expect(fastVerdict(`--- # 系统迁移清单\n${valid}`)).toBe(true);
  });

  it('agrees with the full path on the duplicate-key and tab cases js-yaml also rejects', () => {
    expect(fastVerdict('a: 1\na: 2\n')).toBeUndefined();
    expect(fastVerdict(valid.replace('  number:', '\tnumber:'))).toBeUndefined();
  });
});

describe('blank and comment-only detection', () => {
  it('is linear: many blank lines before content take no time (an earlier pattern backtracked exponentially)', () => {
    const started = Date.now();
    expect(isBlankOrComments(`${'\n'.repeat(5000)}# c\n${'   \n'.repeat(5000)}a: 1\n`)).toBe(false);
    expect(isBlankOrComments(`${'\n'.repeat(5000)}# only a comment\n  \n`)).toBe(true);
    expect(sourceFindings(`${'\n'.repeat(60)}${valid}`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
