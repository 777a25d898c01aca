import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../validation/validate';
import {
  codePointMessage,
  describeCodePoint,
  escapeNonPrintable,
  escapeOnOneLine,
  escapeNonPrintableJson,
  findNonPrintable,
  firstNonPrintable,
  mayHoldNonPrintable,
  SURELY_PRINTABLE_RANGES,
} from '../document/printable';
import { formatText } from '../cli/format/text';
import { localizedText, render } from '../document/i18n';

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

describe('where in the file a character is found', () => {
  const at = (text: string) => findings(text).map((finding) => `${finding.field}@${finding.line}:${finding.column}`);

  it('finds one in each field, in the order of the file, a list item’s included', () => {
    const text = base
      .replace('reportingUnit: 信息中心', 'reportingUnit: 信息\u0007中心')
      .replace('name: 待确认', 'name: 待\u001b确认')
      .replace('    - name: 建设项目', '    - name: 建\u200b设项目');
    expect(at(text)).toEqual([
      'metadata.reportingUnit@9:20',
      'metadata.contact.name@11:12',
      'spec.dataResources[0].name@35:14',
    ]);
  });

  it('finds one on a later line of a block scalar, at that line', () => {
    const text = base.replace(/ {6}description: .*\n/, '      description: |\n        第一行\n        第二\u0007行\n');
    expect(at(text)).toEqual(['spec.dataResources[0].description@41:11']);
  });

  it('places an escaped one at its value, even when the same character is written raw further down', () => {
    const text = base
      .replace('name: 待确认', 'name: "待\\u200B确认"')
      .replace('annex1Recommendation: 纳入', 'annex1Recommendation: 纳\u200b入');
    expect(at(text)).toEqual(['metadata.contact.name@11:11', 'spec.disposition.annex1Recommendation@16:28']);
  });

  it('locates each of two alike on different lines, and a value’s after its key’s on one line', () => {
    const twice = base
      .replace('reportingUnit: 信息中心', 'reportingUnit: 信息\u0007中心')
      .replace('name: 待确认', 'name: 待\u0007确认');
    expect(at(twice)).toEqual(['metadata.reportingUnit@9:20', 'metadata.contact.name@11:12']);
    const oneLine = base.replace('  reportingUnit: 信息中心', '  report\u200bingUnit: 信\u200b息中心');
    expect(at(oneLine)).toEqual(['metadata.report\u200bingUnit@9:9', 'metadata.report\u200bingUnit@9:20']);
  });

  it('locates one that starts a line, and counts a blank first line', () => {
    expect(at(base.replace('apiVersion: envcloud/v1', '\u200bapiVersion: envcloud/v1'))).toEqual([
      '\u200bapiVersion@2:1',
    ]);
    expect(at(`\n${base.replace('reportingUnit: 信息中心', 'reportingUnit: 信息\u0007中心')}`)).toEqual([
      'metadata.reportingUnit@10:20',
    ]);
  });

  it('locates a raw one in a file with CRLF line ends', () => {
    const text = base.replace('reportingUnit: 信息中心', 'reportingUnit: 信息\u0007中心').replace(/\n/g, '\r\n');
    expect(at(text)).toEqual(['metadata.reportingUnit@9:20']);
  });

  it('says, in both languages, whether it is in a key or a value', () => {
    const [inKey] = findings(base.replace('  reportingUnit: 信息中心', '  reporting\u200bUnit: 信息中心'));
    expect(inKey!.message).toBe(
      'the key `metadata.reporting\u200bUnit` contains U+200B (ZERO WIDTH SPACE), an invisible character a terminal, spreadsheet or browser would act on',
    );
    const [inValue] = findings(base.replace('name: 待确认', 'name: 待\u0001确认'));
    expect(localizedText(inValue!, 'zh')).toEqual({
      message: '`metadata.contact.name` 含有 U+0001（控制字符），这是终端、电子表格或浏览器会执行的不可见字符',
      hint: '请去掉该字符重新输入（它常随复制粘贴带入）；名称和自由文本只能是普通的可打印文字',
    });
  });
});

describe('the parts the rule is built of', () => {
  it.each([
    [0x00, 'U+0000 (NULL)'],
    [0x01, 'U+0001 (a control character)'],
    [0x1f, 'U+001F (a control character)'],
    [0x7f, 'U+007F (DELETE)'],
    [0x80, 'U+0080 (a control character)'],
    [0x9f, 'U+009F (a control character)'],
    [0xa0, 'U+00A0'],
    [0x20, 'U+0020'],
    [0x2060, 'U+2060'],
    [0x1d173, 'U+1D173'],
  ])('names %i as %s', (codePoint, named) => {
    expect(describeCodePoint(codePoint)).toBe(named);
  });

  it('says what it says of a character in the reader’s language, the Unicode name as Unicode writes it', () => {
    expect(render(codePointMessage(0x01), 'zh')).toBe('U+0001（控制字符）');
    expect(render(codePointMessage(0xfeff), 'zh')).toBe('U+FEFF（ZERO WIDTH NO-BREAK SPACE，即字节顺序标记）');
    expect(render(codePointMessage(0xfeff), 'en')).toBe('U+FEFF (ZERO WIDTH NO-BREAK SPACE, the byte-order mark)');
    expect(render(codePointMessage(0x202e), 'zh')).toBe('U+202E（RIGHT-TO-LEFT OVERRIDE）');
    expect(render(codePointMessage(0x2060), 'zh')).toBe('U+2060');
  });

  it('finds the first, at the start of the text too, past tabs and line feeds after a printable character', () => {
    expect(firstNonPrintable('\u0007x')).toEqual({ index: 0, codePoint: 7 });
    // 😀 is outside the quick scan's ranges, so the exact search starts at it and must step over \t and \n.
    expect(firstNonPrintable('😀\t\n\u0007')).toEqual({ index: 4, codePoint: 7 });
    expect(firstNonPrintable('😀\tx\n')).toBeUndefined();
  });

  it.each([
    ['plain text', 'name: 环境', false],
    ['a printable character outside the quick ranges', 'name: 😀', false],
    ['CRLF line ends only', 'a: 1\r\nb: 2\r\n', false],
    ['a lone CR', 'a: 1\rb: 2', true],
    ['a raw control character', 'a: \u0007', true],
    ['a file that starts with one', '\u202ea: 1', true],
    ['a backslash, which may start an escape in a quoted scalar', 'a: "\\e"', true],
  ])('a file of %s may hold one: %s', (_what, text, expected) => {
    expect(mayHoldNonPrintable(text)).toBe(expected);
  });

  it('walks keys, values, lists and nested lists, and nothing else', () => {
    const data = { a: ['ok', ['x\u0007']], 'k\u200b': 1, n: null, b: true, c: 5 };
    // A key is judged when its mapping is reached, before the values under it.
    expect(findNonPrintable(data)).toEqual([
      { path: ['k\u200b'], inKey: true, codePoint: 0x200b, index: 1 },
      { path: ['a', 1, 0], inKey: false, codePoint: 7, index: 1 },
    ]);
    expect(findNonPrintable(['\u0007', 'ok', 'b\u0008'])).toEqual([
      { path: [0], inKey: false, codePoint: 7, index: 0 },
      { path: [2], inKey: false, codePoint: 8, index: 1 },
    ]);
  });
});

describe('escaping on output', () => {
  it('escapes a character right before a line feed, and keeps only CR before LF', () => {
    expect(escapeNonPrintable('a\u0007\nb\u0085\r\n')).toBe('a\\u{7}\nb\\u{85}\r\n');
  });

  it('keeps the line feeds, tabs and CRs of JSON text and escapes each unit of an astral one', () => {
    expect(escapeNonPrintableJson('{\r\n\t"a": "\u202e"\n}')).toBe('{\r\n\t"a": "\\u202e"\n}');
    const tagged = escapeNonPrintableJson('"a\u{e0001}b"');
    expect(tagged).toBe('"a\\udb40\\udc01b"');
    expect(JSON.parse(tagged)).toBe('a\u{e0001}b');
  });

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

  it('validate text output keeps each finding on its line: a line break in a name or a message cannot forge another', () => {
    const finding = { line: 9, column: 11, severity: 'error' as const, ruleId: 'unique-number' };
    const output = formatText({
      files: ['a.yaml', 'new\nline.yaml'],
      findings: [
        {
          ...finding,
          file: 'new\nline.yaml',
          message: 'used by a.yaml (名称\nmanifests/s002.yaml:7:11: error[x]: forged)',
        },
      ],
      errors: 1,
      warnings: 0,
    });
    expect(output.split('\n')).toEqual([
      'new\\u{A}line.yaml:9:11: error[unique-number]: used by a.yaml (名称\\u{A}manifests/s002.yaml:7:11: error[x]: forged)',
      expect.stringMatching(/^2 files, 1 error/),
      '',
    ]);
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

describe('escapeOnOneLine', () => {
  it('shows line breaks as \\u{A} and \\u{D}, as it shows every other non-printable character, and leaves the rest', () => {
    expect(escapeOnOneLine('名称\nmanifests/s002.yaml:7:11: error[x]: forged')).toBe(
      '名称\\u{A}manifests/s002.yaml:7:11: error[x]: forged',
    );
    expect(escapeOnOneLine('a\r\nb\rc\u001bd')).toBe('a\\u{D}\\u{A}b\\u{D}c\\u{1B}d');
    expect(escapeOnOneLine('plain 文本')).toBe('plain 文本');
  });
});
