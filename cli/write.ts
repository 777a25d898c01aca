import { linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** Writes a file atomically: readers see the old content or the new, never a partial write. */
export function writeFileAtomic(target: string, content: string): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPath(target);
  writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
  try {
    renameSync(temp, target);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}

/**
 * Creates a file atomically and only if it does not exist yet (hard link of a complete temp file),
 * so two runs cannot both "create" it and nothing the user owns is overwritten. Answers false when
 * the file already exists.
 */
export function createFileExclusive(target: string, content: string): boolean {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPath(target);
  writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
  try {
    linkSync(temp, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temp);
  }
}
