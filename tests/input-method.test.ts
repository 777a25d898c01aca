import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSource } from '../validation/validate';
import { localizedText } from '../document/i18n';
import { syntaxSlip, valueSlipHint } from '../document/input-method';

const base = readFileSync(join(__dirname, 'corpus/base.yaml'), 'utf8');
const findings = (text: string) => checkSource({ file: 'm.yaml', bytes: Buffer.from(text) }).findings;

/** Slips of a Chinese input method are reported at the character, with the fix (#17). */
describe('input-method slips', () => {
  it.each([
    [
      'a full-width colon after a key',
      base.replace('  reportingUnit: 信息中心', '  reportingUnit：信息中心'),
      9,
      16,
      '把全角冒号 ： 改成半角冒号 :',
    ],
    [
      'a non-breaking space after a key',
      base.replace('  reportingUnit: 信息中心', '  reportingUnit:\u00a0信息中心'),
      9,
      17,
      '不间断空格',
    ],
    [
      'a full-width space in the indentation',
      base.replace('  reportingUnit: 信息中心', ' \u3000reportingUnit: 信息中心'),
      9,
      2,
      '全角空格',
    ],
  ])('%s: at its own line and column, with the hint', (_what, text, line, column, hint) => {
    const found = findings(text);
    expect(found[0]).toMatchObject({ line, column, ruleId: 'yaml-syntax' });
    // The hint in Chinese, for the people who make these slips (#14); English readers get it in English.
    expect(localizedText(found[0]!, 'zh').hint).toContain(hint);
    expect(found[0]!.message).not.toContain('indented deeper');
  });

  it('says which slip it is and where: a colon after a key, a space in the indentation', () => {
    const colon = findings(base.replace('  reportingUnit: 信息中心', '  reportingUnit：信息中心'))[0]!;
    const space = findings(base.replace('  reportingUnit: 信息中心', ' \u3000reportingUnit: 信息中心'))[0]!;
    expect(colon.message).toMatch(/after the key `reportingUnit`/);
    expect(colon.message).toMatch(/colon/);
    expect(space.message).toMatch(/indentation/);
    expect(space.message).toMatch(/space/);
    expect(space.message).not.toMatch(/colon/);
  });

  it('finds a slip on a CRLF line, and only in the lines the parser complained about', () => {
    const crlf = base.replace('  reportingUnit: 信息中心', '  reportingUnit：信息中心').replace(/\n/g, '\r\n');
    expect(findings(crlf)[0]).toMatchObject({ line: 9, column: 16, ruleId: 'yaml-syntax' });
    expect(syntaxSlip('a: 1\nb：2\n', 1, 1)).toBeUndefined();
    expect(syntaxSlip('a: 1\nb：2\n', 2, 2)).toMatchObject({ line: 2, column: 2 });
    expect(syntaxSlip('a：1\n', 0, 9)).toMatchObject({ line: 1, column: 2 });
  });

  it('gives the digits hint only to a value of digits and their punctuation', () => {
    expect(valueSlipHint('２７')).toEqual({ id: 'slip.digits.hint' });
    expect(valueSlipHint(' １，２ ')).toEqual({ id: 'slip.digits.hint' });
    expect(valueSlipHint('第２７号')?.id).not.toBe('slip.digits.hint');
    expect(valueSlipHint('２７号')?.id).not.toBe('slip.digits.hint');
    expect(valueSlipHint(27)).toBeUndefined();
  });

  it.each([
    ['Chinese quotes around a value', base.replace('outcome: merge', 'outcome: “merge”'), 'schema-enum', '中文引号'],
    ['full-width digits in a number', base.replace('number: 27', 'number: ２７'), 'schema-type', '全角数字'],
    [
      'a full-width comma in a flow list',
      base.replace(/publishedOn: .*/, 'publishedOn: 2017，12，31'),
      'schema-format',
      '全角逗号',
    ],
  ])('%s: the schema error carries the input-method hint', (_what, text, ruleId, hint) => {
    const found = findings(text).find((finding) => finding.ruleId === ruleId);
    expect(localizedText(found!, 'zh').hint).toContain(hint);
  });
});
