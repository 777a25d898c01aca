import type { Finding } from '../document/findings';
import { DEFAULT_LIMITS } from '../document/limits';
import { resultOf, scanFiles, type FileResult, type ScannedFile } from './check-files';
import { today } from './check-rules';
import { collectManifestFiles } from './files';
import { Locators } from './positions';
import { append, sortedFindings, unconfirmedManifests, type CheckedReport, type ValidationReport } from './report';
import type { ManifestSummary } from './rules';
import { memoOf, readsOtherFolders, RecordingLocators, reuseMemo, scannedFacts, setKeyOf } from './set-memo';
import { acrossFiles, finishRun, findingsForPaths, openCache, type ValidateOptions } from './validate';

/**
 * What `envcloud validate` reports for `paths`: the findings and the manifests with unconfirmed
 * importer defaults. With a cache and one thread, the findings across files are kept for the set of
 * facts they were found in (set-memo.ts), and a run in which no file's facts changed reuses them
 * without reading any summary; other runs are those of `findingsForPaths`.
 */
export async function reportForPaths(paths: readonly string[], options: ValidateOptions = {}): Promise<CheckedReport> {
  if (!options.cache || (options.jobs ?? 1) > 1 || options.baselineDir !== undefined || options.baseline) {
    return checkedOf(await findingsForPaths(paths, options));
  }
  const cwd = options.cwd ?? process.cwd();
  const limits = options.limits ?? DEFAULT_LIMITS;
  // Changes reported from now on are the next run's: this one may read the files before or after them.
  const statMemo = options.cache.stats;
  statMemo?.beginRun();
  const links = new Set<string>();
  const files = collectManifestFiles(paths, cwd, {
    links,
    ...(options.nearYaml ? { nearYaml: options.nearYaml } : {}),
  });
  const cache = openCache(options.cache, cwd);
  const scanned = scanFiles(files, cwd, limits, cache, statMemo && { memo: statMemo, links });
  let results: FileResult<ManifestSummary>[] | undefined;
  let facts = scannedFacts(scanned, cache);
  if (!facts) {
    // Entries written before facts were kept: read them all once, and keep their facts from now on.
    results = scanned.map((file) => resultOf(file, cwd, limits, cache));
    facts = scannedFacts(asScanned(results), cache)!;
  }
  if (readsOtherFolders(facts)) {
    results ??= scanned.map((file) => resultOf(file, cwd, limits, cache));
    return checkedOf(finishRun(results, cwd, limits, options, cache));
  }
  const asOf = options.asOf ?? today();
  const setKey = setKeyOf(cache.saltFor('summary', limits), asOf, files, facts);
  const relocating = new Locators(cache);
  const reused = results
    ? undefined
    : reuseMemo(cache.lookupMemo(setKey), scanned, cache, (file) => relocating.of(file, cwd));
  if (reused) {
    relocating.keep();
    if (reused.relocated === undefined) cache.keepMemo(setKey);
    else cache.storeMemo(setKey, reused.relocated);
    cache.save();
    return {
      ...sortedFindings(files, append(reused.own, reused.memo.findings)),
      unconfirmed: reused.memo.unconfirmed,
      cache: { hits: cache.hits, misses: cache.misses, acrossFiles: 'reused' },
    };
  }
  results ??= scanned.map((file) => resultOf(file, cwd, limits, cache));
  const findings: Finding[] = [];
  for (const result of results) append(findings, result.findings);
  const locators = new RecordingLocators(cache);
  const across = acrossFiles(results, cwd, { asOf }, locators);
  locators.keep();
  const unconfirmed = unconfirmedManifests(across.manifests);
  const memo = memoOf(across.findings, results, unconfirmed, locators.asked);
  cache.storeMemo(setKey, memo);
  cache.save();
  return {
    ...sortedFindings(files, append(findings, across.findings)),
    unconfirmed,
    cache: { hits: cache.hits, misses: cache.misses, acrossFiles: 'found' },
  };
}

/** What the validate command prints of a run that found the findings across files: its findings as sorted and counted. */
function checkedOf(report: ValidationReport<ManifestSummary>): CheckedReport {
  const { files, findings, errors, warnings } = report;
  return {
    files,
    findings,
    errors,
    warnings,
    unconfirmed: unconfirmedManifests(report.manifests),
    ...(report.cache ? { cache: { ...report.cache, acrossFiles: 'found' as const } } : {}),
  };
}

function asScanned(results: readonly FileResult<ManifestSummary>[]): ScannedFile[] {
  return results.map((result) => ({ file: result.file, result }));
}
