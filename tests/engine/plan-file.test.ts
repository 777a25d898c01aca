import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstTooDeep, lineColumn, offsetOfPath } from '../../document/json-position';
import { MAX_BASELINE_BYTES, MAX_BASELINE_DEPTH, PlanFileError, readPlanFile } from '../../engine/plan-file';

/** A resource as preview writes it, with the given URN. */
const resource = (urn: string) => ({
  urn,
  type: 'kubernetes:core/v1:Namespace',
  name: 'n',
  protect: false,
  retainOnDelete: false,
  dependencies: [],
  inputs: {},
});

/** The message of the PlanFileError reading `file` raises (the test fails if it raises none or another). */
function refusal(file: string): string {
  try {
    readPlanFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanFileError);
    return (error as Error).message;
  }
  throw new Error(`${file} was accepted`);
}

describe('readPlanFile refuses hostile baselines before they cost memory or time', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-plan-file-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a device and a FIFO without opening them (/dev/zero never ends; a FIFO waits for a writer)', () => {
    expect(refusal('/dev/zero')).toMatch(/^\/dev\/zero: is not a regular file/);
    const fifo = join(dir, 'plan.fifo');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(fifo)).toContain('is not a regular file (a device, FIFO or socket)');
    expect(refusal(dir)).toContain('is a folder');
  });

  it('refuses a file over the size limit by its size, without reading it (a sparse file)', () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_BASELINE_BYTES + 1);
    expect(refusal(huge)).toMatch(/huge\.json: is 256 MiB, more than the 256 MiB a baseline plan may be/);
  });

  it('locates the first bracket past the depth limit, without parsing (10,000 levels)', () => {
    const deep = join(dir, 'deep.json');
    writeFileSync(deep, `{\n  "resources": ${'['.repeat(10000)}${']'.repeat(10000)}\n}\n`);
    // The top object is level 1 and the first `[` (column 16) level 2, so level limit + 1 is the limit-th `[`.
    expect(refusal(deep)).toMatch(
      new RegExp(`deep\\.json:2:${16 + MAX_BASELINE_DEPTH - 1}: nested more than ${MAX_BASELINE_DEPTH} levels deep`),
    );
  });

  it('refuses two resources with one URN, at the second, naming the first', () => {
    const twice = join(dir, 'twice.json');
    const urn = 'urn:pulumi:dev::envcloud::kubernetes:core/v1:Namespace::a';
    const plan = { offline: true, stack: 'dev', resources: [resource(urn), resource(`${urn}-b`), resource(urn)] };
    writeFileSync(twice, JSON.stringify(plan, null, 2));
    const lines = JSON.stringify(plan, null, 2).split('\n');
    const first = lines.findIndex((line) => line.includes(`"urn": "${urn}"`)) + 1;
    const second = lines.findIndex((line, index) => index >= first && line.includes(`"urn": "${urn}"`)) + 1;
    expect(second).toBeGreaterThan(first);
    expect(refusal(twice)).toMatch(
      new RegExp(
        `twice\\.json:${second}:14: resources\\[2\\]\\.urn .* is also the URN of resources\\[0\\] \\(line ${first}\\)`,
      ),
    );
  });

  it('still reads a plan with distinct URNs', () => {
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({ offline: true, stack: 'dev', resources: [resource('urn:pulumi:a'), resource('urn:pulumi:b')] }),
    );
    expect(readPlanFile(good).resources).toHaveLength(2);
  });
});

describe('JSON positions by linear scans', () => {
  const text = '{\n  "a": "x]}\\"[{",\n  "b": [1, {"c": [true, null]}, "]"],\n  "0": {"d": -1.5e3}\n}';

  it('finds the value at a path, past brackets and quotes inside strings', () => {
    expect(lineColumn(text, offsetOfPath(text, ['b', 1, 'c', 1]))).toEqual({ line: 3, column: 25 });
    expect(lineColumn(text, offsetOfPath(text, ['b', 2]))).toEqual({ line: 3, column: 33 });
    expect(lineColumn(text, offsetOfPath(text, [0, 'd']))).toEqual({ line: 4, column: 14 });
  });

  it('answers the deepest value that exists for a path that does not', () => {
    expect(lineColumn(text, offsetOfPath(text, ['b', 7]))).toEqual({ line: 3, column: 8 });
    expect(lineColumn(text, offsetOfPath(text, ['nothing']))).toEqual({ line: 1, column: 1 });
  });

  it('counts depth outside strings only', () => {
    expect(firstTooDeep(text, 4)).toBeUndefined();
    expect(firstTooDeep(text, 3)).toBe(text.indexOf('[true'));
  });
});
