import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../document/limits';
import { LazyLocator } from '../document/locate';
import { ResultCache } from '../validation/cache';
import { Locators, positionKey } from '../validation/positions';

// Where the findings of the rules across files point (validation/positions.ts): positions known from
// the cache are answered as they are, others found by parsing the file once, and kept for the cache
// only when the file still holds the content its result was checked from.

const TEXT = 'metadata:\n  number: 7\n  name: 测试系统\nspec:\n  items:\n    - a\n    - b\n';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-positions-'));
  writeFileSync(join(dir, 'a.yaml'), TEXT);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A cache whose run has checked `a.yaml` as it is now: its entry's key, as checkFiles gives it. */
function cacheWithEntry(text = TEXT): { cache: ResultCache; key: string } {
  const cache = ResultCache.open({ dir: join(dir, '.cache'), fingerprint: 'fingerprint' });
  const salt = cache.saltFor('summary', DEFAULT_LIMITS);
  const bytes = Buffer.from(text);
  const key = cache.keyOf(salt, 'a.yaml', bytes, bytes.length);
  cache.store(key, { findings: [] });
  return { cache, key };
}

function positionsOf(cache: ResultCache, key: string): unknown {
  return (JSON.parse(cache.touched.get(key)!) as { positions?: unknown }).positions;
}

describe('positionKey', () => {
  it('is the JSON of where (key or value) and the path, numbers kept apart from strings', () => {
    expect(positionKey(['spec', 'items', 1], 'value')).toBe('["value","spec","items",1]');
    expect(positionKey(['spec', 'items', 1], 'key')).toBe('["key","spec","items",1]');
    expect(positionKey(['spec', 'items', '1'], 'value')).not.toBe(positionKey(['spec', 'items', 1], 'value'));
    expect(positionKey([], 'key')).toBe('["key"]');
  });
});

describe('Locators', () => {
  it('without a cache or known positions, reads the file only when a position is first asked', () => {
    const locator = new Locators().of({ file: 'a.yaml' }, dir);
    expect(locator).toBeInstanceOf(LazyLocator);
    // Read when asked, not when made: the file written now is the one located.
    writeFileSync(join(dir, 'a.yaml'), `# moved down\n${TEXT}`);
    expect(locator.locate(['metadata', 'name'])).toEqual({ line: 4, column: 9 });
    expect(locator.locate(['metadata', 'name'], 'key')).toEqual({ line: 4, column: 3 });
  });

  it('answers known positions as they are, without reading the file, and parses for the others', () => {
    const known = { [positionKey(['metadata', 'name'], 'value')]: { line: 40, column: 2 } };
    const locator = new Locators().of({ file: 'a.yaml', positions: known }, dir);
    expect(locator).not.toBeInstanceOf(LazyLocator);
    const parse = jest.spyOn(LazyLocator.prototype, 'locate');
    try {
      // The default is the value.
      expect(locator.locate(['metadata', 'name'])).toEqual({ line: 40, column: 2 });
      expect(parse).not.toHaveBeenCalled();
      expect(locator.locate(['metadata', 'name'], 'key')).toEqual({ line: 3, column: 3 });
      expect(locator.locate(['spec', 'items', 1])).toEqual({ line: 7, column: 7 });
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
  });

  it('without a cache, locates a file that has a cache key and known positions, and learns nothing', () => {
    const known = { [positionKey(['metadata'], 'key')]: { line: 1, column: 1 } };
    const locator = new Locators().of({ file: 'a.yaml', cacheKey: 'f'.repeat(64), positions: known }, dir);
    expect(locator.locate(['metadata', 'number'])).toEqual({ line: 2, column: 11 });
    expect((locator as unknown as { learned?: object }).learned).toBeUndefined();
  });

  it('answers a copy of a known position: its line and column only', () => {
    const position = { line: 40, column: 2, endLine: 41 };
    const key = positionKey(['metadata'], 'key');
    const located = new Locators()
      .of({ file: 'gone.yaml', positions: { [key]: position } }, dir)
      .locate(['metadata'], 'key');
    expect(located).toStrictEqual({ line: 40, column: 2 });
    expect(located).not.toBe(position);
  });

  it('gives the cache the positions it parsed for, beside the entry of the content checked', () => {
    const { cache, key } = cacheWithEntry();
    const locators = new Locators(cache);
    const known = { [positionKey(['metadata'], 'key')]: { line: 1, column: 1 } };
    const locator = locators.of({ file: 'a.yaml', cacheKey: key, positions: known }, dir);
    expect(locator.locate(['metadata'], 'key')).toEqual({ line: 1, column: 1 });
    expect(locator.locate(['metadata', 'number'])).toEqual({ line: 2, column: 11 });
    expect(locator.locate(['metadata', 'name'], 'key')).toEqual({ line: 3, column: 3 });
    // Asked again, a learned position is answered as learned.
    expect(locator.locate(['metadata', 'number'])).toEqual({ line: 2, column: 11 });
    expect(positionsOf(cache, key)).toBeUndefined();
    locators.keep();
    expect(positionsOf(cache, key)).toEqual({
      [positionKey(['metadata', 'number'], 'value')]: { line: 2, column: 11 },
      [positionKey(['metadata', 'name'], 'key')]: { line: 3, column: 3 },
    });
  });

  it('keeps nothing for a file that changed since its result was checked', () => {
    const { cache, key } = cacheWithEntry();
    writeFileSync(join(dir, 'a.yaml'), `# moved down\n${TEXT}`);
    const locators = new Locators(cache);
    const locator = locators.of({ file: 'a.yaml', cacheKey: key }, dir);
    // Located in the file as it is now.
    expect(locator.locate(['metadata', 'name'])).toEqual({ line: 4, column: 9 });
    locators.keep();
    expect(positionsOf(cache, key)).toBeUndefined();
  });

  it('keeps nothing for a file without a cache entry, or for a locator that asked nothing', () => {
    const { cache, key } = cacheWithEntry();
    const locators = new Locators(cache);
    const withoutKey = locators.of({ file: 'a.yaml' }, dir);
    expect(withoutKey).not.toBeInstanceOf(LazyLocator);
    expect(withoutKey.locate(['metadata', 'name'])).toEqual({ line: 3, column: 9 });
    locators.of({ file: 'a.yaml', cacheKey: key }, dir);
    const before = cache.touched.get(key);
    locators.keep();
    expect(cache.touched.get(key)).toBe(before);
  });

  it('reads and parses a file once however many positions are asked', () => {
    const { cache, key } = cacheWithEntry();
    const locator = new Locators(cache).of({ file: 'a.yaml', cacheKey: key }, dir);
    expect(locator.locate(['metadata', 'name'])).toEqual({ line: 3, column: 9 });
    // Removed after the first read: the others are found in the text already read.
    rmSync(join(dir, 'a.yaml'));
    expect(locator.locate(['spec', 'items', 0])).toEqual({ line: 6, column: 7 });
    expect(locator.locate(['spec'], 'key')).toEqual({ line: 4, column: 1 });
  });
});
