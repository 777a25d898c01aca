import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_FILE, factsKeyOf, ResultCache } from '../validation/cache';

// The lines of the validate cache file (validation/cache.ts) that are read as entries, metadata, facts
// or findings across files, and those that are not (cut short, or of no kind); what a run keeps of what
// it read, and when it has something to write.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-cache-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'envcloud-validate-cache 1 fp';
const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);
const SET = 'c'.repeat(64);
const ENTRY = JSON.stringify({ findings: [] });
const FACTS = factsKeyOf({});
const writeCache = (...lines: string[]) => writeFileSync(join(dir, CACHE_FILE), `${lines.join('\n')}\n`);
const open = () => ResultCache.open({ dir, fingerprint: 'fp' });

describe('reading the lines of the cache file', () => {
  it('reads a facts line of its exact length only', () => {
    writeCache(HEADER, `${KEY} ${ENTRY}`, `^${KEY} ${FACTS}`, `^${OTHER} ${FACTS}x`, `^${SET}x${FACTS}`);
    const cache = open();
    expect(cache.factsOf(KEY)).toBe(FACTS);
    expect(cache.factsOf(OTHER)).toBeUndefined();
    expect(cache.factsOf(SET)).toBeUndefined();
    expect(cache.factsOf(`${SET.slice(0, 63)}x`)).toBeUndefined();
  });

  it('reads a line of findings across files that holds something after its key', () => {
    writeCache(HEADER, `~${KEY} {"findings":[]}`, `~${OTHER} x`, `~${SET}{"findings":[]}`, `#${'d'.repeat(64)} {}`);
    const cache = open();
    expect(cache.lookupMemo(KEY)).toBe('{"findings":[]}');
    expect(cache.lookupMemo(OTHER)).toBeUndefined();
    expect(cache.lookupMemo(SET)).toBeUndefined();
    expect(cache.lookupMemo('d'.repeat(64))).toBeUndefined();
  });

  it('reads a metadata line only when it starts with "=", holds a name and ends with a space and a key', () => {
    writeCache(HEADER, `${KEY} ${ENTRY}`, `=x ${KEY}`, `=abc${KEY}`, `qqqqqq ${KEY}`, `=stat ${KEY}`, `=lost ${OTHER}`);
    const cache = open();
    expect(cache.lookupStat('=x')).toBeUndefined();
    expect(cache.lookupStat('=abc')).toBeUndefined();
    expect(cache.lookupStat('qqqqqq')).toBeUndefined();
    // A line that points at no entry is nothing to peek at.
    expect(cache.peekStat('=lost')).toBeUndefined();
    expect(cache.lookupStat('=stat')).toEqual({ key: KEY, result: { findings: [] } });
  });

  it('an entry line holds something after its key: a key and a space alone are nothing to write again', () => {
    writeCache(HEADER, `${KEY} x`, `${OTHER} `);
    const cache = open();
    expect(cache.lookup(KEY)).toBeUndefined();
    expect(cache.lookup(OTHER)).toBeUndefined();
    expect(cache.lookup(SET)).toBeUndefined();
    expect(cache.counts()).toEqual({ hits: 0, misses: 3, changed: false });
  });
});

describe('what a run keeps of what it read', () => {
  it('keeps the facts of an entry it used, and the newer facts it noted', () => {
    writeCache(HEADER, `${KEY} ${ENTRY}`, `^${KEY} ${FACTS}`, `${OTHER} ${ENTRY}`);
    const cache = open();
    expect(cache.lookup(KEY)).toEqual({ findings: [] });
    expect(cache.touched.get(`^${KEY}`)).toBe(FACTS);
    // An entry without facts keeps none.
    cache.lookup(OTHER);
    expect(cache.touched.has(`^${OTHER}`)).toBe(false);
    // The same facts again: nothing to write; other facts: noted, and read back from this run.
    expect(cache.noteFacts(KEY, { findings: [] })).toBe(FACTS);
    expect(cache.counts().changed).toBe(false);
    const request = { findings: [], request: { id: 'sr' } as never };
    expect(cache.noteFacts(KEY, request)).toBe(factsKeyOf(request));
    expect(cache.factsOf(KEY)).toBe(factsKeyOf(request));
    expect(cache.counts().changed).toBe(true);
  });

  it('notes no facts for an entry the run did not use', () => {
    writeCache(HEADER, `${KEY} ${ENTRY}`);
    const cache = open();
    cache.noteFacts(KEY, { findings: [] });
    expect(cache.factsOf(KEY)).toBeUndefined();
    expect(cache.counts().changed).toBe(false);
  });

  it('keeps the findings across files it reused, and writes them only when they changed', () => {
    writeCache(HEADER, `~${SET} {"findings":[]}`);
    const cache = open();
    cache.keepMemo(SET);
    cache.keepMemo(KEY);
    expect([...cache.touched]).toEqual([[`~${SET}`, '{"findings":[]}']]);
    cache.storeMemo(SET, '{"findings":[]}');
    expect(cache.counts().changed).toBe(false);
    cache.storeMemo(SET, '{"findings":[],"located":{}}');
    expect(cache.counts().changed).toBe(true);
  });

  it('a lookup that finds nothing has nothing to write', () => {
    writeCache(HEADER);
    const cache = open();
    expect(cache.lookup(KEY)).toBeUndefined();
    expect(cache.counts()).toEqual({ hits: 0, misses: 1, changed: false });
  });

  it('appends entries as the bytes they are: Chinese read back as written', () => {
    writeCache(HEADER, `${KEY} ${ENTRY}`);
    const cache = open();
    const result = {
      findings: [
        { file: '测试.yaml', line: 1, column: 1, severity: 'error' as const, ruleId: 'r', message: '名称重复' },
      ],
    };
    cache.store(OTHER, result);
    cache.save();
    // Appended, not written anew: the first line is still there as it was.
    expect(readFileSync(join(dir, CACHE_FILE), 'latin1').startsWith(`${HEADER}\n${KEY} ${ENTRY}\n`)).toBe(true);
    expect(open().lookup(OTHER)).toEqual(result);
  });
});
