import { Command, CommanderError } from 'commander';
import { EnvcloudError } from '../model/errors';
import { auditCommand } from './commands/audit';
import { deployCommand } from './commands/deploy';
import { newCommand } from './commands/new';
import { previewCommand } from './commands/preview';
import { reportCommand } from './commands/report';
import { validateCommand } from './commands/validate';
import { wavesCommand } from './commands/waves';
import { EXIT_INTERNAL, EXIT_USAGE } from './exit-codes';
import { TOOL_VERSION } from '../model/version';
import { escapeNonPrintable as shown } from '../document/printable';

export function buildProgram(): Command {
  const program = new Command('envcloud')
    .description('Migration manifests, Pulumi stacks and policies for the environmental protection cloud (环保云平台).')
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [
    validateCommand(),
    newCommand(),
    previewCommand(),
    auditCommand(),
    reportCommand(),
    wavesCommand(),
    deployCommand(),
  ])
    program.addCommand(command.exitOverride());
  return program;
}

/** The only place that decides the process exit code for errors no command handled. */
export async function run(argv: string[]): Promise<void> {
  // `envcloud validate | head` closes the pipe early: stop quietly instead of printing a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
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
      process.stderr.write(`envcloud: ${shown(error.message)}\n`);
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
    process.stderr.write(`envcloud: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('this is a bug in envcloud; please report it with the command you ran\n');
    process.exitCode = EXIT_INTERNAL;
  }
}

if (require.main === module) void run(process.argv);
