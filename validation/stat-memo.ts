import type { Stats } from 'node:fs';
import { sep } from 'node:path';

/**
 * Named changes between two runs beyond which every file's metadata is read again. Linux queues at most
 * max_queued_events (16,384 by default) file system events, and one past that is dropped unreported: a
 * flood like a checkout of another branch may have lost some, and only a flood can.
 */
export const MAX_NAMED_CHANGES = 1000;

/** A file's metadata as a run read it, and when (check-files.ts judges whether it had settled by then). */
export interface KnownStats {
  stats: Stats;
  lookedAt: number;
}

/**
 * What `validate --watch` knows of each file's metadata between its runs. Reading it again for each of
 * 10,000 files took 100 ms of a 450 ms run, for the one or two files saved; the file system reports each
 * change in a watched folder by name, so a file no change was reported for since its metadata was read
 * keeps it. A change without a name, a folder's (everything under it) or more of them than
 * MAX_NAMED_CHANGES makes the next run read again what it covers. Files that are links are never kept:
 * the change is made where the link leads, which may be watched by nobody.
 */
export class StatMemo {
  private readonly known = new Map<string, KnownStats>();
  private readonly changed = new Set<string>();
  private everything = false;

  /** A change at `path` (absolute: a file, or a folder and what is under it); anywhere when the system named none. */
  noteChange(path?: string): void {
    if (path === undefined || this.changed.size >= MAX_NAMED_CHANGES) this.everything = true;
    else this.changed.add(path);
  }

  /**
   * Starts a run: what changed since the last one started is forgotten, and the changes reported from
   * now on are the next run's (a change reported during this run starts one more).
   */
  beginRun(): void {
    if (this.everything) this.known.clear();
    else {
      for (const path of this.changed) {
        // A file kept is no folder: nothing under it is kept.
        if (this.known.delete(path)) continue;
        const under = path.endsWith(sep) ? path : path + sep;
        for (const file of this.known.keys()) if (file.startsWith(under)) this.known.delete(file);
      }
    }
    this.changed.clear();
    this.everything = false;
  }

  /** The metadata of `file` (absolute) as a run read it, when no change was reported there since. */
  statsOf(file: string): KnownStats | undefined {
    return this.known.get(file);
  }

  /** Keeps what a run read of a file that is no link, or forgets a file that is one (or is gone: `stats` undefined). */
  remember(file: string, known: KnownStats | undefined, link: boolean): void {
    if (known === undefined || link) this.known.delete(file);
    else this.known.set(file, known);
  }
}
