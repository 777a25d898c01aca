// How the Pulumi program (stacks/index.ts) stops on a problem envcloud explains: as a RunError, which
// Pulumi prints as it is, where any other exception is printed with the program's stack trace; in the
// locale's language, as the CLI says the same problems in its own.
import * as pulumi from '@pulumi/pulumi';
import type { Finding } from '../document/findings';
import { currentLanguage, isMessage, localizedText, render, t, untranslated, type Language } from '../document/i18n';
import { EnvcloudError, EXIT_FINDINGS } from '../model/errors';
import { ConfigError, configProblemsText } from './config';

/** How many of the manifests' errors the program lists: `validate` lists them all. */
export const LISTED_ERRORS = 5;

/** The manifests have errors: nothing is deployed. The first few are listed, located. */
export class ManifestErrors extends EnvcloudError {
  readonly exitCode = EXIT_FINDINGS;
  override readonly name = 'ManifestErrors';
  constructor(errors: readonly Finding[]) {
    super(manifestErrorsText(errors, 'en'));
    this.localized = untranslated(this.message, manifestErrorsText(errors, 'zh'));
  }
}

function manifestErrorsText(errors: readonly Finding[], lang: Language): string {
  const lines = errors.slice(0, LISTED_ERRORS).map((finding) =>
    t(lang, 'inputs.preflight.line', {
      at: `${finding.file}:${finding.line}:${finding.column}`,
      rule: finding.ruleId,
      message: localizedText(finding, lang).message,
    }),
  );
  if (errors.length > LISTED_ERRORS)
    lines.push(t(lang, 'program.manifest-errors.more', { count: errors.length - LISTED_ERRORS }));
  return [t(lang, 'program.manifest-errors', { count: errors.length }), ...lines].join('\n');
}

/** What the program throws for `error`: a RunError in the locale's language for envcloud's own problems, else `error`. */
export function programError(error: unknown, lang: Language = currentLanguage()): unknown {
  if (!(error instanceof EnvcloudError)) return error;
  if (error instanceof ConfigError) return new pulumi.RunError(configProblemsText(error.problems, lang));
  return new pulumi.RunError(isMessage(error.localized) ? render(error.localized, lang) : error.message);
}
