import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LIMITS } from '../document/limits';
import { ResultCache } from '../validation/cache';
import { checkFilesInWorkers, workerMain, type WorkerInput, type WorkerOutput } from '../validation/parallel';
import { happyManifest, yamlOf } from './support/manifests';

// The worker threads of `validate --jobs` run the built worker.js, which a test in process has not: a
// fake Worker answers in this thread what workerMain answers in a real one, or fails as told.
type Behaviour = 'answer' | 'error' | 'exit-1' | 'exit-0';
const started: { script: string; input: WorkerInput }[] = [];
let behaviour: Behaviour = 'answer';

jest.mock('node:worker_threads', () => {
  class FakeWorker extends EventEmitter {
    constructor(script: string, options: { workerData: WorkerInput }) {
      super();
      started.push({ script, input: options.workerData });
      const mode = behaviour;
      setImmediate(() => {
        if (mode === 'error') this.emit('error', new Error('worker failed to load'));
        else if (mode === 'exit-1') this.emit('exit', 1);
        else if (mode === 'exit-0') this.emit('exit', 0);
        else {
          // Sent as a real worker's message is: structured-cloned.
          const { workerMain: main } = jest.requireActual('../validation/parallel') as {
            workerMain: (input: WorkerInput) => WorkerOutput;
          };
          this.emit('message', structuredClone(main(options.workerData)));
          this.emit('exit', 0);
        }
      });
    }
  }
  return { ...jest.requireActual('node:worker_threads'), Worker: FakeWorker };
});

// A worker that never answers fails a test at the project's timeout (jest.config.js): a shorter one
// here could fail on a loaded CI machine.

let dir: string;
const names = Array.from({ length: 10 }, (_, index) => `m${index}.yaml`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-parallel-'));
  names.forEach((name, index) =>
    writeFileSync(join(dir, name), yamlOf(happyManifest({ number: 700 + index, name: `测试系统${index}号监控平台` }))),
  );
  started.length = 0;
  behaviour = 'answer';
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkFilesInWorkers', () => {
  it('checks a larger first share on this thread and splits the rest in contiguous chunks, results in file order', async () => {
    const results = await checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 3, 'summary');
    // This thread: ceil(10 × 1.1 / 3) = 4 files; the 6 others in chunks of ceil(6 / 2) = 3.
    expect(started.map(({ input }) => input.files)).toEqual([
      ['m4.yaml', 'm5.yaml', 'm6.yaml'],
      ['m7.yaml', 'm8.yaml', 'm9.yaml'],
    ]);
    expect(started.every(({ script }) => script === join(__dirname, '..', 'validation', 'worker.js'))).toBe(true);
    expect(started[0]!.input).toEqual({
      files: started[0]!.input.files,
      cwd: dir,
      limits: DEFAULT_LIMITS,
      keep: 'summary',
    });
    expect(results.map((result) => result.file)).toEqual(names);
    expect(results.every((result) => result.findings.length === 0 && result.manifest !== undefined)).toBe(true);
    expect(results[5]!.manifest!.metadata.number).toBe(705);
  });

  it('starts no worker for a chunk left empty', async () => {
    // Two threads, two files: this thread's share, ceil(2 × 1.1 / 2) = 2, is every file.
    const results = await checkFilesInWorkers(names.slice(0, 2), dir, DEFAULT_LIMITS, 2, 'whole');
    expect(started).toEqual([]);
    expect(results.map((result) => result.file)).toEqual(['m0.yaml', 'm1.yaml']);
    // Kept whole: the description is no part of a summary.
    expect(results[0]!.manifest).toEqual(expect.objectContaining({ apiVersion: expect.any(String) }));
  });

  it('drops the empty chunks at the end, keeping the others', async () => {
    // Five threads, five files: this thread takes ceil(5.5 / 5) = 2, then chunks of ceil(3 / 4) = 1: m2, m3, m4, then none.
    const results = await checkFilesInWorkers(names.slice(0, 5), dir, DEFAULT_LIMITS, 5, 'summary');
    expect(started.map(({ input }) => input.files)).toEqual([['m2.yaml'], ['m3.yaml'], ['m4.yaml']]);
    expect(results.map((result) => result.file)).toEqual(names.slice(0, 5));
  });

  it("sends the cache's location to each worker and adopts the entries they made", async () => {
    const location = { dir: join(dir, '.cache'), fingerprint: 'fingerprint' };
    const cache = ResultCache.open(location);
    const results = await checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 3, 'summary', cache);
    expect(started.map(({ input }) => input.cache)).toEqual([location, location]);
    // Every file missed: 4 on this thread, 6 in workers, adopted with their entries.
    expect(cache.counts()).toEqual({ hits: 0, misses: 10, changed: true });
    for (const result of results) expect(cache.touched.has(result.cacheKey!)).toBe(true);
    cache.save();
    const warm = ResultCache.open(location);
    started.length = 0;
    await checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 3, 'summary', warm);
    expect(warm.counts()).toEqual({ hits: 10, misses: 0, changed: false });
  });

  it('rejects when a worker fails or stops with an exit code, and not when it exits cleanly after answering', async () => {
    behaviour = 'error';
    await expect(checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 2, 'summary')).rejects.toThrow(
      'worker failed to load',
    );
    behaviour = 'exit-1';
    await expect(checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 2, 'summary')).rejects.toThrow(
      'validation worker stopped with exit code 1',
    );
    behaviour = 'answer';
    await expect(checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 2, 'summary')).resolves.toHaveLength(10);
  });

  it('does not settle on a clean exit without an answer (the answer settles it)', async () => {
    behaviour = 'exit-0';
    const outcome = await Promise.race([
      checkFilesInWorkers(names, dir, DEFAULT_LIMITS, 2, 'summary').then(() => 'settled'),
      new Promise((resolve) => setTimeout(() => resolve('pending'), 50)),
    ]);
    expect(outcome).toBe('pending');
  });
});

describe('workerMain', () => {
  it('answers the results alone without a cache', () => {
    const output = workerMain({ files: ['m0.yaml'], cwd: dir, limits: DEFAULT_LIMITS, keep: 'summary' });
    expect(Object.keys(output)).toEqual(['results']);
    expect(output.results.map((result) => result.file)).toEqual(['m0.yaml']);
  });

  it('answers the entries used or made and the counts with a cache', () => {
    mkdirSync(join(dir, '.cache'));
    const cache = { dir: join(dir, '.cache'), fingerprint: 'fingerprint' };
    const output = workerMain({
      files: ['m0.yaml', 'm1.yaml'],
      cwd: dir,
      limits: DEFAULT_LIMITS,
      keep: 'summary',
      cache,
    });
    expect(output.cache!.counts).toEqual({ hits: 0, misses: 2, changed: true });
    const keys = output.cache!.touched.map(([key]) => key);
    expect(keys).toEqual(expect.arrayContaining(output.results.map((result) => result.cacheKey!)));
  });
});
