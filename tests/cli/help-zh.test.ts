import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { root } from '../support/cli';

/**
 * Every `--help` in Chinese when the language is Chinese, from the locale (LANG=zh_CN.UTF-8) or from
 * `--lang zh`, and in English otherwise (issue #14): the descriptions, arguments and options, commander's
 * own words, the notes, the exit codes and the examples.
 */

const bin = join(root, 'bin/envcloud.js');

/** The built CLI's output with `LANG` set and the other locale variables empty. */
function helpText(args: readonly string[], lang: string): string {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: lang, NO_COLOR: '1' },
  });
  if (result.status !== 0 || result.stderr !== '')
    throw new Error(`envcloud ${args.join(' ')} (LANG=${lang}) exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** The names listed under a `Commands:` (or `命令：`) heading, commander's `help` left out. */
function commandsOf(help: string, heading: string): string[] {
  const section = help.split(`\n${heading}\n`)[1];
  if (!section) return [];
  return [...section.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

/** Every command path: [], ['validate'], …, ['waves', 'plan'], …, found by walking the English help. */
function commandPaths(): string[][] {
  const found: string[][] = [];
  const walk = (command: string[]): void => {
    found.push(command);
    for (const sub of commandsOf(helpText([...command, '--help'], 'C.UTF-8'), 'Commands:')) walk([...command, sub]);
  };
  walk([]);
  return found;
}

/**
 * The English sentences of a help text: three or more English words in a row on a line. What is not
 * prose is left out first: text in backticks, the command lines of examples and runs (their notes after
 * two spaces or in parentheses are kept), `envcloud <command>` in a usage line, and every token that is
 * not a plain word (option flags, paths, file names, ids such as `not-started`, quoted choice values,
 * placeholders like `<file>`, numbers). Acronyms in capitals (JSON, HTML, API) are names, not words.
 */
function englishSentences(help: string, commands: readonly string[] = []): string[] {
  const names = new RegExp(`\\benvcloud(?: (?:${commands.join('|') || 'x^'}))*\\b`, 'g');
  const found: string[] = [];
  for (const line of help.split('\n')) {
    const command = /^ {2}envcloud \S.*?(?: {2,}(.*))?$/.exec(line);
    const prose = (command ? (command[1] ?? '') : line).replace(/`[^`]*`/g, ' ').replace(names, ' ');
    let run: string[] = [];
    for (const token of [...prose.split(/\s+/), '']) {
      if (/^\(?(?:[a-z]+|[A-Z][a-z]+)[,.;:!?)]*$/.test(token)) run.push(token);
      else {
        if (run.length >= 3) found.push(run.join(' '));
        run = [];
      }
    }
  }
  return found;
}

/** commander's own words, which a Chinese help must not show. */
const COMMANDER_WORDS =
  /^(?:Usage|Arguments|Options|Commands|Global Options|Examples|Exit status):|\[options\]|\[command\]|\(choices: |default: |display help for command|output the version number/m;

/** The argument lists of the lines under an examples heading, a trailing `  (note)` left out. */
function examplesOf(help: string, heading: string): string[] {
  const section = help.split(`\n${heading}\n`)[1] ?? '';
  const lines: string[] = [];
  for (const line of section.split('\n')) {
    const match = /^ {2}envcloud (.*)$/.exec(line);
    if (!match) break;
    lines.push(match[1]!.replace(/\s{2,}\(.*\)\s*$/, '').trim());
  }
  return lines;
}

/**
 * A help text without its line breaks and spaces (commander wraps the descriptions) and with the default
 * of `--lang` left out: the locale's language, which differs where the language was chosen by `--lang`.
 */
function withoutLangDefault(help: string): string {
  return help.replace(/\s+/g, '').replace(/(default:|默认值：)"(?:zh|en)"/g, '$1…');
}

/** The exit codes listed under an exit status heading. */
function exitCodesOf(help: string, heading: string): string[] {
  const section = help.split(`\n${heading}\n`)[1] ?? '';
  return [...section.split('\n\n')[0]!.matchAll(/^ {2}(\d+) +\S/gm)].map((match) => match[1]!);
}

describe('the English sentence heuristic', () => {
  it("finds the English in a Chinese help as it was before the catalogs had the help's texts", () => {
    // Lines of `LANG=zh_CN.UTF-8 envcloud validate --help` before issue #14's help catalogs.
    const before = [
      'Check migration manifests against the schema and the cross-manifest rules;',
      '  -o, --out <file>          write the report to a file instead of standard',
      '  --force                   replace the --out file if it exists (default: false)',
      '  0   valid (warnings allowed)',
      '  envcloud validate manifests/ --baseline-dir manifests   (a checkout of the last commit in CI: git worktree add /tmp/base HEAD)',
      '  envcloud deploy --stack prod                        pulumi up: the platform, then the waves',
    ];
    expect(before.map((line) => englishSentences(line, ['validate']).length > 0)).toEqual(before.map(() => true));
  });

  it('leaves out flags, paths, ids, choice values, code in backticks, command lines and names', () => {
    const chinese = [
      '用法： envcloud waves plan [选项] [paths...]',
      '  --baseline-ref <git-ref>  与 --baseline-dir 相同，用 `git show <commit>:<path>` 读取',
      '  -f, --format <format>     输出格式（可选值："text"、"json"、"sarif"、"junit"；',
      '状态：not-started → planned → migrating → cut-over → completed；',
      '  envcloud validate manifests/ --baseline-dir manifests  (CI 中上一次提交的检出)',
      '  envcloud deploy --stack prod --offline --json-log deploy.jsonl',
      '通过 Pulumi 的 Automation API 并应用策略包；PostgreSQL 逻辑复制、MySQL binlog 复制',
    ];
    expect(chinese.flatMap((line) => englishSentences(line, ['validate', 'deploy', 'waves', 'plan']))).toEqual([]);
  });
});

describe('every --help', () => {
  const paths = commandPaths();
  const names = [...new Set(paths.flat())];

  it('walks the program, every command and the waves subcommands', () => {
    expect(paths.map((path) => path.join(' '))).toEqual(
      expect.arrayContaining(['', 'validate', 'new', 'preview', 'audit', 'report', 'deploy', 'waves', 'waves plan']),
    );
  });

  describe.each(paths.map((path) => [path.join(' ') || '(the program)', path] as const))('%s', (_name, path) => {
    let english: string;
    let fromLocale: string;
    let fromOption: string;
    beforeAll(() => {
      // report says everything in Chinese unless told --lang en, whatever the locale (its reports are the ministry's).
      english = helpText([...path, '--help', ...(path[0] === 'report' ? ['--lang', 'en'] : [])], 'C.UTF-8');
      fromLocale = helpText([...path, '--help'], 'zh_CN.UTF-8');
      fromOption = helpText([...path, '--help', '--lang', 'zh'], 'C.UTF-8');
    });

    it('is Chinese with LANG=zh_CN.UTF-8 and with --lang zh: no English sentence, none of commander’s words', () => {
      for (const help of [fromLocale, fromOption]) {
        expect(englishSentences(help, names)).toEqual([]);
        expect(help).not.toMatch(COMMANDER_WORDS);
        expect(help).toMatch(/^用法：/);
      }
    });

    it('is the same in Chinese whether the locale or --lang chose it (but for the default of --lang)', () => {
      expect(withoutLangDefault(fromOption)).toEqual(withoutLangDefault(fromLocale));
    });

    it('is English with LANG=C.UTF-8, and the same with LANG=zh_CN.UTF-8 and --lang en', () => {
      expect(englishSentences(english, names).length).toBeGreaterThanOrEqual(3);
      expect(english).toMatch(/^Usage: envcloud/);
      expect(english).toMatch(/\n {2}-h, --help +display help for command\n/);
      const chosen = helpText([...path, '--help', '--lang', 'en'], 'zh_CN.UTF-8');
      expect(withoutLangDefault(chosen)).toEqual(withoutLangDefault(english));
    });

    it('gives the same examples and exit codes in both languages', () => {
      expect(examplesOf(fromLocale, '示例：')).toEqual(examplesOf(english, 'Examples:'));
      expect(exitCodesOf(fromLocale, '退出状态：')).toEqual(exitCodesOf(english, 'Exit status:'));
      if (path.length > 0 && commandsOf(english, 'Commands:').length === 0) {
        expect(examplesOf(fromLocale, '示例：').length).toBeGreaterThan(0);
        expect(exitCodesOf(fromLocale, '退出状态：')).toEqual(expect.arrayContaining(['0', '2', '70']));
      }
    });
  });
});
