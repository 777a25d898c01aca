import { createHash } from 'node:crypto';
import type { Finding, Position } from '../document/findings';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import type { ManifestSummary } from './rules';

// One entry of the validate cache (cache.ts): what it holds, how its bytes are read back and refused
// when they are not one, and the key of its facts.

/** What a cache entry holds: one file's result without its name (the name is part of the key). */
export interface CachedResult {
  findings: Finding[];
  manifest?: ManifestSummary;
  request?: SharingRequest;
  correction?: DataCorrection;
  /** Where fields of the file are written, as the rules across files asked for them (positions.ts). */
  positions?: Record<string, Position>;
}

/**
 * The key of what the rules across files read of a file's result: which kind of file it is (`m`anifest
 * summary, sharing `r`equest, data `c`orrection, `n`one: it did not pass its schema) and the hash of that part.
 * Two versions of a file with the same facts (a comment or a description changed) give those rules the same input.
 */
export function factsKeyOf(result: Pick<CachedResult, 'manifest' | 'request' | 'correction'>): string {
  const [kind, facts] = result.manifest
    ? ['m', result.manifest]
    : result.request
      ? ['r', result.request]
      : result.correction
        ? ['c', result.correction]
        : ['n', null];
  return kind + sha256(JSON.stringify(facts));
}

/**
 * The cache file is read and written as bytes (latin1: one character per byte), and its entries are
 * kept so: decoding its 12 MB of UTF-8 for 10,000 files took 70 ms of a 0.8 s warm run, and most entries
 * are never read (set-memo.ts). An entry is decoded when read.
 */
export function toBytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

export function fromBytes(bytes: string): string {
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** An entry's result (its bytes as the cache file holds them), or undefined when it is not one (cut short, changed, not JSON, another shape). */
export function parseEntry(bytes: string): CachedResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(fromBytes(bytes));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { findings, manifest, request, correction, positions } = value as Record<string, unknown>;
  if (!Array.isArray(findings) || !findings.every(isFinding)) return undefined;
  if (manifest !== undefined && !isSummary(manifest)) return undefined;
  if (request !== undefined && (typeof request !== 'object' || request === null)) return undefined;
  if (correction !== undefined && (typeof correction !== 'object' || correction === null)) return undefined;
  if (positions !== undefined && !arePositions(positions)) return undefined;
  return value as CachedResult;
}

export function arePositions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (position: Partial<Position> | null) =>
      typeof position === 'object' &&
      position !== null &&
      typeof position.line === 'number' &&
      typeof position.column === 'number',
  );
}

export function isFinding(value: unknown): boolean {
  const finding = value as Partial<Finding> | null;
  return (
    typeof finding === 'object' &&
    finding !== null &&
    typeof finding.file === 'string' &&
    typeof finding.line === 'number' &&
    typeof finding.column === 'number' &&
    (finding.severity === 'error' || finding.severity === 'warning') &&
    typeof finding.ruleId === 'string' &&
    typeof finding.message === 'string'
  );
}

function isSummary(value: unknown): boolean {
  const summary = value as Partial<ManifestSummary> | null;
  return (
    typeof summary === 'object' &&
    summary !== null &&
    typeof summary.metadata?.number === 'number' &&
    typeof summary.metadata.name === 'string' &&
    typeof summary.metadata.slug === 'string' &&
    typeof summary.spec?.disposition?.outcome === 'string' &&
    typeof summary.spec.schedule?.status === 'string'
  );
}

/** The hex sha256 of a text: the keys of the validate cache. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
