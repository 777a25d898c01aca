import { parentPort, workerData } from 'node:worker_threads';
import type { InputLimits } from '../document/limits';
import { checkFiles, type Keep } from './validate';

const { files, cwd, limits, keep } = workerData as { files: string[]; cwd: string; limits: InputLimits; keep: Keep };
parentPort!.postMessage(checkFiles(files, cwd, limits, keep));
