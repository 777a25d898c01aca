import { statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import type { InputLimits } from '../document/limits';
import type { SystemMigration } from '../model/domain';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import type { ResultCache } from './cache';
import type { StatMemo } from './stat-memo';
import { checkManifestRules } from './check-rules';
import { checkSource, type ManifestSource } from './check-source';
import { readBoundedWithSize, unreadableMessage } from './files';
import type { KnownPositions } from './positions';
import { summarizeManifest, type ManifestSummary } from './rules';

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
  /** Present when the file is a data correction that passed its schema (kept whole, as requests are). */
  correction?: DataCorrection;
  /** With a cache: the key of the file's entry, and where fields of it are written as far as known (positions.ts). */
  cacheKey?: string;
  positions?: KnownPositions;
}

/**
 * Reads and checks files one by one, single-manifest rules included (also the body of each worker
 * thread). With a cache, a file whose key (its name, bytes, the tool and the options) is in it is not
 * checked again: its cached findings and summary are the result; a settled file whose metadata has not
 * changed since is not even read (cache.ts). Only summaries are cached.
 */
export function checkFiles(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  keep: 'whole',
  cache?: ResultCache,
): FileResult[];
export function checkFiles(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  keep: Keep,
  cache?: ResultCache,
): FileResult<ManifestSummary>[];
export function checkFiles(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  keep: Keep,
  cache?: ResultCache,
): FileResult<ManifestSummary>[] {
  if (keep !== 'summary' || !cache) return files.map((file) => checkFile(readSource(file, cwd, limits), limits, keep));
  return scanFiles(files, cwd, limits, cache).map((scanned) => resultOf(scanned, cwd, limits, cache));
}

/**
 * A file as a cached run first sees it: the entry its unchanged metadata leads to, not read yet (a run
 * whose findings across files are kept may need no more of it than its facts, set-memo.ts), or its result.
 */
export type ScannedFile =
  | { file: string; result: FileResult<ManifestSummary> }
  | { file: string; key: string; body: string; statKey: string; stats: Stats; lookedAt: number };

/**
 * Looks at each file through the cache (summaries only): a settled file whose metadata is unchanged is
 * not read. With `known` (`validate --watch`), a file no change was reported for keeps the metadata
 * last read, unless it is a link.
 */
export function scanFiles(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  cache: ResultCache,
  known?: { memo: StatMemo; links: ReadonlySet<string> },
): ScannedFile[] {
  const salt = cache.saltFor('summary', limits);
  return files.map((file) => {
    const path = join(cwd, file);
    const kept = known?.memo.statsOf(path);
    const lookedAt = kept ? kept.lookedAt : Date.now();
    const stats = kept ? kept.stats : statOrUndefined(path);
    if (known && !kept) known.memo.remember(path, stats && { stats, lookedAt }, known.links.has(file));
    const statKey = stats?.isFile() ? cache.statKeyOf(salt, file, stats) : undefined;
    const peeked = statKey === undefined ? undefined : cache.peekStat(statKey);
    if (peeked) return { file, ...peeked, statKey: statKey!, stats: stats!, lookedAt };
    return { file, result: readThroughCache(file, cwd, limits, cache, salt, statKey, stats, lookedAt) };
  });
}

/** The result of a scanned file: an entry is read now, and a file whose entry cannot be is read and checked again. */
export function resultOf(
  scanned: ScannedFile,
  cwd: string,
  limits: InputLimits,
  cache: ResultCache,
): FileResult<ManifestSummary> {
  if ('result' in scanned) return scanned.result;
  const { file, statKey, stats, lookedAt } = scanned;
  const known = cache.lookupStat(statKey);
  if (known) return { file, ...known.result, cacheKey: known.key };
  return readThroughCache(file, cwd, limits, cache, cache.saltFor('summary', limits), statKey, stats, lookedAt);
}

function readSource(file: string, cwd: string, limits: InputLimits): ManifestSource {
  try {
    const { bytes, size } = readBoundedWithSize(join(cwd, file), limits.maxFileBytes);
    return { file, bytes, size };
  } catch (error) {
    return { file, bytes: Buffer.alloc(0), readError: unreadableMessage(error) };
  }
}

/** Reads a file and looks its content up; checks it when the cache has no result for it, and keeps that. */
function readThroughCache(
  file: string,
  cwd: string,
  limits: InputLimits,
  cache: ResultCache,
  salt: string,
  statKey: string | undefined,
  stats: Stats | undefined,
  lookedAt: number,
): FileResult<ManifestSummary> {
  const source = readSource(file, cwd, limits);
  if (source.readError) return checkFile(source, limits, 'summary');
  const key = cache.keyOf(salt, file, source.bytes, source.size);
  let result: Omit<FileResult<ManifestSummary>, 'file'> | undefined = cache.lookup(key);
  if (!result) {
    const { file: _file, ...checked } = checkFile(source, limits, 'summary');
    cache.store(key, checked);
    result = checked;
  }
  if (statKey !== undefined) cache.noteStat(statKey, key, stats!, lookedAt);
  return { file, ...result, cacheKey: key };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function checkFile(source: ManifestSource, limits: InputLimits, keep: Keep): FileResult<ManifestSummary> {
  const { file } = source;
  const { findings, entry, request, correction } = checkSource(source, limits);
  if (request) return { file, findings, request: request.request };
  if (correction) return { file, findings, correction: correction.correction };
  if (!entry) return { file, findings };
  return {
    file,
    findings: [...findings, ...checkManifestRules(entry)],
    manifest: keep === 'whole' ? entry.manifest : summarizeManifest(entry.manifest),
  };
}
