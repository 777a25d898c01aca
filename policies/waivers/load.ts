import { existsSync, readFileSync } from 'node:fs';
import { closest } from 'fastest-levenshtein';
import waiverSchema from '../../schema/waivers.v1.schema.json';
import type { Finding } from '../../validation/findings';
import { loadManifestBytes } from '../../validation/load';
import { checkDocument, compileReporting } from '../../validation/schema-check';

/** One accepted exception, with where it is written so reports can point at it. */
export interface Waiver {
  rule: string;
  stack?: string;
  resource?: string;
  system?: number | string;
  reason: string;
  owner: string;
  /** Last day the waiver holds, YYYY-MM-DD. */
  expires: string;
  file: string;
  line: number;
  column: number;
}

/** The waiver file has problems; each is a located finding, like a manifest's. */
export class WaiverFileError extends Error {
  override readonly name = 'WaiverFileError';
  constructor(readonly findings: Finding[]) {
    super(findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}: error[${finding.ruleId}]: ${finding.message}${finding.hint ? `\n  hint: ${finding.hint}` : ''}`).join('\n'));
  }
}

let validator: ReturnType<typeof compileReporting> | undefined;

/**
 * Parses a waiver file: the same hardened YAML loading as manifests, the waiver schema, then the
 * rule names against the pack's policies. Answers the waivers, or every problem found.
 */
export function parseWaivers(file: string, bytes: Buffer, knownRules: readonly string[]): { waivers: Waiver[]; findings: Finding[] } {
  const loaded = loadManifestBytes(file, bytes);
  if (!loaded.document) return { waivers: [], findings: loaded.findings };
  const document = loaded.document;
  const findings = checkDocument(document, (validator ??= compileReporting(waiverSchema as Record<string, unknown>)));
  if (findings.length > 0) return { waivers: [], findings };
  const entries = (document.data as { waivers: Omit<Waiver, 'file' | 'line' | 'column'>[] }).waivers;
  const waivers = entries.map((entry, index) => ({ ...entry, file, ...document.locator.locate(['waivers', index]) }));
  entries.forEach((entry, index) => {
    if (entry.resource === undefined && entry.system === undefined) {
      findings.push({
        file,
        ...document.locator.locate(['waivers', index], 'value'),
        severity: 'error',
        ruleId: 'waiver-scope',
        message: `waiver ${index + 1} (${entry.rule}) says neither which resource nor which system it covers`,
        hint: 'add `resource:` (a URN, a resource name, or "*") or `system:` (an inventory number or slug)',
      });
    }
    if (knownRules.includes(entry.rule)) return;
    findings.push({
      file,
      ...document.locator.locate(['waivers', index, 'rule']),
      severity: 'error',
      ruleId: 'waiver-unknown-rule',
      message: `waiver ${index + 1} names rule \`${entry.rule}\`, which the pack does not have`,
      hint: `did you mean \`${closest(entry.rule, [...knownRules])}\`? \`envcloud audit --list-rules\` lists them`,
    });
  });
  return { waivers: findings.length > 0 ? [] : waivers, findings };
}

/** Reads the waiver file; a missing file means no waivers. Throws WaiverFileError on any problem. */
export function loadWaivers(path: string, knownRules: readonly string[], displayName: string = path): Waiver[] {
  if (!existsSync(path)) return [];
  const { waivers, findings } = parseWaivers(displayName, readFileSync(path), knownRules);
  if (findings.length > 0) throw new WaiverFileError(findings);
  return waivers;
}
