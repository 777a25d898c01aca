/**
 * Every exit code envcloud returns, in one place: `run` (cli/main.ts) maps errors to them, and each
 * command's --help lists the ones it can return (exitStatusHelp in cli/help.ts, its meanings in the
 * catalogs: help.exit.*), so the two cannot drift apart.
 */
import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE, EXIT_VALID } from '../model/errors';

export { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE, EXIT_VALID };
