import { ResultCache, type CacheLocation } from './cache';
import { ParsedEntries } from './parsed-entries';

/**
 * The cache across the runs of one process (`validate --watch`): each run starts from what the last one
 * left, without reading the cache file again; a run with another location or tool reads its own.
 */
export class CacheSession {
  private last?: ResultCache;
  private readonly parsed = new ParsedEntries();

  open(location: CacheLocation): ResultCache {
    const { last } = this;
    const same = last?.location.dir === location.dir && last.location.fingerprint === location.fingerprint;
    this.last = same ? last!.successor() : ResultCache.open(location, this.parsed);
    return this.last;
  }
}
