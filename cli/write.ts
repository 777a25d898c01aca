import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { msg, usageError, type MessageId } from '../document/i18n';

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
  const reason: Partial<Record<string, MessageId>> = {
    ENOTDIR: 'usage.write.not-folder',
    EISDIR: 'usage.write.is-folder',
    EEXIST: 'usage.write.exists',
    EACCES: 'usage.write.denied',
    EPERM: 'usage.write.denied',
    EROFS: 'usage.write.read-only',
    ENOSPC: 'usage.write.full',
    ENAMETOOLONG: 'usage.write.too-long',
    ELOOP: 'usage.write.loop',
    ENOENT: 'usage.write.missing',
  };
  const sentence = code ? reason[code] : undefined;
  return sentence ? usageError(msg('usage.write', { path: shown, reason: msg(sentence, { option }) })) : error;
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
