// What every small input file (the waivers file, the pack config) passes after it is loaded and before
// its schema: no plaintext credential in it; and how its findings are printed when the command stops.
import { fieldPath, type Finding } from './findings';
import type { Message, MessageValue } from './i18n';
import type { LoadedDocument } from './load';
import { findSecrets, redactSecrets } from './secrets';

/** A finding for each plaintext credential in a loaded document, at its value, its path redacted. */
export function plaintextSecretFindings(document: LoadedDocument, hint: string): Finding[] {
  return findSecrets(document.data).map((hit): Finding => {
    const field = redactSecrets(fieldPath(hit.path));
    return {
      file: document.file,
      ...document.locator.locate(hit.path),
      severity: 'error',
      ruleId: 'plaintext-secret',
      field,
      message: `\`${field}\` holds a plaintext credential (${hit.kind})`,
      hint,
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

/** `file:line:column: error[rule]: message` and its hint, one finding after the other, as a command prints them. */
export function formatLocatedFindings(findings: readonly Finding[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}[${finding.ruleId}]: ${finding.message}${finding.hint ? `\n  hint: ${finding.hint}` : ''}`,
    )
    .join('\n');
}
