import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { msg, usageError } from '../document/i18n';
import { shownPath, TEMP_FILE, writeFileAtomic, writingTo } from './write';

const MARKER = '.envcloud-output';

/**
 * Makes sure `dir` is ours to write into: new, empty, or made by envcloud before (it holds the marker).
 * A folder of the user's is never written into without `force`.
 */
export function claimOutputDir(dir: string, force: boolean): void {
  writingTo(dir, () => claimOutputDirUnexplained(followLink(dir), force));
}

/**
 * The folder a symbolic link `--out` names, where the output goes: swapped in for the link itself, the
 * staged output replaced the user's link with a folder and left the marker in the folder it named. A
 * link to nothing is refused: made anew, the folder would not be where the link points.
 */
function followLink(dir: string): string {
  if (!lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) return dir;
  try {
    return realpathSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw usageError(
      msg('usage.write', { path: shownPath(dir), reason: msg('usage.write.dangling', { option: '--out' }) }),
    );
  }
}

/**
 * Checked before a long run rather than at its end: the nearest part of `path` that exists must be a
 * folder this user can write to (a file there gave ENOTDIR, a folder of root's EACCES, after the run).
 */
function assertWritablePlace(path: string): void {
  let existing = dirname(path);
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  writingTo(path, () => {
    if (!statSync(existing).isDirectory())
      throw Object.assign(new Error(`${existing} is not a folder`), { code: 'ENOTDIR' });
    accessSync(existing, constants.W_OK);
  });
}

/** A file where the output folder should be: said as such (reading it as a folder failed with a bare ENOTDIR). */
function refuseFile(dir: string): void {
  assertWritablePlace(dir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw usageError(msg('out.is-file', { dir: shownPath(dir) }));
  }
}

function claimOutputDirUnexplained(dir: string, force: boolean): void {
  refuseFile(dir);
  // Another run's write in progress (its temp file) does not make the folder the user's.
  const occupied = existsSync(dir) && readdirSync(dir).some((name) => !TEMP_FILE.test(name));
  const users = occupied && !existsSync(join(dir, MARKER));
  if (users && !force) throw usageError(msg('out.not-ours', { dir }));
  mkdirSync(dir, { recursive: true });
  // A folder of the user's taken with --force stays the user's: marked, the next run took the whole
  // folder for envcloud's and swapped it out, deleting the user's other files.
  if (!users) writeFileAtomic(join(dir, MARKER), 'Written by envcloud; files here are regenerated on every run.\n');
}

/** Makes sure the report file `--out` names is not one of the user's: new, or replaced only with `force`. */
export function claimOutputFile(file: string, shownAs: string, force: boolean): void {
  assertWritablePlace(file);
  if (existsSync(file) && statSync(file).isDirectory())
    throw usageError(msg('out.is-folder', { file: shownAs, example: join(shownAs, 'report.txt') }));
  // A link, even one to nothing, is the user's: existsSync follows it, and a dangling one was replaced.
  const there = lstatSync(file, { throwIfNoEntry: false });
  // A FIFO, a device or a socket is never a report file, even with --force: replaced, /dev/full (as root)
  // became a regular file; written to, a FIFO hung the command.
  if (there && !there.isFile() && !there.isSymbolicLink())
    throw usageError(msg('out.not-regular', { file: shownAs, option: '--out' }));
  if (there && !force) throw usageError(msg('out.exists', { file: shownAs }));
}

/** A folder being written for one run, put in place of the output folder only when the run is done. */
export interface StagedOutputDir {
  /** Where this run writes. */
  path: string;
  /** Puts what was written in place of the output folder (its earlier content removed). */
  commit(): void;
  /** Removes what was written (the run failed); the output folder is left as it was. */
  discard(): void;
}

/**
 * The output folder of a run that must describe that run only: files of an earlier run (the rendered
 * objects of a system since removed) must not stay behind. Written in a hidden sibling folder, then
 * swapped in by two renames, so the folder is never half old and half new. A folder of the user's
 * taken with --force is written into in place instead: its other files are not ours to delete.
 */
export function stageOutputDir(dir: string, force: boolean, inputs: readonly string[] = []): StagedOutputDir {
  refuseInsideInputs(dir, [...INPUT_FOLDERS, ...inputs]);
  return writingTo(dir, () => stageOutputDirUnexplained(followLink(dir), force));
}

/** The folders the commands read as input, relative to the working folder. */
const INPUT_FOLDERS = ['manifests', 'sharing', 'corrections'];

/**
 * An output folder inside one the commands read: `preview --out manifests/pv` wrote rendered Kubernetes
 * YAML among the manifests, and every later validate, preview and report refused the project. Refused
 * even with --force: no flag makes output good input.
 */
function refuseInsideInputs(dir: string, inputs: readonly string[]): void {
  for (const input of inputs) {
    const inside = relative(resolve(input), resolve(dir));
    if (!inside.startsWith('..') && !isAbsolute(inside))
      throw usageError(msg('out.inside-input', { dir: shownPath(resolve(dir)), input }));
  }
}

function stageOutputDirUnexplained(dir: string, force: boolean): StagedOutputDir {
  refuseFile(dir);
  const created = !existsSync(dir);
  // The topmost folder this run makes (`--out a/b/c` with no `a`): a failed first run removes them all.
  let made = dir;
  while (!existsSync(dirname(made)) && dirname(made) !== made) made = dirname(made);
  const ours = created || existsSync(join(dir, MARKER)) || readdirSync(dir).every((name) => TEMP_FILE.test(name));
  claimOutputDir(dir, force);
  if (!ours) return { path: dir, commit: () => undefined, discard: () => undefined };
  const staging = join(dirname(dir), `.${basename(dir)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  mkdirSync(staging);
  writeFileAtomic(join(staging, MARKER), 'Written by envcloud; files here are regenerated on every run.\n');
  return {
    path: staging,
    commit: () =>
      writingTo(dir, () => {
        const previous = `${staging}.old`;
        renameSync(dir, previous);
        try {
          renameSync(staging, dir);
        } catch (error) {
          renameSync(previous, dir);
          throw error;
        }
        rmSync(previous, { recursive: true, force: true });
      }),
    discard: () => {
      rmSync(staging, { recursive: true, force: true });
      // A folder this run made for itself goes too when nothing else came into it: a first run that
      // failed left an empty folder behind, holding only the marker.
      if (created && readdirSync(dir).every((name) => name === MARKER)) {
        rmSync(dir, { recursive: true, force: true });
        // Then each folder made on the way, up to the topmost, while nothing else came into it.
        for (let folder = dir; folder !== made && readdirSync(dirname(folder)).length === 0;) {
          folder = dirname(folder);
          rmdirSync(folder);
        }
      }
    },
  };
}

/**
 * A file a command appends to (`deploy --json-log`): new, or a regular file. Appending to a FIFO waited
 * for a reader forever.
 */
export function claimAppendFile(file: string): void {
  // A folder is left to the write, which says so (EISDIR, outputError).
  const there = statSync(file, { throwIfNoEntry: false });
  if (there && !there.isFile() && !there.isDirectory())
    throw usageError(msg('out.not-regular', { file, option: '--json-log' }));
}
