import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Position } from '../document/findings';
import type { FieldLocator } from '../document/locate';
import { factsKeyOf, ResultCache } from '../validation/cache';
import type { ScannedFile } from '../validation/check-files';
import { positionKey } from '../validation/positions';
import { memoOf, readsOtherFolders, RecordingLocators, reuseMemo, setKeyOf } from '../validation/set-memo';

// The findings across files kept for a set of facts (validation/set-memo.ts), piece by piece;
// tests/validate-memo.test.ts shows the same through whole runs of validate.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-set-memo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key = (n: number) => n.toString(16).padStart(64, '0');
const NAME = positionKey(['metadata', 'name'], 'value');
const NAME_KEY = positionKey(['metadata', 'name'], 'key');
const finding: Finding = {
  file: 'b.yaml',
  line: 10,
  column: 9,
  severity: 'warning',
  ruleId: 'duplicate-construction',
  message: 'alike',
  related: [{ file: 'a.yaml', line: 10, column: 3, message: 'the other' }],
};
/** Files as a run first sees them: both read now, with their content keys. */
const scanned = (a = key(1), b = key(2)): ScannedFile[] => [
  { file: 'a.yaml', result: { file: 'a.yaml', findings: [], cacheKey: a } },
  { file: 'b.yaml', result: { file: 'b.yaml', findings: [], cacheKey: b } },
];
const memo = (located: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ findings: [finding], located, unconfirmed: [], defaulted: [], ...extra });
const kept = {
  'a.yaml': { key: key(1), positions: { [NAME_KEY]: { line: 10, column: 3 } } },
  'b.yaml': { key: key(2), positions: { [NAME]: { line: 10, column: 9 } } },
};
/** A locator answering every field at `at`, counting what it was asked. */
function locatorAt(at: Position, asked: string[] = []): () => FieldLocator {
  return () => ({
    locate: (path, where = 'value') => {
      asked.push(positionKey(path, where));
      return at;
    },
  });
}
const cache = () => ResultCache.open({ dir, fingerprint: 'fp' });

describe('readsOtherFolders', () => {
  it('is true when requests or corrections come without manifests, or corrections without requests', () => {
    const [m, r, c, n] = ['m', 'r', 'c', 'n'].map((kind) => kind + key(0));
    expect(readsOtherFolders([m!, n!])).toBe(false);
    expect(readsOtherFolders([m!, r!])).toBe(false);
    expect(readsOtherFolders([m!, r!, c!])).toBe(false);
    expect(readsOtherFolders([r!])).toBe(true);
    expect(readsOtherFolders([c!, r!])).toBe(true);
    expect(readsOtherFolders([m!, c!])).toBe(true);
    expect(readsOtherFolders([n!, c!])).toBe(true);
    expect(readsOtherFolders([])).toBe(false);
  });
});

describe('setKeyOf', () => {
  it('changes with the salt, the day, a file’s name, its facts and their order', () => {
    const facts = [factsKeyOf({}), factsKeyOf({ request: {} as never })];
    const base = setKeyOf('salt', '2018-10-12', ['a', 'b'], facts);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(setKeyOf('salt', '2018-10-12', ['a', 'b'], [...facts])).toBe(base);
    expect(setKeyOf('other', '2018-10-12', ['a', 'b'], facts)).not.toBe(base);
    expect(setKeyOf('salt', '2018-10-13', ['a', 'b'], facts)).not.toBe(base);
    expect(setKeyOf('salt', '2018-10-12', ['a', 'c'], facts)).not.toBe(base);
    expect(setKeyOf('salt', '2018-10-12', ['a', 'b'], [facts[0]!, facts[0]!])).not.toBe(base);
    expect(setKeyOf('salt', '2018-10-12', ['b', 'a'], [facts[1]!, facts[0]!])).not.toBe(base);
  });
});

describe('memoOf and RecordingLocators', () => {
  it('keep every file a finding or its related locations name, with its content key and the positions asked', () => {
    writeFileSync(join(dir, 'b.yaml'), 'metadata:\n  name: x\n  number: 1\n');
    const locators = new RecordingLocators();
    const locator = locators.of({ file: 'b.yaml' }, dir);
    expect(locator.locate(['metadata', 'name'])).toEqual({ line: 2, column: 9 });
    expect(locator.locate(['metadata', 'number'], 'key')).toEqual({ line: 3, column: 3 });
    locators.of({ file: 'b.yaml' }, dir).locate(['metadata'], 'key');
    expect(locators.asked.get('b.yaml')).toEqual({
      [NAME]: { line: 2, column: 9 },
      [positionKey(['metadata', 'number'], 'key')]: { line: 3, column: 3 },
      [positionKey(['metadata'], 'key')]: { line: 1, column: 1 },
    });
    const results = [
      { file: 'a.yaml', findings: [], cacheKey: key(1) },
      { file: 'b.yaml', findings: [], cacheKey: key(2) },
      { file: 'c.yaml', findings: [], cacheKey: key(3) },
    ];
    const json = JSON.parse(memoOf([finding], results, [{ file: 'a.yaml', defaulted: ['x'] }], locators.asked));
    expect(json.located).toEqual({
      'b.yaml': { key: key(2), positions: locators.asked.get('b.yaml') },
      'a.yaml': { key: key(1), positions: {} },
    });
    expect(json.findings).toEqual([finding]);
    expect(json).toMatchObject({ unconfirmed: [[0, 0]], defaulted: [['x']] });
  });

  it('keep each unconfirmed manifest as its file’s place and its list of fields, each list once', () => {
    const results = ['a', 'b', 'c', 'd'].map((name, n) => ({ file: `${name}.yaml`, findings: [], cacheKey: key(n) }));
    const unconfirmed = [
      { file: 'b.yaml', defaulted: ['x', 'y'] },
      { file: 'c.yaml', defaulted: ['x'] },
      { file: 'd.yaml', defaulted: ['x', 'y'] },
    ];
    const json = memoOf([], results, unconfirmed, new Map());
    expect(JSON.parse(json)).toMatchObject({
      unconfirmed: [
        [1, 0],
        [2, 1],
        [3, 0],
      ],
      defaulted: [['x', 'y'], ['x']],
    });
    const files: ScannedFile[] = results.map((result) => ({ file: result.file, result }));
    expect(reuseMemo(json, files, cache(), locatorAt({ line: 1, column: 1 }))!.memo.unconfirmed).toEqual(unconfirmed);
  });
});

describe('reuseMemo', () => {
  it('reuses kept findings whose files have the content they were located in, and asks nothing', () => {
    const asked: string[] = [];
    const reused = reuseMemo(memo(kept), scanned(), cache(), locatorAt({ line: 1, column: 1 }, asked));
    expect(reused).toEqual({ own: [], memo: { findings: [finding], located: kept, unconfirmed: [] } });
    expect(asked).toEqual([]);
    expect(reuseMemo(undefined, scanned(), cache(), locatorAt({ line: 1, column: 1 }))).toBeUndefined();
  });

  it('locates a changed file’s fields again: where they were, the findings are reused under its new key', () => {
    const asked: string[] = [];
    const reused = reuseMemo(memo(kept), scanned(key(7)), cache(), locatorAt({ line: 10, column: 3 }, asked));
    expect(asked).toEqual([NAME_KEY]);
    expect(JSON.parse(reused!.relocated!).located['a.yaml']).toEqual({ ...kept['a.yaml'], key: key(7) });
    expect(JSON.parse(reused!.relocated!).located['b.yaml']).toEqual(kept['b.yaml']);
    // Moved by a line or a column: the rules run again.
    expect(reuseMemo(memo(kept), scanned(key(7)), cache(), locatorAt({ line: 11, column: 3 }))).toBeUndefined();
    expect(reuseMemo(memo(kept), scanned(key(7)), cache(), locatorAt({ line: 10, column: 4 }))).toBeUndefined();
  });

  it('takes each own finding of the files, and the findings of settled files from their entries', () => {
    const own: Finding = { ...finding, file: 'a.yaml', ruleId: 'schema', severity: 'error', related: [] };
    const files: ScannedFile[] = [
      { file: 'a.yaml', result: { file: 'a.yaml', findings: [own], cacheKey: key(1) } },
      {
        file: 'b.yaml',
        key: key(2),
        body: JSON.stringify({ findings: [own] }),
        statKey: '=s',
        stats: {} as never,
        lookedAt: 0,
      },
    ];
    const store = cache();
    expect(reuseMemo(memo(kept), files, store, locatorAt({ line: 1, column: 1 }))!.own).toEqual([own, own]);
    expect(store.counts()).toMatchObject({ hits: 1 });
    // An entry with findings of its own that cannot be read: the rules run again.
    files[1] = { ...(files[1] as Extract<ScannedFile, { body: string }>), body: '{"findings":[{"file":1}]}' };
    expect(reuseMemo(memo(kept), files, cache(), locatorAt({ line: 1, column: 1 }))).toBeUndefined();
  });

  it('refuses kept findings of another shape', () => {
    const a = kept['a.yaml'];
    const refused = [
      '{"findings":[',
      'null',
      memo(kept, { findings: {} }),
      memo(kept, { findings: [finding, { ...finding, severity: 'info' }] }),
      memo(kept, { unconfirmed: {} }),
      // As kept before places were: each manifest named in full.
      memo(kept, { unconfirmed: [{ file: 'a.yaml', defaulted: ['x'] }], defaulted: [['x']] }),
      memo(kept, { unconfirmed: [[0, 0]] }),
      memo(kept, { unconfirmed: [[0, 0]], defaulted: {} }),
      memo(kept, { unconfirmed: [[0, 0]], defaulted: [['x', 2]] }),
      memo(kept, { unconfirmed: [[2, 0]], defaulted: [['x']] }),
      memo(kept, { unconfirmed: [[-1, 0]], defaulted: [['x']] }),
      memo(kept, { unconfirmed: [[0.5, 0]], defaulted: [['x']] }),
      memo(kept, { unconfirmed: [[0, 1]], defaulted: [['x']] }),
      memo(kept, { unconfirmed: [[0, 0, 0]], defaulted: [['x']] }),
      memo(kept, { unconfirmed: [[0]], defaulted: [['x']] }),
      memo(kept, { located: null }),
      memo({ ...kept, 'a.yaml': null }),
      memo({ ...kept, 'a.yaml': { positions: a.positions } }),
      memo({ ...kept, 'a.yaml': { key: a.key } }),
      memo({ ...kept, 'a.yaml': { key: a.key, positions: { [NAME]: { line: 1 } } } }),
    ];
    for (const json of refused)
      expect({ json, reused: reuseMemo(json, scanned(), cache(), locatorAt({ line: 1, column: 1 })) }).toEqual({
        json,
        reused: undefined,
      });
    // Fields named otherwise than positions.ts names them cannot be located again.
    for (const asked of ['not json', '{"at":"value"}', '["sideways","metadata"]', '["value",{"a":1}]', '[]']) {
      const located = { ...kept, 'a.yaml': { key: key(1), positions: { [asked]: { line: 10, column: 3 } } } };
      expect(reuseMemo(memo(located), scanned(key(7)), cache(), locatorAt({ line: 10, column: 3 }))).toBeUndefined();
    }
    // Numbered paths are fields too.
    const numbered = positionKey(['spec', 'dataResources', 0, 'name'], 'value');
    const located = { ...kept, 'a.yaml': { key: key(1), positions: { [numbered]: { line: 10, column: 3 } } } };
    expect(reuseMemo(memo(located), scanned(key(7)), cache(), locatorAt({ line: 10, column: 3 }))).toBeDefined();
  });
});
