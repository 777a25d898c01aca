import { parentPort, workerData } from 'node:worker_threads';
import type { InputLimits } from './limits';
import { checkFiles } from './validate';

const { files, cwd, limits } = workerData as { files: string[]; cwd: string; limits: InputLimits };
parentPort!.postMessage(checkFiles(files, cwd, limits));
