import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The temporary files a write in progress leaves beside its target (see tempPath). */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** A name no other writer (another run, or this one twice in a millisecond) can be using. */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Writes a file atomically: readers see the old content or the new, never a partial write. */
export function writeFileAtomic(target: string, content: string | Iterable<string>): void {
  mkdirSync(dirname(target), { recursive: true });
  const temp = tempPath(target);
  if (typeof content === 'string') {
    writeFileSync(temp, content, { encoding: 'utf8', flag: 'wx' });
  } else {
    // Written piece by piece, so a large file (a plan of thousands of systems) is never one string in memory.
    const fd = openSync(temp, 'wx');
    try {
      for (const chunk of content) writeSync(fd, chunk, null, 'utf8');
    } catch (error) {
      closeSync(fd);
      unlinkSync(temp);
      throw error;
    }
    closeSync(fd);
  }
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
