import { statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import type { InputLimits } from '../document/limits';
import type { SystemMigration } from '../model/domain';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import type { ResultCache } from './cache';
import { checkManifestRules } from './check-rules';
import { checkSource, type ManifestSource } from './check-source';
import { readBoundedWithSize, unreadableReason } from './files';
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
  const cached = keep === 'summary' ? cache : undefined;
  const salt = cached?.saltFor(keep, limits);
  return files.map((file) => {
    // A settled file whose metadata is unchanged is not read: its metadata leads to its content's entry.
    const lookedAt = Date.now();
    const stats = cached ? statOrUndefined(join(cwd, file)) : undefined;
    const statKey = stats?.isFile() ? cached!.statKeyOf(salt!, file, stats) : undefined;
    const known = statKey === undefined ? undefined : cached!.lookupStat(statKey);
    if (known) return { file, ...known.result, cacheKey: known.key };
    let source: ManifestSource;
    try {
      const { bytes, size } = readBoundedWithSize(join(cwd, file), limits.maxFileBytes);
      source = { file, bytes, size };
    } catch (error) {
      source = { file, bytes: Buffer.alloc(0), readError: unreadableReason(error) };
    }
    if (!cached || source.readError) return checkFile(source, limits, keep);
    const key = cached.keyOf(salt!, file, source.bytes, source.size);
    let result: Omit<FileResult<ManifestSummary>, 'file'> | undefined = cached.lookup(key);
    if (!result) {
      const { file: _file, ...checked } = checkFile(source, limits, keep);
      cached.store(key, checked);
      result = checked;
    }
    if (statKey !== undefined) cached.noteStat(statKey, key, stats!, lookedAt);
    return { file, ...result, cacheKey: key };
  });
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
