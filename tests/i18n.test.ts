import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  CATALOGS,
  intlMessageFormat,
  languageOfArguments,
  languageOfLocale,
  msg,
  render,
  type MessageId,
} from '../document/i18n';
import { EN } from '../document/messages/en';
import { commanderMessage } from '../cli/commander-text';
import { root } from './support/cli';
import { englishSentences } from './support/english';

/** Messages in Chinese and English (#14). */

/** The arguments a message uses (`{name}`, `{count, plural, …}`), nested ones included. */
function placeholders(text: string): Set<string> {
  const names = new Set<string>();
  const walk = (elements: unknown[]): void => {
    for (const element of elements as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      if (element.type !== 0 && element.type !== 7 && element.value) names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(text, 'en', undefined, { ignoreTag: true }).getAst() as unknown[]);
  return names;
}

/** English from elsewhere, which Chinese replaces by its fallback: the one message whose placeholders differ by design. */
const UNTRANSLATED: MessageId = 'text.untranslated';

describe('the catalogs', () => {
  const ids = Object.keys(EN) as MessageId[];

  it('have every message id in both languages, none empty', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(Object.keys(CATALOGS[lang]).sort()).toEqual([...ids].sort());
      const empty = ids.filter((id) => CATALOGS[lang][id].trim() === '' && id !== UNTRANSLATED);
      expect({ lang, empty }).toEqual({ lang, empty: [] });
    }
  });

  it('give each message the same placeholders in both languages', () => {
    const differing = ids
      .filter((id) => id !== UNTRANSLATED)
      .map((id) => ({
        id,
        en: [...placeholders(CATALOGS.en[id])].sort(),
        zh: [...placeholders(CATALOGS.zh[id])].sort(),
      }))
      .filter(({ en, zh }) => en.join() !== zh.join());
    expect(differing).toEqual([]);
    expect([...placeholders(CATALOGS.zh[UNTRANSLATED])]).toEqual(['fallback']);
  });

  it('render in both languages, every placeholder filled (no apostrophe quoting a `{` by mistake)', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const id of ids) {
        const names = [...placeholders(CATALOGS.en[id]), ...placeholders(CATALOGS.zh[id])];
        const values = Object.fromEntries(names.map((name) => [name, 1]));
        const rendered = String(
          new IntlMessageFormat(CATALOGS[lang][id], lang, undefined, { ignoreTag: true }).format(values),
        );
        expect({ lang, id, rendered: /[{}]/.test(rendered) ? rendered : '' }).toEqual({ lang, id, rendered: '' });
      }
  });

  it('render plain text (no brace, no apostrophe) as the library would, and resolve both locales as it would', () => {
    let plain = 0;
    for (const lang of ['zh', 'en'] as const)
      for (const id of ids.filter((id) => /^[^{}']*$/.test(CATALOGS[lang][id]))) {
        plain++;
        const library = new IntlMessageFormat(CATALOGS[lang][id], lang, undefined, { ignoreTag: true }).format();
        expect({ id, rendered: render(msg(id), lang) }).toEqual({ id, rendered: String(library) });
      }
    expect(plain).toBeGreaterThan(400);
    // The library as document/i18n.ts loads it (on first use), its locales resolved ahead.
    expect(intlMessageFormat()).toBe(IntlMessageFormat);
    for (const locale of ['en', 'zh-CN'])
      expect(IntlMessageFormat.resolveLocale(locale)?.toString()).toBe(
        new Intl.Locale(Intl.NumberFormat.supportedLocalesOf(locale)[0]!).toString(),
      );
    expect(IntlMessageFormat.resolveLocale('fr-FR')?.toString()).toBe('fr-FR');
  });

  it('write Chinese messages in Chinese', () => {
    // Every Chinese message has a Chinese character, or is only placeholders, code and punctuation.
    const english = ids.filter((id) => {
      const text = CATALOGS.zh[id].replace(/`[^`]*`/g, '').replace(/\{\w+\}/g, '');
      return !/\p{Script=Han}/u.test(text) && /[A-Za-z]{3,}/.test(text);
    });
    expect(english).toEqual([]);
  });
});

describe('the language of a run', () => {
  it('comes from LC_ALL, then LC_MESSAGES, then LANG: zh_* is Chinese, anything else English', () => {
    expect(languageOfLocale({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageOfLocale({ LANG: 'zh_TW' })).toBe('zh');
    expect(languageOfLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(languageOfLocale({})).toBe('en');
    expect(languageOfLocale({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageOfLocale({ LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US' })).toBe('zh');
    expect(languageOfLocale({ LANG: 'zhx' })).toBe('en');
    expect(languageOfLocale({ LANG: 'zh' })).toBe('zh');
    expect(languageOfLocale({ LANG: 'ZH_cn' })).toBe('zh');
    expect(languageOfLocale({ LANG: 'en_zh' })).toBe('en');
  });

  it('is --lang when given, before or after the command, up to a `--`', () => {
    expect(languageOfArguments(['validate', '--lang', 'zh'])).toBe('zh');
    expect(languageOfArguments(['--lang=en', 'validate'])).toBe('en');
    expect(languageOfArguments(['validate', '--', '--lang', 'zh'])).toBeUndefined();
  });

  it("says commander's own errors again in Chinese", () => {
    expect(commanderMessage("error: unknown option '--bogus'\n(Did you mean --baseline-dir?)\n", 'zh')).toBe(
      '错误：未知选项 --bogus\n（是不是要输入 --baseline-dir？）\n',
    );
    expect(
      commanderMessage(
        "error: option '-f, --format <format>' argument 'x' is invalid. Allowed choices are text, json.",
        'zh',
      ),
    ).toBe('错误：选项 -f, --format <format> 的取值“x”无效。可选值为 text, json。');
    expect(commanderMessage("error: unknown option '--bogus'", 'en')).toBe("error: unknown option '--bogus'");
  });
});

describe('validate in Chinese (built CLI)', () => {
  const base = readFileSync(join(__dirname, 'corpus/base.yaml'), 'utf8');
  const variant = (number: number, edit: (text: string) => string): string =>
    edit(
      base
        .replace('number: 27', `number: ${number}`)
        .replace(/s027-jsxmxzspxtjsxmhpjyssbxt/g, `s${String(number).padStart(3, '0')}-t`)
        .replace('30300000027/0001', `303000${String(number).padStart(5, '0')}/0001`),
    );
  /** A valid variant but for `edit`: its data resource has a name of its own (one-data-one-source). */
  const ruleVariant = (number: number, edit: (text: string) => string): string =>
    variant(number, (text) => edit(text.replace('）业务数据\n', `）业务数据 ${number}\n`)));
  /** Typical mistakes of a person writing a manifest by hand. */
  const MISTAKES: Record<string, string> = {
    'enum.yaml': variant(101, (text) => text.replace('outcome: merge', 'outcome: mrege')),
    'missing.yaml': variant(102, (text) => text.replace('  reportingUnit: 信息中心\n', '')),
    'indentation.yaml': variant(103, (text) =>
      text.replace('  reportingUnit: 信息中心', '    reportingUnit: 信息中心'),
    ),
    'colon.yaml': variant(104, (text) =>
      text.replace('  managingUnit: 环境影响评价司', '  managingUnit： 环境影响评价司'),
    ),
    'digits.yaml': variant(105, (text) => text.replace('number: 105', 'number: １０５')),
    'quotes.yaml': variant(106, (text) => text.replace('updateCycle: monthly', 'updateCycle: “monthly”')),
    'unknown-field.yaml': variant(107, (text) => text.replace('  reportingUnit:', '  reportUnit:')),
    'type.yaml': variant(108, (text) => text.replace('replicas: 2', 'replicas: two')),
    'range.yaml': variant(109, (text) => text.replace('replicas: 2', 'replicas: 0')),
    // Mistakes the rules beyond the schema find (validation/rules/); the files share a system name, so
    // duplicate-construction reports them too.
    'disposition.yaml': ruleVariant(110, (text) => text.replace('    businessSystem: pollution-source\n', '')),
    'placement.yaml': ruleVariant(111, (text) => text.replace(/image: \S+/, 'image: docker.io/library/nginx:1.25')),
    'schedule.yaml': ruleVariant(112, (text) => text.replace('status: not-started', 'status: blocked')),
    'protection.yaml': ruleVariant(113, (text) => text.replace('rpoMinutes: 1440', 'rpoMinutes: 5')),
    'identity.yaml': ruleVariant(114, (text) => text.replace('slug: s114-t', 'slug: s113-t')),
    'catalog-code.yaml': ruleVariant(115, (text) => text.replace('30300000115/0001', '30300000116/0001')),
    'sharing.yaml': ruleVariant(116, (text) =>
      text.replace('      sharing:\n        type: unconditional', '      sharing:\n        type: conditional'),
    ),
  };
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-i18n-'));
    for (const [file, text] of Object.entries(MISTAKES)) writeFileSync(join(dir, file), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string>) => {
    const result = spawnSync(process.execPath, [join(root, 'bin/envcloud.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints no English sentence with LANG=zh_CN.UTF-8', () => {
    const { code, stdout, stderr } = run(['validate', '.'], { LANG: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(stdout).toContain('16 个文件，');
    expect(stdout).toMatch(/colon\.yaml:\d+:\d+: 错误\[yaml-syntax\]: 键 `managingUnit` 之后有全角冒号/);
    expect(stdout).toContain('提示：把全角冒号 ： 改成半角冒号 :');
    expect(stdout).toMatch(
      /enum\.yaml:\d+:\d+: 错误\[schema-enum\]: "mrege" 不是 `spec\.disposition\.outcome` 允许的值/,
    );
    expect(stdout).toMatch(/missing\.yaml:\d+:\d+: 错误\[schema-required\]: `metadata`缺少必填字段 `reportingUnit`/);
    expect(stdout).toMatch(/indentation\.yaml:\d+:\d+: 错误\[yaml-syntax\]: 第 \d+ 行的缩进比周围的键更深/);
    expect(stdout).toMatch(/disposition\.yaml:\d+:\d+: 错误\[merge-names-business-system\]: 处置方式为 `merge`/);
    expect(stdout).toMatch(/placement\.yaml:\d+:\d+: 错误\[image-from-approved-registry\]: 工作负载 `app` 的镜像/);
    expect(stdout).toMatch(/schedule\.yaml:\d+:\d+: 错误\[blocked-names-reason-and-owner\]: 状态为 `blocked`（受阻）/);
    expect(stdout).toContain(
      '错误[backup-targets-within-tier]: RPO 定为 5 分钟，比备份等级 `silver` 所能达到的（1 天）更严',
    );
    expect(stdout).toMatch(/错误\[unique-slug\]: slug `s113-t` 已被 identity\.yaml（/);
    expect(stdout).toContain('错误[catalog-code-own-system]: ');
    expect(stdout).toContain('属于系统 116，不属于本系统（115）');
    expect(stdout).toContain('错误[conditional-sharing-terms]: 有条件共享的数据资源“');
    expect(stdout).toContain('错误[article-16-unconditional-sharing]: ');
    expect(stdout).toContain('错误[resource-center-sharing-type]: `sharingType: unconditional` 与数据资源不一致');
    expect(stdout).toMatch(/警告\[duplicate-construction\]: .*与其他 \d+ 个系统看起来功能相同/);
    expect({ sentences: englishSentences(stdout + stderr) }).toEqual({ sentences: [] });
  });

  it('prints English with --lang en, whatever the locale; the same run in English is full of English sentences', () => {
    const { stdout } = run(['validate', '--lang', 'en', '.'], { LANG: 'zh_CN.UTF-8' });
    expect(stdout).toMatch(/16 files, \d+ errors, 1 warning: invalid\n$/);
    expect(stdout).toContain('error[schema-enum]: "mrege" is not an allowed value for `spec.disposition.outcome`');
    expect(stdout).toContain('error[merge-names-business-system]: outcome `merge` does not say which');
    expect(englishSentences(stdout).length).toBeGreaterThan(15);
  });

  it('carries the chosen language in JSON and JUnit, and both languages in SARIF', () => {
    const json = JSON.parse(run(['validate', '--format', 'json', '.'], { LANG: 'zh_CN.UTF-8' }).stdout) as {
      lang: string;
      findings: { ruleId: string; message: string; hint?: string; messageId?: string }[];
    };
    expect(json.lang).toBe('zh');
    const enumFinding = json.findings.find((finding) => finding.ruleId === 'schema-enum')!;
    expect(enumFinding).toMatchObject({ messageId: 'schema.enum', message: expect.stringContaining('允许的值') });

    const junit = run(['validate', '--format', 'junit', '--lang', 'zh', '.'], { LANG: 'C.UTF-8' }).stdout;
    expect(junit).toContain('个错误：');
    const junitText = junit
      .replace(/<[^>]*>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
    expect(englishSentences(junitText)).toEqual([]);

    const sarif = JSON.parse(
      run(['validate', '--format', 'sarif', '--lang', 'zh', '.'], { LANG: 'C.UTF-8' }).stdout,
    ) as {
      runs: { results: { ruleId: string; message: { text: string }; properties: Record<string, string> }[] }[];
    };
    const result = sarif.runs[0]!.results.find((candidate) => candidate.ruleId === 'schema-enum')!;
    expect(result.message.text).toContain('不是 `spec.disposition.outcome` 允许的值');
    expect(result.properties).toMatchObject({
      messageZh: result.message.text,
      messageEn: expect.stringContaining('is not an allowed value for `spec.disposition.outcome`. Hint: '),
      messageId: 'schema.enum',
    });
  });

  it('says usage errors in Chinese', () => {
    const jobs = run(['validate', '--jobs', '0', '.'], { LANG: 'zh_CN.UTF-8' });
    expect(jobs.code).toBe(2);
    expect(jobs.stderr).toContain('应为正整数，实际是“0”');
    const unknown = run(['validate', '--bogus'], { LANG: 'zh_CN.UTF-8' });
    expect(unknown.stderr).toContain('错误：未知选项 --bogus');
    const both = run(['validate', '--baseline-dir', 'a', '--baseline-ref', 'HEAD', '.'], { LANG: 'zh_CN.UTF-8' });
    expect(both).toMatchObject({
      code: 2,
      stderr: 'envcloud: --baseline-dir 与 --baseline-ref 只能给一个：基线只有一个\n',
    });
    expect(englishSentences(jobs.stderr + unknown.stderr)).toEqual([]);
  });
});
