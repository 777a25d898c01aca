import type { Finding } from '../document/findings';
import { arePositions, factsKeyOf, fromBytes, isFinding, parseEntry, toBytes } from '../validation/cache-entry';

// One entry of the validate cache (validation/cache-entry.ts): an entry is read back only when every
// part has its shape; anything else (cut short, changed by hand, another version's) is refused, not
// thrown, so the run checks that file again.

const finding: Finding = { file: 'm.yaml', line: 2, column: 3, severity: 'warning', ruleId: 'r', message: 'm' };
const summary = {
  metadata: { number: 1, name: 'n', slug: 's' },
  spec: { disposition: { outcome: 'merge' }, schedule: { status: 'planned' } },
};
const entry = (value: unknown) => toBytes(JSON.stringify(value));

describe('parseEntry', () => {
  it('reads an entry with each of its parts', () => {
    const whole = {
      findings: [finding, { ...finding, severity: 'error' }],
      manifest: summary,
      request: { id: 'sr' },
      correction: { id: 'dc' },
      positions: { a: { line: 1, column: 2 }, b: { line: 3, column: 4 } },
    };
    expect(parseEntry(entry(whole))).toEqual(whole);
    expect(parseEntry(entry({ findings: [] }))).toEqual({ findings: [] });
  });

  it('reads back what toBytes wrote, Chinese included', () => {
    const result = { findings: [{ ...finding, message: '名称“测试”重复' }] };
    const bytes = entry(result);
    expect(bytes.length).toBe(Buffer.byteLength(JSON.stringify(result)));
    expect(fromBytes(bytes)).toBe(JSON.stringify(result));
    expect(parseEntry(bytes)).toEqual(result);
  });

  it.each([
    ['cut short', '{"findings":['],
    ['null', 'null'],
    ['a number', '5'],
    ['findings not a list', entry({ findings: {} })],
  ])('refuses an entry that is %s', (_, bytes) => {
    expect(parseEntry(bytes)).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['without its file', { ...finding, file: undefined }],
    ['with a line that is text', { ...finding, line: '2' }],
    ['with a column that is text', { ...finding, column: '3' }],
    ['of another severity', { ...finding, severity: 'info' }],
    ['without its rule', { ...finding, ruleId: undefined }],
    ['without its message', { ...finding, message: 7 }],
  ])('refuses a finding %s, alone or after a good one', (_, bad) => {
    expect(isFinding(bad)).toBe(false);
    expect(parseEntry(entry({ findings: [bad] }))).toBeUndefined();
    expect(parseEntry(entry({ findings: [finding, bad] }))).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['without metadata', { spec: summary.spec }],
    ['with a number that is text', { ...summary, metadata: { ...summary.metadata, number: '1' } }],
    ['without a name', { ...summary, metadata: { ...summary.metadata, name: undefined } }],
    ['without a slug', { ...summary, metadata: { ...summary.metadata, slug: 3 } }],
    ['without spec', { metadata: summary.metadata }],
    ['without a disposition', { ...summary, spec: { schedule: summary.spec.schedule } }],
    ['with an outcome that is no text', { ...summary, spec: { ...summary.spec, disposition: { outcome: 1 } } }],
    ['without a schedule', { ...summary, spec: { disposition: summary.spec.disposition } }],
    ['without a status', { ...summary, spec: { ...summary.spec, schedule: {} } }],
  ])('refuses a manifest summary %s', (_, manifest) => {
    expect(parseEntry(entry({ findings: [], manifest }))).toBeUndefined();
  });

  it.each([null, 'r', 5])('refuses a request or a correction that is %p', (value) => {
    expect(parseEntry(entry({ findings: [], request: value }))).toBeUndefined();
    expect(parseEntry(entry({ findings: [], correction: value }))).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a number', 5],
    ['a list', [{ line: 1, column: 1 }]],
    ['a null position', { a: null }],
    ['a position that is a number', { a: 5 }],
    ['a line that is text', { a: { line: '1', column: 1 } }],
    ['a column missing', { a: { line: 1 } }],
    ['a bad position after a good one', { a: { line: 1, column: 1 }, b: { line: 1, column: '1' } }],
  ])('refuses positions that are %s', (_, positions) => {
    expect(arePositions(positions)).toBe(false);
    expect(parseEntry(entry({ findings: [], positions }))).toBeUndefined();
  });

  it('takes positions as a record of lines and columns, empty included', () => {
    expect(arePositions({})).toBe(true);
    expect(arePositions({ a: { line: 1, column: 1 }, b: { line: 2, column: 5 } })).toBe(true);
  });
});

describe('factsKeyOf', () => {
  it('names the kind of file and hashes only its facts', () => {
    expect(factsKeyOf({ manifest: summary as never })).toMatch(/^m[0-9a-f]{64}$/);
    expect(factsKeyOf({ request: { id: 'sr' } as never })).toMatch(/^r[0-9a-f]{64}$/);
    expect(factsKeyOf({ correction: { id: 'dc' } as never })).toMatch(/^c[0-9a-f]{64}$/);
    expect(factsKeyOf({})).toMatch(/^n[0-9a-f]{64}$/);
    expect(factsKeyOf({ request: { id: 'sr' } as never }).slice(1)).toBe(
      factsKeyOf({ correction: { id: 'sr' } as never }).slice(1),
    );
    expect(factsKeyOf({ request: { id: 'a' } as never })).not.toBe(factsKeyOf({ request: { id: 'b' } as never }));
  });
});
