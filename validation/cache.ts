import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Position } from '../document/findings';
import type { InputLimits } from '../document/limits';
import { findSecrets, mayHoldSecrets, secretKind } from '../document/secrets';

export { cacheFingerprint, type FingerprintParts } from './cache-fingerprint';
export { factsKeyOf, parseEntry, type CachedResult } from './cache-entry';
import { factsKeyOf, fromBytes, parseEntry, sha256, toBytes, type CachedResult } from './cache-entry';
import type { ParsedEntries } from './parsed-entries';
import { readBoundedWithSize } from './files';

// The cache of `envcloud validate`: what checking one file on its own found (its findings, and the
// summary the rules across manifests read), keyed by the file's content; beside each entry, the key of
// what of it the rules across files read (its facts). The findings of those rules are kept for one set
// of facts at a time (set-memo.ts): they are reused only when no file's facts changed.

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

/** Characters beyond twice what a run uses that a cache file written anew may hold (its bound of size). */
const APPEND_SLACK = 1 << 20;

/**
 * How far past its bounds appends may take the cache file before it is written anew, within them. Without
 * it, the next run's one changed line passed a bound a file written anew reached: every warm run over
 * 10,000 files whose cache also held another folder's wrote its 21 MB again (0.50 s, not 0.35 s).
 */
const APPEND_HEADROOM = 4 / 3;

/** The largest cache file read (250,000 files' entries); a larger one, or a FIFO (it hung the run), is none. */
export const MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024;

/** The first character of a line that gives an entry's facts (`^<entry key> <facts>`). */
const FACTS = '^';

/** The first character of a line that keeps the findings of the rules across files (`~<set key> <json>`). */
const MEMO = '~';

const ASCII = /^[\x20-\x7e]*$/;

/** Where a run's cache is and the fingerprint of the tool that fills it: plain data, sent to worker threads. */
export interface CacheLocation {
  dir: string;
  fingerprint: string;
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
  /**
   * Keys of `touched` set to what may differ from the entry read: only these can be new lines. The
   * others were taken as read (a warm run takes 30,000), and comparing each again cost a run of
   * `validate --watch` over 10,000 files 37 ms.
   */
  private readonly dirty = new Set<string>();
  /** The salt of this run's keys, once `saltFor` gave it. */
  private salt?: string;
  /** What the cache file holds once `save` wrote it (or tried to): the next run of this process starts from it. */
  private saved?: { entries: Map<string, string>; read?: { length: number; lines: number } };

  private constructor(
    readonly location: CacheLocation,
    private readonly entries: Map<string, string>,
    /** The cache file read, when it was this tool's and whole (ends with a newline): its length and lines. Else it is written anew. */
    private readonly read?: { length: number; lines: number },
    /** The last findings across files decoded, by their bytes: a run of `validate --watch` decodes them once, not each time. */
    private decodedMemo?: { bytes: string; json: string },
    /** With `validate --watch`, the entries its runs read, parsed. */
    private readonly parsed?: ParsedEntries,
  ) {}

  /** Reads the cache file; a missing, unreadable or foreign file (another tool version) is an empty cache. */
  static open(location: CacheLocation, parsed?: ParsedEntries): ResultCache {
    const entries = new Map<string, string>();
    let text = '';
    try {
      const path = join(location.dir, CACHE_FILE);
      if (statSync(path).size <= MAX_CACHE_FILE_BYTES)
        text = readBoundedWithSize(path, MAX_CACHE_FILE_BYTES).bytes.toString('latin1');
    } catch {
      // No cache yet, or unreadable: every file is a miss.
    }
    const lines = text.split('\n');
    if (lines[0] === `${FORMAT} ${location.fingerprint}`) {
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        // =<a file's metadata and name (statKeyOf)> <64 hex key of its content>. Judged first: its times
        // and name may put a space at the column that ends a content line's key.
        if (line[0] === '=') {
          if (line.length > 67 && line[line.length - 65] === ' ') entries.set(line.slice(0, -65), line.slice(-64));
        }
        // <64 hex key> <json>
        else if (line.length > 66 && line[64] === ' ') entries.set(line.slice(0, 64), line.slice(65));
        // ^<64 hex key of a content> <kind letter><64 hex key of its facts>
        else if (line.length === 131 && line[0] === FACTS && line[65] === ' ')
          entries.set(line.slice(0, 65), line.slice(66));
        // ~<64 hex key of a set of facts> <json>
        else if (line.length > 67 && line[0] === MEMO && line[65] === ' ')
          entries.set(line.slice(0, 65), line.slice(66));
      }
    }
    const whole = lines.length > 1 && lines[0] === `${FORMAT} ${location.fingerprint}` && text.endsWith('\n');
    const read = whole ? { length: text.length, lines: lines.length - 1 } : undefined;
    return new ResultCache(location, entries, read, undefined, parsed);
  }

  /**
   * The cache as the next run of this process would read it from the file, without reading it
   * (`validate --watch`): what was read, with what this run used or made, as `save` left the file.
   */
  successor(): ResultCache {
    // Unsaved, nothing differs from what was read.
    const { entries, read } = this.saved ?? { entries: this.entries, read: this.read };
    this.parsed?.keepOnly(this.touched);
    return new ResultCache(this.location, entries, read, this.decodedMemo, this.parsed);
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
   * The key of a file's metadata as `stat` gives it: the run's salt, the file's device, inode, size,
   * modification and change times (the change time cannot be set back, as `touch -d` or `cp -p` set the
   * modification time) and its name. Written out, not hashed: hashing it cost 30 ms of a warm run over
   * 10,000 files. None for a name with a line break, which a line of the cache file cannot hold.
   */
  statKeyOf(salt: string, file: string, stats: Stats): string | undefined {
    if (file.includes('\n') || file.includes('\r')) return undefined;
    // As bytes, as the cache file's lines are kept (cache-entry.ts).
    const name = ASCII.test(file) ? file : toBytes(file);
    return `=${salt.slice(0, 16)} ${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs} ${name}`;
  }

  /**
   * The cached result of a settled file whose metadata is unchanged since a run read its content: the
   * file need not be read and hashed again. Undefined otherwise, and the content decides (and counts).
   */
  lookupStat(statKey: string): { key: string; result: CachedResult } | undefined {
    const peeked = this.peekStat(statKey);
    const result = peeked === undefined ? undefined : this.parse(peeked.key, peeked.body);
    if (!result) return undefined;
    this.use(statKey, peeked!.key, peeked!.body);
    return { key: peeked!.key, result };
  }

  /**
   * The entry `lookupStat` would read, unread, for a run that may not need the result itself
   * (set-memo.ts); `use` then counts it as found.
   */
  peekStat(statKey: string): { key: string; body: string } | undefined {
    const key = this.entries.get(statKey);
    const body = key === undefined ? undefined : this.entries.get(key);
    return body === undefined ? undefined : { key: key!, body };
  }

  /** Counts a peeked entry as found, and keeps it, its metadata and its facts for the next cache file. */
  use(statKey: string, key: string, body: string): void {
    this.hits++;
    this.touched.set(key, body);
    this.touched.set(statKey, key);
    this.keepFacts(key);
  }

  /** The facts of an entry (`factsKeyOf`), when kept: entries written before facts were kept have none. */
  factsOf(key: string): string | undefined {
    return this.touched.get(FACTS + key) ?? this.entries.get(FACTS + key);
  }

  /** Notes the facts of the result of an entry this run used or made, and gives them. */
  noteFacts(key: string, result: CachedResult): string {
    const facts = factsKeyOf(result);
    if (this.touched.has(key) && this.touched.get(FACTS + key) !== facts) {
      this.mark(FACTS + key, facts);
      this.changed = true;
    }
    return facts;
  }

  private keepFacts(key: string): void {
    const facts = this.entries.get(FACTS + key);
    if (facts !== undefined) this.touched.set(FACTS + key, facts);
  }

  /** The findings of the rules across files kept for a set of facts (set-memo.ts), as JSON. */
  lookupMemo(setKey: string): string | undefined {
    const bytes = this.entries.get(MEMO + setKey);
    if (bytes === undefined) return undefined;
    if (this.decodedMemo?.bytes !== bytes) this.decodedMemo = { bytes, json: fromBytes(bytes) };
    return this.decodedMemo.json;
  }

  /** Keeps the findings across files this run reused for the next cache file. */
  keepMemo(setKey: string): void {
    const json = this.entries.get(MEMO + setKey);
    if (json !== undefined) this.touched.set(MEMO + setKey, json);
  }

  /** Keeps the findings of the rules across files for a set of facts: the only such line the next cache file holds. */
  storeMemo(setKey: string, json: string): void {
    // JSON.stringify writes every string as it is but for quotes, backslashes and control characters, so
    // a credential in the findings or a file name shows in the text itself. Walking the parsed findings
    // instead took 120 ms at 10,000 files, whose names (`…pwd…`) pass the first look at field names.
    if (secretKind(json) !== undefined) return;
    const bytes = toBytes(json);
    if (this.entries.get(MEMO + setKey) !== bytes) this.changed = true;
    this.mark(MEMO + setKey, bytes);
    this.decodedMemo = { bytes, json };
  }

  /**
   * Notes that the file with this metadata had this content, when it was last changed well before
   * `lookedAt` (the time just before its metadata was read): a change made after that cannot keep its
   * modification time. Only for content the cache holds.
   */
  noteStat(statKey: string, key: string, stats: Stats, lookedAt: number): void {
    if (!this.touched.has(key) || Math.max(stats.mtimeMs, stats.ctimeMs) > lookedAt - SETTLED_MS) return;
    if (this.entries.get(statKey) !== key) this.changed = true;
    this.mark(statKey, key);
  }

  /** The cached result of the key, or undefined (and counted as a miss) when there is none or it is unreadable. */
  lookup(key: string): CachedResult | undefined {
    const body = this.entries.get(key);
    const result = body === undefined ? undefined : this.parse(key, body);
    if (result) {
      this.hits++;
      this.touched.set(key, body!);
      this.keepFacts(key);
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
    this.mark(key, toBytes(json));
    this.mark(FACTS + key, factsKeyOf(result));
    this.changed = true;
  }

  private parse(key: string, body: string): CachedResult | undefined {
    return this.parsed ? this.parsed.read(key, body) : parseEntry(body);
  }

  /** Adds positions of fields to the entry this run used or made for `key` (none when it keeps no entry). */
  addPositions(key: string, positions: Record<string, Position>): void {
    const body = this.touched.get(key);
    if (body === undefined) return;
    const result = JSON.parse(fromBytes(body)) as CachedResult;
    result.positions = { ...result.positions, ...positions };
    this.mark(key, toBytes(JSON.stringify(result)));
    this.changed = true;
  }

  /** Takes the entries a worker thread used or made. */
  adopt(touched: Iterable<[string, string]>, counts: { hits: number; misses: number; changed: boolean }): void {
    for (const [key, body] of touched) this.mark(key, body);
    this.hits += counts.hits;
    this.misses += counts.misses;
    this.changed ||= counts.changed;
  }

  /** Sets an entry this run made or changed (`dirty`). */
  private mark(key: string, body: string): void {
    this.touched.set(key, body);
    this.dirty.add(key);
  }

  /** What a worker thread sends back for `adopt`. */
  counts(): { hits: number; misses: number; changed: boolean } {
    return { hits: this.hits, misses: this.misses, changed: this.changed };
  }

  /**
   * Writes what this run made or changed. Most runs change a few files: their lines are appended to the
   * cache file (one write, whole lines; a later line of a key replaces an earlier one when read). The
   * file is written anew, this run's entries first and then those of other runs within a bound of lines
   * and one of size (twice what this run used, and 1 MiB), when it was not this tool's or not whole, or
   * when appending would take it a third past either bound. Written whole to a temporary file and renamed
   * over the old one, so a concurrent run reads one complete file or the other. A cache that cannot be
   * written is no error: the next run misses.
   */
  save(): void {
    if (!this.changed) return;
    const limit = Math.max(MIN_KEPT_ENTRIES, 2 * this.touched.size);
    // The lines this run used or made (what writing anew keeps first), and those it changed.
    let used = 0;
    for (const [key, body] of this.touched) used += key.length + body.length + 2;
    const fresh = new Map<string, string>();
    for (const key of this.dirty) {
      const body = this.touched.get(key)!;
      if (this.entries.get(key) !== body) fresh.set(key, body);
    }
    let appended = '';
    for (const [key, body] of fresh) appended += `${key} ${body}\n`;
    const { read } = this;
    const size = 2 * used + APPEND_SLACK;
    if (
      read &&
      read.lines + fresh.size <= Math.floor(limit * APPEND_HEADROOM) &&
      read.length + appended.length <= Math.floor(size * APPEND_HEADROOM)
    ) {
      try {
        appendFileSync(join(this.location.dir, CACHE_FILE), appended, 'latin1');
        // The file as the next run reads it: the entries read, the appended lines replacing theirs. This
        // run is over, so its map is handed on rather than copied.
        for (const [key, body] of fresh) this.entries.set(key, body);
        this.saved = {
          entries: this.entries,
          read: { length: read.length + appended.length, lines: read.lines + fresh.size },
        };
        return;
      } catch {
        // Written anew below.
      }
    }
    this.rewrite(limit, size, used);
  }

  /** Writes this run's entries, then those of other runs while the file stays within both bounds. */
  private rewrite(limit: number, size: number, used: number): void {
    const kept = new Map(this.touched);
    const header = FORMAT + ' ' + this.location.fingerprint;
    let length = header.length + 1 + used;
    for (const [key, body] of this.entries) {
      // Findings across files are kept for the last set of facts only: an older set is seldom seen again.
      if (kept.has(key) || key[0] === MEMO) continue;
      length += key.length + body.length + 2;
      if (kept.size >= limit || length > size) break;
      kept.set(key, body);
    }
    const lines = [header];
    for (const [key, body] of kept) lines.push(`${key} ${body}`);
    const text = `${lines.join('\n')}\n`;
    // Unwritten, the next run (of this process or another) finds the old file or none: this one's is rewritten.
    this.saved = { entries: kept };
    const temporary = join(this.location.dir, `${CACHE_FILE}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      mkdirSync(this.location.dir, { recursive: true });
      writeFileSync(temporary, text, 'latin1');
      renameSync(temporary, join(this.location.dir, CACHE_FILE));
      // Counted as `open` counts them: the lines after the header and the last newline's empty one.
      this.saved.read = { length: text.length, lines: lines.length };
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing more to do: a stray temporary file is never read as the cache.
      }
    }
  }
}
