import type { ErrorObject } from 'ajv';
import { ajvProblem } from '../document/ajv-text';
import { compareFindings, fieldPath, type Finding } from '../document/findings';
import { escapeHtml, escapeXml, junitDocument, sarifLocation, sarifLog, sarifUri } from '../document/formats';
import { render } from '../document/i18n';
import { formatBytes } from '../document/limits';
import { didYouMean, listAllowed } from '../document/suggest';

/** The small text helpers of the document toolkit, each edge pinned (#17, mutation score). */

describe('HTML and XML escaping', () => {
  it('escapes the five HTML characters, ampersand first', () => {
    expect(escapeHtml(`<a title="x" data-y='z'>&amp;</a>`)).toBe(
      '&lt;a title=&quot;x&quot; data-y=&#39;z&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('a < b > c & d')).toBe('a &lt; b &gt; c &amp; d');
  });

  it('escapes XML markup, shows what XML cannot carry as \\u{…}, and keeps tab and line ends as references', () => {
    expect(escapeXml(`<x a="1">&</x>`)).toBe('&lt;x a=&quot;1&quot;&gt;&amp;&lt;/x&gt;');
    expect(escapeXml("it's")).toBe("it's");
    const controls = [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x10, 0x1b, 0x1f, 0xfffe, 0xffff, 0xd800, 0xdfff];
    for (const code of controls)
      expect(escapeXml(`a${String.fromCharCode(code)}b`)).toBe(`a\\u{${code.toString(16).toUpperCase()}}b`);
    // A pair is one character XML carries; only a half on its own is refused.
    expect(escapeXml('a\u{1F600}b')).toBe('a\u{1F600}b');
    // A line break in an attribute value would be read as a space: kept as a reference, in content too.
    expect(escapeXml('a\tb\nc\rd e\u007f')).toBe('a&#9;b&#10;c&#13;d e\u007f');
  });

  it('writes a JUnit document with its counts, skipped 0 when not given, and the cases inside the suite', () => {
    const cases = ['    <testcase name="a"/>', '    <testcase name="b"/>'];
    expect(junitDocument('run <1>', 'suite "s"', { tests: 2, failures: 1 }, cases)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="run &lt;1&gt;" tests="2" failures="1" errors="0">',
        '  <testsuite name="suite &quot;s&quot;" tests="2" failures="1" errors="0" skipped="0">',
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expect(junitDocument('r', 's', { tests: 3, failures: 0, skipped: 2 }, [])).toContain('skipped="2">');
  });
});

describe('SARIF', () => {
  it('writes a path as a URI: forward slashes, each segment percent-encoded', () => {
    expect(sarifUri('manifests\\sub dir/a#1.yaml')).toBe('manifests/sub%20dir/a%231.yaml');
    expect(sarifUri('a/b.yaml')).toBe('a/b.yaml');
  });

  it('locates a result at a line and column of a file under %SRCROOT%', () => {
    expect(sarifLocation('x y/a.yaml', 3, 7)).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'x%20y/a.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3, startColumn: 7 },
      },
    });
  });

  const driver = { name: 'envcloud', version: '1.2.3', informationUri: 'https://example.test', rules: [{ id: 'r' }] };

  it('writes the log of one run with the tool, the root as a file URI ending in one slash, and the results', () => {
    const text = sarifLog({ driver, results: [{ ruleId: 'r' }] }, '/tmp/repo');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": "2.1.0"');
    const log = JSON.parse(text);
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'envcloud',
              version: '1.2.3',
              semanticVersion: '1.2.3',
              informationUri: 'https://example.test',
              rules: [{ id: 'r' }],
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///tmp/repo/' } },
          results: [{ ruleId: 'r' }],
        },
      ],
    });
    expect(JSON.parse(sarifLog({ driver, results: [] }, '/tmp/repo/')).runs[0].originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///tmp/repo/' },
    });
  });

  it('carries the automation id, properties and artifacts when given, in that order before the results', () => {
    const run = {
      driver,
      results: [],
      automationDetails: { id: 'validate/' },
      properties: { language: 'zh' },
      artifacts: [{ location: { uri: 'a.yaml' } }],
    };
    const written = JSON.parse(sarifLog(run, '/r')).runs[0];
    expect(Object.keys(written)).toEqual([
      'tool',
      'automationDetails',
      'originalUriBaseIds',
      'properties',
      'artifacts',
      'results',
    ]);
    expect(written.automationDetails).toEqual({ id: 'validate/' });
    expect(written.properties).toEqual({ language: 'zh' });
    expect(written.artifacts).toEqual([{ location: { uri: 'a.yaml' } }]);
  });
});

describe('suggestions', () => {
  it('answers nothing without candidates, and the candidate that differs only in case', () => {
    expect(didYouMean('prod', [])).toBeUndefined();
    expect(didYouMean('PROD', ['dev', 'prod'])).toBe('prod');
    expect(didYouMean('prod', ['dev', 'Prod'])).toBe('Prod');
    // Compared as written, `postgres` is closer (2 edits against 4); differing only in case wins.
    expect(didYouMean('postgresql', ['PostgreSQL', 'postgres'])).toBe('PostgreSQL');
  });

  it('answers the closest candidate within a third of the word, compared without case', () => {
    expect(didYouMean('stagign', ['production', 'staging'])).toBe('staging');
    expect(didYouMean('stagign', ['production', 'Staging'])).toBe('Staging');
    expect(didYouMean('STAGIGN', ['production', 'staging'])).toBe('staging');
    expect(didYouMean('xyz', ['staging'])).toBeUndefined();
    // 9 letters: a budget of 3 edits, not 4.
    expect(didYouMean('abcdefxyz', ['abcdefghi'])).toBe('abcdefghi');
    expect(didYouMean('abcdewxyz', ['abcdefghi'])).toBeUndefined();
    // Short words keep a budget of 2, and the longer of the two words sets it.
    expect(didYouMean('ab', ['xy'])).toBe('xy');
    expect(didYouMean('ab', ['xyz'])).toBeUndefined();
    expect(didYouMean('abcdef', ['abcdefghi'])).toBe('abcdefghi');
  });

  it('lists allowed values quoted, at most twelve unless told, with the count of all', () => {
    expect(listAllowed(['a', 1, true])).toBe('`a`, `1`, `true`');
    const twelve = Array.from({ length: 12 }, (_, index) => index);
    expect(listAllowed(twelve)).not.toContain('…');
    expect(listAllowed([...twelve, 12])).toBe(`${twelve.map((value) => `\`${value}\``).join(', ')}, … (13 in all)`);
    expect(listAllowed(['a', 'b', 'c'], 2)).toBe('`a`, `b`, … (3 in all)');
  });
});

describe('finding helpers', () => {
  it('writes a field path with dots between keys and brackets around indexes', () => {
    expect(fieldPath([])).toBe('');
    expect(fieldPath(['spec', 'items', 0, 'name'])).toBe('spec.items[0].name');
    expect(fieldPath([0, 'a', 1, 2])).toBe('[0].a[1][2]');
  });

  it('orders findings by file, line, column, then rule', () => {
    const at = (file: string, line: number, column: number, ruleId: string): Finding => ({
      file,
      line,
      column,
      ruleId,
      severity: 'error',
      message: '',
    });
    const findings = [
      at('b.yaml', 1, 1, 'a'),
      at('a.yaml', 2, 1, 'a'),
      at('a.yaml', 1, 5, 'a'),
      at('a.yaml', 1, 1, 'z'),
      at('a.yaml', 1, 1, 'b'),
    ];
    expect([...findings].sort(compareFindings)).toEqual([
      findings[4],
      findings[3],
      findings[2],
      findings[1],
      findings[0],
    ]);
    expect(compareFindings(findings[1]!, findings[0]!)).toBe(-1);
    expect(compareFindings(findings[0]!, findings[1]!)).toBe(1);
    expect(compareFindings(findings[2]!, findings[2]!)).toBe(0);
  });

  it('says sizes in bytes, KiB and MiB, without a trailing .0', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 KiB');
    expect(formatBytes(1024 * 1024)).toBe('1 MiB');
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MiB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MiB');
  });
});

describe("ajv's sentences as catalog messages", () => {
  const error = (keyword: string, params: Record<string, unknown>, message?: string): ErrorObject =>
    ({ keyword, params, instancePath: '', schemaPath: '', ...(message ? { message } : {}) }) as ErrorObject;
  const english = (keyword: string, params: Record<string, unknown> = {}, message?: string) =>
    render(ajvProblem(error(keyword, params, message)), 'en');

  it.each([
    ['required', { missingProperty: 'name' }, "must have required property 'name'"],
    ['type', { type: 'integer' }, 'must be integer'],
    ['enum', {}, 'must be equal to one of the allowed values'],
    ['const', {}, 'must be equal to constant'],
    ['additionalProperties', {}, 'must NOT have additional properties'],
    ['format', { format: 'date' }, 'must match format "date"'],
    ['pattern', { pattern: '^a$' }, 'must match pattern "^a$"'],
    ['minimum', { comparison: '>=', limit: 1 }, 'must be >= 1'],
    ['maximum', { comparison: '<=', limit: 9 }, 'must be <= 9'],
    ['exclusiveMinimum', { comparison: '>', limit: 0 }, 'must be > 0'],
    ['exclusiveMaximum', { comparison: '<', limit: 10 }, 'must be < 10'],
    ['minLength', { limit: 2 }, 'must NOT have fewer than 2 characters'],
    ['minItems', { limit: 1 }, 'must NOT have fewer than 1 items'],
    ['minProperties', { limit: 3 }, 'must NOT have fewer than 3 properties'],
    ['maxLength', { limit: 64 }, 'must NOT have more than 64 characters'],
    ['maxItems', { limit: 5 }, 'must NOT have more than 5 items'],
    ['maxProperties', { limit: 4 }, 'must NOT have more than 4 properties'],
    ['multipleOf', { multipleOf: 5 }, 'must be multiple of 5'],
    ['uniqueItems', { i: 3, j: 1 }, 'must NOT have duplicate items (items ## 1 and 3 are identical)'],
    ['oneOf', {}, 'must match exactly one schema in oneOf'],
    ['anyOf', {}, 'must match a schema in anyOf'],
    ['not', {}, 'must NOT be valid'],
    ['if', { failingKeyword: 'then' }, 'must match "then" schema'],
  ])('says %s as ajv does', (keyword, params, text) => {
    expect(english(keyword, params, 'ajv would say something else')).toBe(text);
  });

  it('keeps ajv English for a keyword no entry describes, and names the keyword in Chinese', () => {
    expect(english('dependentRequired', {}, 'must have property b when property a is present')).toBe(
      'must have property b when property a is present',
    );
    expect(english('propertyNames', {})).toBe('is invalid');
    expect(render(ajvProblem(error('propertyNames', {}, 'x')), 'zh')).toContain('propertyNames');
  });
});
