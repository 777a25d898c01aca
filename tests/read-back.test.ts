// document/read-back.ts on its own: English that crossed a boundary as a string is matched against
// catalog entries and said again in another language. The policy findings and the deploy summaries
// use it (tests/audit/policy-findings-zh, tests/inputs-i18n); these pin its matching rules.
import { CATALOGS, t } from '../document/i18n';
import { readBack } from '../document/read-back';

describe('readBack', () => {
  it('says an entry without placeholders again only when the text is exactly it', () => {
    expect(readBack('check the brackets and indentation of the file', ['yaml.check-brackets.hint'], 'zh')).toBe(
      '检查文件中的括号和缩进',
    );
    expect(readBack('check the brackets and indentation of the file!', ['yaml.check-brackets.hint'], 'zh')).toBe(
      undefined,
    );
  });

  it('fills the values read from the English into the other language', () => {
    expect(readBack('path not found: /tmp/x', ['usage.path-not-found'], 'zh')).toBe('找不到路径：/tmp/x');
  });

  it('tries the entries in order and answers the first that reads the text', () => {
    expect(readBack('path not found: x', ['yaml.check-brackets.hint', 'usage.path-not-found'], 'zh')).toBe(
      '找不到路径：x',
    );
    expect(readBack('nothing of the catalog', ['yaml.check-brackets.hint', 'usage.path-not-found'], 'zh')).toBe(
      undefined,
    );
  });

  it('matches an apostrophe as ICU writes it (two in the entry, one in the text)', () => {
    const values = { stack: 'prod', key: 'envcloud:asOf', type: 'string' };
    const english = t('en', 'inputs.config.must-type', values);
    expect(english).toBe("Stack 'prod' with configuration key 'envcloud:asOf' must be of type 'string'");
    expect(readBack(english, ['inputs.config.must-type'], 'zh')).toBe(t('zh', 'inputs.config.must-type', values));
  });

  it("matches an apostrophe ICU writes as it is (`baseline's`)", () => {
    const values = { number: 12, status: 'planned' };
    const english = t('en', 'rule.status-transition.baseline', values);
    expect(english).toBe("the baseline's status of system no. 12: planned");
    expect(readBack(english, ['rule.status-transition.baseline'], 'zh')).toBe('基线中系统 12 的状态：planned');
  });

  it('never matches an entry with a plural or a select, not even a text holding its ICU source', () => {
    const english = t('en', 'inputs.config.missing', { stack: 'prod', count: 1, keys: 'envcloud:x' });
    expect(readBack(english, ['inputs.config.missing'], 'zh')).toBe(undefined);
    // Read as if `{value}` and `{values}` were placeholders, this would give a `stack` and `keys` but no `count`.
    const source = "Stack 'prod' is missing configuration {count, plural, one {value} other {values}} envcloud:x";
    expect(readBack(source, ['inputs.config.missing'], 'zh')).toBe(undefined);
    // Asked again, from the entries already read (an entry never matched is kept as such).
    expect(readBack(source, ['inputs.config.missing'], 'zh')).toBe(undefined);
    expect(readBack(CATALOGS.en['yaml.complex-key'], ['yaml.complex-key'], 'zh')).toBe(undefined);
  });

  it("reads the text from its first character to its last, the entry's first and last pieces included", () => {
    expect(readBack('nesting is deeper than 3 levels', ['yaml.deeper-than'], 'zh')).toBe('嵌套超过了 3 层');
    expect(readBack('xpath not found: a', ['usage.path-not-found'], 'zh')).toBe(undefined);
    expect(readBack('nesting is deeper than 3 levelsX', ['yaml.deeper-than'], 'zh')).toBe(undefined);
    expect(readBack('no, nesting is deeper than 3 levels', ['yaml.deeper-than'], 'zh')).toBe(undefined);
  });

  it('reads each value as the shortest the value function takes, and then a longer one', () => {
    const text = 'cannot write a: b: c';
    expect(readBack(text, ['usage.write'], 'en', (_name, found) => `<${found}>`)).toBe('cannot write <a>: <b: c>');
    const notA = (name: string, found: string) => (name === 'path' && found === 'a' ? undefined : `<${found}>`);
    expect(readBack(text, ['usage.write'], 'en', notA)).toBe('cannot write <a: b>: <c>');
    expect(readBack(text, ['usage.write'], 'en', () => undefined)).toBe(undefined);
  });

  it('offers each value once, and a refused last value ends that try', () => {
    const offered: string[] = [];
    const noReason = (name: string, found: string) => {
      offered.push(`${name}=${found}`);
      if (offered.length > 10) throw new Error(`offered again and again: ${offered.join(', ')}`);
      return name === 'reason' ? undefined : found;
    };
    expect(readBack('cannot write a: b: c', ['usage.write'], 'en', noReason)).toBe(undefined);
    expect(offered).toEqual(['path=a', 'reason=b: c', 'path=a: b', 'reason=c']);
  });

  it('reads a value that begins with the piece after it', () => {
    expect(readBack('cannot write : a: b', ['usage.write'], 'en', (_name, found) => `<${found}>`)).toBe(
      'cannot write <: a>: <b>',
    );
  });

  it('refuses a value across lines, an empty value, and a text shorter than the entry', () => {
    expect(readBack('path not found: a\nb', ['usage.path-not-found'], 'zh')).toBe(undefined);
    expect(readBack('path not found: ', ['usage.path-not-found'], 'zh')).toBe(undefined);
    expect(readBack('cannot write : c', ['usage.write'], 'zh')).toBe(undefined);
    expect(readBack('path not', ['usage.path-not-found'], 'zh')).toBe(undefined);
    expect(readBack('cannot write a: ', ['usage.write'], 'zh')).toBe(undefined);
    expect(readBack('cannot write a\nb: c', ['usage.write'], 'zh')).toBe(undefined);
    expect(readBack('cannot write a: b\nc', ['usage.write'], 'zh')).toBe(undefined);
  });

  it('refuses a text whose pieces overlap, or that lacks a piece of the middle', () => {
    // `nesting is deeper than ` and ` levels` share the space: no room for a value between them.
    expect(readBack('nesting is deeper than levels', ['yaml.deeper-than'], 'zh')).toBe(undefined);
    expect(readBack('cannot write a b', ['usage.write'], 'zh')).toBe(undefined);
  });
});
