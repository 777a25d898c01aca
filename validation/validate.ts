import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareFindings, fieldPath, type Finding } from '../document/findings';
import { DEFAULT_LIMITS, MAX_FINDINGS_PER_FILE, type InputLimits } from '../document/limits';
import { loadManifestBytes, loadManifestFast, tooLargeFinding, type LoadedDocument } from '../document/load';
import { findSecrets, mayHoldSecrets, mayHoldSecretValues, redactSecrets, SECRET_HINT } from '../document/secrets';
import { MANIFEST_RULES, summarizeManifest, type ManifestEntry, type ManifestSummary, type Rule } from './rules';
import type { Violation } from './rules/rule';
import { checkDocument, checkSchema, conformsToSchema, requestValidator } from './schema-check';
import {
  REQUEST_RULES,
  requestContext,
  type RequestEntry,
  type RequestRule,
  type RequestViolation,
} from './rules/requests';
import { MANIFEST_KINDS } from '../model/schema';
import type { SharingRequest } from '../model/sharing-request.generated';
import { nonPrintableFindings } from '../document/printable';
import { wrappedInChineseQuotes } from '../document/quoted-text';
import { collectManifestFiles, readBoundedWithSize, unreadableReason } from './files';
import { LazyLocator } from '../document/locate';
import { statusTransitionFindings, type BaselineSystem } from './rules/transitions';
import { UsageError } from '../model/errors';
import type { SystemMigration } from '../model/domain';

/** What a validation run found: all the formatters need. */
export interface FindingsReport {
  files: string[];
  findings: Finding[];
  errors: number;
  warnings: number;
}

export interface ValidationReport<M extends ManifestSummary = SystemMigration> extends FindingsReport {
  /** Manifests that passed the schema check (whole, or summarized when only findings were asked for). */
  manifests: ManifestEntry<M>[];
  /** Sharing requests (`kind: SharingRequest`) that passed their schema. */
  requests: RequestEntry[];
}

export interface ManifestSource {
  file: string;
  bytes: Buffer;
  /** Set when the file could not be read (permissions, vanished); `bytes` is then empty. */
  readError?: string;
  /** The file's size, when only its first bytes were read (`bytes` stops one past the limit). */
  size?: number;
}

/** Checks one file on its own: loading, schema and credentials (rules come after). */
export function checkSource(
  source: ManifestSource,
  limits: InputLimits = DEFAULT_LIMITS,
): { findings: Finding[]; entry?: ManifestEntry; request?: RequestEntry } {
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
  if (source.size !== undefined && source.bytes.length > limits.maxFileBytes)
    return { findings: [tooLargeFinding(source.file, source.size, limits.maxFileBytes)] };
  const fast = loadManifestFast(source.file, source.bytes, limits);
  if (fast && isRequest(fast.data)) return checkRequestDocument(fast);
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
  if (isRequest(loaded.document.data)) return checkRequestDocument(loaded.document);
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

/** A document is read as a sharing request by its `kind`; any other kind is checked as a system's manifest. */
function isRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === MANIFEST_KINDS.request;
}

/** A sharing request is checked against its own schema, with the same credential and character checks as a manifest. */
function checkRequestDocument(document: LoadedDocument): { findings: Finding[]; request?: RequestEntry } {
  const schemaFindings = checkDocument(document, requestValidator());
  const findings = [
    ...schemaFindings.map(redacted),
    ...secretFindings(document, { conforms: schemaFindings.length === 0 }),
    ...nonPrintableFindings(document).map(redacted),
  ];
  if (schemaFindings.length > 0) return { findings };
  return {
    findings,
    request: { file: document.file, request: document.data as SharingRequest, locator: document.locator },
  };
}

/** Runs the sharing-request rules; the manifests read give the systems and their catalog. */
export function checkRequestRules(
  requests: readonly RequestEntry[],
  manifests: readonly ManifestEntry<ManifestSummary>[],
  asOf: string = today(),
  rules: readonly RequestRule[] = REQUEST_RULES,
): Finding[] {
  if (requests.length === 0) return [];
  const context = requestContext(manifests, asOf);
  const findings: Finding[] = [];
  for (const rule of rules)
    rule.check(requests, context, (violation) => findings.push(locatedRequest(rule, violation)));
  return findings;
}

/** Today in China (UTC+8), YYYY-MM-DD: the day pending requests are judged on unless `--as-of` says otherwise. */
export function today(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

function locatedRequest(rule: RequestRule, violation: RequestViolation): Finding {
  return {
    file: violation.entry.file,
    ...violation.entry.locator.locate(violation.path, violation.at),
    severity: violation.severity ?? rule.severity,
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
  };
}

/** A credential in a manifest is an error wherever it sits, located at its field, never quoted. */
function secretFindings(document: LoadedDocument, { conforms }: { conforms: boolean }): Finding[] {
  if (!(conforms ? mayHoldSecretValues(document.text) : mayHoldSecrets(document.text))) return [];
  return findSecrets(document.data).map((hit) => ({
    file: document.file,
    ...document.locator.locate(hit.path),
    severity: 'error' as const,
    ruleId: 'plaintext-secret',
    field: redactSecrets(fieldPath(hit.path)),
    message: `\`${redactSecrets(fieldPath(hit.path))}\` holds a plaintext credential (${hit.kind})`,
    hint: SECRET_HINT,
  }));
}

/** Messages may quote the file; a credential in it must not reach a terminal, a log or a report. */
function redacted(finding: Finding): Finding {
  // Field paths too: a credential pasted as a key name (`contact.AKIA…:`) is part of the path.
  return {
    ...finding,
    message: redactSecrets(finding.message),
    ...(finding.hint ? { hint: redactSecrets(finding.hint) } : {}),
    ...(finding.field ? { field: redactSecrets(finding.field) } : {}),
    ...(finding.related
      ? { related: finding.related.map((related) => ({ ...related, message: redactSecrets(related.message) })) }
      : {}),
  };
}

/** Runs every rule beyond the schema over whole manifests that passed it. */
export function checkRules(entries: readonly ManifestEntry[], rules: readonly Rule[] = MANIFEST_RULES): Finding[] {
  const findings = entries.flatMap((entry) => checkManifestRules(entry, rules));
  return append(findings, checkSetRules(entries, rules));
}

/** Runs the rules that look at one manifest, while its text is still at hand for positions. */
export function checkManifestRules(entry: ManifestEntry, rules: readonly Rule[] = MANIFEST_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope === 'manifest')
      rule.checkOne(entry, (violation) => findings.push(located(rule, { entry, ...violation })));
  }
  return findings;
}

/** Runs the rules across manifests; they read summaries, so whole manifests need not be kept for them. */
export function checkSetRules(
  entries: readonly ManifestEntry<ManifestSummary>[],
  rules: readonly Rule[] = MANIFEST_RULES,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope === 'set') rule.check(entries, (violation) => findings.push(located(rule, violation)));
  }
  return findings;
}

function located<M extends ManifestSummary>(rule: Rule, violation: Violation<M>): Finding {
  const position = violation.entry.locator.locate(violation.path, violation.at);
  return {
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
  };
}

/** Validates sources held in memory (tests, editors); their located entries are kept as they are. */
export function validateSources(
  sources: Iterable<ManifestSource>,
  limits: InputLimits = DEFAULT_LIMITS,
  asOf: string = today(),
): ValidationReport {
  const files: string[] = [];
  const findings: Finding[] = [];
  const manifests: ManifestEntry[] = [];
  const requests: RequestEntry[] = [];
  for (const source of sources) {
    files.push(source.file);
    const result = checkSource(source, limits);
    append(findings, result.findings);
    if (result.entry) manifests.push(result.entry);
    if (result.request) requests.push(result.request);
  }
  append(findings, checkRules(manifests));
  append(findings, checkRequestRules(requests, manifests, asOf));
  return sortedReport(files, findings, manifests, requests);
}

/** What is kept of each manifest that passed: the whole of it for later stages, or only what set rules read. */
export type Keep = 'whole' | 'summary';

/**
 * What checking one file on its own yields, in a form cheap to send between threads: no text and no
 * node tree (positions for set-rule findings are found later by reading the file again).
 */
export interface FileResult<M extends ManifestSummary = SystemMigration> {
  file: string;
  /** Loading, schema, secret and single-manifest rule findings. */
  findings: Finding[];
  /** Present when the file passed the schema. */
  manifest?: M;
  /** Present when the file is a sharing request that passed its schema (kept whole: requests are few and small). */
  request?: SharingRequest;
}

/** Reads and checks files one by one, single-manifest rules included (also the body of each worker thread). */
export function checkFiles(files: readonly string[], cwd: string, limits: InputLimits, keep: 'whole'): FileResult[];
export function checkFiles(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  keep: Keep,
): FileResult<ManifestSummary>[];
export function checkFiles(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  keep: Keep,
): FileResult<ManifestSummary>[] {
  return files.map((file) => {
    let source: ManifestSource;
    try {
      const { bytes, size } = readBoundedWithSize(join(cwd, file), limits.maxFileBytes);
      source = { file, bytes, size };
    } catch (error) {
      source = { file, bytes: Buffer.alloc(0), readError: unreadableReason(error) };
    }
    const { findings, entry, request } = checkSource(source, limits);
    if (request) return { file, findings, request: request.request };
    if (!entry) return { file, findings };
    return {
      file,
      findings: [...findings, ...checkManifestRules(entry)],
      manifest: keep === 'whole' ? entry.manifest : summarizeManifest(entry.manifest),
    };
  });
}

/** Joins per-file results and runs the set rules over the files that passed the schema. */
export function fromFileResults<M extends ManifestSummary>(
  results: readonly FileResult<M>[],
  cwd: string,
  requestOptions: {
    asOf?: string;
    catalog?: readonly ManifestEntry<ManifestSummary>[];
    baseline?: ReadonlyMap<number, BaselineSystem>;
  } = {},
): ValidationReport<M> {
  const findings: Finding[] = [];
  const manifests: ManifestEntry<M>[] = [];
  const requests: RequestEntry[] = [];
  for (const { file, findings: own, manifest, request } of results) {
    append(findings, own);
    const locator = new LazyLocator(() => readFileSync(join(cwd, file), 'utf8'));
    if (manifest) manifests.push({ file, manifest, locator });
    if (request) requests.push({ file, request, locator });
  }
  append(findings, checkSetRules(manifests));
  append(findings, checkRequestRules(requests, requestOptions.catalog ?? manifests, requestOptions.asOf));
  if (requestOptions.baseline) append(findings, statusTransitionFindings(manifests, requestOptions.baseline));
  return sortedReport(
    results.map((result) => result.file),
    findings,
    manifests,
    requests,
  );
}

export interface ValidateOptions {
  cwd?: string;
  limits?: InputLimits;
  /** Worker threads for the per-file checks; 1 checks in this thread. Default 1. */
  jobs?: number;
  /** The day pending sharing requests are judged on, YYYY-MM-DD. Default today (in China). */
  asOf?: string;
  /**
   * A folder with the previous version of the manifests (a checkout of the last commit, say): each
   * manifest's change of status since then is checked against the legal transitions.
   */
  baselineDir?: string;
}

/**
 * The systems of a baseline folder by inventory number, with their status. Files that do not pass the
 * schema are left out (they are listed in `skipped`); of two files with one number the first is kept.
 */
export function loadBaseline(
  dir: string,
  cwd: string = process.cwd(),
  limits: InputLimits = DEFAULT_LIMITS,
): { systems: Map<number, BaselineSystem>; skipped: string[] } {
  if (!existsSync(resolve(cwd, dir))) throw new UsageError(`--baseline-dir ${dir}: no such folder`);
  let files: string[];
  try {
    files = collectManifestFiles([dir], cwd);
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--baseline-dir ${dir}: ${error.message}`);
    throw error;
  }
  const systems = new Map<number, BaselineSystem>();
  const skipped: string[] = [];
  for (const result of checkFiles(files, cwd, limits, 'summary')) {
    if (result.request) continue;
    if (!result.manifest) {
      skipped.push(result.file);
      continue;
    }
    const { number } = result.manifest.metadata;
    if (systems.has(number)) continue;
    systems.set(number, {
      file: result.file,
      status: result.manifest.spec.schedule.status,
      locator: new LazyLocator(() => readFileSync(join(cwd, result.file), 'utf8')),
    });
  }
  return { systems, skipped };
}

/** Where the catalog sharing requests are checked against lives, when the paths validated hold no manifest. */
export const CATALOG_FOLDER = 'manifests';

/** Validates every manifest under `paths` (files or directories, relative to `cwd`), keeping each whole for later stages. */
export function validatePaths(paths: readonly string[], options: ValidateOptions = {}): Promise<ValidationReport> {
  return validateFiles(paths, options, 'whole');
}

/**
 * Validates like `validatePaths` for a caller that needs only the findings (the validate command):
 * only summaries are kept, which halves the garbage-collection work at scale.
 */
export function findingsForPaths(
  paths: readonly string[],
  options: ValidateOptions = {},
): Promise<ValidationReport<ManifestSummary>> {
  return validateFiles(paths, options, 'summary');
}

function validateFiles(paths: readonly string[], options: ValidateOptions, keep: 'whole'): Promise<ValidationReport>;
function validateFiles(
  paths: readonly string[],
  options: ValidateOptions,
  keep: Keep,
): Promise<ValidationReport<ManifestSummary>>;
async function validateFiles(
  paths: readonly string[],
  options: ValidateOptions,
  keep: Keep,
): Promise<ValidationReport<ManifestSummary>> {
  const cwd = options.cwd ?? process.cwd();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const files = collectManifestFiles(paths, cwd);
  // Threads are opt-in: on the 2-vCPU machines measured, two threads in one process each ran at about
  // half speed, so a second thread saved nothing at 5,000 files and made the time less steady.
  const jobs = options.jobs ?? 1;
  // Loaded only when asked for: threads are opt-in, and the workers import this module back.
  const results =
    jobs > 1
      ? await (await import('./parallel')).checkFilesInWorkers(files, cwd, limits, jobs, keep)
      : checkFiles(files, cwd, limits, keep);
  const baseline =
    options.baselineDir === undefined ? undefined : loadBaseline(options.baselineDir, cwd, limits).systems;
  return fromFileResults(results, cwd, {
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...catalogFor(results, cwd, limits),
    ...(baseline ? { baseline } : {}),
  });
}

/**
 * Requests validated without any manifest (`envcloud validate sharing/`) are checked against the
 * catalog in `manifests/`: its manifests are read for that, and their own findings are not reported.
 */
function catalogFor(
  results: readonly FileResult<ManifestSummary>[],
  cwd: string,
  limits: InputLimits,
): { catalog?: ManifestEntry<ManifestSummary>[] } {
  if (!results.some((result) => result.request) || results.some((result) => result.manifest)) return {};
  if (!existsSync(join(cwd, CATALOG_FOLDER))) return { catalog: [] };
  const catalog = checkFiles(collectManifestFiles([CATALOG_FOLDER], cwd), cwd, limits, 'summary').filter(
    (result) => result.manifest,
  );
  return {
    catalog: catalog.map(({ file, manifest }) => ({
      file,
      manifest: manifest!,
      locator: new LazyLocator(() => readFileSync(join(cwd, file), 'utf8')),
    })),
  };
}

/**
 * Appends in a loop: `target.push(...items)` passes every item as an argument, and 500,000 findings
 * (1,000 systems sharing one name) overflowed the call stack.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * The report with its findings in file order, counted, and at most `MAX_FINDINGS_PER_FILE` listed per
 * file. The counts are of every finding, listed or not.
 */
function sortedReport<M extends ManifestSummary>(
  files: string[],
  findings: Finding[],
  manifests: ManifestEntry<M>[],
  requests: RequestEntry[],
): ValidationReport<M> {
  findings.sort(compareFindings);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { files, findings: capPerFile(findings), errors, warnings: findings.length - errors, manifests, requests };
}

/**
 * Keeps the first `limit` findings of each file (in their sorted order) and closes a longer list with
 * one `too-many-findings` finding counting the rest: past a hundred, more lines of the same mistake
 * help nobody, and 23,500 of them made a 5 MB report.
 */
export function capPerFile(sorted: readonly Finding[], limit: number = MAX_FINDINGS_PER_FILE): Finding[] {
  const kept: Finding[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end < sorted.length && sorted[end]!.file === sorted[start]!.file) end++;
    for (let i = start; i < Math.min(end, start + limit); i++) kept.push(sorted[i]!);
    if (end - start > limit) kept.push(moreFindings(sorted, start + limit, end, limit));
    start = end;
  }
  return kept;
}

/** The closing finding for the findings [from, to) that are not listed: where the first is, and how many of each severity. */
function moreFindings(sorted: readonly Finding[], from: number, to: number, limit: number): Finding {
  const first = sorted[from]!;
  let errors = 0;
  for (let i = from; i < to; i++) if (sorted[i]!.severity === 'error') errors++;
  const warnings = to - from - errors;
  const counts = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'}` : '',
    warnings > 0 ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    file: first.file,
    line: first.line,
    column: first.column,
    severity: errors > 0 ? 'error' : 'warning',
    ruleId: 'too-many-findings',
    message: `… and ${to - from} more findings in this file (${counts}), from this line on, not listed`,
    hint: `only the first ${limit} findings of a file are listed (the summary counts them all): fix those, often one mistake repeated, and validate again`,
  };
}
