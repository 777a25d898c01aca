import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { UsageError } from '../model/errors';

/** The temporary files a write in progress leaves beside its target (see tempPath). */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

/** A name no other writer (another run, or this one twice in a millisecond) can be using. */
function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * A failed write said as a sentence that names the path and the fix: `ENOTDIR: not a directory, mkdir
 * …` left people to guess which part of which path. Errors without a code (bugs) pass through.
 */
export function outputError(error: unknown, path: string, option = '--out'): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const shown = shownPath(path);
  const reason: Partial<Record<string, string>> = {
    ENOTDIR: 'a part of that path is a file, not a folder: choose another --out, or move the file out of the way',
    EISDIR: 'it is a folder: --out names a file here, e.g. --out report.txt',
    EEXIST: 'a file of that name is in the way of a folder: choose another --out, or move the file out of the way',
    EACCES: 'permission denied: choose a folder you can write to, or fix its permissions (ls -ld on it shows them)',
    EPERM: 'permission denied: choose a folder you can write to, or fix its permissions (ls -ld on it shows them)',
    EROFS: 'the file system is read-only: choose --out on a writable disk',
    ENOSPC: 'the disk is full: free space, or choose --out on another disk',
    ENAMETOOLONG: 'the path is too long: choose a shorter --out',
    ELOOP: 'a symbolic link in the path leads back to itself: choose another --out',
  };
  const sentence = code ? reason[code] : undefined;
  return sentence ? new UsageError(`cannot write ${shown}: ${sentence.replace(/--out/g, option)}`) : error;
}

/** A path as the user would type it: relative below the working folder, absolute elsewhere (not `../../tmp/…`). */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown === '' ? path : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/** Runs `write`, turning a file system refusal into a UsageError about `path` and `option` (outputError). */
export function writingTo<T>(path: string, write: () => T, option = '--out'): T {
  try {
    return write();
  } catch (error) {
    throw outputError(error, path, option);
  }
}

/** Writes a file atomically: readers see the old content or the new, never a partial write. */
export function writeFileAtomic(target: string, content: string | Iterable<string>): void {
  writingTo(target, () => writeFileAtomicUnexplained(target, content));
}

function writeFileAtomicUnexplained(target: string, content: string | Iterable<string>): void {
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
export function createFileExclusive(target: string, content: string, option = '--out'): boolean {
  return writingTo(target, () => createFileExclusiveUnexplained(target, content), option);
}

function createFileExclusiveUnexplained(target: string, content: string): boolean {
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
