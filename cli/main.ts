import { Command, CommanderError } from 'commander';
import { EnvcloudError } from '../model/errors';
import { auditCommand } from './commands/audit';
import { deployCommand } from './commands/deploy';
import { newCommand } from './commands/new';
import { previewCommand } from './commands/preview';
import { REPORT_LANGUAGE, reportCommand } from './commands/report';
import { validateCommand } from './commands/validate';
import { wavesCommand } from './commands/waves';
import { EXIT_INTERNAL, EXIT_USAGE } from './exit-codes';
import { TOOL_VERSION } from '../model/version';
import { escapeNonPrintable as shown } from '../document/printable';
import {
  currentLanguage,
  isMessage,
  languageOfArguments,
  languageOfLocale,
  render,
  msg,
  setLanguage,
  t,
  usageError,
  type Language,
} from '../document/i18n';
import { languageOption } from './options';
import { commanderMessage } from './commander-text';
import { localizeHelp } from './help';

/**
 * The program, its help and its errors in the run's language (`currentLanguage`, which `run` sets from
 * `--lang` before building it). Every command takes `--lang`: one that declares none gets the default one.
 */
export function buildProgram(): Command {
  const lang = currentLanguage();
  const program = new Command('envcloud')
    .description(t(lang, 'help.program.description'))
    .version(TOOL_VERSION, '-V, --version', t(lang, 'help.option.version'))
    .addOption(languageOption())
    // Options after a command's name are that command's: its own --lang (report's default differs) is parsed by it.
    .enablePositionalOptions()
    .hook('preAction', (_root, command) => {
      // `envcloud --lang zh validate`, `envcloud waves --lang zh plan`: the language given before the
      // command (the nearest one), when none is given after it.
      for (
        let parent = command.parent;
        parent && command.getOptionValueSource('lang') !== 'cli';
        parent = parent.parent
      )
        if (parent.getOptionValueSource('lang') === 'cli')
          command.setOptionValueWithSource('lang', parent.opts().lang, 'cli');
      setLanguage(command.opts().lang as Language);
      refuseEmptyPaths(command);
    });
  const commands = [
    validateCommand(),
    newCommand(),
    previewCommand(),
    auditCommand(),
    reportCommand(),
    wavesCommand(),
    deployCommand(),
  ];
  for (const command of commands) program.addCommand(command);
  // Every command, the waves subcommands included, takes --lang and says its help and errors in `lang`.
  localizeHelp(program, lang);
  for (const command of everyCommand(program)) {
    if (!command.options.some((option) => option.long === '--lang')) command.addOption(languageOption());
    command
      .showHelpAfterError(t(lang, 'cli.help-after-error'))
      .configureOutput({ outputError: (text, write) => write(commanderMessage(text, lang)) })
      .exitOverride();
  }
  return program;
}

/**
 * An empty path names nothing: `validate ""` validated the whole working folder (joined to it, '' is the
 * folder itself), and `--out ""` or `--baseline-dir ""` were taken without a word.
 */
function refuseEmptyPaths(command: Command): void {
  for (const option of command.options) {
    const name = option.attributeName();
    if (!/<[^>]+>/.test(option.flags) || command.getOptionValueSource(name) !== 'cli') continue;
    if (command.getOptionValue(name) !== '') continue;
    // `report --stack ''` wrote "(offline audit of )" with no audit: an empty value names nothing either.
    const what = option.long ?? option.flags;
    throw usageError(
      msg(/<(file|dir|[^>]*\.json)>/.test(option.flags) ? 'usage.empty-path' : 'usage.empty-value', { what }),
    );
  }
  if (command.args.includes('')) throw usageError(msg('usage.empty-path', { what: 'paths' }));
}

/** A command and every command under it. */
function everyCommand(command: Command): Command[] {
  return [command, ...command.commands.flatMap(everyCommand)];
}

/** The only place that decides the process exit code for errors no command handled. */
export async function run(argv: string[]): Promise<void> {
  // `envcloud validate | head` closes the pipe early: stop quietly instead of printing a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Read before parsing: the parser's own errors and every --help are said in it.
  setLanguage(languageOfArguments(argv.slice(2)) ?? commandLanguage(argv.slice(2)) ?? languageOfLocale());
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with exit 0; every other commander error is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (error instanceof EnvcloudError) {
      // Errors envcloud explains itself (located problems with manifests, stack config, waivers,
      // baselines, arguments; preflight findings): the message, escaped (it quotes input files, and a
      // control character in one must be seen, not obeyed), no stack trace, and the error's own code.
      process.stderr.write(`envcloud: ${shown(errorText(error))}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) {
      process.stderr.write(`envcloud: ${shown((error as Error).message)}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    // Everything else is a bug, a component's ResourceError included: validate and preflight judge every
    // manifest field a component checks, so a component refusing its args means one of them missed it.
    const lang = currentLanguage();
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`envcloud: ${t(lang, 'cli.internal-error', { detail })}\n`);
    process.stderr.write(`${t(lang, 'cli.report-bug')}\n`);
    process.exitCode = EXIT_INTERNAL;
  }
}

/**
 * The language a command says everything in unless --lang is given, whatever the locale: `report`'s
 * option errors came in English under LANG=C while its other messages were Chinese.
 */
function commandLanguage(args: readonly string[]): Language | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--lang') index++;
    else if (!arg.startsWith('-')) return arg === 'report' ? REPORT_LANGUAGE : undefined;
  }
  return undefined;
}

/** An error's message in the run's language, when it was made from a catalog message. */
function errorText(error: EnvcloudError): string {
  return isMessage(error.localized) ? render(error.localized, currentLanguage()) : error.message;
}

if (require.main === module) void run(process.argv);
