import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../document/limits';
import { ResultCache } from '../validation/cache';
import { checkFiles, resultOf, scanFiles } from '../validation/check-files';
import { happyManifest, yamlOf } from './support/manifests';

// A cached run's first look at each file (validation/check-files.ts): a settled file (last changed well
// before it is looked at) whose metadata the cache knows is not read; its entry is read when needed.

let dir: string;
const names = ['a.yaml', 'b.yaml'];
const location = () => ({ dir: join(dir, '.cache'), fingerprint: 'fp' });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-cache-scan-'));
  names.forEach((name, index) =>
    writeFileSync(join(dir, name), yamlOf(happyManifest({ number: 800 + index, name: `测试扫描系统${index}号平台` }))),
  );
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** Looks at the files a minute after they were written (their change time cannot be set back): they are settled. */
function settle(): void {
  const now = Date.now();
  jest.spyOn(Date, 'now').mockReturnValue(now + 60_000);
}

/** A cold run that writes the cache. */
function coldRun(): ReturnType<typeof checkFiles> {
  const cache = ResultCache.open(location());
  const results = checkFiles(names, dir, DEFAULT_LIMITS, 'summary', cache);
  cache.save();
  return results;
}

describe('scanFiles and resultOf', () => {
  it("peeks at a settled file's entry without reading the file, and reads the entry when asked", () => {
    settle();
    const cold = coldRun();
    const cache = ResultCache.open(location());
    const scanned = scanFiles(names, dir, DEFAULT_LIMITS, cache);
    expect(scanned.map((file) => 'result' in file)).toEqual([false, false]);
    expect(scanned[0]).toMatchObject({ file: 'a.yaml', key: cold[0]!.cacheKey, statKey: expect.stringMatching(/^=/) });
    // Removed: the entry is the result, the file is not read again.
    for (const name of names) rmSync(join(dir, name));
    const results = scanned.map((file) => resultOf(file, dir, DEFAULT_LIMITS, cache));
    expect(results).toEqual(cold);
    expect(results[1]!.manifest!.metadata.number).toBe(801);
    expect(cache.counts()).toEqual({ hits: 2, misses: 0, changed: false });
  });

  it('reads a file that is not settled, or that the cache does not know, and gives its result at once', () => {
    coldRun();
    const cache = ResultCache.open(location());
    const scanned = scanFiles([...names, 'gone.yaml'], dir, DEFAULT_LIMITS, cache);
    expect(scanned.map((file) => 'result' in file)).toEqual([true, true, true]);
    const results = scanned.map((file) => resultOf(file, dir, DEFAULT_LIMITS, cache));
    expect(results[2]!.findings.map((finding) => finding.ruleId)).toEqual(['file-unreadable']);
    expect(results[0]!.cacheKey).toMatch(/^[0-9a-f]{64}$/);
    // Found by content: nothing to write.
    expect(cache.counts()).toEqual({ hits: 2, misses: 0, changed: false });
  });

  it('reads a settled file again when its entry cannot be read', () => {
    settle();
    const cold = coldRun();
    const cache = ResultCache.open(location());
    const scanned = scanFiles(names, dir, DEFAULT_LIMITS, cache);
    // The entry goes bad between the look and the read: the file decides.
    (cache as unknown as { entries: Map<string, string> }).entries.set(cold[0]!.cacheKey!, 'not json');
    const result = resultOf(scanned[0]!, dir, DEFAULT_LIMITS, cache);
    expect(result).toEqual(cold[0]);
  });

  it('notes the metadata of settled files only, so the next run peeks at them', () => {
    coldRun();
    // Not settled: the next run reads the files.
    expect(scanFiles(names, dir, DEFAULT_LIMITS, ResultCache.open(location())).every((file) => 'result' in file)).toBe(
      true,
    );
    settle();
    const cache = ResultCache.open(location());
    checkFiles(names, dir, DEFAULT_LIMITS, 'summary', cache);
    // Found by content, with metadata newly noted: the cache is written.
    expect(cache.counts()).toEqual({ hits: 2, misses: 0, changed: true });
    cache.save();
    expect(scanFiles(names, dir, DEFAULT_LIMITS, ResultCache.open(location())).some((file) => 'result' in file)).toBe(
      false,
    );
  });
});
