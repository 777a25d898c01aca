import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InputLimits } from '../document/limits';
import { ResultCache, type CacheLocation } from './cache';
import { checkFiles, type FileResult, type Keep } from './check-files';
import type { ManifestSummary } from './rules';

/** How much more than an equal share this thread checks: a worker first loads its modules (about 70 ms measured on 2026-11-23). */
const OWN_SHARE_FACTOR = 1.1;

const WORKER_SCRIPT = join(__dirname, 'worker.js');

/** What a worker thread is given. */
export interface WorkerInput {
  files: readonly string[];
  cwd: string;
  limits: InputLimits;
  keep: Keep;
  cache?: CacheLocation;
}

/** What a worker thread answers: its results, and the cache entries it used or made for this thread to write. */
export interface WorkerOutput {
  results: FileResult<ManifestSummary>[];
  cache?: { touched: [string, string][]; counts: ReturnType<ResultCache['counts']> };
}

/**
 * Splits the files into contiguous chunks (results keep file order): the first is checked on this
 * thread while `jobs − 1` worker threads check the others, so no core sits idle waiting. Each worker
 * reads the cache on its own; this thread takes the entries they used or made, and writes the cache.
 */
export async function checkFilesInWorkers(
  files: readonly string[],
  cwd: string,
  limits: InputLimits,
  jobs: number,
  keep: Keep,
  cache?: ResultCache,
): Promise<FileResult<ManifestSummary>[]> {
  // This thread starts at once while workers first load their modules, so it takes a larger share.
  const ownShare = Math.ceil((files.length * OWN_SHARE_FACTOR) / jobs);
  const size = Math.ceil((files.length - ownShare) / Math.max(1, jobs - 1));
  const own = files.slice(0, ownShare);
  const others = Array.from({ length: jobs - 1 }, (_, index) =>
    files.slice(ownShare + index * size, ownShare + (index + 1) * size),
  ).filter((chunk) => chunk.length > 0);
  const pending = others.map((chunk) =>
    runWorker({ files: chunk, cwd, limits, keep, ...(cache ? { cache: cache.location } : {}) }),
  );
  // Reject handlers are attached now: a worker failing while this thread is busy must not go unhandled.
  const settled = Promise.all(pending);
  settled.catch(() => undefined);
  const mine = checkFiles(own, cwd, limits, keep, cache);
  const answers = await settled;
  for (const answer of answers) if (answer.cache) cache?.adopt(answer.cache.touched, answer.cache.counts);
  return [...mine, ...answers.flatMap((answer) => answer.results)];
}

/** The body of a worker thread (worker.ts). */
export function workerMain(input: WorkerInput): WorkerOutput {
  const cache = input.cache ? ResultCache.open(input.cache) : undefined;
  const results = checkFiles(input.files, input.cwd, input.limits, input.keep, cache);
  return cache ? { results, cache: { touched: [...cache.touched], counts: cache.counts() } } : { results };
}

function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise<WorkerOutput>((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validation worker stopped with exit code ${code}`));
    });
  });
}
