import type { Finding } from '../document/findings';
import { DEFAULT_LIMITS, type InputLimits } from '../document/limits';
import { msg, said, type Message } from '../document/i18n';
import { plaintextSecretFindings, redactFinding } from '../document/input-checks';
import { loadManifestBytes, loadManifestFast, tooLargeFinding, type LoadedDocument } from '../document/load';
import { nonPrintableFindings } from '../document/printable';
import { wrappedInChineseQuotes } from '../document/quoted-text';
import { mayHoldSecrets, mayHoldSecretValues } from '../document/secrets';
import { MANIFEST_KINDS } from '../model/schema';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import type { ManifestEntry } from './rules';
import type { CorrectionEntry } from './rules/correction-context';
import type { RequestEntry } from './rules/requests';
import { checkDocument, checkSchema, conformsToSchema, correctionValidator, requestValidator } from './schema-check';

export interface ManifestSource {
  file: string;
  bytes: Buffer;
  /** Why the file could not be read (permissions, vanished: validation/files.ts unreadableMessage); `bytes` is then empty. */
  readError?: Message;
  /** The file's size, when only its first bytes were read (`bytes` stops one past the limit). */
  size?: number;
}

/** Checks one file on its own: loading, schema and credentials (rules come after). */
export function checkSource(
  source: ManifestSource,
  limits: InputLimits = DEFAULT_LIMITS,
): { findings: Finding[]; entry?: ManifestEntry; request?: RequestEntry; correction?: CorrectionEntry } {
  if (source.readError) {
    return {
      findings: [
        {
          file: source.file,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'file-unreadable',
          ...said(
            msg('inputs.manifest.unreadable', { reason: source.readError }),
            msg('inputs.manifest.unreadable.hint'),
          ),
        },
      ],
    };
  }
  if (source.size !== undefined && source.bytes.length > limits.maxFileBytes)
    return { findings: [tooLargeFinding(source.file, source.size, limits.maxFileBytes)] };
  const fast = loadManifestFast(source.file, source.bytes, limits);
  const fastKind = fast && recordKindOf(fast.data);
  if (fast && fastKind) return checkRecordDocument(fast, fastKind);
  if (fast && conformsToSchema(fast.data)) {
    const findings = [
      ...secretFindings(fast, { conforms: true }),
      ...nonPrintableFindings(fast).map(redacted),
      ...wrappedInChineseQuotes(fast, new Set()).map(redacted),
    ];
    return { findings, entry: { file: source.file, manifest: fast.data, locator: fast.locator } };
  }
  // Anything but a clean, conforming file is (re)loaded by the full parser, whose findings are authoritative.
  const loaded = loadManifestBytes(source.file, source.bytes, limits);
  if (!loaded.document) return { findings: loaded.findings.map(redacted) };
  const kind = recordKindOf(loaded.document.data);
  if (kind) return checkRecordDocument(loaded.document, kind);
  const { findings, manifest } = checkSchema(loaded.document);
  const refused = new Set(findings.map((finding) => finding.field ?? ''));
  const all = [
    ...findings.map(redacted),
    ...secretFindings(loaded.document, { conforms: manifest !== undefined }),
    ...nonPrintableFindings(loaded.document).map(redacted),
    ...wrappedInChineseQuotes(loaded.document, refused).map(redacted),
  ];
  if (!manifest) return { findings: all };
  return { findings: all, entry: { file: source.file, manifest, locator: loaded.document.locator } };
}

/**
 * A document is read as a sharing request or a data correction by its `kind`; any other kind is checked
 * as a system's manifest.
 */
function recordKindOf(data: unknown): 'request' | 'correction' | undefined {
  const kind = typeof data === 'object' && data !== null ? (data as { kind?: unknown }).kind : undefined;
  if (kind === MANIFEST_KINDS.request) return 'request';
  return kind === MANIFEST_KINDS.correction ? 'correction' : undefined;
}

/** A sharing request or a data correction is checked against its own schema, with the same credential and character checks as a manifest. */
function checkRecordDocument(
  document: LoadedDocument,
  kind: 'request' | 'correction',
): { findings: Finding[]; request?: RequestEntry; correction?: CorrectionEntry } {
  const schemaFindings = checkDocument(document, kind === 'request' ? requestValidator() : correctionValidator());
  const findings = [
    ...schemaFindings.map(redacted),
    ...secretFindings(document, { conforms: schemaFindings.length === 0 }),
    ...nonPrintableFindings(document).map(redacted),
  ];
  if (schemaFindings.length > 0) return { findings };
  const { file, locator } = document;
  return kind === 'request'
    ? { findings, request: { file, request: document.data as SharingRequest, locator } }
    : { findings, correction: { file, correction: document.data as DataCorrection, locator } };
}

/** A credential in a manifest is an error wherever it sits, located at its field, never quoted. */
function secretFindings(document: LoadedDocument, { conforms }: { conforms: boolean }): Finding[] {
  if (!(conforms ? mayHoldSecretValues(document.text) : mayHoldSecrets(document.text))) return [];
  return plaintextSecretFindings(document, msg('inputs.manifest.secret.hint'));
}

/** Messages may quote the file; a credential in it must not reach a terminal, a log or a report. */
const redacted = redactFinding;
