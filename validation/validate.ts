import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareFindings, fieldPath, type Finding } from './findings';
import { DEFAULT_LIMITS, type InputLimits } from './limits';
import { loadManifestBytes, loadManifestFast, type LoadedDocument } from './load';
import { findSecrets, mayHoldSecrets, redactSecrets, SECRET_HINT } from './secrets';
import { MANIFEST_RULES, type ManifestEntry, type Rule } from './rules';
import { checkSchema, conformsToSchema } from './schema-check';
import { collectManifestFiles, readBounded } from './files';
import { LazyLocator } from './locate';
import { checkFilesInWorkers } from './parallel';
import type { SystemMigration } from '../model/domain';

export interface ValidationReport {
  files: string[];
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Manifests that passed the schema check, for later stages. */
  manifests: ManifestEntry[];
}

export interface ManifestSource {
  file: string;
  bytes: Buffer;
  /** Set when the file could not be read (permissions, vanished); `bytes` is then empty. */
  readError?: string;
}

/** Checks one file on its own: loading and schema. */
export function checkSource(
  source: ManifestSource,
  limits: InputLimits = DEFAULT_LIMITS,
): { findings: Finding[]; entry?: ManifestEntry } {
  if (source.readError) {
    return {
      findings: [
        {
          file: source.file,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'file-unreadable',
          message: `cannot read the file: ${source.readError}`,
          hint: 'check that the file exists and is readable by you',
        },
      ],
    };
  }
  const fast = loadManifestFast(source.file, source.bytes, limits);
  if (fast && conformsToSchema(fast.data)) {
    const secrets = secretFindings(fast);
    return { findings: secrets, entry: { file: source.file, manifest: fast.data, locator: fast.locator } };
  }
  // Anything but a clean, conforming file is (re)loaded by the full parser, whose findings are authoritative.
  const loaded = loadManifestBytes(source.file, source.bytes, limits);
  if (!loaded.document) return { findings: loaded.findings.map(redacted) };
  const { findings, manifest } = checkSchema(loaded.document);
  const all = [...findings.map(redacted), ...secretFindings(loaded.document)];
  if (!manifest) return { findings: all };
  return { findings: all, entry: { file: source.file, manifest, locator: loaded.document.locator } };
}

/** A credential in a manifest is an error wherever it sits, located at its field, never quoted. */
function secretFindings(document: LoadedDocument): Finding[] {
  if (!mayHoldSecrets(document.text)) return [];
  return findSecrets(document.data).map((hit) => ({
    file: document.file,
    ...document.locator.locate(hit.path),
    severity: 'error' as const,
    ruleId: 'plaintext-secret',
    field: fieldPath(hit.path),
    message: `\`${fieldPath(hit.path)}\` holds a plaintext credential (${hit.kind})`,
    hint: SECRET_HINT,
  }));
}

/** Messages may quote the file; a credential in it must not reach a terminal, a log or a report. */
function redacted(finding: Finding): Finding {
  return { ...finding, message: redactSecrets(finding.message), ...(finding.hint ? { hint: redactSecrets(finding.hint) } : {}) };
}

/** Runs the rules beyond the schema over the manifests that passed it. */
export function checkRules(entries: readonly ManifestEntry[], rules: readonly Rule[] = MANIFEST_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(entries, (violation) => {
      const position = violation.entry.locator.locate(violation.path, violation.at);
      findings.push({
        file: violation.entry.file,
        ...position,
        severity: rule.severity,
        ruleId: rule.id,
        message: violation.message,
        field: fieldPath(violation.path),
        ...(violation.hint ? { hint: violation.hint } : {}),
        ...(violation.related
          ? {
              related: violation.related.map((related) => ({
                file: related.entry.file,
                ...related.entry.locator.locate(related.path, 'key'),
                message: related.message,
              })),
            }
          : {}),
      });
    });
  }
  return findings;
}

/** Validates sources held in memory (tests, editors); their located entries are kept as they are. */
export function validateSources(sources: Iterable<ManifestSource>, limits: InputLimits = DEFAULT_LIMITS): ValidationReport {
  const files: string[] = [];
  const findings: Finding[] = [];
  const manifests: ManifestEntry[] = [];
  for (const source of sources) {
    files.push(source.file);
    const result = checkSource(source, limits);
    findings.push(...result.findings);
    if (result.entry) manifests.push(result.entry);
  }
  return withRuleFindings(files, findings, manifests);
}

/**
 * What checking one file on its own yields, in a form cheap to send between threads: no text and no
 * node tree (positions for rule findings are found later by reading the file again).
 */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** Present when the file passed the schema. */
  manifest?: SystemMigration;
}

/** Reads and checks files one by one (also the body of each worker thread). */
export function checkFiles(files: readonly string[], cwd: string, limits: InputLimits): FileResult[] {
  return files.map((file) => {
    let source: ManifestSource;
    try {
      source = { file, bytes: readBounded(join(cwd, file), limits.maxFileBytes) };
    } catch (error) {
      source = { file, bytes: Buffer.alloc(0), readError: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
    const { findings, entry } = checkSource(source, limits);
    return entry ? { file, findings, manifest: entry.manifest } : { file, findings };
  });
}

/** Joins per-file results and runs the cross-manifest rules over the files that passed the schema. */
export function fromFileResults(results: readonly FileResult[], cwd: string): ValidationReport {
  const findings: Finding[] = [];
  const manifests: ManifestEntry[] = [];
  for (const { file, findings: own, manifest } of results) {
    findings.push(...own);
    if (manifest) manifests.push({ file, manifest, locator: new LazyLocator(() => readFileSync(join(cwd, file), 'utf8')) });
  }
  return withRuleFindings(
    results.map((result) => result.file),
    findings,
    manifests,
  );
}

export interface ValidateOptions {
  cwd?: string;
  limits?: InputLimits;
  /** Worker threads for the per-file checks; 1 checks in this thread. Default: by file count and cores. */
  jobs?: number;
}

/** Validates every manifest under `paths` (files or directories, relative to `cwd`). */
export async function validatePaths(paths: readonly string[], options: ValidateOptions = {}): Promise<ValidationReport> {
  const cwd = options.cwd ?? process.cwd();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = collectManifestFiles(paths, cwd);
  // Threads are opt-in: on the 2-vCPU machines measured, two threads in one process each ran at about
  // half speed, so a second thread saved nothing at 5,000 files and made the time less steady.
  const jobs = options.jobs ?? 1;
  const results = jobs > 1 ? await checkFilesInWorkers(files, cwd, limits, jobs) : checkFiles(files, cwd, limits);
  return fromFileResults(results, cwd);
}

function withRuleFindings(files: string[], findings: Finding[], manifests: ManifestEntry[]): ValidationReport {
  findings.push(...checkRules(manifests));
  findings.sort(compareFindings);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { files, findings, errors, warnings: findings.length - errors, manifests };
}
