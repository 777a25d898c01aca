import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../validation/files';
import { TEMP_FILE, writeFileAtomic } from './write';

const MARKER = '.envcloud-output';

/**
 * Makes sure `dir` is ours to write into: new, empty, or made by envcloud before (it holds the marker).
 * A folder of the user's is never written into without `force`.
 */
export function claimOutputDir(dir: string, force: boolean): void {
  // Another run's write in progress (its temp file) does not make the folder the user's.
  const occupied = existsSync(dir) && readdirSync(dir).some((name) => !TEMP_FILE.test(name));
  if (occupied && !existsSync(join(dir, MARKER)) && !force) {
    throw new UsageError(`${dir} is not empty and was not written by envcloud; choose another --out or add --force`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(join(dir, MARKER), 'Written by envcloud; files here are regenerated on every run.\n');
}

/** Makes sure the report file `--out` names is not one of the user's: new, or replaced only with `force`. */
export function claimOutputFile(file: string, shownAs: string, force: boolean): void {
  if (existsSync(file) && !force) throw new UsageError(`${shownAs} exists; pass --force to replace it, or choose another --out`);
}
