import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import { CACHE_FILE, ResultCache } from '../validation/cache';

// The bounds of the validate cache file at their edges (validation/cache.ts `save`): what a file written
// anew keeps of other runs' entries, to the character; the bound of lines of a run that uses more than
// 10,000 entries; and what the next run of the same process (`validate --watch`) takes the file to hold.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-cache-bounds-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const location = () => ({ dir, fingerprint: 'fp' });
const HEADER = 'envcloud-validate-cache 1 fp';
const key = (n: number) => n.toString(16).padStart(64, '0');
const cacheText = () => readFileSync(join(dir, CACHE_FILE), 'utf8');
const other = (n: number, length: number) => `${key(1000 + n)} "${'x'.repeat(length)}"`;
const big: Finding = {
  file: 'm.yaml',
  line: 1,
  column: 1,
  severity: 'error',
  ruleId: 'r',
  message: 'x'.repeat(2 << 20),
};

describe('a file written anew', () => {
  // A run that stores one empty result uses two lines of 213 characters in all: the bound of size is
  // 2 × 213 + 1 MiB = 1,049,002 characters. The header and its newline take 29, this run's lines 213,
  // and another run's entry with a body of `length` characters 68 + length, newline included.
  const size = 2 * 213 + (1 << 20);
  const fitting = size - 29 - 213 - 68;

  it.each([
    [fitting, 1],
    [fitting + 1, 0],
  ])(
    'with %i characters in the body of each of two entries of another run, keeps %i: up to the bound of size exactly',
    (length, kept) => {
      // Two such entries: past what appends may reach, so the file is written anew.
      writeFileSync(join(dir, CACHE_FILE), `${HEADER}\n${other(1, length)}\n${other(2, length)}\n`);
      const cache = ResultCache.open(location());
      cache.store(key(1), { findings: [] });
      cache.save();
      const written = cacheText();
      expect(written.trimEnd().split('\n')).toHaveLength(1 + 2 + kept);
      if (kept) expect(written).toHaveLength(size);
    },
  );
});

describe('the bound of lines', () => {
  it('is twice the lines of a run that uses more than 10,000 entries, so its own lines are appended', () => {
    const before = `${HEADER}\n${Array.from({ length: 10_000 }, (_, n) => other(n, 2)).join('\n')}\n`;
    writeFileSync(join(dir, CACHE_FILE), before);
    const cache = ResultCache.open(location());
    // 21,000 lines with their facts: within a third past twice that, not past 20,000 and a third.
    for (let n = 1; n <= 10_500; n++) cache.store(key(n), { findings: [] });
    cache.save();
    const after = cacheText();
    expect(after.startsWith(before)).toBe(true);
    expect(after.trimEnd().split('\n')).toHaveLength(1 + 10_000 + 21_000);
  });

  // A file written anew to 20,000 lines is read as 20,001 (the last newline's empty line counted), and
  // appends may take it to 26,666: the next run may add 6,665 lines, not 6,666.
  it.each([
    [6_665, 'appends'],
    [6_666, 'writes anew'],
  ])(
    'a file written anew is counted by the next run of the process as by a new one: adding %i lines, each %s',
    (added, how) => {
      // 27,000 lines: written anew to 20,000 (this run's 2 MB finding keeps the bound of size far).
      const lines = Array.from({ length: 27_000 }, (_, n) => other(n, 2));
      writeFileSync(join(dir, CACHE_FILE), `${HEADER}\n${lines.join('\n')}\n`);
      const first = ResultCache.open(location());
      first.store(key(1), { findings: [big] });
      first.save();
      const written = cacheText();
      expect(written.trimEnd().split('\n')).toHaveLength(20_001);
      // 3,332 entries with their facts, and one or two sets of findings across files.
      const next = (cache: ResultCache) => {
        cache.lookup(key(1));
        for (let n = 2; n < 2 + 3_332; n++) cache.store(key(n), { findings: [] });
        for (let set = 0; set < added - 6_664; set++) cache.storeMemo(key(90 + set), '{"findings":[]}');
        cache.save();
        return cacheText().startsWith(written) ? 'appends' : 'writes anew';
      };
      expect(next(first.successor())).toBe(how);
      writeFileSync(join(dir, CACHE_FILE), written);
      expect(next(ResultCache.open(location()))).toBe(how);
    },
  );
});
