/**
 * Every exit code envcloud returns, in one place: `run` (cli/main.ts) maps errors to them, and each
 * command's --help lists the ones it can return (exitStatusHelp), so the two cannot drift apart.
 */
import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE, EXIT_VALID } from '../model/errors';

export { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE, EXIT_VALID };

/** The "Exit status" paragraph of a command's --help: the given meanings of 0, 1 and 2, then 70. */
export function exitStatusHelp(meanings: {
  [EXIT_VALID]: string;
  [EXIT_FINDINGS]?: string;
  [EXIT_USAGE]: string;
}): string {
  const lines = [
    `  ${EXIT_VALID}   ${meanings[EXIT_VALID]}`,
    ...(meanings[EXIT_FINDINGS] ? [`  ${EXIT_FINDINGS}   ${meanings[EXIT_FINDINGS]}`] : []),
    `  ${EXIT_USAGE}   ${meanings[EXIT_USAGE]}`,
    `  ${EXIT_INTERNAL}  internal error: a bug in envcloud (please report it with the command you ran)`,
  ];
  return `Exit status:\n${lines.join('\n')}`;
}

/** What a preflight failure is, for the help of the commands that run a stack. */
export const PREFLIGHT_FINDINGS =
  "preflight findings, each located in a manifest or Pulumi.<stack>.yaml: a pool over capacity, a backup tier the centers cannot deliver, an image outside the stack's registry";

/** Input errors of the commands that run a stack. */
export const STACK_INPUT_ERRORS =
  'usage or input error: unknown option or stack, bad stack config, manifests with errors (run `envcloud validate`)';

/**
 * Why a folder with no manifest is a usage error (exit 2) and not "0 files, valid" (exit 0): nothing was
 * checked, which is most often a wrong path, and CI must not pass on it.
 */
export const NO_MANIFESTS = 'a path with no manifest in it (nothing checked is not "valid")';
