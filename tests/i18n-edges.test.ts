import {
  currentLanguage,
  isMessage,
  languageOfArguments,
  localizedText,
  messageIdOf,
  messageOf,
  msg,
  render,
  said,
  setLanguage,
  t,
  untranslated,
  usageError,
} from '../document/i18n';
import { UsageError } from '../model/errors';

/** The catalog messages' helpers, each branch pinned (#14, #17 mutation score). */

describe('messages', () => {
  it('says an error without a catalog message as its English text in both languages, never as nothing', () => {
    const error = new Error('the disk is full');
    expect(render(messageOf(error), 'en')).toBe('the disk is full');
    expect(render(messageOf(error), 'zh')).toBe('the disk is full');
    const localized = usageError(msg('file.empty'));
    expect(render(messageOf(localized), 'zh')).toBe(render(msg('file.empty'), 'zh'));
  });

  it('keeps values only when given', () => {
    expect(msg('file.empty')).toEqual({ id: 'file.empty' });
    expect(Object.keys(msg('file.empty'))).toEqual(['id']);
    expect(msg('yaml.too-deep', { max: 3 })).toEqual({ id: 'yaml.too-deep', values: { max: 3 } });
  });

  it('knows a message by an id of the catalogs', () => {
    expect(isMessage(msg('file.empty'))).toBe(true);
    expect(isMessage({ id: 'no.such.id' })).toBe(false);
    expect(isMessage({ id: 3 })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('file.empty')).toBe(false);
    expect(isMessage(undefined)).toBe(false);
  });

  it('renders values, messages among them in the same language, and numbers without grouping', () => {
    expect(render(msg('yaml.too-deep', { max: 12345 }), 'en')).toBe(
      'nesting is too deep to parse (limit 12345 levels)',
    );
    const nested = msg('yaml.cannot-parse', { detail: msg('text.unknown-error') });
    expect(render(nested, 'en')).toBe('cannot parse the file: an unknown error');
    expect(render(nested, 'zh')).toContain('未知错误');
    expect(render(msg('file.empty'), 'zh')).toBe('文件是空的（没有 YAML 内容）');
    expect(t('en', 'severity.warning')).toBe('warning');
    expect(t('zh', 'yaml.too-deep', { max: 7 })).toContain('7');
    // A plural's `#` goes through ICU's number format, told not to group either.
    expect(render(msg('junit.failure', { count: 12345, first: 'x' }), 'en')).toBe('12345 errors: x');
  });

  it('says untranslated English as is in English, and its fallback in Chinese', () => {
    const text = untranslated('the parser said so', msg('text.unknown-error'));
    expect(text).toEqual({
      id: 'text.untranslated',
      values: { text: 'the parser said so', fallback: msg('text.unknown-error') },
    });
    expect(render(text, 'en')).toBe('the parser said so');
    expect(render(text, 'zh')).toBe('未知错误');
    expect(render(untranslated('only English'), 'zh')).toBe('');
  });

  it('makes a usage error whose message is the English and which keeps the catalog message', () => {
    const message = msg('yaml.too-deep', { max: 4 });
    const error = usageError(message);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe('nesting is too deep to parse (limit 4 levels)');
    expect(error.localized).toBe(message);
  });

  it('gives a finding its English message and hint, and both as catalog messages', () => {
    const message = msg('file.empty');
    const hint = msg('file.empty.hint');
    expect(said(message, hint)).toEqual({
      message: 'file is empty (no YAML content)',
      hint: 'start from `envcloud new`, or delete the file',
      localized: { message, hint },
    });
    const alone = said(message);
    expect(alone).toEqual({ message: 'file is empty (no YAML content)', localized: { message } });
    expect('hint' in alone).toBe(false);
    expect('hint' in alone.localized).toBe(false);
  });
});

describe('English grammar of counted and formatted words', () => {
  it('agrees a verb and an article with what it speaks of', () => {
    expect(t('en', 'summary.unconfirmed', { unconfirmed: 1, files: 1 })).toMatch(/^1 of 1 file still carries /);
    expect(t('en', 'summary.unconfirmed', { unconfirmed: 2, files: 3 })).toMatch(/^2 of 3 files still carry /);
    expect(t('en', 'validate.wrote', { out: 'o.txt', files: 1, errors: 1, warnings: 0, unconfirmed: 0 })).toBe(
      'wrote o.txt: 1 file, 1 error, 0 warnings, 0 with importer defaults to confirm',
    );
    expect(t('en', 'schema.format', { value: '"x"', where: '`a`', format: 'email' })).toBe(
      '"x" is not a valid value for `a` (expected an email address)',
    );
    expect(t('en', 'schema.format', { value: '"x"', where: '`a`', format: 'ipv4' })).toBe(
      '"x" is not a valid value for `a` (expected the format ipv4)',
    );
  });
});

describe("a finding's text in the reader's language", () => {
  const message = msg('file.empty');
  const hint = msg('file.empty.hint');
  const english = { message: 'file is empty (no YAML content)', hint: 'start from `envcloud new`, or delete the file' };

  it('is the stored English in English, or without catalog messages', () => {
    expect(localizedText({ ...english, localized: { message, hint } }, 'en')).toEqual(english);
    // Stored, not rendered again: what was done to the English after (a secret redacted) stays done.
    const redacted = { message: 'file is empty: ******', hint: english.hint };
    expect(localizedText({ ...redacted, localized: { message, hint } }, 'en')).toEqual(redacted);
    expect(localizedText(english, 'zh')).toEqual(english);
    const noHint = localizedText({ message: 'x' }, 'zh');
    expect(noHint).toEqual({ message: 'x' });
    expect('hint' in noHint).toBe(false);
  });

  it('renders the message and hint in Chinese', () => {
    expect(localizedText({ ...english, localized: { message, hint } }, 'zh')).toEqual({
      message: '文件是空的（没有 YAML 内容）',
      hint: '用 `envcloud new` 新建清单，或删除该文件',
    });
  });

  it('keeps the English hint when only the message has a catalog entry, and no hint when there is none', () => {
    expect(localizedText({ ...english, localized: { message } }, 'zh')).toEqual({
      message: '文件是空的（没有 YAML 内容）',
      hint: english.hint,
    });
    const bare = localizedText({ message: 'x', localized: { message } }, 'zh');
    expect(bare).toEqual({ message: '文件是空的（没有 YAML 内容）' });
    expect('hint' in bare).toBe(false);
  });

  it('renders a related location whose localized is a message itself, keeping the English hint', () => {
    expect(localizedText({ message: 'x', hint: 'h', localized: message }, 'zh')).toEqual({
      message: '文件是空的（没有 YAML 内容）',
      hint: 'h',
    });
  });

  it('keeps the English of what is no catalog message', () => {
    const odd = { ...english, localized: { message: { id: 'no.such' } as never } };
    expect(localizedText(odd, 'zh')).toEqual(english);
    const oddHint = { ...english, localized: { message, hint: { id: 'no.such' } as never } };
    expect(localizedText(oddHint, 'zh')).toEqual({ message: '文件是空的（没有 YAML 内容）', hint: english.hint });
  });

  it('names the catalog id of a message for machine readers', () => {
    expect(messageIdOf({})).toBeUndefined();
    expect(messageIdOf({ localized: message })).toBe('file.empty');
    expect(messageIdOf({ localized: { message, hint } })).toBe('file.empty');
    expect(messageIdOf({ localized: { message: { id: 'no.such' } as never } })).toBeUndefined();
  });
});

describe('the language of a run', () => {
  it('takes the last --lang given, and ignores other values', () => {
    expect(languageOfArguments(['--lang', 'zh', '--lang=en'])).toBe('en');
    expect(languageOfArguments(['--lang=zh', '--lang', 'fr'])).toBe('zh');
    expect(languageOfArguments(['--lang'])).toBeUndefined();
    expect(languageOfArguments(['--language=zh', 'zh'])).toBeUndefined();
    expect(languageOfArguments([])).toBeUndefined();
    // Only `--lang=` is read after its `=`: a path that ends like a language is a path.
    expect(languageOfArguments(['--lang', 'zh', 'output/en'])).toBe('zh');
  });

  it('is the one set, once set', () => {
    setLanguage('zh');
    expect(currentLanguage()).toBe('zh');
    setLanguage('en');
    expect(currentLanguage()).toBe('en');
  });
});
