import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Finding } from '../document/findings';
import { DEFAULT_LIMITS, type InputLimits } from '../document/limits';
import { UsageError } from '../model/errors';
import { messageOf, msg, usageError } from '../document/i18n';
import { cacheFingerprint, ResultCache } from './cache';
import type { CacheSession } from './cache-session';
import { checkFiles, type FileResult, type Keep } from './check-files';
import {
  checkCorrectionRules,
  checkDatedRules,
  checkRequestRules,
  checkRules,
  checkSetRules,
  today,
} from './check-rules';
import { checkSource, type ManifestSource } from './check-source';
import { collectManifestFiles } from './files';
import { Locators } from './positions';
import type { StatMemo } from './stat-memo';
import { append, sortedReport, type ValidationReport } from './report';
import type { ManifestEntry, ManifestSummary } from './rules';
import type { RequestEntry } from './rules/requests';
import type { CorrectionEntry } from './rules/corrections';
import { statusTransitionFindings, type BaselineSystem } from './rules/transitions';

// The parts of validation live in their own modules; re-exported here, where their callers import them.
export { checkFiles, type FileResult, type Keep } from './check-files';
export {
  checkCorrectionRules,
  checkDatedRules,
  checkManifestRules,
  checkRequestRules,
  checkRules,
  checkSetRules,
  today,
} from './check-rules';
export { checkSource, type ManifestSource } from './check-source';
export { DEFAULT_CACHE_DIR } from './cache';
export { append, capPerFile, type FindingsReport, type ValidationReport } from './report';

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
  const corrections: CorrectionEntry[] = [];
  for (const source of sources) {
    files.push(source.file);
    const result = checkSource(source, limits);
    append(findings, result.findings);
    if (result.entry) manifests.push(result.entry);
    if (result.request) requests.push(result.request);
    if (result.correction) corrections.push(result.correction);
  }
  append(findings, checkRules(manifests));
  append(findings, checkDatedRules(manifests, asOf));
  append(findings, checkRequestRules(requests, manifests, asOf));
  append(findings, checkCorrectionRules(corrections, manifests, requests, asOf));
  return sortedReport(files, findings, manifests, requests, corrections);
}

/** What the rules across files are given beside the files' results. */
export interface AcrossFilesOptions {
  asOf?: string;
  catalog?: readonly ManifestEntry<ManifestSummary>[];
  /** The sharing requests whose grants corrections are judged against, when the paths validated hold none. */
  grants?: readonly RequestEntry[];
  baseline?: ReadonlyMap<number, BaselineSystem>;
}

/** Joins per-file results and runs the set rules over the files that passed the schema. */
export function fromFileResults<M extends ManifestSummary>(
  results: readonly FileResult<M>[],
  cwd: string,
  requestOptions: AcrossFilesOptions = {},
  locators: Locators = new Locators(),
): ValidationReport<M> {
  const findings: Finding[] = [];
  for (const result of results) append(findings, result.findings);
  const across = acrossFiles(results, cwd, requestOptions, locators);
  append(findings, across.findings);
  return sortedReport(
    results.map((result) => result.file),
    findings,
    across.manifests,
    across.requests,
    across.corrections,
  );
}

/** The findings of the rules across files, over the files that passed their schema (those files' entries too). */
export function acrossFiles<M extends ManifestSummary>(
  results: readonly FileResult<M>[],
  cwd: string,
  requestOptions: AcrossFilesOptions,
  locators: Locators,
): { findings: Finding[]; manifests: ManifestEntry<M>[]; requests: RequestEntry[]; corrections: CorrectionEntry[] } {
  const findings: Finding[] = [];
  const manifests: ManifestEntry<M>[] = [];
  const requests: RequestEntry[] = [];
  const corrections: CorrectionEntry[] = [];
  for (const result of results) {
    const { file, manifest, request, correction } = result;
    if (!manifest && !request && !correction) continue;
    const locator = locators.of(result, cwd);
    if (manifest) manifests.push({ file, manifest, locator });
    if (request) requests.push({ file, request, locator });
    if (correction) corrections.push({ file, correction, locator });
  }
  append(findings, checkSetRules(manifests));
  append(findings, checkDatedRules(manifests, requestOptions.asOf));
  append(findings, checkRequestRules(requests, requestOptions.catalog ?? manifests, requestOptions.asOf));
  append(
    findings,
    checkCorrectionRules(
      corrections,
      requestOptions.catalog ?? manifests,
      requestOptions.grants ?? requests,
      requestOptions.asOf,
    ),
  );
  if (requestOptions.baseline) append(findings, statusTransitionFindings(manifests, requestOptions.baseline));
  return { findings, manifests, requests, corrections };
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
  /** The previous version's systems when read elsewhere (`validate --baseline-ref` reads them from git); ignored with baselineDir. */
  baseline?: ReadonlyMap<number, BaselineSystem>;
  /**
   * Keeps each file's own result (findings and summary) in a cache folder, keyed by the file's name and
   * content, the tool's fingerprint and these options; here the rules across files always run again
   * (`reportForPaths` in validate-report.ts may reuse their findings). Only for summaries
   * (`findingsForPaths`). `dir` is relative to `cwd`. Default: no cache.
   */
  /** Filled with the files of the folders walked that were not read, their names only looking like YAML (files.ts). */
  nearYaml?: Set<string>;
  /** Filled with the baseline's files left out (they fail the schema): their systems' changes of status are not judged. */
  baselineSkipped?: Set<string>;
  cache?: {
    dir: string;
    fingerprint?: string;
    session?: CacheSession;
    /**
     * What `validate --watch` knows of each file's metadata since its last run (stat-memo.ts), told of
     * every change the file system reports. Only `reportForPaths` uses it. Default: each file's is read.
     */
    stats?: StatMemo;
  };
}

/** The run's cache, when asked for: read from its folder, or where the session's last run left it. */
export function openCache(cache: NonNullable<ValidateOptions['cache']>, cwd: string): ResultCache {
  const location = { dir: resolve(cwd, cache.dir), fingerprint: cache.fingerprint ?? cacheFingerprint() };
  return cache.session ? cache.session.open(location) : ResultCache.open(location);
}

/**
 * The systems of a baseline folder by inventory number, with their status. Files that do not pass the
 * schema are left out (they are listed in `skipped`); of two files with one number the first is kept.
 */
export function loadBaseline(
  dir: string,
  cwd: string = process.cwd(),
  limits: InputLimits = DEFAULT_LIMITS,
  cache?: ResultCache,
  locators: Locators = new Locators(cache),
): { systems: Map<number, BaselineSystem>; skipped: string[] } {
  if (!existsSync(resolve(cwd, dir))) throw usageError(msg('usage.baseline-dir.missing', { dir }));
  let files: string[];
  try {
    files = collectManifestFiles([dir], cwd);
  } catch (error) {
    if (error instanceof UsageError)
      throw usageError(msg('usage.baseline-dir.problem', { dir, problem: messageOf(error) }));
    throw error;
  }
  const systems = new Map<number, BaselineSystem>();
  const skipped: string[] = [];
  for (const result of checkFiles(files, cwd, limits, 'summary', cache)) {
    if (result.request || result.correction) continue;
    if (!result.manifest) {
      skipped.push(result.file);
      continue;
    }
    const { number } = result.manifest.metadata;
    if (systems.has(number)) continue;
    systems.set(number, {
      file: result.file,
      status: result.manifest.spec.schedule.status,
      locator: locators.of(result, cwd),
      slug: result.manifest.metadata.slug,
    });
  }
  return { systems, skipped };
}

/** Where the catalog sharing requests are checked against lives, when the paths validated hold no manifest. */
export const CATALOG_FOLDER = 'manifests';

/** Where the sharing requests (the grants) data corrections are checked against live, when the paths validated hold none. */
export const GRANTS_FOLDER = 'sharing';

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
  const files = collectManifestFiles(paths, cwd, options.nearYaml ? { nearYaml: options.nearYaml } : {});
  // Threads are opt-in: on the 2-vCPU machines measured, two threads in one process each ran at about
  // half speed, so a second thread saved nothing at 5,000 files and made the time less steady.
  const jobs = options.jobs ?? 1;
  const cache = options.cache && keep === 'summary' ? openCache(options.cache, cwd) : undefined;
  // Loaded only when asked for: threads are opt-in.
  const results =
    jobs > 1
      ? await (await import('./parallel')).checkFilesInWorkers(files, cwd, limits, jobs, keep, cache)
      : checkFiles(files, cwd, limits, keep, cache);
  return finishRun(results, cwd, limits, options, cache);
}

/** The rest of a run once each file's own result is known: the rules across files, then the cache written. */
export function finishRun(
  results: readonly FileResult<ManifestSummary>[],
  cwd: string,
  limits: InputLimits,
  options: ValidateOptions,
  cache: ResultCache | undefined,
): ValidationReport<ManifestSummary> {
  // Positions found for findings are kept in the cache beside their file's result, so it is written last.
  const locators = new Locators(cache);
  let baseline = options.baseline;
  if (options.baselineDir !== undefined) {
    const loaded = loadBaseline(options.baselineDir, cwd, limits, cache, locators);
    baseline = loaded.systems;
    for (const file of loaded.skipped) options.baselineSkipped?.add(file);
  }
  const catalog = catalogFor(results, cwd, limits, cache, locators);
  const grants = grantsFor(results, cwd, limits, cache, locators);
  const report = fromFileResults(
    results,
    cwd,
    {
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...catalog,
      ...grants,
      ...(baseline ? { baseline } : {}),
    },
    locators,
  );
  if (cache) {
    locators.keep();
    cache.save();
  }
  return cache ? { ...report, cache: { hits: cache.hits, misses: cache.misses } } : report;
}

/**
 * Requests validated without any manifest (`envcloud validate sharing/`) are checked against the
 * catalog in `manifests/`: its manifests are read for that, and their own findings are not reported.
 */
function catalogFor(
  results: readonly FileResult<ManifestSummary>[],
  cwd: string,
  limits: InputLimits,
  cache: ResultCache | undefined,
  locators: Locators,
): { catalog?: ManifestEntry<ManifestSummary>[] } {
  if (!results.some((result) => result.request || result.correction) || results.some((result) => result.manifest))
    return {};
  if (!existsSync(join(cwd, CATALOG_FOLDER))) return { catalog: [] };
  const catalog = checkFiles(collectManifestFiles([CATALOG_FOLDER], cwd), cwd, limits, 'summary', cache).filter(
    (result) => result.manifest,
  );
  return {
    catalog: catalog.map((result) => ({
      file: result.file,
      manifest: result.manifest!,
      locator: locators.of(result, cwd),
    })),
  };
}

/**
 * Corrections validated without any sharing request (`envcloud validate corrections/`) are judged
 * against the grants in `sharing/`: its requests are read for that, and their own findings are not reported.
 */
function grantsFor(
  results: readonly FileResult<ManifestSummary>[],
  cwd: string,
  limits: InputLimits,
  cache: ResultCache | undefined,
  locators: Locators,
): { grants?: RequestEntry[] } {
  if (!results.some((result) => result.correction) || results.some((result) => result.request)) return {};
  if (!existsSync(join(cwd, GRANTS_FOLDER))) return { grants: [] };
  const read = checkFiles(collectManifestFiles([GRANTS_FOLDER], cwd), cwd, limits, 'summary', cache);
  return {
    grants: read
      .filter((result) => result.request)
      .map((result) => ({ file: result.file, request: result.request!, locator: locators.of(result, cwd) })),
  };
}
