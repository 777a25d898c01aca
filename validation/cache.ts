import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Position } from '../document/findings';
import type { InputLimits } from '../document/limits';
import { findSecrets, mayHoldSecrets } from '../document/secrets';
import { packageRoot } from '../model/paths';
import { correctionSchema, manifestSchema, requestSchema } from '../model/schema';
import type { DataCorrection } from '../model/data-correction.generated';
import type { SharingRequest } from '../model/sharing-request.generated';
import { TOOL_VERSION } from '../model/version';
import { ALL_RULE_INFO, type ManifestSummary } from './rules';

// The cache of `envcloud validate`: what checking one file on its own found (its findings, and the
// summary the rules across manifests read), keyed by the file's content. Rules across manifests are not
// cached: they run again over the summaries, so a change in one file is seen wherever it matters.

/** Where `envcloud validate` keeps its cache, under the working folder (hidden, so never walked as manifests). */
export const DEFAULT_CACHE_DIR = join('.envcloud', 'cache', 'validate');

/** The one file of the cache: a header line, then one line per file result. */
export const CACHE_FILE = 'results.jsonl';

const FORMAT = 'envcloud-validate-cache 1';

/**
 * A file last changed at least this long before it was looked at is settled: any later change gives it
 * another modification time, on file systems that keep it to the nanosecond or to two seconds (FAT).
 */
const SETTLED_MS = 3000;

/** Entries of other runs (other paths, earlier versions of files) are kept up to this many lines in all, or twice this run's. */
const MIN_KEPT_ENTRIES = 20_000;

/** Where a run's cache is and the fingerprint of the tool that fills it: plain data, sent to worker threads. */
export interface CacheLocation {
  dir: string;
  fingerprint: string;
}

/** What a cache entry holds: one file's result without its name (the name is part of the key). */
export interface CachedResult {
  findings: Finding[];
  manifest?: ManifestSummary;
  request?: SharingRequest;
  correction?: DataCorrection;
  /** Where fields of the file are written, as the rules across files asked for them (positions.ts). */
  positions?: Record<string, Position>;
}

/** The parts of the fingerprint; tests replace one to see that it invalidates. */
export interface FingerprintParts {
  version: string;
  schemas: string;
  rules: string;
  code: string;
  dependencies: string;
}

/** Packages whose behaviour the per-file results depend on (parsers, schema checker, suggestions, calendar). */
const DEPENDENCIES = [
  'ajv',
  'ajv-formats',
  'js-yaml',
  'yaml',
  'fastest-levenshtein',
  'pinyin-pro',
  'chinese-days',
  'intl-messageformat',
];

/** The folders whose code decides a file's result, beside this one's (`validation`). */
const CODE_FOLDERS = ['validation', 'document', 'model'];

let defaultParts: FingerprintParts | undefined;

/**
 * The tool's fingerprint: its version, both schemas, the rule set (ids, severities, titles, clauses), the
 * code of the modules that check a file (compiled or source, read once per process: a rebuild without a
 * new version still invalidates) and the versions of the packages they use.
 */
export function cacheFingerprint(overrides: Partial<FingerprintParts> = {}): string {
  defaultParts ??= {
    version: TOOL_VERSION,
    schemas: JSON.stringify([manifestSchema, requestSchema, correctionSchema]),
    rules: JSON.stringify(ALL_RULE_INFO.map(({ id, severity, title, clause }) => [id, severity, title, clause])),
    code: codeHash(),
    dependencies: DEPENDENCIES.map(dependencyVersion).join(','),
  };
  const parts = { ...defaultParts, ...overrides };
  return sha256(JSON.stringify([parts.version, parts.schemas, parts.rules, parts.code, parts.dependencies]));
}

function codeHash(): string {
  const hash = createHash('sha256');
  const base = join(__dirname, '..');
  const files = CODE_FOLDERS.flatMap((folder) => codeFiles(join(base, folder)));
  // The precompiled schema verdict is loaded from the package root, beside the sources.
  files.push(join(packageRoot(), 'validation', 'manifest-verdict.generated.js'));
  for (const file of files.sort()) {
    hash.update(file.slice(base.length)).update('\0');
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(unreadable)');
    }
  }
  return hash.digest('hex');
}

function codeFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(?:js|ts|json)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function dependencyVersion(name: string): string {
  try {
    const file = join(packageRoot(), 'node_modules', name, 'package.json');
    return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
  } catch {
    return `${name}@?`;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One run's view of the cache: the entries read at the start, the entries this run used or made, and
 * how many files were found in it. An entry that cannot be read (cut short, changed, not JSON) is a
 * miss, and the run writes it again.
 */
export class ResultCache {
  hits = 0;
  misses = 0;
  /** Entries this run used or made, by key: the next cache file holds these first. */
  readonly touched = new Map<string, string>();
  private changed = false;
  /** The salt of this run's keys, once `saltFor` gave it. */
  private salt?: string;

  private constructor(
    readonly location: CacheLocation,
    private readonly entries: ReadonlyMap<string, string>,
  ) {}

  /** Reads the cache file; a missing, unreadable or foreign file (another tool version) is an empty cache. */
  static open(location: CacheLocation): ResultCache {
    const entries = new Map<string, string>();
    let text = '';
    try {
      text = readFileSync(join(location.dir, CACHE_FILE), 'utf8');
    } catch {
      // No cache yet, or unreadable: every file is a miss.
    }
    const lines = text.split('\n');
    if (lines[0] === `${FORMAT} ${location.fingerprint}`) {
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        // <64 hex key> <json>
        if (line.length > 66 && line[64] === ' ') entries.set(line.slice(0, 64), line.slice(65));
        // =<64 hex key of a file's metadata> <64 hex key of its content>
        else if (line.length === 130 && line[0] === '=' && line[65] === ' ')
          entries.set(line.slice(0, 65), line.slice(66));
      }
    }
    return new ResultCache(location, entries);
  }

  /** The salt of every key of one kind of run: the fingerprint, what is kept of a manifest and the input limits. */
  saltFor(keep: string, limits: InputLimits): string {
    return (this.salt = sha256(JSON.stringify([this.location.fingerprint, keep, limits])));
  }

  /** Whether `bytes` (read whole) are the content of `file` that has `key` in this run. */
  isKeyOf(key: string, file: string, bytes: Buffer): boolean {
    return this.salt !== undefined && this.keyOf(this.salt, file, bytes, bytes.length) === key;
  }

  /** The key of one file: its path as shown (findings name it), its size and its bytes. */
  keyOf(salt: string, file: string, bytes: Buffer, size: number | undefined): string {
    return createHash('sha256')
      .update(`${salt}\0${file}\0${size ?? bytes.length}\0`)
      .update(bytes)
      .digest('hex');
  }

  /**
   * The key of a file's metadata as `stat` gives it: its name, device, inode, size, and modification and
   * change times (the change time cannot be set back, as `touch -d` or `cp -p` set the modification time).
   */
  statKeyOf(salt: string, file: string, stats: Stats): string {
    return `=${sha256(`${salt}\0${file}\0${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`)}`;
  }

  /**
   * The cached result of a settled file whose metadata is unchanged since a run read its content: the
   * file need not be read and hashed again. Undefined otherwise, and the content decides (and counts).
   */
  lookupStat(statKey: string): { key: string; result: CachedResult } | undefined {
    const key = this.entries.get(statKey);
    const body = key === undefined ? undefined : this.entries.get(key);
    const result = body === undefined ? undefined : parseEntry(body);
    if (!result) return undefined;
    this.hits++;
    this.touched.set(key!, body!);
    this.touched.set(statKey, key!);
    return { key: key!, result };
  }

  /**
   * Notes that the file with this metadata had this content, when it was last changed well before
   * `lookedAt` (the time just before its metadata was read): a change made after that cannot keep its
   * modification time. Only for content the cache holds.
   */
  noteStat(statKey: string, key: string, stats: Stats, lookedAt: number): void {
    if (!this.touched.has(key) || Math.max(stats.mtimeMs, stats.ctimeMs) > lookedAt - SETTLED_MS) return;
    if (this.entries.get(statKey) !== key) this.changed = true;
    this.touched.set(statKey, key);
  }

  /** The cached result of the key, or undefined (and counted as a miss) when there is none or it is unreadable. */
  lookup(key: string): CachedResult | undefined {
    const body = this.entries.get(key);
    const result = body === undefined ? undefined : parseEntry(body);
    if (result) {
      this.hits++;
      this.touched.set(key, body!);
      return result;
    }
    this.misses++;
    if (body !== undefined) this.changed = true;
    return undefined;
  }

  /**
   * Keeps a fresh result. One that may hold a credential is not written: findings are redacted, but a
   * summary or a request is not, and a file with a credential is an error to fix, checked again each run.
   */
  store(key: string, result: CachedResult): void {
    if (result.findings.some((finding) => finding.ruleId === 'plaintext-secret')) return;
    const json = JSON.stringify(result);
    if (mayHoldSecrets(json) && findSecrets(result).length > 0) return;
    this.touched.set(key, json);
    this.changed = true;
  }

  /** Adds positions of fields to the entry this run used or made for `key` (none when it keeps no entry). */
  addPositions(key: string, positions: Record<string, Position>): void {
    const body = this.touched.get(key);
    if (body === undefined) return;
    const result = JSON.parse(body) as CachedResult;
    result.positions = { ...result.positions, ...positions };
    this.touched.set(key, JSON.stringify(result));
    this.changed = true;
  }

  /** Takes the entries a worker thread used or made. */
  adopt(touched: Iterable<[string, string]>, counts: { hits: number; misses: number; changed: boolean }): void {
    for (const [key, body] of touched) this.touched.set(key, body);
    this.hits += counts.hits;
    this.misses += counts.misses;
    this.changed ||= counts.changed;
  }

  /** What a worker thread sends back for `adopt`. */
  counts(): { hits: number; misses: number; changed: boolean } {
    return { hits: this.hits, misses: this.misses, changed: this.changed };
  }

  /**
   * Writes the cache file when this run made entries: its own first, then those of other runs it read,
   * up to a bound. Written whole to a temporary file and renamed over the old one, so a concurrent run
   * reads one complete file or the other. A cache that cannot be written is no error: the next run misses.
   */
  save(): void {
    if (!this.changed) return;
    const limit = Math.max(MIN_KEPT_ENTRIES, 2 * this.touched.size);
    const lines = [FORMAT + ' ' + this.location.fingerprint];
    for (const [key, body] of this.touched) lines.push(`${key} ${body}`);
    for (const [key, body] of this.entries) {
      if (lines.length > limit) break;
      if (!this.touched.has(key)) lines.push(`${key} ${body}`);
    }
    const temporary = join(this.location.dir, `${CACHE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      mkdirSync(this.location.dir, { recursive: true });
      writeFileSync(temporary, `${lines.join('\n')}\n`);
      renameSync(temporary, join(this.location.dir, CACHE_FILE));
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: a stray temporary file is never read as the cache.
      }
    }
  }
}

/** An entry's result, or undefined when it is not one (cut short, changed, not JSON, another shape). */
function parseEntry(json: string): CachedResult | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
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

function arePositions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(
    (position: Partial<Position> | null) =>
      typeof position === 'object' &&
      position !== null &&
      typeof position.line === 'number' &&
      typeof position.column === 'number',
  );
}

function isFinding(value: unknown): boolean {
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
