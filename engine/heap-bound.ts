import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 lets the heap of a large offline run grow to several times what is live before it collects:
// at 1,000 systems 180 MiB were live when the heap had grown to 680 MiB, and the garbage of the batches
// in between decided the run's peak memory. The offline run collects between batches of systems
// instead, once the heap has grown by half since the last collection, so its peak follows what is live.

const MIB = 2 ** 20;
/** Below this the run never collects by itself: small runs keep V8's own pace (and its speed). */
const FLOOR_BYTES = 384 * MIB;
/** The heap may hold this much more than what was live after the last collection before the next one. */
const GROWTH = 1.5;

let collectGarbage: (() => void) | undefined;

/** V8's full collection, made callable without `node --expose-gc` (the flag applies to new contexts). */
function fullCollection(): () => void {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  return collectGarbage;
}

/** A check to call between batches: collects when the heap has outgrown what was live by GROWTH (and FLOOR_BYTES). */
function heapBound(): () => void {
  let limit = FLOOR_BYTES;
  return () => {
    if (getHeapStatistics().used_heap_size < limit) return;
    fullCollection()();
    limit = Math.max(FLOOR_BYTES, getHeapStatistics().used_heap_size * GROWTH);
  };
}

/**
 * The process's one check, for every phase of a command: the program's batches, then writing the plan,
 * rendering and auditing. Those later phases make garbage of their own (each policy's arguments and
 * findings, each rendered text); without a check V8 let the heap of a 5,000-system preview grow from
 * 578 MiB live at the end of the program to 1.87 GiB before it collected again (#16).
 */
export const boundHeap: () => void = heapBound();

/** Calls `boundHeap` once every `every` calls: for loops over tens of thousands of resources. */
export function everyNth(every: number): () => void {
  let count = 0;
  return () => {
    if (++count % every === 0) boundHeap();
  };
}
