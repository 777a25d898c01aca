import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../validation/validate';

/** Issue #17's remaining wrong lines and messages, each pinned at its line, column and rule. */
const base = readFileSync(join(__dirname, 'corpus/base.yaml'), 'utf8');
const findings = (text: string | Buffer) => checkSource({ file: 'm.yaml', bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) }).findings;

describe('line endings', () => {
  it('a file with old-Mac (CR-only) line endings says so, at the first CR, with the fix (was "file has no YAML content", or valid on the fast path)', () => {
    // The base file is valid: js-yaml reads CR as a line break and the yaml library does not, so both paths must refuse it.
    for (const text of [base.replace(/\n/g, '\r'), base.replace('outcome: merge', 'outcome: merg').replace(/\n/g, '\r')]) {
      const found = findings(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ ruleId: 'file-line-endings', line: 1, column: base.indexOf('\n') + 1 });
      expect(found[0]!.message).toContain('CR line endings');
      expect(found[0]!.hint).toContain('LF');
    }
  });

  it('one stray CR in an LF file is located on its own line; CRLF files are fine', () => {
    const stray = base.replace('  reportingUnit: 信息中心\n', '  reportingUnit: 信息中心\r');
    expect(findings(stray)[0]).toMatchObject({ ruleId: 'file-line-endings', line: 9, column: 22 });
    expect(findings(base.replace(/\n/g, '\r\n'))).toEqual([]);
  });
});

describe('aliases as keys', () => {
  const withAlias = (anchor: string, alias: string) => {
    const lines = base.split('\n');
    lines[9] = anchor;
    lines.splice(15, 0, alias);
    return lines.join('\n');
  };

  it('an alias of a mapping used as a key is an error at the alias (line 16), and no Node warning reaches stderr', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const found = findings(withAlias('  contact: &who', '    *who : 纳入'));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ ruleId: 'yaml-complex-key', line: 16, column: 5 });
      expect(found[0]!.message).toContain('`*who`');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  it('an alias of a scalar used as a key is located at the alias, not at the mapping around it', () => {
    const found = findings(withAlias('  contact: &unit', '    *unit : 纳入').replace('  contact: &unit', '  contact:').replace('  reportingUnit: 信息中心', '  reportingUnit: &unit 信息中心'));
    expect(found.map((finding) => `${finding.ruleId}@${finding.line}:${finding.column}`)).toEqual(['schema-unknown-field@16:5']);
  });

  it('a flow list as a key is an error at the key', () => {
    expect(findings(base.replace('  reportingUnit: 信息中心', '  ? [a, b]\n  : x'))[0]).toMatchObject({ ruleId: 'yaml-complex-key', line: 9, column: 5 });
  });
});

describe('numbers that are not finite', () => {
  it.each([
    ['.inf', '`.inf` (YAML\'s infinity)'],
    ['-.inf', '`-.inf` (YAML\'s negative infinity)'],
    ['.nan', '`.nan` (YAML\'s not-a-number)'],
    ['.NaN', '`.nan` (YAML\'s not-a-number)'],
  ])('%s is named as written, not as "number null"', (value, shown) => {
    const found = findings(base.replace('number: 27', `number: ${value}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema-type', line: 5, column: 11 });
    expect(found[0]!.message).toBe(`\`metadata.number\` must be an integer, found ${shown}, which is not a finite number`);
    expect(found[0]!.message).not.toContain('null');
    expect(found[0]!.hint).toMatch(/^write a finite number/);
  });
});

describe('Chinese quotation marks, decided per field kind', () => {
  it.each([
    ['an enum', 'outcome: merge', 'outcome: “merge”', 'schema-enum'],
    ['an identifier (slug)', 'slug: s027-jsxmxzspxtjsxmhpjyssbxt', 'slug: “s027-jsxmxzspxtjsxmhpjyssbxt”', 'schema-format'],
    ['a number', 'number: 27', 'number: “27”', 'schema-type'],
    ['a date', 'publishedOn: 2017-12-31', 'publishedOn: “2017-12-31”', 'schema-format'],
    ['an e-mail address', '    name: 待确认', '    name: 待确认\n    email: “ops@mee.gov.cn”', 'schema-format'],
  ])('%s: the schema refuses it, with the input-method hint, and no second warning', (_kind, from, to, ruleId) => {
    const found = findings(base.replace(from, to));
    expect(found.map((finding) => finding.ruleId)).toEqual([ruleId]);
    expect(found[0]!.hint).toContain('中文引号');
  });

  it('free text wrapped whole in Chinese quotes (a plain scalar meant to be quoted) is a warning at the value, with the hint', () => {
    const found = findings(base.replace('  reportingUnit: 信息中心', '  reportingUnit: “信息中心”'));
    expect(found).toEqual([expect.objectContaining({ ruleId: 'text-input-method', severity: 'warning', line: 9, column: 18, field: 'metadata.reportingUnit' })]);
    expect(found[0]!.hint).toContain('把中文引号 “ ” 改成英文引号');
  });

  it('on the full path too (a file with another error), once', () => {
    const found = findings(base.replace('  reportingUnit: 信息中心', '  reportingUnit: “信息中心”').replace('outcome: merge', 'outcome: merg'));
    expect(found.map((finding) => `${finding.ruleId}@${finding.line}`).sort()).toEqual(['schema-enum@14', 'text-input-method@9']);
  });

  it.each([
    ['Chinese quotes inside prose', '  reportingUnit: 称为“一张图”的中心'],
    ['quotes kept on purpose inside YAML quotes', '  reportingUnit: "“信息中心”"'],
    ['a full-width comma in prose', '  reportingUnit: 信息中心，科技处'],
  ])('%s: accepted as typed, no warning', (_what, line) => {
    expect(findings(base.replace('  reportingUnit: 信息中心', line))).toEqual([]);
  });
});
