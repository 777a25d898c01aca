import { DEFAULT_LIMITS } from '../document/limits';
import { firstInvalidUtf8Offset } from '../document/encoding';
import { localizedText } from '../document/i18n';
import { loadManifestBytes } from '../document/load';
import { happyManifest, sourceFindings, yamlOf } from './support/manifests';

const valid = yamlOf(happyManifest());

function only(text: string | Buffer) {
  const findings = sourceFindings(text);
  expect(findings.length).toBeGreaterThan(0);
  return findings[0]!;
}

describe('loading a manifest file', () => {
  it('accepts the happy-path manifest with no finding', () => {
    expect(sourceFindings(valid)).toEqual([]);
  });

  it.each([
    ['empty file', '', 'file-empty', 1, 1],
    ['only comments', '# nothing here\n\n# still nothing\n', 'file-empty', 1, 1],
    ['a byte-order mark', `\ufeff${valid}`, 'file-bom', 1, 1],
    ['a sequence at the top', '- a\n- b\n', 'yaml-not-mapping', 1, 1],
    ['a scalar at the top', 'just text\n', 'yaml-not-mapping', 1, 1],
    ['two documents', `${valid}---\n${valid}`, 'yaml-multiple-documents', valid.split('\n').length, 1],
    ['a duplicate key', 'apiVersion: envcloud/v1\nkind: SystemMigration\nkind: Other\n', 'yaml-duplicate-key', 3, 1],
    ['a tab as indentation', 'metadata:\n\tnumber: 1\n', 'yaml-tab-indent', 2, 1],
    ['an unclosed flow sequence', 'apiVersion: [envcloud\nkind: x\n', 'yaml-syntax', 2, 1],
    ['an unknown tag', 'apiVersion: !Ref envcloud/v1\n', 'yaml-unknown-tag', 1, 13],
    [
      'a __proto__ key',
      'apiVersion: envcloud/v1\nmetadata:\n  __proto__:\n    polluted: true\n',
      'yaml-forbidden-key',
      3,
      3,
    ],
    ['a constructor key', 'constructor: x\n', 'yaml-forbidden-key', 1, 1],
  ])('reports %s as a located error', (_what, text, ruleId, line, column) => {
    const finding = only(text);
    expect(finding).toMatchObject({ ruleId, severity: 'error', line, column, file: 'manifests/bad.yaml' });
    expect(finding.message.length).toBeGreaterThan(10);
  });

  it('reads a file that asks for YAML 1.2 or 1.1 with its dates as text, anchors or not', () => {
    // Read as YAML 1.1 by the full parser, its dates were timestamps ("found a mapping"), but only when an
    // anchor sent it there: the fast path read the same file as 1.2 and passed it.
    expect(sourceFindings(`%YAML 1.2\n---\n${valid}`)).toEqual([]);
    expect(sourceFindings(`%YAML 1.1\n---\n${valid}`)).toEqual([]);
    expect(sourceFindings(`# c\n%YAML 1.1\n---\n${valid.replace('metadata:', 'metadata: &m')}`)).toEqual([]);
  });

  it('reports every YAML error of a file, not only the first', () => {
    const findings = sourceFindings('a: 1\na: 2\nb: 1\nb: 2\n');
    expect(findings.map((finding) => [finding.ruleId, finding.line])).toEqual([
      ['yaml-duplicate-key', 2],
      ['yaml-duplicate-key', 4],
    ]);
  });

  it('stops an alias bomb with a located error instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      bomb.push(
        `${name}: &${name} [*${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}, *${previous}]`,
      );
    }
    const started = Date.now();
    const finding = only(`${bomb.join('\n')}\n`);
    expect(finding.ruleId).toBe('yaml-alias-limit');
    expect(finding.line).toBeGreaterThanOrEqual(2);
    expect(finding.line).toBeLessThanOrEqual(9);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('rejects absurd nesting with a located error, whether flow or block', () => {
    expect(only(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`).ruleId).toBe('yaml-nesting');
    let block = '';
    for (let depth = 0; depth < 60; depth++) block += `${'  '.repeat(depth)}k${depth}:\n`;
    expect(only(`${block}${'  '.repeat(60)}v: 1\n`).ruleId).toBe('yaml-nesting');
    // Too deep for the parser itself (it recurses): refused before it parses, at the bracket past
    // MAX_FLOW_DEPTH (256 levels). The parser's own overflow said 'Maximum call stack size exceeded'.
    const overflow = only(`a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(overflow).toMatchObject({
      ruleId: 'yaml-nesting',
      severity: 'error',
      line: 1,
      column: 4 + 256,
      message: 'nesting is too deep to parse (limit 32 levels)',
      hint: 'a manifest is a handful of levels deep (limit 32): check the brackets and indentation here',
    });
    expect(localizedText(overflow, 'zh')).toEqual({
      message: '嵌套太深，无法解析（上限 32 层）',
      hint: '清单只有几层深（上限 32 层）：检查此处的括号和缩进',
    });
  });

  it('rejects a file over the size limit before parsing it', () => {
    const big = Buffer.alloc(DEFAULT_LIMITS.maxFileBytes + 1, 'a');
    const finding = loadManifestBytes('big.yaml', big).findings[0]!;
    expect(finding).toMatchObject({ ruleId: 'file-too-large', line: 1, column: 1 });
    expect(finding.message).toContain('256 KiB');
    expect(
      loadManifestBytes('small.yaml', Buffer.from(valid), { ...DEFAULT_LIMITS, maxFileBytes: 10 }).findings[0]!.ruleId,
    ).toBe('file-too-large');
  });

  it('locates non-UTF-8 bytes (a GBK-encoded line) at their line and column', () => {
    const gbk = Buffer.concat([
      Buffer.from('apiVersion: envcloud/v1\nname: 名'),
      Buffer.from([0xc3, 0xfb]),
      Buffer.from('\n'),
    ]);
    const finding = only(gbk);
    expect(finding).toMatchObject({ ruleId: 'file-encoding', line: 2, column: 8 });
    expect(finding.hint).toContain('UTF-8');
  });

  it('reports UTF-16 files as an encoding error', () => {
    expect(only(Buffer.from([0xff, 0xfe, 0x61, 0x00])).ruleId).toBe('file-encoding');
  });

  it('finds the start of the first malformed UTF-8 sequence', () => {
    expect(firstInvalidUtf8Offset(Buffer.from([0x61, 0x62, 0xff, 0x63]))).toBe(2);
    expect(firstInvalidUtf8Offset(Buffer.from([0x61, 0xe5, 0x41, 0x42]))).toBe(1);
    expect(firstInvalidUtf8Offset(Buffer.from([0x61, 0xe5, 0x90]))).toBe(1);
  });
});
