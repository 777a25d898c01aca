import { parseEntry, type CachedResult } from './cache-entry';

/**
 * The cache entries read by the runs of one `validate --watch`, parsed: a change of one file's facts
 * runs the rules across files again over every file's summary, and parsing the 10,000 entries again
 * took 25 ms of each such run, and as much again to collect. An entry is parsed again when its bytes
 * differ; those of files the last run did not read are let go.
 *
 * The results are handed to every later run, so they are frozen: code that changed one (a finding
 * moved, a summary filled in) would change what later runs report, and now throws instead.
 */
export class ParsedEntries {
  private readonly parsed = new Map<string, { bytes: string; result: CachedResult | undefined }>();

  /** The result of the entry `key` whose bytes are `bytes`, or undefined when they are not one (parseEntry). */
  read(key: string, bytes: string): CachedResult | undefined {
    const kept = this.parsed.get(key);
    if (kept?.bytes === bytes) return kept.result;
    const result = parseEntry(bytes);
    this.parsed.set(key, { bytes, result: result && deepFreeze(result) });
    return result;
  }

  /** Lets go of the entries of files the last run did not read: a file changed, removed or no longer validated. */
  keepOnly(used: ReadonlyMap<string, string>): void {
    for (const key of this.parsed.keys()) if (!used.has(key)) this.parsed.delete(key);
  }
}

/** Freezes parsed JSON through: objects and arrays, without recursion (an entry may nest deep). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    // Parsed JSON is a tree: nothing in it is met twice.
    if (typeof next !== 'object' || next === null) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) stack.push(child);
  }
  return value;
}
