import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../document/findings';
import { ResultCache, type CachedResult } from '../validation/cache';
import { CacheSession } from '../validation/cache-session';
import { toBytes } from '../validation/cache-entry';
import { ParsedEntries } from '../validation/parsed-entries';

// The cache entries the runs of one `validate --watch` read, kept parsed (validation/parsed-entries.ts);
// tests/cache-session.test.ts compares whole runs of a session with runs without cache.

const key = (n: number) => n.toString(16).padStart(64, '0');
const finding: Finding = { file: 'm.yaml', line: 2, column: 3, severity: 'warning', ruleId: 'r', message: '“名”' };
const result: CachedResult = {
  findings: [finding],
  manifest: {
    metadata: { number: 1, name: '名', slug: 's', managingUnit: 'u', reportingUnit: 'u' },
    // A null among the values: frozen through, it is left as it is.
    spec: { disposition: { outcome: 'merge' }, schedule: { status: 'planned', deadline: null } },
  } as never,
};
const bytes = (value: CachedResult) => toBytes(JSON.stringify(value));

describe('ParsedEntries', () => {
  it('answers the same bytes of a key with the same result, parsed once and frozen through', () => {
    const parsed = new ParsedEntries();
    const first = parsed.read(key(1), bytes(result))!;
    expect(first).toEqual(result);
    expect(parsed.read(key(1), bytes(result))).toBe(first);
    expect(Object.isFrozen(first.findings[0])).toBe(true);
    expect(() => {
      (first.manifest!.metadata as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(() => first.findings.push(finding)).toThrow(TypeError);
  });

  it('parses other bytes of a key again, bytes that are no entry included', () => {
    const parsed = new ParsedEntries();
    const first = parsed.read(key(1), bytes(result))!;
    const other = { ...result, findings: [] };
    expect(parsed.read(key(1), bytes(other))).toEqual(other);
    expect(parsed.read(key(1), '{"findings":')).toBeUndefined();
    expect(parsed.read(key(1), bytes(result))).not.toBe(first);
  });

  it('keeps only the keys a run used', () => {
    const parsed = new ParsedEntries();
    const [one, two] = [parsed.read(key(1), bytes(result)), parsed.read(key(2), bytes(result))];
    parsed.keepOnly(new Map([[key(2), bytes(result)]]));
    expect(parsed.read(key(2), bytes(result))).toBe(two);
    expect(parsed.read(key(1), bytes(result))).not.toBe(one);
  });
});

describe('the entries of a CacheSession', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-parsed-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('are parsed once for the runs of the session, and let go when a run did not read them', () => {
    const location = { dir, fingerprint: 'fp' };
    const before = ResultCache.open(location);
    before.store(key(1), result);
    before.store(key(2), result);
    before.save();
    const session = new CacheSession();
    const first = session.open(location);
    const [one, two] = [first.lookup(key(1)), first.lookup(key(2))];
    first.save();
    const second = session.open(location);
    expect(second.lookup(key(1))).toBe(one);
    second.save();
    const third = session.open(location);
    expect(third.lookup(key(1))).toBe(one);
    // Not read by the second run: parsed again.
    expect(third.lookup(key(2))).not.toBe(two);
    expect(third.lookup(key(2))).toEqual(two);
    // A run without session parses its own.
    expect(ResultCache.open(location).lookup(key(1))).not.toBe(one);
  });
});
