// The waivers file through the input pipeline (#16): the shipped file is the happy one, and each test
// changes one field of it and expects one finding at the line and column of that field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packRuleNames } from '../../policies/pack';
import { parseWaivers } from '../../policies/waivers/load';

const happy = readFileSync(join(__dirname, '../../policies/waivers.yaml'), 'utf8');
const parse = (text: string) =>
  parseWaivers('policies/waivers.yaml', Buffer.from(text), packRuleNames(), ['dev', 'onprem', 'prod']);

/** The happy file with `from` replaced by `to`, and where `at` (default `to`) starts in it. */
function changed(from: string, to: string, at = to) {
  expect(happy).toContain(from);
  const text = happy.replace(from, to);
  const before = text.slice(0, text.indexOf(to) + to.indexOf(at)).split('\n');
  return { text, line: before.length, column: before.at(-1)!.length + 1 };
}

describe('the waivers file, located (#16)', () => {
  it('accepts the shipped file', () => {
    expect(parse(happy).findings).toEqual([]);
  });

  it('puts a rule the pack does not have at the rule', () => {
    const { text, line, column } = changed('rule: dr-tier-realised', 'rule: dr-tier-realized', 'dr-tier-realized');
    expect(parse(text).findings).toEqual([
      expect.objectContaining({
        line,
        column,
        ruleId: 'waiver-unknown-rule',
        hint: expect.stringContaining('dr-tier-realised'),
      }),
    ]);
  });

  it('puts a stack without a stack file at the stack', () => {
    const { text, line, column } = changed('stack: dev', 'stack: staging', 'staging');
    expect(parse(text).findings).toEqual([expect.objectContaining({ line, column, ruleId: 'waiver-unknown-stack' })]);
  });

  it('puts an owner of one character without its spaces at the owner', () => {
    const { text, line, column } = changed(
      'owner: 信息中心 云平台组 <cloud-platform@envcloud.mee.gov.cn>',
      'owner: " 云 "',
      '" 云 "',
    );
    expect(parse(text).findings).toEqual([expect.objectContaining({ line, column, ruleId: 'waiver-owner' })]);
  });

  it('puts an expiry that is not a date at the expiry, from the schema', () => {
    const { text, line, column } = changed('expires: 2027-06-30', 'expires: 2027-06', '2027-06');
    expect(parse(text).findings).toEqual([expect.objectContaining({ line, column, field: 'waivers[0].expires' })]);
  });

  it('puts a field the schema does not know at its key', () => {
    const { text, line, column } = changed('    stack: dev', '    stack: dev\n    stak: dev', 'stak');
    expect(parse(text).findings).toEqual([
      expect.objectContaining({
        line,
        column,
        ruleId: 'schema-unknown-field',
        hint: expect.stringContaining('`stack`'),
      }),
    ]);
  });
});
