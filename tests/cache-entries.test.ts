import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import { DEFAULT_LIMITS } from '../document/limits';
import { CACHE_FILE, factsKeyOf, ResultCache, type CachedResult } from '../validation/cache';

// The entries of the validate cache one by one (validation/cache.ts): which lines of the cache file are
// read as entries, what is reused, refused or written, and when the file is written at all.
// tests/validate-cache.test.ts shows the same through whole runs of validate.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-cache-entries-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const location = () => ({ dir, fingerprint: 'fp' });
const HEADER = 'envcloud-validate-cache 1 fp';
const KEY = 'a'.repeat(64);
const finding: Finding = { file: 'm.yaml', line: 2, column: 3, severity: 'warning', ruleId: 'r', message: 'm' };
const summary = {
  metadata: { number: 1, name: 'n', slug: 's', managingUnit: 'u', reportingUnit: 'u' },
  spec: { disposition: { outcome: 'merge' }, schedule: { status: 'planned' } },
};
const writeCache = (...lines: string[]) => writeFileSync(join(dir, CACHE_FILE), lines.join('\n'));
const cacheText = () => readFileSync(join(dir, CACHE_FILE), 'utf8');

describe('reading the cache file', () => {
  it('reads result entries and metadata entries under its own header only', () => {
    const result: CachedResult = { findings: [finding], manifest: summary as any };
    const statKey = `=${'b'.repeat(64)}`;
    writeCache(HEADER, `${KEY} ${JSON.stringify(result)}`, `${statKey} ${KEY}`, '');
    const cache = ResultCache.open(location());
    expect(cache.lookup(KEY)).toEqual(result);
    expect(cache.lookupStat(statKey)).toEqual({ key: KEY, result });
    expect(cache).toMatchObject({ hits: 2, misses: 0 });
    writeCache('envcloud-validate-cache 1 other', `${KEY} ${JSON.stringify(result)}`);
    const foreign = ResultCache.open(location());
    expect(foreign.lookup(KEY)).toBeUndefined();
    expect(foreign).toMatchObject({ hits: 0, misses: 1 });
  });

  it('a line of the wrong shape is no entry: a short key, no space after it, a metadata line of the wrong length', () => {
    const body = JSON.stringify({ findings: [] });
    writeCache(
      HEADER,
      `${'c'.repeat(63)} ${body}`,
      `${'d'.repeat(64)}x${body}`,
      `${'e'.repeat(64)} {}`,
      `=${'f'.repeat(64)} ${'a'.repeat(63)}`,
      `=${'1'.repeat(64)}x${KEY}`,
      `${'2'.repeat(64)} ${body}`,
    );
    const cache = ResultCache.open(location());
    expect(cache.lookup('c'.repeat(63))).toBeUndefined();
    expect(cache.lookup('c'.repeat(64))).toBeUndefined();
    expect(cache.lookup('d'.repeat(64))).toBeUndefined();
    expect(cache.lookupStat(`=${'f'.repeat(64)}`)).toBeUndefined();
    expect(cache.lookupStat(`=${'1'.repeat(64)}`)).toBeUndefined();
    expect(cache.lookup('2'.repeat(64))).toEqual({ findings: [] });
  });

  it('an entry of another shape is a miss, and makes the cache be written again', () => {
    const bad = [
      'not json',
      'null',
      '[]',
      '{"findings":{}}',
      JSON.stringify({ findings: [{ ...finding, severity: 'info' }] }),
      JSON.stringify({ findings: [{ ...finding, line: '2' }] }),
      JSON.stringify({ findings: [], manifest: { ...summary, spec: { ...summary.spec, schedule: {} } } }),
      JSON.stringify({ findings: [], request: 'r' }),
      JSON.stringify({ findings: [], correction: null }),
      JSON.stringify({ findings: [], positions: [] }),
      JSON.stringify({ findings: [], positions: { '["value"]': { line: 1 } } }),
    ];
    const keys = bad.map((_, i) => i.toString(16).padStart(64, '0'));
    writeCache(HEADER, ...bad.map((body, i) => `${keys[i]} ${body}`));
    const cache = ResultCache.open(location());
    for (const key of keys) expect(cache.lookup(key)).toBeUndefined();
    expect(cache).toMatchObject({ hits: 0, misses: bad.length });
    expect(cache.counts().changed).toBe(true);
    // A well-formed one with every part is read.
    const good = { findings: [finding], request: {}, correction: {}, positions: { k: { line: 1, column: 2 } } };
    writeCache(HEADER, `${KEY} ${JSON.stringify(good)}`);
    expect(ResultCache.open(location()).lookup(KEY)).toEqual(good);
  });
});

describe('keeping entries', () => {
  it('writes nothing when the run changed nothing; a new file whole, then appends what a run made', () => {
    const cache = ResultCache.open(location());
    cache.save();
    expect(() => cacheText()).toThrow();
    cache.store(KEY, { findings: [finding] });
    expect(cache.counts()).toEqual({ hits: 0, misses: 0, changed: true });
    cache.save();
    const none = factsKeyOf({});
    expect(none).toMatch(/^n[0-9a-f]{64}$/);
    expect(cacheText()).toBe(`${HEADER}\n${KEY} ${JSON.stringify({ findings: [finding] })}\n^${KEY} ${none}\n`);
    const next = ResultCache.open(location());
    const other = 'b'.repeat(64);
    next.store(other, { findings: [] });
    next.save();
    expect(cacheText().split('\n')).toEqual([
      HEADER,
      `${KEY} ${JSON.stringify({ findings: [finding] })}`,
      `^${KEY} ${none}`,
      `${other} {"findings":[]}`,
      `^${other} ${none}`,
      '',
    ]);
  });

  it('keeps no result with a credential, in its findings or anywhere in it', () => {
    const cache = ResultCache.open(location());
    cache.store(KEY, { findings: [{ ...finding, ruleId: 'plaintext-secret' }] });
    cache.store('b'.repeat(64), { findings: [], request: { note: 'AKIAIOSFODNN7EXAMPLE' } as any });
    cache.store('c'.repeat(64), { findings: [], request: { note: 'password in the vault' } as any });
    expect([...cache.touched.keys()]).toEqual(['c'.repeat(64), `^${'c'.repeat(64)}`]);
  });

  it('adds positions to an entry of this run only, beside those it had', () => {
    writeCache(HEADER, `${KEY} ${JSON.stringify({ findings: [], positions: { a: { line: 1, column: 1 } } })}`);
    const cache = ResultCache.open(location());
    cache.addPositions(KEY, { b: { line: 2, column: 2 } });
    expect(cache.counts().changed).toBe(false);
    cache.lookup(KEY);
    cache.addPositions(KEY, { b: { line: 2, column: 2 } });
    expect(cache.counts().changed).toBe(true);
    expect(JSON.parse(cache.touched.get(KEY)!).positions).toEqual({
      a: { line: 1, column: 1 },
      b: { line: 2, column: 2 },
    });
  });

  it('takes a worker’s entries and counts', () => {
    const cache = ResultCache.open(location());
    cache.adopt([[KEY, '{"findings":[]}']], { hits: 2, misses: 3, changed: false });
    expect(cache.counts()).toEqual({ hits: 2, misses: 3, changed: false });
    cache.adopt([], { hits: 1, misses: 0, changed: true });
    expect(cache.counts()).toEqual({ hits: 3, misses: 3, changed: true });
    expect(cache.touched.get(KEY)).toBe('{"findings":[]}');
  });

  it('a cache folder that cannot be made is no error, and leaves nothing behind', () => {
    writeFileSync(join(dir, 'file'), 'x');
    const cache = ResultCache.open({ dir: join(dir, 'file', 'cache'), fingerprint: 'fp' });
    cache.store(KEY, { findings: [] });
    expect(() => cache.save()).not.toThrow();
  });
});

describe('keys and file metadata', () => {
  it('a key depends on the salt, the name, the size and the bytes; isKeyOf only once a salt is given', () => {
    const cache = ResultCache.open(location());
    const bytes = Buffer.from('abc');
    expect(cache.isKeyOf(KEY, 'm.yaml', bytes)).toBe(false);
    const salt = cache.saltFor('summary', DEFAULT_LIMITS);
    expect(salt).not.toBe(cache.saltFor('whole', DEFAULT_LIMITS));
    expect(salt).not.toBe(cache.saltFor('summary', { ...DEFAULT_LIMITS, maxDepth: 3 }));
    const key = cache.keyOf(salt, 'm.yaml', bytes, undefined);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(cache.keyOf(salt, 'm.yaml', bytes, 3)).toBe(key);
    expect(cache.keyOf(salt, 'm.yaml', bytes, 4)).not.toBe(key);
    expect(cache.keyOf(salt, 'n.yaml', bytes, 3)).not.toBe(key);
    expect(cache.keyOf(salt, 'm.yaml', Buffer.from('abd'), 3)).not.toBe(key);
    cache.saltFor('summary', DEFAULT_LIMITS);
    expect(cache.isKeyOf(key, 'm.yaml', bytes)).toBe(true);
    expect(cache.isKeyOf(key, 'm.yaml', Buffer.from('abd'))).toBe(false);
  });

  it('reads back a metadata line whatever character its 65th is (a space there is not a content line)', () => {
    // A content line is 64 hex digits and a space; a metadata line holds times whose digits vary from run
    // to run, and a name that may hold spaces, and CI's run of f222c03 met a space at that column.
    // Fixed figures (a real file's times have as many digits as the clock gives) put the name at one
    // column; each name then has its space one column further, so one of them has it at the 65th.
    const stats = { ...statSync(dir), dev: 1, ino: 2, size: 1, mtimeMs: 1000, ctimeMs: 1000 } as Stats;
    const spaced: string[] = [];
    for (let n = 0; n < 40; n++) {
      const cache = ResultCache.open(location());
      const salt = cache.saltFor('summary', DEFAULT_LIMITS);
      const statKey = cache.statKeyOf(salt, `${'x'.repeat(n)} m.yaml`, stats)!;
      if (statKey[64] === ' ') spaced.push(statKey);
      cache.store(KEY, { findings: [] });
      cache.noteStat(statKey, KEY, stats, Date.now());
      cache.save();
      expect(ResultCache.open(location()).lookupStat(statKey)).toEqual({ key: KEY, result: { findings: [] } });
    }
    expect(spaced).toHaveLength(1);
  });

  it('notes a file’s metadata only for content it holds, changed at least 3 seconds before it was looked at', () => {
    const path = join(dir, 'm.yaml');
    writeFileSync(path, 'x');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const stats = statSync(path);
    const cache = ResultCache.open(location());
    const salt = cache.saltFor('summary', DEFAULT_LIMITS);
    const statKey = cache.statKeyOf(salt, 'm.yaml', stats)!;
    expect(statKey).toBe(
      `=${salt.slice(0, 16)} ${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs} m.yaml`,
    );
    // Each part is in the key: another name, size or time is another key; a name with a line break has none.
    expect(cache.statKeyOf(salt, 'n.yaml', stats)).not.toBe(statKey);
    expect(cache.statKeyOf(salt, 'm.yaml', { ...stats, size: 2 } as typeof stats)).not.toBe(statKey);
    expect(cache.statKeyOf(salt, 'm.yaml', { ...stats, ctimeMs: stats.ctimeMs + 1 } as typeof stats)).not.toBe(statKey);
    expect(cache.statKeyOf(salt, 'm.yaml', { ...stats, ino: stats.ino + 1 } as typeof stats)).not.toBe(statKey);
    expect(cache.statKeyOf(salt, 'a\nb.yaml', stats)).toBeUndefined();
    expect(cache.statKeyOf(salt, 'a\rb.yaml', stats)).toBeUndefined();
    cache.noteStat(statKey, KEY, stats, Date.now());
    expect(cache.touched.has(statKey)).toBe(false);
    cache.store(KEY, { findings: [] });
    const changedAt = Math.max(stats.mtimeMs, stats.ctimeMs);
    cache.noteStat(statKey, KEY, stats, changedAt + 2999);
    expect(cache.touched.has(statKey)).toBe(false);
    cache.noteStat(statKey, KEY, stats, changedAt + 3000);
    expect(cache.touched.get(statKey)).toBe(KEY);
    cache.save();
    const next = ResultCache.open(location());
    expect(next.lookupStat(statKey)).toEqual({ key: KEY, result: { findings: [] } });
    // Noted again with the same content: nothing new to write.
    const again = ResultCache.open(location());
    again.lookup(KEY);
    again.noteStat(statKey, KEY, stats, changedAt + 3000);
    expect(again.counts().changed).toBe(false);
  });
});
