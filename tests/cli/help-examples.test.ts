import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { envcloud, root, watchCli } from '../support/cli';

/** A watching example (`validate --watch`) runs until stopped: stopped as a user would, with Ctrl-C, once its first run is done. */
async function untilFirstRun(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  const cli = watchCli(args, cwd);
  await cli.line(0);
  return { code: await cli.stop(), stderr: cli.stderr() };
}

/**
 * Every example in every `--help` works when pasted (#14): each example line is run, in the order the
 * help lists them, in a temporary copy of the project (stack files, manifests, sharing requests, the
 * pack's waivers and config), and none may end in a usage error (exit 2) or an internal error (70).
 * An example showing a refusal does not belong in the help.
 */

/** The commands a `--help` lists under `Commands:` (commander's own `help` left out). */
function commandsOf(help: string): string[] {
  const section = help.split('\nCommands:\n')[1];
  if (!section) return [];
  return [...section.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

/** The argument lists of the `Examples:` lines of a help text, a trailing `  (comment)` left out. */
function examplesOf(help: string): string[][] {
  const section = help.split('\nExamples:\n')[1];
  if (!section) return [];
  const examples: string[][] = [];
  for (const line of section.split('\n')) {
    const match = /^ {2}envcloud (.*)$/.exec(line);
    if (!match) break;
    examples.push(shellWords(match[1]!.replace(/\s{2,}\(.*\)\s*$/, '').trim()));
  }
  return examples;
}

/** Splits a command line as a POSIX shell would for these examples: words, '…' and "…" quoting. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** Every command path with its help text: `validate`, …, `waves plan`, `waves status`. */
function commandHelps(): { command: string[]; help: string }[] {
  const found: { command: string[]; help: string }[] = [];
  const walk = (command: string[]): void => {
    // In English: report says its help in Chinese unless told otherwise, whatever the locale.
    const help = envcloud([...command, '--help', '--lang', 'en']).stdout;
    found.push({ command, help });
    for (const sub of commandsOf(help)) walk([...command, sub]);
  };
  walk([]);
  return found;
}

const helps = commandHelps();
const examples = helps.flatMap(({ command, help }) =>
  examplesOf(help).map((args) => ({ command: command.join(' '), args })),
);

describe('the examples of every --help', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'envcloud-help-examples-'));
    for (const name of readdirSync(root).filter((file) => /^Pulumi(\.[\w-]+)?\.yaml$/.test(file)))
      cpSync(join(root, name), join(project, name));
    for (const folder of ['manifests', 'sharing'])
      cpSync(join(root, folder), join(project, folder), { recursive: true });
    mkdirSync(join(project, 'policies'));
    for (const file of ['waivers.yaml', 'config.json', 'PulumiPolicy.yaml'])
      cpSync(join(root, 'policies', file), join(project, 'policies', file));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('are found for every command that runs something (waves plan and status included)', () => {
    const commands = helps.filter(({ help }) => !/\nCommands:\n/.test(help)).map(({ command }) => command.join(' '));
    expect(commands).toEqual(
      expect.arrayContaining(['validate', 'new', 'preview', 'audit', 'report', 'waves plan', 'waves status']),
    );
    for (const command of commands)
      expect({ command, examples: examples.filter((example) => example.command === command).length > 0 }).toEqual({
        command,
        examples: true,
      });
  });

  it('reads an example line as the shell does, without its trailing comment', () => {
    expect(
      examplesOf(
        'x\n\nExamples:\n  envcloud validate                      (manifests/ and sharing/)\n  envcloud new --name "a b"\n\nmore',
      ),
    ).toEqual([['validate'], ['new', '--name', 'a b']]);
  });

  // Run one after the other, as a user pasting them would: a later example may read what an earlier one wrote.
  it.each(examples.map((example) => [example.args.join(' '), example] as const))(
    'envcloud %s',
    async (_line, example) => {
      const { code, stderr } = example.args.includes('--watch')
        ? await untilFirstRun(example.args, project)
        : envcloud(example.args, project);
      const line = example.args.join(' ');
      // Findings (exit 1: audit violations, a refused scaffold) are answers; a usage error or a crash is a broken example.
      expect({ example: line, exit: code, ...(code === 0 || code === 1 ? {} : { stderr }) }).toEqual({
        example: line,
        exit: code === 0 ? 0 : 1,
      });
    },
    300_000,
  );
});
