import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { relative, resolve, sep } from 'node:path';

import { UsageError } from '../model/errors';
import { CONFIG_LIMITS, formatBytes } from '../document/limits';
import { msg, render, untranslated, usageError, type Message } from '../document/i18n';

// A problem with what the user asked for (a path that does not exist): exit code 2, not a finding. It
// lives with the other error bases in model/errors.ts; re-exported for this layer's callers.
export { UsageError };

const MANIFEST_EXTENSIONS = /\.ya?ml$/i;
/**
 * A name that says YAML without ending in it (`sr-2026-002.yaml.txt`, often an extension a file manager
 * hid; `x.yaml ` with a space; `x.yml.bak`): not read, and said so, since a request saved that way was
 * left out of every figure without a word.
 */
const NEAR_YAML = /\.ya?ml(?![a-z0-9])/i;

/**
 * The manifest files under the given paths, sorted so output is stable. Directories are walked
 * (hidden folders and node_modules skipped); a file named explicitly is taken whatever its extension.
 * Symbolic links are followed, to files and to folders, each folder walked once (a link back up the
 * tree cannot loop); a link that leads nowhere, or to something that is not a file, is still listed,
 * so that reading it reports why (an invalid manifest behind a link was skipped, and validate said
 * "valid"). A path that holds no manifest at all is a usage error: "0 files … valid" proved nothing.
 */
export function collectManifestFiles(
  paths: readonly string[],
  cwd: string = process.cwd(),
  /** What else the walk met, for `validate --watch`. */
  walked: Walked = {},
): string[] {
  const { folders, links } = walked;
  const nearYaml = walked.nearYaml;
  const base = resolve(cwd);
  // Absolute path → the path shown. A walked file's is its folder's plus its name: path.relative on
  // every file took a third of the walk at 10,000 files.
  const found = new Map<string, string>();
  // Real paths of the files taken: a file reached through two names (a link, a linked folder) is one
  // manifest, not two with one number. Plain files are keyed by their path: realpath on each cost time.
  const taken = new Set<string>();
  let matched = 0;
  const take = (absolute: string, shownAs: string, real: string | undefined): void => {
    matched++;
    const key = real ?? absolute;
    if (taken.has(key)) return;
    taken.add(key);
    found.set(absolute, shownAs);
  };
  const shown = (absolute: string): string => relative(base, absolute) || absolute;
  for (const path of paths) {
    const root = resolve(base, path);
    matched = 0;
    // The folders of this walk by real path: a link back up the tree is walked once, not forever.
    const walked = new Set<string>();
    let stats;
    try {
      stats = statSync(root);
    } catch {
      throw usageError(msg('usage.path-not-found', { path }));
    }
    if (!stats.isDirectory()) {
      const [real, shownAs] = [realOrUndefined(root), shown(root)];
      // Any link on the way counts: the path given and where it leads differ.
      if (real !== root) links?.add(shownAs);
      take(root, shownAs, real);
      continue;
    }
    const stack: [absolute: string, shown: string, viaLink: boolean][] = [[root, relative(base, root), false]];
    while (stack.length > 0) {
      const [dir, dirShown, viaLink] = stack.pop()!;
      const real = realOrUndefined(dir);
      if (real !== undefined) {
        if (walked.has(real)) continue;
        walked.add(real);
      }
      folders?.add(dir);
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        // A sentence, not a raw code: `ENOTDIR` told nobody that the path was a device or a file.
        throw usageError(msg('usage.folder-unreadable', { dir: dirShown || '.', reason: unreadableMessage(error) }));
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const child = dir.endsWith(sep) ? `${dir}${entry.name}` : `${dir}${sep}${entry.name}`;
        const childShown = dirShown === '' ? entry.name : `${dirShown}${sep}${entry.name}`;
        if (entry.isDirectory()) {
          stack.push([child, childShown, viaLink]);
          continue;
        }
        if (entry.isSymbolicLink()) {
          // Where the link leads decides; a broken link or a loop answers undefined and is listed below.
          const target = statOrUndefined(child);
          if (target?.isDirectory()) {
            stack.push([child, childShown, true]);
            continue;
          }
        }
        // Files, links to files, broken links and special files with a manifest's name: each is listed,
        // and reading one that is not a file reports why instead of dropping it.
        if (!MANIFEST_EXTENSIONS.test(entry.name)) {
          if (NEAR_YAML.test(entry.name)) nearYaml?.add(childShown);
          continue;
        }
        if (entry.isSymbolicLink()) links?.add(childShown);
        take(child, childShown, entry.isFile() && !viaLink ? undefined : realOrUndefined(child));
      }
    }
    if (matched === 0) {
      throw usageError(msg('usage.no-manifest', { path }));
    }
  }
  return [...found.values()].sort();
}

/** What a walk met besides the files it lists (`validate --watch` asks). */
export interface Walked {
  /** Filled with each folder walked, by absolute path: the folders to watch. */
  folders?: Set<string>;
  /**
   * Filled with each file listed that is a link (as shown): a change is made where the link leads, so
   * a watch on the folder that holds the link does not see it.
   */
  links?: Set<string>;
  /** Filled with each file in a walked folder whose name says YAML without ending in `.yaml` or `.yml` (as shown): not read. */
  nearYaml?: Set<string>;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Reads at most `limit + 1` bytes, so an oversized file is detected without loading all of it.
 */
export function readBounded(file: string, limit: number): Buffer {
  return readBoundedWithSize(file, limit).bytes;
}

/**
 * Like readBounded, and also answers the file's real size (a 1 MiB file was reported as "256 KiB", the
 * bytes read). Anything but a regular file is refused before a byte is read: a folder or device is no
 * manifest. The file is opened without waiting (O_NONBLOCK): opening a FIFO for reading would wait for
 * a writer forever. That spares the `stat` before opening that did the same (10,000 files: 10,000
 * system calls and `Stats` objects fewer in a cold run).
 */
export function readBoundedWithSize(file: string, limit: number): { bytes: Buffer; size: number } {
  const fd = openWithoutWaiting(file);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notRegular(file, stats);
    const { size } = stats;
    // Not zero-filled: only the bytes read are returned.
    const buffer = Buffer.allocUnsafe(Math.min(size, limit + 1));
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return { bytes: buffer.subarray(0, offset), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens for reading without waiting on a FIFO. Where the system has no O_NONBLOCK (Windows), the file
 * is looked at first, as before. A socket cannot be opened (ENXIO): like a FIFO, it is no regular file.
 */
function openWithoutWaiting(file: string): number {
  if (constants.O_NONBLOCK === undefined) {
    const stats = statSync(file);
    if (!stats.isFile()) throw notRegular(file, stats);
    return openSync(file, 'r');
  }
  try {
    return openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw notRegular(file);
    throw error;
  }
}

function notRegular(file: string, stats?: Stats): Error {
  return Object.assign(new Error(`${file} is not a regular file`), {
    code: stats?.isDirectory() ? 'EISDIR' : 'ENOTREG',
  });
}

/**
 * Largest stack file, Pulumi.yaml, waiver file or pack config read: each is a few KiB, and one read
 * without a bound let /dev/zero or a runaway file exhaust memory.
 */
export const MAX_CONFIG_FILE_BYTES = CONFIG_LIMITS.maxFileBytes;

/** Why an input file was not read: a sentence for the user and the fix, or that it does not exist (each loader says that its own way). */
export type InputFileProblem =
  { missing: true } | { missing: false; message: string; hint: string; localized: { message: Message; hint: Message } };

/**
 * The bounded read of every input file that is not a manifest: anything but a regular file (a FIFO
 * hung the read, /dev/zero exhausted memory) and anything over `limit` are refused before a byte is
 * parsed, with the reason and real size. Each loader reports the problem located at line 1, column 1
 * of the file, in its own error.
 */
export function readInputFile(
  path: string,
  limit: number = MAX_CONFIG_FILE_BYTES,
): { bytes: Buffer } | { problem: InputFileProblem } {
  let read: { bytes: Buffer; size: number };
  try {
    read = readBoundedWithSize(path, limit);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: { missing: true } };
    // A file named on the command line that is a folder is just that; every other reason is a manifest's.
    const reason = code === 'EISDIR' ? msg('inputs.file.reason.folder') : unreadableMessage(error);
    return {
      problem: fileProblem(msg('inputs.file.cannot-read', { reason }), msg('inputs.file.cannot-read.hint')),
    };
  }
  if (read.bytes.length > limit) {
    const message = msg('inputs.file.too-large', {
      size: formatBytes(read.size),
      bytes: read.size,
      limit: formatBytes(limit),
      limitBytes: limit,
    });
    return {
      problem: fileProblem(message, msg('inputs.file.too-large.hint')),
    };
  }
  return { bytes: read.bytes };
}

/** A problem with an input file, in English and as catalog messages for the reader's language. */
function fileProblem(message: Message, hint: Message): InputFileProblem {
  return { missing: false, message: render(message, 'en'), hint: render(hint, 'en'), localized: { message, hint } };
}

/** Why a listed file could not be read, as a catalog message (the error code alone told people little). */
export function unreadableMessage(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return msg('inputs.file.reason.gone');
    case 'ELOOP':
      return msg('inputs.file.reason.loop');
    case 'EACCES':
    case 'EPERM':
      return msg('inputs.file.reason.denied');
    case 'EISDIR':
      return msg('inputs.file.reason.folder-like-manifest');
    case 'ENOTDIR':
      return msg('inputs.file.reason.not-folder');
    case 'ENOTREG':
      return msg('inputs.file.reason.not-regular');
    default:
      // An error no sentence describes: its code, in either language (never an empty reason in Chinese).
      return untranslated(code ?? String(error), code ?? '');
  }
}
