import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvcloudError } from '../model/errors';
import { collectManifestFiles } from '../validation/files';
import { isMessage, msg, render, t, usageError, type Language } from '../document/i18n';
import { escapeNonPrintable } from '../document/printable';

// `envcloud validate --watch`: validate, then again after each change, in one process. Each run is the
// run of a warm cache (validation/validate-report.ts), started from where the last one left the cache
// in memory (CacheSession). The events say when to run, and where: the run reads again the metadata of
// the files changed and keeps the rest (validation/stat-memo.ts, which says when it reads all again).

/**
 * Quiet time after the last change before a run starts: an editor saves by writing a new file and
 * renaming it over the old, a few events within a millisecond or two; more changes during a run start
 * one more run after it.
 */
export const QUIET_MS = 20;

const MANIFEST_NAME = /\.ya?ml$/i;

/**
 * Whether a change under a watched folder can change what validate finds: folders and files whose name
 * starts with a dot, and node_modules, are never walked. Ignoring them also keeps the cache's own writes
 * (under .envcloud/) from starting the next run. A change the system reported without a name may be anything.
 */
export function isWatchedName(name: string | null | undefined): boolean {
  if (!name) return true;
  return !name.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules');
}

/** What to watch: every folder walked (a watch on a folder does not see into its subfolders), and the folder of each file named, for that name. */
export interface WatchTargets {
  folders: Set<string>;
  /** A folder watched for some of its files only, by name: editors replace a file by renaming another over it, which a watch on the file itself stops seeing. */
  files: Map<string, Set<string>>;
}

/**
 * The folders and files `validate` reads for `paths`, walked as it walks them (hidden folders,
 * node_modules and folders met twice skipped). Each path is also watched in its own folder, by name:
 * a folder or file given that is removed and made again (a checkout of another branch) is seen again.
 */
export function watchTargets(paths: readonly string[], cwd: string): WatchTargets {
  const targets: WatchTargets = { folders: new Set(), files: new Map() };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const names = targets.files.get(dirname(absolute)) ?? new Set<string>();
    names.add(basename(absolute));
    targets.files.set(dirname(absolute), names);
    let folder: boolean;
    try {
      folder = statSync(absolute).isDirectory();
    } catch {
      continue; // Gone since: the run says so, and its folder is watched for it.
    }
    if (!folder) continue;
    try {
      collectManifestFiles([absolute], cwd, { folders: targets.folders });
    } catch {
      // A folder with no manifest left still holds the folders walked: a new file there starts a run.
    }
  }
  return targets;
}

function sameNames(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.size === b.size && [...a].every((name) => b.has(name));
}

/** The file system watches of one `validate --watch`, kept equal to the targets of the last walk. */
export class ChangeWatcher {
  private readonly watchers = new Map<string, { watcher: FSWatcher; names?: Set<string> }>();

  /**
   * @param changed called for each change that may matter: `rewalk` when the name may be a folder's (not
   *   a manifest's), so the folders to watch may have changed; `path`, absolute, when the system named it.
   */
  constructor(private readonly changed: (rewalk: boolean, path?: string) => void) {}

  /** Watches exactly `targets`: new folders added, folders no longer walked released. */
  update(targets: WatchTargets): void {
    const wanted = new Map<string, Set<string> | undefined>([...targets.folders].map((folder) => [folder, undefined]));
    for (const [folder, names] of targets.files) if (!wanted.has(folder)) wanted.set(folder, names);
    for (const [folder, kept] of this.watchers) {
      if (wanted.has(folder) && sameNames(wanted.get(folder), kept.names)) continue;
      kept.watcher.close();
      this.watchers.delete(folder);
    }
    for (const [folder, names] of wanted) if (!this.watchers.has(folder)) this.add(folder, names);
  }

  close(): void {
    for (const { watcher } of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private add(folder: string, names: Set<string> | undefined): void {
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, { persistent: true }, (_event, name) => {
        const shown = name === null ? null : String(name);
        if (!isWatchedName(shown)) return;
        if (names && shown !== null && !names.has(shown)) return;
        if (shown === null) this.changed(true);
        else this.changed(!MANIFEST_NAME.test(shown), join(folder, shown));
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Removed since the walk: nothing to watch there, and the change was reported in its parent.
      if (code === 'ENOENT' || code === 'ENOTDIR') return;
      const reason = code === 'ENOSPC' || code === 'EMFILE' ? msg('validate.watch.inotify') : (error as Error).message;
      throw usageError(msg('validate.watch.unwatchable', { path: folder, reason }));
    }
    // A folder removed while watched: its watch ends; the next walk decides what is watched.
    watcher.on('error', () => {
      watcher.close();
      this.watchers.delete(folder);
      this.changed(true);
    });
    this.watchers.set(folder, { watcher, ...(names ? { names } : {}) });
  }
}

/** What one run found, for the line that follows its report. */
export interface RunCounts {
  files: number;
  errors: number;
  warnings: number;
  /** The exit status of the run. */
  exitCode: number;
}

export interface WatchOptions {
  paths: readonly string[];
  cwd: string;
  lang: Language;
  /** Validates once and prints the report. */
  run: () => Promise<RunCounts>;
  /** Told of each change that may matter, before the run it starts: where (absolute), when the system said. */
  changed?: (path: string | undefined) => void;
  /** Ends the watch; default: SIGINT or SIGTERM. */
  stop?: AbortSignal;
  /** Where the line after each run is written; default stderr (the reports go to stdout). */
  say?: (line: string) => void;
}

/**
 * Validates, then again after each change under `paths` until stopped; resolves with the exit status of
 * the last run. The first run's errors end it (a wrong path is a usage error, as without --watch); a
 * later run's errors that envcloud explains (a folder emptied, say) are said, and the watch goes on.
 * The folders are watched before the first run starts: a change saved while a run reads the files,
 * or just after its report, starts one more run.
 */
export async function validateWhileWatching(options: WatchOptions): Promise<number> {
  const { paths, cwd, lang } = options;
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const clock = (): string => new Date().toTimeString().slice(0, 8);

  // Ends the watch: resolved when stopped, rejected by the first run's error or a bug in any run (which
  // ends the command as any error does, cli/main.ts).
  let end!: { resolve: () => void; reject: (error: unknown) => void };
  const ended = new Promise<void>((resolve, reject) => (end = { resolve, reject }));
  let failure: unknown;
  let exitCode: number | undefined;
  let rewalk = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  const later = (): void => {
    clearTimeout(timer);
    if (!closed) timer = setTimeout(start, QUIET_MS);
  };

  const once = async (first: boolean): Promise<void> => {
    if (rewalk) {
      rewalk = false;
      watcher.update(watchTargets(paths, cwd));
    }
    const started = process.hrtime.bigint();
    try {
      const counts = await options.run();
      const seconds = (Number(process.hrtime.bigint() - started) / 1e9).toFixed(2);
      say(t(lang, 'validate.watch.done', { time: clock(), seconds, ...counts }));
      exitCode = counts.exitCode;
    } catch (error) {
      if (first || !(error instanceof EnvcloudError)) throw error;
      const detail = isMessage(error.localized) ? render(error.localized, lang) : error.message;
      say(t(lang, 'validate.watch.failed', { time: clock(), detail: escapeNonPrintable(detail) }));
      exitCode = error.exitCode;
    }
  };
  const start = (first = false): void => {
    running = once(first)
      .catch((error: unknown) => {
        failure ??= error;
        end.reject(error);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          later();
        }
      });
  };
  const watcher = new ChangeWatcher((folders, path) => {
    options.changed?.(path);
    rewalk ||= folders;
    // Changes during a run start one more after it: the run may have read the file before the change.
    if (running) again = true;
    else later();
  });

  const stopped = (): void => end.resolve();
  if (options.stop) options.stop.addEventListener('abort', stopped, { once: true });
  else {
    process.once('SIGINT', stopped);
    process.once('SIGTERM', stopped);
  }
  try {
    watcher.update(watchTargets(paths, cwd));
    start(true);
    if (options.stop?.aborted) end.resolve();
    await ended;
  } finally {
    closed = true;
    clearTimeout(timer);
    watcher.close();
    options.stop?.removeEventListener('abort', stopped);
    process.off('SIGINT', stopped);
    process.off('SIGTERM', stopped);
  }
  await running;
  if (failure !== undefined) throw failure;
  return exitCode!;
}
