import { render } from '../document/i18n';
import type { Finding } from '../document/findings';
import { loadManifestBytes } from '../document/load';
import {
  checkDocument,
  compileReporting,
  descriptionLanguages,
  inReadersLanguage,
  pointerToPath,
} from '../validation/schema-check';
import { clone, happyManifest, sourceFindings, yamlOf } from './support/manifests';

// What the schema check says for each ajv keyword (validation/schema-check.ts): the message and hint in
// both languages, where the finding points, and the descriptions it quotes. A small schema of its own
// reaches the keywords the manifest schema does not use.

const document = (text: string) => loadManifestBytes('x.yaml', Buffer.from(text)).document!;

/** The findings of `text` (YAML) against `schema`, by field. */
function check(schema: Record<string, unknown>, text: string): Finding[] {
  return checkDocument(document(text), compileReporting({ type: 'object', ...schema }));
}

const zh = (finding: Finding, part: 'message' | 'hint' = 'message') => render(finding.localized![part]!, 'zh');

describe('schema findings per keyword', () => {
  it('bounds: > and >= with the value found, lengths in characters and items, fewer and more', () => {
    const findings = check(
      {
        properties: {
          gt: { type: 'number', exclusiveMinimum: 0 },
          lt: { type: 'number', exclusiveMaximum: 5 },
          min: { type: 'integer', minimum: 1 },
          max: { type: 'integer', maximum: 3 },
          short: { type: 'string', minLength: 2 },
          long: { type: 'string', maxLength: 2 },
          few: { type: 'array', minItems: 2 },
          many: { type: 'array', maxItems: 1 },
        },
      },
      'gt: 0\nlt: 5\nmin: 0\nmax: 4\nshort: a\nlong: abc\nfew: [1]\nmany: [1, 2]\n',
    );
    expect(findings.map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column }))).toEqual([
      { ruleId: 'schema-range', message: '`gt` must be > 0, found 0', line: 1, column: 5 },
      { ruleId: 'schema-range', message: '`lt` must be < 5, found 5', line: 2, column: 5 },
      { ruleId: 'schema-range', message: '`min` must be >= 1, found 0', line: 3, column: 6 },
      { ruleId: 'schema-range', message: '`max` must be <= 3, found 4', line: 4, column: 6 },
      { ruleId: 'schema-range', message: '`short` must NOT have fewer than 2 characters', line: 5, column: 8 },
      { ruleId: 'schema-range', message: '`long` must NOT have more than 2 characters', line: 6, column: 7 },
      { ruleId: 'schema-range', message: '`few` must NOT have fewer than 2 items', line: 7, column: 6 },
      { ruleId: 'schema-range', message: '`many` must NOT have more than 1 items', line: 8, column: 7 },
    ]);
    expect(findings.every((finding) => finding.hint === 'change the value to fit the range')).toBe(true);
    expect(zh(findings[0]!)).toContain('0');
  });

  it('a bound with a description: the description is the hint, Chinese in Chinese', () => {
    const [finding] = check(
      { properties: { n: { type: 'integer', minimum: 1, description: '副本数\n\nHow many replicas' } } },
      'n: 0\n',
    );
    expect(finding!.hint).toBe('How many replicas');
    expect(zh(finding!, 'hint')).toBe('副本数');
  });

  it('the keywords beyond the usual ones, each with its own sentence, and the rest in ajv’s words', () => {
    const findings = check(
      {
        properties: {
          unique: { type: 'array', uniqueItems: true },
          one: { oneOf: [{ type: 'string' }, { type: 'string', minLength: 1 }] },
          any: { anyOf: [{ type: 'string' }, { type: 'number' }] },
          branch: {
            type: 'object',
            if: { properties: { a: {} }, required: ['a'] },
            then: { properties: { b: {} }, required: ['b'] },
          },
          props: { type: 'object', minProperties: 1, description: '不能为空\n\nMust not be empty' },
          bare: { type: 'object', maxProperties: 0 },
        },
      },
      'unique: [1, 2, 1]\none: x\nany: true\nbranch: {a: 1}\nprops: {}\nbare: {a: 1}\n',
    );
    const invalid = findings.filter((finding) => finding.ruleId === 'schema-invalid');
    expect(invalid.map((finding) => [finding.field, finding.message, finding.hint])).toEqual([
      ['unique', '`unique` must NOT have duplicate items (items ## 0 and 2 are identical)', undefined],
      ['one', '`one` must match exactly one schema in oneOf', undefined],
      ['any', '`any` must match a schema in anyOf', undefined],
      ['branch', '`branch` must match "then" schema', undefined],
      ['props', '`props` must NOT have fewer than 1 properties', 'Must not be empty'],
      ['bare', '`bare` must NOT have more than 0 properties', undefined],
    ]);
    expect(invalid.map((finding) => finding.line)).toEqual([1, 2, 3, 4, 5, 6]);
    // ajv's English for these is the same sentence: the Chinese shows each has its own template.
    expect(invalid.slice(1, 4).map((finding) => zh(finding))).toEqual([
      '`one` 必须恰好符合 oneOf 中的一个模式',
      '`any` 必须符合 anyOf 中的某一个模式',
      '`branch` 必须符合“then”分支的模式',
    ]);
    expect(zh(invalid[0]!)).toBe('`unique` 不能有重复项（第 0 项与第 2 项相同，从 0 数起）');
    expect(zh(invalid[4]!)).toBe('`props` 不符合模式中 `minProperties` 的要求');
    expect(zh(invalid[4]!, 'hint')).toBe('不能为空');
    expect(invalid[5]!.localized).toEqual({ message: invalid[5]!.localized!.message });
    // The missing `b` of the `then` branch is reported at the mapping too.
    expect(findings.find((finding) => finding.ruleId === 'schema-required')).toMatchObject({
      field: 'branch.b',
      line: 4,
    });
  });

  it('what was found instead of the type: null, a list, a mapping, a scalar and YAML’s non-finite numbers', () => {
    const properties = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((key) => [key, { type: 'string' }]),
    );
    const findings = check(
      { properties: { ...properties, n: { type: 'integer', description: '个数\n\nA count' } } },
      'a: null\nb: [1]\nc: {x: 1}\nd: 2\ne: true\nf: .nan\ng: .inf\nh: -.inf\nn: .inf\n',
    );
    expect(findings.map((finding) => finding.message)).toEqual([
      '`a` must be a string, found null (an empty value)',
      '`b` must be a string, found a list',
      '`c` must be a string, found a mapping',
      '`d` must be a string, found number 2',
      '`e` must be a string, found boolean true',
      "`f` must be a string, found `.nan` (YAML's not-a-number), which is not a finite number",
      "`g` must be a string, found `.inf` (YAML's infinity), which is not a finite number",
      "`h` must be a string, found `-.inf` (YAML's negative infinity), which is not a finite number",
      "`n` must be an integer, found `.inf` (YAML's infinity), which is not a finite number",
    ]);
    expect(findings.map((finding) => finding.ruleId)).toEqual(Array(9).fill('schema-type'));
    expect(findings.slice(0, 5).map((finding) => finding.hint)).toEqual(Array(5).fill('write a string'));
    expect(findings[5]!.hint).toBe('write a finite number');
    expect(findings[8]!.hint).toBe('write a finite number — A count');
    expect(zh(findings[8]!, 'hint')).toContain('——个数');
    expect(zh(findings[0]!)).toContain('null（空值）');
  });

  it('const: the value expected and the line to write; format and pattern: the value, the format, the pattern', () => {
    const findings = check(
      {
        properties: {
          kind: { const: 'Thing' },
          day: { type: 'string', format: 'date' },
          code: { type: 'string', pattern: '^[0-9]+$' },
          slug: { type: 'string', pattern: '^[a-z]+$', description: '短名\n\nLower-case letters' },
        },
      },
      'kind: thing\nday: 2020-13-01\ncode: x1\nslug: A\n',
    );
    expect(findings.map(({ ruleId, message, hint, line }) => ({ ruleId, message, hint, line }))).toEqual([
      {
        ruleId: 'schema-enum',
        message: '`kind` must be "Thing", found "thing"',
        hint: 'write `kind: Thing`',
        line: 1,
      },
      {
        ruleId: 'schema-format',
        message: '"2020-13-01" is not a valid value for `day` (expected a date)',
        hint: 'must match ',
        line: 2,
      },
      {
        ruleId: 'schema-format',
        message: '"x1" is not a valid value for `code`',
        hint: 'must match ^[0-9]+$',
        line: 3,
      },
      { ruleId: 'schema-format', message: '"A" is not a valid value for `slug`', hint: 'Lower-case letters', line: 4 },
    ]);
    expect(zh(findings[3]!, 'hint')).toBe('短名');
  });

  it('a const at the top level names no field', () => {
    const [finding] = checkDocument(document('a: 2\n'), compileReporting({ const: { a: 1 } }));
    expect(finding).toMatchObject({ ruleId: 'schema-enum', field: undefined, line: 1, column: 1 });
    expect(finding!.message).toBe('the top level must be {"a":1}, found {"a":2}');
    expect(finding!.hint).toMatch(/^write `: /);
  });

  it('enums: a suggestion only for a close string, the allowed values cut at twelve', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => `value${i}`);
    const findings = check(
      {
        properties: {
          twelve: { enum: twelve },
          thirteen: { enum: [...twelve, 'value12'] },
          number: { enum: [1, 2] },
        },
      },
      'twelve: value1x\nthirteen: zzzzzzzzzzzz\nnumber: 3\n',
    );
    expect(findings.map((finding) => finding.hint)).toEqual([
      `did you mean \`value1\`? allowed: ${twelve.map((value) => `\`${value}\``).join(', ')}`,
      `allowed: ${twelve.map((value) => `\`${value}\``).join(', ')}, … (13 in all)`,
      'allowed: `1`, `2`',
    ]);
    expect(findings[2]!.message).toBe('3 is not an allowed value for `number`');
  });

  it('a value typed in full-width: the input method’s fix, joined with the schema’s hint', () => {
    const findings = check(
      {
        properties: {
          outcome: { enum: ['merge', 'keep'] },
          count: { type: 'integer' },
          other: { type: 'string', minLength: 9 },
          kind: { const: 'Thing' },
          code: { type: 'string', pattern: '^[0-9]+$' },
        },
      },
      'outcome: “merge”\ncount: ２７\nother: “x”\nkind: “Thing”\ncode: ２７\n',
    );
    expect(findings[0]!.hint).toBe(
      'replace the Chinese quotation marks “ ” with " " (or leave the value unquoted); did you mean `merge`? allowed: `merge`, `keep`',
    );
    expect(findings[1]!.hint).toBe('type the number with half-width digits (27, not ２７); write an integer');
    // A range is no slip of the input method: its hint stays the schema's.
    expect(findings[2]!.hint).toBe('change the value to fit the range');
    expect(findings[3]!.hint).toBe(
      'replace the Chinese quotation marks “ ” with " " (or leave the value unquoted); write `kind: Thing`',
    );
    expect(findings[4]!.hint).toBe('type the number with half-width digits (27, not ２７); must match ^[0-9]+$');
  });

  it('unknown fields: the allowed ones listed, with a suggestion when one is close', () => {
    const findings = check(
      { properties: { replicas: { type: 'integer' } }, additionalProperties: false },
      'replica: 1\nzzzzzzzz: 2\n',
    );
    expect(findings.map(({ field, hint, line, column }) => ({ field, hint, line, column }))).toEqual([
      { field: 'replica', hint: 'did you mean `replicas`? allowed fields: `replicas`', line: 1, column: 1 },
      { field: 'zzzzzzzz', hint: 'allowed fields: `replicas`', line: 2, column: 1 },
    ]);
    expect(findings[0]!.message).toBe('unknown field `replica` in the top level');
  });

  it('the same error reached twice (through two branches) is reported once', () => {
    const findings = check({ anyOf: [0, 1].map(() => ({ properties: { a: {} }, required: ['a'] })) }, 'b: 1\n');
    expect(findings.filter((finding) => finding.ruleId === 'schema-required')).toHaveLength(1);
    expect(findings.filter((finding) => finding.ruleId === 'schema-invalid')).toHaveLength(1);
  });

  it('a field missing from the manifest: its own description, or its definition’s through `$ref`', () => {
    const manifest: any = clone(happyManifest());
    delete manifest.metadata.contact;
    delete manifest.metadata.name;
    const findings = sourceFindings(yamlOf(manifest)).filter((finding) => finding.ruleId === 'schema-required');
    const byField = Object.fromEntries(findings.map((finding) => [finding.field, finding]));
    expect(byField['metadata.contact']!.hint).toBe(
      'add `contact:` — Person responsible for the migration in the managing unit (联系人).',
    );
    expect(zh(byField['metadata.contact']!, 'hint')).toContain('——联系人：系统管理单位中负责迁移的人员。');
    expect(byField['metadata.name']!.hint).toMatch(/^add `name:` — Official Chinese name of the system/);
    expect(byField['metadata.name']!.message).toBe('missing required field `name` in `metadata`');
    expect(byField['metadata.name']!.line).toBe(yamlOf(manifest).split('\n').indexOf('metadata:') + 1);
  });

  it('a required field with no description anywhere: the plain hint', () => {
    const [finding] = check({ properties: { a: {}, b: {} }, required: ['a'] }, 'b: 1\n');
    expect(finding).toMatchObject({ field: 'a', message: 'missing required field `a` in the top level' });
    expect(finding!.hint).toBe('add `a:`');
  });
});

describe('schema paths and descriptions', () => {
  it('JSON pointers: escapes undone, list indexes as numbers, other digits kept as keys', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/a~1b/~0c~01/0/12/123/01/x1')).toEqual(['a/b', '~c~1', 0, 12, 123, '01', 'x1']);
  });

  it('a field whose key holds a slash is located at its own line', () => {
    const [finding] = check(
      { properties: { 'a/b': { type: 'string' }, '~c': { type: 'string' } } },
      'x: 1\na/b: 2\n~c: 3\n',
    );
    expect(finding).toMatchObject({ field: 'a/b', line: 2, column: 6 });
  });

  it('a description in two languages, or in English only', () => {
    expect(descriptionLanguages('中文\n\nEnglish\n\nmore')).toEqual({ zh: '中文', en: 'English\n\nmore' });
    expect(descriptionLanguages('English only\nline')).toEqual({ en: 'English only\nline' });
    expect(descriptionLanguages('\n\nEnglish')).toEqual({ zh: '', en: 'English' });
    expect(render(inReadersLanguage('English only'), 'zh')).toBe('');
    expect(render(inReadersLanguage('English only', '替代'), 'zh')).toBe('替代');
    expect(render(inReadersLanguage('中文\n\nEnglish', '替代'), 'zh')).toBe('中文');
    expect(render(inReadersLanguage('中文\n\nEnglish'), 'en')).toBe('English');
  });
});
