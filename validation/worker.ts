import { parentPort, workerData } from 'node:worker_threads';
import { workerMain, type WorkerInput } from './parallel';

parentPort!.postMessage(workerMain(workerData as WorkerInput));
