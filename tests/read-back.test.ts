// document/read-back.ts on its own: English that crossed a boundary as a string is matched against
// catalog entries and said again in another language. The policy findings and the deploy summaries
// use it (tests/audit/policy-findings-zh, tests/inputs-i18n); these pin its matching rules.
import { t } from '../document/i18n';
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

  it('never matches an entry with a plural or a select', () => {
    const english = t('en', 'inputs.config.missing', { stack: 'prod', count: 1, keys: 'envcloud:x' });
    expect(readBack(english, ['inputs.config.missing'], 'zh')).toBe(undefined);
  });

  it('reads each value as the shortest the value function takes, and then a longer one', () => {
    const text = 'cannot write a: b: c';
    expect(readBack(text, ['usage.write'], 'en', (_name, found) => `<${found}>`)).toBe('cannot write <a>: <b: c>');
    const notA = (name: string, found: string) => (name === 'path' && found === 'a' ? undefined : `<${found}>`);
    expect(readBack(text, ['usage.write'], 'en', notA)).toBe('cannot write <a: b>: <c>');
    expect(readBack(text, ['usage.write'], 'en', () => undefined)).toBe(undefined);
  });

  it('refuses a value across lines, an empty value, and a text shorter than the entry', () => {
    expect(readBack('path not found: a\nb', ['usage.path-not-found'], 'zh')).toBe(undefined);
    expect(readBack('path not found: ', ['usage.path-not-found'], 'zh')).toBe(undefined);
    expect(readBack('cannot write : c', ['usage.write'], 'zh')).toBe(undefined);
    expect(readBack('path not', ['usage.path-not-found'], 'zh')).toBe(undefined);
  });
});
