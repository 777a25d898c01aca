import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../validation/validate';
import {
  escapeNonPrintable,
  escapeNonPrintableJson,
  firstNonPrintable,
  SURELY_PRINTABLE_RANGES,
} from '../document/printable';
import { formatText } from '../cli/format/text';

const base = readFileSync(join(__dirname, 'corpus/base.yaml'), 'utf8');

function findings(text: string) {
  return checkSource({ file: 'm.yaml', bytes: Buffer.from(text) }).findings.filter(
    (finding) => finding.ruleId === 'text-non-printable',
  );
}

describe('non-printable characters in a manifest (#17)', () => {
  it.each([
    // [what, edited text, line, column, code point named]
    [
      'a raw ESC hiding the rest of a terminal',
      base.replace('name: 待确认', 'name: 待\u001b[8m确认'),
      11,
      12,
      'U+001B (ESCAPE)',
    ],
    [
      'a YAML escape \\e in a quoted value',
      base.replace('name: 待确认', 'name: "待\\e[8m确认"'),
      11,
      11,
      'U+001B (ESCAPE)',
    ],
    [
      'a right-to-left override',
      base.replace('reportingUnit: 信息中心', 'reportingUnit: 信息\u202e中心'),
      9,
      20,
      'U+202E (RIGHT-TO-LEFT OVERRIDE)',
    ],
    [
      'a raw bell byte',
      base.replace('reportingUnit: 信息中心', 'reportingUnit: 信息\u0007中心'),
      9,
      20,
      'U+0007 (BELL)',
    ],
    [
      'a zero-width space in a key',
      base.replace('  reportingUnit: 信息中心', '  reporting\u200bUnit: 信息中心'),
      9,
      12,
      'U+200B (ZERO WIDTH SPACE)',
    ],
  ])('refuses %s, located at the character and naming its code point', (_what, text, line, column, named) => {
    const [finding, ...rest] = findings(text);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line, column });
    expect(finding!.message).toContain(named);
  });

  it('accepts tabs and line feeds in free text, and plain Chinese', () => {
    expect(findings(base)).toEqual([]);
    expect(firstNonPrintable('多行\n说明\t一')).toBeUndefined();
    expect(firstNonPrintable('a\rb')).toEqual({ index: 1, codePoint: 0x0d });
  });

  it('passes a text in one cheap scan only when every unit of it is surely printable', () => {
    // The quick scan skips the exact search for units in these ranges: none may be non-printable.
    const surely = new RegExp(`[${SURELY_PRINTABLE_RANGES}]`);
    const exact = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
    const wrong: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      if (surely.test(char) && exact.test(char) && char !== '\t' && char !== '\n') wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
    // Found after long clean text, and after an astral character (a surrogate pair) that is printable.
    const long = `${'环境 ok\n'.repeat(1000)}𠀀x\u202e`;
    expect(firstNonPrintable(long)).toEqual({ index: long.length - 1, codePoint: 0x202e });
    expect(escapeNonPrintable(`${'名称\n'.repeat(100)}\u0007`)).toContain('\\u{7}');
  });
});

describe('escaping on output', () => {
  it('writes every non-printable character out visibly and keeps line ends', () => {
    expect(escapeNonPrintable('a\u001b[8mb\u202ec\u0007\r\nd\te\rf')).toBe(
      'a\\u{1B}[8mb\\u{202E}c\\u{7}\r\nd\te\\u{D}f',
    );
    expect(escapeNonPrintable('建设项目')).toBe('建设项目');
  });

  it('keeps JSON the same data, with no raw control bytes', () => {
    const json = escapeNonPrintableJson(JSON.stringify({ name: 'a\u202eb\u0085' }));
    expect(json).toBe('{"name":"a\\u202eb\\u0085"}');
    expect(JSON.parse(json)).toEqual({ name: 'a\u202eb\u0085' });
  });

  it('validate text output never prints the raw bytes', () => {
    const output = formatText(
      {
        files: ['m\u001b[8m.yaml'],
        findings: [
          {
            file: 'm\u001b[8m.yaml',
            line: 1,
            column: 1,
            severity: 'error',
            ruleId: 'x',
            message: 'bad \u202e name',
            hint: 'h\u0007',
          },
        ],
        errors: 1,
        warnings: 0,
      },
      { color: true },
    );
    expect(output).not.toMatch(/\u202e|\u0007|\u001b\[8m/);
    expect(output).toContain('m\\u{1B}[8m.yaml');
  });
});

describe('reports hold no raw non-printable character', () => {
  it('catalog.csv, index.html, the system pages and the annual reports show them escaped', async () => {
    const { buildReport, DEFAULT_CENTERS } = await import('../reports/build');
    const { happyManifest } = await import('./support/manifests');
    const manifest = happyManifest({ name: '测试\u202e系统\u001b[8m', managingUnit: '环境\u0007监察局' });
    manifest.spec.dataResources![0]!.name = '数据\u202e资源';
    const files = await buildReport({ systems: [manifest], centers: DEFAULT_CENTERS, asOf: '2026-11-22', lang: 'zh' });
    const raw = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    const checked = [...files.keys()].filter((path) => /\.(csv|html|md|json|js)$/.test(path));
    expect(checked).toEqual(expect.arrayContaining(['catalog.csv', 'index.html', 'catalog.json']));
    expect(checked.some((path) => path.startsWith('annual-report/'))).toBe(true);
    for (const path of checked) expect({ path, raw: raw.test(files.get(path)!) }).toEqual({ path, raw: false });
    expect(files.get('catalog.csv')).toContain('数据\\u{202E}资源');
    expect(files.get('index.html')).toContain('测试\\u{202E}系统\\u{1B}[8m');
    expect(JSON.parse(files.get('catalog.json')!)).toBeDefined();
  });
});
