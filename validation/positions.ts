import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from '../document/findings';
import { LazyLocator, type FieldLocator, type FieldPathSegments } from '../document/locate';
import type { ResultCache } from './cache';

// Where the findings of the rules across files point. Positions are found by parsing the file again
// (its node tree is not kept), which on 10,000 files with a few hundred duplicate-construction warnings
// cost more than checking the one changed file. A field's position is a function of the file's content,
// so the cache keeps the positions asked for beside the file's result, and a warm run parses nothing.

/** Positions of fields of one file, by `positionKey`. */
export type KnownPositions = Readonly<Record<string, Position>>;

/** The key of a field's position: the path (numbers and strings kept apart) and whether the key or the value. */
export function positionKey(path: FieldPathSegments, at: 'key' | 'value'): string {
  return JSON.stringify([at, ...path]);
}

/** What a locator needs of a file's result: its name, and its cache entry's key and known positions, if any. */
export interface LocatedFile {
  file: string;
  cacheKey?: string;
  positions?: KnownPositions;
}

/**
 * A file's locator: positions known from an earlier run are answered as they are; any other is found
 * by reading and parsing the file (once), and noted for the cache when the bytes read are those the
 * file's result was checked from.
 */
class RememberingLocator implements FieldLocator {
  private parsed?: LazyLocator;
  /** Positions found by parsing, for the cache to keep; undefined when none, or when the file changed since. */
  learned?: Record<string, Position>;
  private stale = false;

  constructor(
    private readonly path: string,
    readonly result: LocatedFile,
    private readonly isContentOf: ((bytes: Buffer) => boolean) | undefined,
  ) {}

  locate(path: FieldPathSegments, at: 'key' | 'value' = 'value'): Position {
    const key = positionKey(path, at);
    const known = this.result.positions?.[key] ?? this.learned?.[key];
    if (known) return { line: known.line, column: known.column };
    this.parsed ??= new LazyLocator(() => {
      const bytes = readFileSync(this.path);
      this.stale = !this.isContentOf?.(bytes);
      return bytes.toString('utf8');
    });
    const position = this.parsed.locate(path, at);
    if (!this.stale) (this.learned ??= {})[key] = { line: position.line, column: position.column };
    return position;
  }
}

/**
 * The locators of one run's files; with a cache, `keep` hands the positions they found to it. Without
 * one, a locator is a plain LazyLocator (it reads the file when a finding first asks).
 */
export class Locators {
  private readonly made: RememberingLocator[] = [];

  constructor(private readonly cache?: ResultCache) {}

  of(result: LocatedFile, cwd: string): FieldLocator {
    const path = join(cwd, result.file);
    if (!this.cache && !result.positions) return new LazyLocator(() => readFileSync(path, 'utf8'));
    const { cache } = this;
    const isContentOf =
      cache && result.cacheKey !== undefined
        ? (bytes: Buffer) => cache.isKeyOf(result.cacheKey!, result.file, bytes)
        : undefined;
    const locator = new RememberingLocator(path, result, isContentOf);
    if (isContentOf) this.made.push(locator);
    return locator;
  }

  /** Gives the cache the positions found by parsing, each beside the result of the content it was found in. */
  keep(): void {
    for (const locator of this.made) {
      if (locator.learned) this.cache!.addPositions(locator.result.cacheKey!, locator.learned);
    }
  }
}
