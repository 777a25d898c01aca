import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import { DEFAULT_LIMITS } from '../document/limits';
import { CACHE_FILE, factsKeyOf, ResultCache } from '../validation/cache';

// How the validate cache file is written (validation/cache.ts): appended to when a run changed a few
// entries, written anew when it is not whole or would grow past its bounds; read and written as bytes,
// so text in any script comes back as it went in; facts and findings across files kept beside entries.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-cache-append-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const location = () => ({ dir, fingerprint: 'fp' });
const HEADER = 'envcloud-validate-cache 1 fp';
const key = (n: number) => n.toString(16).padStart(64, '0');
const cacheText = () => readFileSync(join(dir, CACHE_FILE), 'utf8');
const finding: Finding = {
  file: 'm.yaml',
  line: 2,
  column: 3,
  severity: 'warning',
  ruleId: 'duplicate-construction',
  message: '“环境保护部政府网站” 与 s002 相似 — naïve ✓',
};
const summary = {
  metadata: { number: 1, name: '环境信息资源中心', slug: 's', managingUnit: '办公厅', reportingUnit: '信息中心' },
  spec: { disposition: { outcome: 'keep' }, schedule: { status: 'planned' } },
} as never;

describe('the bytes of the cache file', () => {
  it('gives back text in any script as it was kept, in entries, their positions and the findings across files', () => {
    const first = ResultCache.open(location());
    first.store(key(1), { findings: [finding], manifest: summary });
    first.lookup(key(1));
    first.addPositions(key(1), { '["value","metadata","name"]': { line: 10, column: 9 } });
    first.storeMemo(key(9), JSON.stringify({ findings: [finding], located: { 'm.yaml': key(1) }, unconfirmed: [] }));
    first.save();
    // The file is UTF-8, as any editor shows it.
    expect(cacheText()).toContain('环境保护部政府网站');
    const next = ResultCache.open(location());
    expect(next.lookup(key(1))).toEqual({
      findings: [finding],
      manifest: summary,
      positions: { '["value","metadata","name"]': { line: 10, column: 9 } },
    });
    expect(JSON.parse(next.lookupMemo(key(9))!).findings).toEqual([finding]);
  });
});

describe('file metadata', () => {
  it('keeps the metadata of a file whose name has spaces and any script', () => {
    const path = join(dir, '第 1 个 manifest.yaml');
    writeFileSync(path, 'x');
    const stats = statSync(path);
    const cache = ResultCache.open(location());
    const statKey = cache.statKeyOf(cache.saltFor('summary', DEFAULT_LIMITS), '第 1 个 manifest.yaml', stats)!;
    cache.store(key(1), { findings: [] });
    cache.noteStat(statKey, key(1), stats, Math.max(stats.mtimeMs, stats.ctimeMs) + 3000);
    cache.save();
    expect(ResultCache.open(location()).lookupStat(statKey)).toEqual({ key: key(1), result: { findings: [] } });
  });
});

describe('facts', () => {
  it('are the kind of file and the hash of what the rules across files read of it', () => {
    expect(factsKeyOf({ manifest: summary })).toMatch(/^m[0-9a-f]{64}$/);
    expect(factsKeyOf({ request: {} as never })).toMatch(/^r/);
    expect(factsKeyOf({ correction: {} as never })).toMatch(/^c/);
    expect(factsKeyOf({})).toMatch(/^n/);
    expect(factsKeyOf({ manifest: summary })).toBe(factsKeyOf({ manifest: JSON.parse(JSON.stringify(summary)) }));
    const renamed = { ...(summary as object), metadata: { ...(summary as { metadata: object }).metadata, number: 2 } };
    expect(factsKeyOf({ manifest: renamed as never })).not.toBe(factsKeyOf({ manifest: summary }));
  });

  it('are kept beside an entry a run made or used, and noted for an entry that had none', () => {
    const cache = ResultCache.open(location());
    cache.store(key(1), { findings: [], manifest: summary });
    expect(cache.factsOf(key(1))).toBe(factsKeyOf({ manifest: summary }));
    cache.save();
    writeFileSync(join(dir, CACHE_FILE), `${HEADER}\n${key(2)} {"findings":[]}\n`);
    const old = ResultCache.open(location());
    expect(old.factsOf(key(2))).toBeUndefined();
    old.lookup(key(2));
    expect(old.counts().changed).toBe(false);
    expect(old.noteFacts(key(2), { findings: [] })).toBe(factsKeyOf({}));
    expect(old.factsOf(key(2))).toBe(factsKeyOf({}));
    expect(old.counts().changed).toBe(true);
    // Noted for an entry this run did not use: nothing to keep.
    expect(old.noteFacts(key(3), { findings: [] })).toBe(factsKeyOf({}));
    expect(old.factsOf(key(3))).toBeUndefined();
  });
});

describe('findings across files', () => {
  it('are kept for the last set only: one a run neither reused nor made is dropped when the file is written anew', () => {
    const cache = ResultCache.open(location());
    cache.storeMemo(key(7), '{"findings":[],"located":{},"unconfirmed":[]}');
    cache.save();
    const reused = ResultCache.open(location());
    reused.keepMemo(key(7));
    reused.store(key(1), { findings: [] });
    reused.save();
    expect(ResultCache.open(location()).lookupMemo(key(7))).toBeDefined();
    // A file not whole is written anew, without the set this run did not keep.
    writeFileSync(join(dir, CACHE_FILE), cacheText().trimEnd());
    const other = ResultCache.open(location());
    other.store(key(2), { findings: [] });
    other.save();
    expect(ResultCache.open(location()).lookupMemo(key(7))).toBeUndefined();
    expect(ResultCache.open(location()).lookup(key(1))).toEqual({ findings: [] });
  });

  it('are not kept when they would hold a credential', () => {
    const cache = ResultCache.open(location());
    cache.storeMemo(key(7), JSON.stringify({ findings: [{ ...finding, message: 'AKIAIOSFODNN7EXAMPLE' }] }));
    cache.storeMemo(key(8), JSON.stringify({ findings: [{ ...finding, hint: 'postgres://app:hunter2@db/x' }] }));
    expect(cache.counts().changed).toBe(false);
    // File names that only look like field names for credentials (`pwd`, `token`) are no credential.
    const names = JSON.stringify({
      findings: [],
      located: {},
      unconfirmed: [{ file: 's001-pwd-token.yaml', defaulted: [] }],
    });
    cache.storeMemo(key(9), names);
    cache.save();
    const next = ResultCache.open(location());
    expect(next.lookupMemo(key(7))).toBeUndefined();
    expect(next.lookupMemo(key(8))).toBeUndefined();
    expect(next.lookupMemo(key(9))).toBe(names);
  });
});

describe('appending and writing anew', () => {
  it('appends only the lines a run made or changed, and writes a foreign or cut-short file anew', () => {
    const cache = ResultCache.open(location());
    cache.store(key(1), { findings: [] });
    cache.save();
    const written = cacheText();
    const next = ResultCache.open(location());
    next.lookup(key(1));
    next.store(key(2), { findings: [] });
    next.save();
    expect(cacheText().startsWith(written)).toBe(true);
    expect(cacheText().slice(written.length)).toBe(`${key(2)} {"findings":[]}\n^${key(2)} ${factsKeyOf({})}\n`);
    writeFileSync(join(dir, CACHE_FILE), `envcloud-validate-cache 1 other\n${key(5)} {"findings":[]}\n`);
    const foreign = ResultCache.open(location());
    foreign.store(key(3), { findings: [] });
    foreign.save();
    expect(cacheText()).toBe(`${HEADER}\n${key(3)} {"findings":[]}\n^${key(3)} ${factsKeyOf({})}\n`);
  });

  it('appends no line for an entry set again to what was read', () => {
    const first = ResultCache.open(location());
    first.store(key(1), { findings: [] });
    first.noteStat('=settled', key(1), { mtimeMs: 0, ctimeMs: 0 } as never, Date.now());
    first.save();
    const written = cacheText();
    const next = ResultCache.open(location());
    next.lookup(key(1));
    next.noteStat('=settled', key(1), { mtimeMs: 0, ctimeMs: 0 } as never, Date.now());
    next.store(key(2), { findings: [] });
    next.save();
    expect(cacheText().slice(written.length)).toBe(`${key(2)} {"findings":[]}\n^${key(2)} ${factsKeyOf({})}\n`);
  });

  it('writes the file anew before appends take it a third past twice what a run uses and 1 MiB, so it stays bounded', () => {
    const big = 'x'.repeat(300_000);
    let largest = 0;
    for (let run = 0; run < 20; run++) {
      const cache = ResultCache.open(location());
      cache.store(key(1), { findings: [] });
      cache.storeMemo(key(100 + run), JSON.stringify({ findings: [], located: {}, unconfirmed: [], big }));
      cache.save();
      largest = Math.max(largest, statSync(join(dir, CACHE_FILE)).size);
    }
    // Each run's set is 300 KB: without a bound, twenty runs would make 6 MB. Appends may take the file a
    // third past twice what a run uses and 1 MiB.
    expect(largest).toBeLessThanOrEqual(((2 * 300_200 + (1 << 20)) * 4) / 3);
    expect(ResultCache.open(location()).lookupMemo(key(119))).toContain(big);
  });

  it('writes the file anew before appends take it a third past the bound of lines', () => {
    const lines = Array.from({ length: 27_000 }, (_, n) => `${key(1000 + n)} {"findings":[]}`);
    writeFileSync(join(dir, CACHE_FILE), `${HEADER}\n${lines.join('\n')}\n`);
    const cache = ResultCache.open(location());
    cache.store(key(1), { findings: [] });
    cache.save();
    const kept = cacheText().trimEnd().split('\n');
    expect(kept.length).toBeLessThanOrEqual(20_001);
    expect(kept.slice(1, 3)).toEqual([`${key(1)} {"findings":[]}`, `^${key(1)} ${factsKeyOf({})}`]);
  });

  // A run that stores one empty result adds two lines (the entry and its facts) of 213 characters in all,
  // and uses as many: it may append while the file holds at most a third more than 20,000 lines (26,666,
  // the trailing newline's empty line counted) and than twice 213 characters and 1 MiB once appended to.
  const storeOne = (findings: Finding[] = []) => {
    const cache = ResultCache.open(location());
    cache.store(key(1), { findings });
    cache.save();
  };
  const appended = `${key(1)} {"findings":[]}\n^${key(1)} ${factsKeyOf({})}\n`;

  // Another folder's entries fill the file: a file written anew up to a bound made every next run, with
  // one changed file, pass that bound and write the whole file again.
  it.each([
    // 27,000 lines: past the bound of 20,000 and the third more appends may add. The run that writes it
    // anew uses 2 MB, so the bound of size is far.
    ['lines', 27_000, 10, 2 << 20],
    // 1.8 MB: past twice what the run uses and 1 MiB, and the third more.
    ['characters', 3, 600_000, 0],
  ])('a file written anew within its bound of %s leaves room: the next runs append', (_bound, count, length, big) => {
    const lines = Array.from({ length: count }, (_, n) => `${key(1000 + n)} "${'x'.repeat(length)}"`);
    writeFileSync(join(dir, CACHE_FILE), `${HEADER}\n${lines.join('\n')}\n`);
    storeOne(big ? [{ ...finding, message: 'x'.repeat(big) }] : []);
    const written = cacheText();
    expect(written.split('\n', 2)[1]!.startsWith(`${key(1)} {"findings":[`)).toBe(true);
    const kept = written.trimEnd().split('\n').length - 1;
    expect(kept).toBeLessThanOrEqual(20_000);
    if (!big) expect(written.length).toBeLessThanOrEqual(2 * 213 + (1 << 20));
    // Some of the other folder's entries are kept.
    expect(kept).toBeGreaterThan(2);
    for (let run = 2; run < 5; run++) {
      const before = cacheText();
      const cache = ResultCache.open(location());
      cache.lookup(key(1));
      cache.store(key(run), { findings: [] });
      cache.save();
      expect(cacheText()).toBe(before + `${key(run)} {"findings":[]}\n^${key(run)} ${factsKeyOf({})}\n`);
    }
  });

  it.each([
    [26_663, 'appends'],
    [26_664, 'writes anew'],
  ])('with %i entries read, the bound of lines reached exactly or passed by one: %s', (count, how) => {
    const lines = Array.from({ length: count }, (_, n) => `${key(1000 + n)} {"findings":[]}`);
    const before = `${HEADER}\n${lines.join('\n')}\n`;
    writeFileSync(join(dir, CACHE_FILE), before);
    // A result of 2 MB: the run uses enough that the bound of size is far.
    storeOne([{ ...finding, message: 'x'.repeat(2 << 20) }]);
    const after = cacheText();
    if (how === 'appends') {
      expect(after.startsWith(before)).toBe(true);
      expect(after.slice(before.length).split('\n')).toHaveLength(3);
    } else expect(after.split('\n', 2)[1]!.startsWith(`${key(1)} {"findings":[{`)).toBe(true);
  });

  it.each([
    [0, 'appends'],
    [1, 'writes anew'],
  ])('a file %i characters past the bound of size: %s', (over, how) => {
    expect(appended.length).toBe(213);
    const limit = Math.floor(((2 * 213 + (1 << 20)) * 4) / 3) - appended.length;
    const frame = `${HEADER}\n${key(5)} ""\n`;
    const before = `${HEADER}\n${key(5)} "${'x'.repeat(limit + over - frame.length)}"\n`;
    expect(before.length).toBe(limit + over);
    writeFileSync(join(dir, CACHE_FILE), before);
    storeOne();
    if (how === 'appends') expect(cacheText()).toBe(before + appended);
    else expect(cacheText().startsWith(`${HEADER}\n${appended}`)).toBe(true);
  });

  it('a file written anew that cannot take the place of the old one leaves no temporary file behind', () => {
    // The cache file's name is taken by a folder: the temporary file is written, and renaming it fails.
    mkdirSync(join(dir, CACHE_FILE));
    storeOne();
    expect(readdirSync(dir)).toEqual([CACHE_FILE]);
    expect(statSync(join(dir, CACHE_FILE)).isDirectory()).toBe(true);
  });
});
