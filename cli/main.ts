import { Command, CommanderError } from 'commander';
import { InventoryError } from '../inventory/annex1';
import { UsageError } from '../validation/files';
import { auditCommand } from './commands/audit';
import { newCommand } from './commands/new';
import { previewCommand } from './commands/preview';
import { reportCommand } from './commands/report';
import { validateCommand } from './commands/validate';
import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE } from './exit-codes';
import { TOOL_VERSION } from './version';
import { escapeNonPrintable as shown } from '../validation/printable';

export function buildProgram(): Command {
  const program = new Command('envcloud')
    .description('Migration manifests, Pulumi stacks and policies for the environmental protection cloud (环保云平台).')
    .version(TOOL_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  for (const command of [validateCommand(), newCommand(), previewCommand(), auditCommand(), reportCommand()]) program.addCommand(command.exitOverride());
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
    if (error instanceof Error && ['PreflightError', 'StackConfigError', 'ConfigError', 'WaiverFileError', 'ManifestErrors', 'PlanFileError'].includes(error.name)) {
      // Problems with what the stack asks for: located, explained, and no stack trace (escaped: they quote
      // input files, and a control character in one must be seen, not obeyed). Matched by name,
      // because importing these classes would load Pulumi at every start, `validate` included. A
      // preflight failure is a finding about the manifests against this stack (exit 1), like a policy's.
      process.stderr.write(`envcloud: ${shown(error.message)}\n`);
      process.exitCode = error.name === 'PreflightError' ? EXIT_FINDINGS : EXIT_USAGE;
      return;
    }
    if (error instanceof UsageError || error instanceof InventoryError) {
      process.stderr.write(`envcloud: ${shown(error.message)}\n`);
      process.exitCode = EXIT_USAGE;
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
