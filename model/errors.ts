/**
 * Every exit code envcloud returns, and the one base of the errors that carry one. The CLI maps an
 * error to its code with `instanceof EnvcloudError` (cli/main.ts); this module imports nothing, so
 * that check never loads Pulumi or any other layer.
 */
export const EXIT_VALID = 0;
/** Findings: manifest errors from `validate`, policy violations, preflight problems, schema problems. */
export const EXIT_FINDINGS = 1;
/** The command could not run as asked: options, paths, input files, stack config, manifests with errors. */
export const EXIT_USAGE = 2;
/** A bug in envcloud (an error nothing above explains, such as a component refusing what validate and preflight accepted). */
export const EXIT_INTERNAL = 70;

/** An error envcloud explains itself: its message is for the user (located, no stack trace), its exit code documented. */
export abstract class EnvcloudError extends Error {
  abstract readonly exitCode: typeof EXIT_FINDINGS | typeof EXIT_USAGE;
  /**
   * The message as a catalog message (document/i18n: an id and its values), when it was made from one:
   * the CLI prints it in the reader's language; `message` is its English.
   */
  localized?: { readonly id: string; readonly values?: Readonly<Record<string, unknown>> };
}

/** The command was asked for something it cannot do: an option, a path, an argument. */
export class UsageError extends EnvcloudError {
  override readonly name = 'UsageError';
  readonly exitCode = EXIT_USAGE;
}
