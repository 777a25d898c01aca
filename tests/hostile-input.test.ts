import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../validation/validate';
import { localizedText } from '../document/i18n';

/** Issue #17's remaining wrong lines and messages, each pinned at its line, column and rule. */
const base = readFileSync(join(__dirname, 'corpus/base.yaml'), 'utf8');
const findings = (text: string | Buffer) =>
  checkSource({ file: 'm.yaml', bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) }).findings;

describe('line endings', () => {
  it('a file with old-Mac (CR-only) line endings says so, at the first CR, with the fix (was "file has no YAML content", or valid on the fast path)', () => {
    // The base file is valid: js-yaml reads CR as a line break and the yaml library does not, so both paths must refuse it.
    for (const text of [
      base.replace(/\n/g, '\r'),
      base.replace('outcome: merge', 'outcome: merg').replace(/\n/g, '\r'),
    ]) {
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
    const found = findings(
      withAlias('  contact: &unit', '    *unit : 纳入')
        .replace('  contact: &unit', '  contact:')
        .replace('  reportingUnit: 信息中心', '  reportingUnit: &unit 信息中心'),
    );
    expect(found.map((finding) => `${finding.ruleId}@${finding.line}:${finding.column}`)).toEqual([
      'schema-unknown-field@16:5',
    ]);
  });

  it('a flow list as a key is an error at the key', () => {
    expect(findings(base.replace('  reportingUnit: 信息中心', '  ? [a, b]\n  : x'))[0]).toMatchObject({
      ruleId: 'yaml-complex-key',
      line: 9,
      column: 5,
    });
  });
});

describe('numbers that are not finite', () => {
  it.each([
    ['.inf', "`.inf` (YAML's infinity)"],
    ['-.inf', "`-.inf` (YAML's negative infinity)"],
    ['.nan', "`.nan` (YAML's not-a-number)"],
    ['.NaN', "`.nan` (YAML's not-a-number)"],
  ])('%s is named as written, not as "number null"', (value, shown) => {
    const found = findings(base.replace('number: 27', `number: ${value}`));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'schema-type', line: 5, column: 11 });
    expect(found[0]!.message).toBe(
      `\`metadata.number\` must be an integer, found ${shown}, which is not a finite number`,
    );
    expect(found[0]!.message).not.toContain('null');
    expect(found[0]!.hint).toMatch(/^write a finite number/);
  });
});

describe('Chinese quotation marks, decided per field kind', () => {
  it.each([
    ['an enum', 'outcome: merge', 'outcome: “merge”', 'schema-enum'],
    [
      'an identifier (slug)',
      'slug: s027-jsxmxzspxtjsxmhpjyssbxt',
      'slug: “s027-jsxmxzspxtjsxmhpjyssbxt”',
      'schema-format',
    ],
    ['a number', 'number: 27', 'number: “27”', 'schema-type'],
    ['a date', 'publishedOn: 2017-12-31', 'publishedOn: “2017-12-31”', 'schema-format'],
    ['an e-mail address', '    name: 待确认', '    name: 待确认\n    email: “ops@mee.gov.cn”', 'schema-format'],
  ])('%s: the schema refuses it, with the input-method hint, and no second warning', (_kind, from, to, ruleId) => {
    const found = findings(base.replace(from, to));
    expect(found.map((finding) => finding.ruleId)).toEqual([ruleId]);
    // In Chinese, for the people who make this slip (#14).
    expect(localizedText(found[0]!, 'zh').hint).toContain('中文引号');
  });

  it('free text wrapped whole in Chinese quotes (a plain scalar meant to be quoted) is a warning at the value, with the hint', () => {
    const found = findings(base.replace('  reportingUnit: 信息中心', '  reportingUnit: “信息中心”'));
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'text-input-method',
        severity: 'warning',
        line: 9,
        column: 18,
        field: 'metadata.reportingUnit',
      }),
    ]);
    expect(localizedText(found[0]!, 'zh').hint).toContain('把中文引号 “ ” 改成英文引号');
  });

  it('on the full path too (a file with another error), once', () => {
    const found = findings(
      base
        .replace('  reportingUnit: 信息中心', '  reportingUnit: “信息中心”')
        .replace('outcome: merge', 'outcome: merg'),
    );
    expect(found.map((finding) => `${finding.ruleId}@${finding.line}`).sort()).toEqual([
      'schema-enum@14',
      'text-input-method@9',
    ]);
  });

  it('finds free text wrapped whole in a list item, past a field left empty', () => {
    const text = base
      .replace(/ {6}description: .*\n/, '      description: “业务数据”\n')
      .replace('    name: 待确认', '    name: 待确认\n    email: ~');
    const quoted = findings(text).filter((finding) => finding.ruleId === 'text-input-method');
    expect(quoted.map((finding) => `${finding.field}@${finding.line}:${finding.column}`)).toEqual([
      'spec.dataResources[0].description@40:20',
    ]);
  });

  it.each([
    ['Chinese quotes inside prose', '  reportingUnit: 称为“一张图”的中心'],
    ['quotes kept on purpose inside YAML quotes', '  reportingUnit: "“信息中心”"'],
    ['a full-width comma in prose', '  reportingUnit: 信息中心，科技处'],
  ])('%s: accepted as typed, no warning', (_what, line) => {
    expect(findings(base.replace('  reportingUnit: 信息中心', line))).toEqual([]);
  });
});

describe('every input file is read bounded, and only if it is a regular file', () => {
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } =
    require('node:fs') as typeof import('node:fs');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { loadStackFile, StackConfigError } = require('../stacks/stack-file') as typeof import('../stacks/stack-file');
  const { loadWaivers, WaiverFileError } =
    require('../policies/waivers/load') as typeof import('../policies/waivers/load');
  const { loadPackConfig } = require('../audit/load-settings') as typeof import('../audit/load-settings');
  const { UsageError } = require('../model/errors') as typeof import('../model/errors');
  const root = join(__dirname, '..');
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-inputs-'));
    copyFileSync(join(root, 'Pulumi.yaml'), join(dir, 'Pulumi.yaml'));
    copyFileSync(join(root, 'Pulumi.dev.yaml'), join(dir, 'Pulumi.dev.yaml'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Makes `name` in the temporary project a FIFO, a link to /dev/zero, a folder or a 2 MiB file. */
  function spoil(name: string, how: 'fifo' | 'dev-zero' | 'folder' | 'huge'): string {
    const path = join(dir, name);
    rmSync(path, { force: true });
    if (how === 'fifo') execFileSync('mkfifo', [path]);
    if (how === 'dev-zero') symlinkSync('/dev/zero', path);
    if (how === 'folder') require('node:fs').mkdirSync(path);
    if (how === 'huge') writeFileSync(path, `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    return path;
  }
  const expected = {
    fifo: 'not a regular file',
    'dev-zero': 'not a regular file',
    folder: 'it is a folder',
    huge: 'is 2 MiB (2097155 bytes), more than the 1 MiB',
  } as const;
  const caught = (action: () => unknown): unknown => {
    try {
      action();
    } catch (error) {
      return error;
    }
    throw new Error('no error');
  };

  it.each(['fifo', 'dev-zero', 'folder', 'huge'] as const)(
    'a stack file that is a %s: a located stack-config error, no hang',
    (how) => {
      spoil('Pulumi.dev.yaml', how);
      const error = caught(() => loadStackFile(dir, 'dev')) as InstanceType<typeof StackConfigError>;
      expect(error).toBeInstanceOf(StackConfigError);
      expect(error.problems).toEqual([
        expect.objectContaining({
          key: 'Pulumi.dev.yaml',
          line: 1,
          column: 1,
          message: expect.stringContaining(expected[how]),
        }),
      ]);
    },
  );

  it.each(['fifo', 'dev-zero', 'huge'] as const)('a Pulumi.yaml that is a %s: located in Pulumi.yaml', (how) => {
    spoil('Pulumi.yaml', how);
    const error = caught(() => loadStackFile(dir, 'dev')) as InstanceType<typeof StackConfigError>;
    expect(error).toBeInstanceOf(StackConfigError);
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: 'Pulumi.yaml',
        line: 1,
        column: 1,
        message: expect.stringContaining(expected[how]),
      }),
    ]);
  });

  it.each(['fifo', 'dev-zero', 'folder', 'huge'] as const)(
    'a waiver file that is a %s: a located waiver-file error',
    (how) => {
      const path = spoil('waivers.yaml', how);
      const error = caught(() => loadWaivers(path, ['x'], 'waivers.yaml')) as InstanceType<typeof WaiverFileError>;
      expect(error).toBeInstanceOf(WaiverFileError);
      expect(error.message).toMatch(
        new RegExp(
          `^waivers\\.yaml:1:1: error\\[file-unreadable\\]: the waiver file .*${expected[how].replace(/[()]/g, '\\$&')}`,
        ),
      );
    },
  );

  it.each(['fifo', 'dev-zero', 'folder', 'huge'] as const)(
    'a pack config that is a %s: a located usage error',
    (how) => {
      const path = spoil('pack.json', how);
      const error = caught(() => loadPackConfig(path, [], true)) as Error;
      expect(error).toBeInstanceOf(UsageError);
      expect(error.message).toMatch(/pack\.json:1:1: error\[pack-config\]: the policy pack config /);
      expect(error.message).toContain(expected[how]);
    },
  );

  it('a missing waiver file is still no waivers, a missing default pack config no config', () => {
    expect(loadWaivers(join(dir, 'none.yaml'), ['x'])).toEqual([]);
    expect(loadPackConfig(join(dir, 'none.json'), [], false)).toEqual({});
  });
});
