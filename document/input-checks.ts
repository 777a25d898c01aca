// What every small input file (the waivers file, the pack config) passes after it is loaded and before
// its schema: no plaintext credential in it; and how its findings are printed when the command stops.
import { fieldPath, type Finding } from './findings';
import { localizedText, msg, said, t, untranslated, type Language, type Message, type MessageValue } from './i18n';
import type { LoadedDocument } from './load';
import { findSecrets, redactSecrets } from './secrets';

/** A finding for each plaintext credential in a loaded document, at its value, its path redacted. */
export function plaintextSecretFindings(document: LoadedDocument, hint: Message): Finding[] {
  return findSecrets(document.data).map((hit): Finding => {
    const field = redactSecrets(fieldPath(hit.path));
    return {
      file: document.file,
      ...document.locator.locate(hit.path),
      severity: 'error',
      ruleId: 'plaintext-secret',
      field,
      ...said(msg('inputs.secret', { field, kind: secretKindMessage(hit.kind) }), hint),
    };
  });
}

/** Findings whose file is printed back (in reports, on the terminal), with any credential in them redacted. */
export function redactFindings(findings: readonly Finding[]): Finding[] {
  return findings.map(redactFinding);
}

/**
 * A finding with every text that may quote its file redacted: the English message and hint, the field
 * path (a credential pasted as a key name is part of it), related messages, and the values of the catalog
 * messages the printers render in the reader's language (they quote the same input).
 */
export function redactFinding(finding: Finding): Finding {
  return {
    ...finding,
    message: redactSecrets(finding.message),
    ...(finding.hint ? { hint: redactSecrets(finding.hint) } : {}),
    ...(finding.field ? { field: redactSecrets(finding.field) } : {}),
    ...(finding.related
      ? {
          related: finding.related.map((related) => ({
            ...related,
            message: redactSecrets(related.message),
            ...(related.localized ? { localized: redactMessage(related.localized) } : {}),
          })),
        }
      : {}),
    ...(finding.localized
      ? {
          localized: {
            message: redactMessage(finding.localized.message),
            ...(finding.localized.hint ? { hint: redactMessage(finding.localized.hint) } : {}),
          },
        }
      : {}),
  };
}

function redactMessage(message: Message): Message {
  if (!message.values) return message;
  const values: Record<string, MessageValue> = {};
  for (const [key, value] of Object.entries(message.values)) {
    values[key] =
      typeof value === 'string' ? redactSecrets(value) : typeof value === 'number' ? value : redactMessage(value);
  }
  return { ...message, values };
}

/** `file:line:column: error[rule]: message` and its hint, one finding after the other, as a command prints them, in `lang`. */
export function formatLocatedFindings(findings: readonly Finding[], lang: Language = 'en'): string {
  return findings
    .map((finding) => {
      const { message, hint } = localizedText(finding, lang);
      const severity = t(lang, finding.severity === 'error' ? 'severity.error' : 'severity.warning');
      const at = `${finding.file}:${finding.line}:${finding.column}: ${severity}[${finding.ruleId}]: ${message}`;
      return `${at}${hint ? `\n  ${t(lang, 'label.hint')}${hint}` : ''}`;
    })
    .join('\n');
}

/** The findings as an error's catalog message: formatLocatedFindings in English, and in Chinese. */
export function locatedFindingsMessage(findings: readonly Finding[]): Message {
  return untranslated(formatLocatedFindings(findings, 'en'), formatLocatedFindings(findings, 'zh'));
}

/** The kind of a credential findSecrets names (`private key`, ``value of `password` ``, `…, used as a field name`) as a catalog message. */
export function secretKindMessage(kind: string): Message {
  const asName = /^(.*), used as a field name$/.exec(kind);
  if (asName) return msg('inputs.secret.as-name', { kind: secretKindMessage(asName[1]!) });
  const valueOf = /^value of `(.*)`$/.exec(kind);
  if (valueOf) return msg('inputs.secret.value-of', { key: valueOf[1]! });
  return msg('inputs.secret.kind', { kind: kind.toLowerCase().replace(/ /g, '_') });
}
