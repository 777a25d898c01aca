import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../validation/files';

const MARKER = '.envcloud-output';

/**
 * Makes sure `dir` is ours to write into: new, empty, or made by envcloud before (it holds the marker).
 * A folder of the user's is never written into without `force`.
 */
export function claimOutputDir(dir: string, force: boolean): void {
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, MARKER)) && !force) {
    throw new UsageError(`${dir} is not empty and was not written by envcloud; choose another --out or add --force`);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), 'Written by envcloud; files here are regenerated on every run.\n', { flag: 'w' });
}
