import { createHash } from 'node:crypto';
import type { Finding, Position } from '../document/findings';
import type { FieldLocator, FieldPathSegments } from '../document/locate';
import { factsKeyOf, parseEntry, type ResultCache } from './cache';
import { arePositions, isFinding } from './cache-entry';
import type { FileResult, ScannedFile } from './check-files';
import { Locators, positionKey, type LocatedFile } from './positions';
import type { UnconfirmedManifest } from './report';
import type { ManifestSummary } from './rules';

// The findings of the rules across files, kept in the validate cache for the set of facts they were
// found in. Those rules read only each file's facts (its summary, request or correction: factsKeyOf)
// and the day judged on; where their findings point is the position of the fields they asked for in
// the files they name. So when no file's facts changed (a comment, a description or one file's own
// mistake edited) and every field they asked for is where it was, they would find what they found:
// the run reuses it and reads none of the summaries. Any other change runs them again, as a run
// without cache does.

/** What is kept for one set of facts. */
export interface SetMemo {
  /** The findings of the rules across files, as they found them (not sorted, not capped). */
  findings: Finding[];
  /** Every file a finding or related location names: the key of the content it was located in, and the positions asked for. */
  located: Record<string, { key: string; positions: Record<string, Position> }>;
  /** The manifests whose importer defaults are unconfirmed (a function of their facts). */
  unconfirmed: UnconfirmedManifest[];
}

/**
 * A SetMemo as the cache holds it: each unconfirmed manifest as the place of its file in the set and of
 * its list of fields among the distinct lists. Named in full, a set whose 10,000 manifests were all
 * unconfirmed kept 1.9 MB, written, scanned for credentials and read again at each change of facts;
 * the set's key holds its files in order, so a place names one file.
 */
interface StoredMemo {
  findings: readonly Finding[];
  located: SetMemo['located'];
  /** [the file's place in the set, the place of its fields in `defaulted`]. */
  unconfirmed: [file: number, fields: number][];
  defaulted: string[][];
}

/** Each file's facts, or undefined when one is not known without reading its entry (written before facts were kept). */
export function scannedFacts(scanned: readonly ScannedFile[], cache: ResultCache): string[] | undefined {
  const facts: string[] = [];
  for (const file of scanned) {
    if ('result' in file) {
      const { result } = file;
      const key = result.cacheKey;
      facts.push(key === undefined ? factsKeyOf(result) : (cache.factsOf(key) ?? cache.noteFacts(key, result)));
    } else {
      const known = cache.factsOf(file.key);
      if (known === undefined) return undefined;
      facts.push(known);
    }
  }
  return facts;
}

/**
 * Whether the rules across files read more than these files: requests validated without manifests are
 * judged against the catalog in manifests/, corrections without requests against the grants in sharing/.
 */
export function readsOtherFolders(facts: readonly string[]): boolean {
  const kinds = new Set(facts.map((key) => key[0]));
  return ((kinds.has('r') || kinds.has('c')) && !kinds.has('m')) || (kinds.has('c') && !kinds.has('r'));
}

/** The key of a set of facts: the run's salt (tool, options), the day judged on, and each file with its facts, in order. */
export function setKeyOf(salt: string, asOf: string, files: readonly string[], facts: readonly string[]): string {
  const hash = createHash('sha256').update(`${salt}\0${asOf}`);
  files.forEach((file, index) => hash.update(`\0${file}\0${facts[index]}`));
  return hash.digest('hex');
}

/**
 * The kept findings for this set, when every field they point at is where it was, with each file's own
 * findings; undefined when there is none, a field moved, or an entry cannot be read. A file named whose
 * content changed (its facts did not) is located again through `locate`; `relocated` is then the kept
 * findings with its new content key, to keep in place of the old.
 */
export function reuseMemo(
  json: string | undefined,
  scanned: readonly ScannedFile[],
  cache: ResultCache,
  locate: (file: LocatedFile) => FieldLocator,
): { own: Finding[]; memo: SetMemo; relocated?: string } | undefined {
  const parsed = json === undefined ? undefined : parseMemo(json, scanned);
  if (!parsed) return undefined;
  const { stored, memo } = parsed;
  const byFile = new Map(scanned.map((file) => [file.file, file]));
  let relocated = false;
  for (const [file, { key, positions }] of Object.entries(memo.located)) {
    // The set of facts holds every file by name, so each file named is here, with the content key of a
    // file that passed its schema (the same facts).
    const now = byFile.get(file)!;
    const nowKey = 'result' in now ? now.result.cacheKey! : now.key;
    if (nowKey === key) continue;
    const locator = locate('result' in now ? now.result : { file, cacheKey: nowKey });
    for (const [asked, was] of Object.entries(positions)) {
      const field = fieldOf(asked);
      if (!field) return undefined;
      const is = locator.locate(field.path, field.at);
      if (is.line !== was.line || is.column !== was.column) return undefined;
    }
    memo.located[file] = { key: nowKey, positions };
    relocated = true;
  }
  const own: Finding[] = [];
  const used: Extract<ScannedFile, { body: string }>[] = [];
  for (const file of scanned) {
    if ('result' in file) {
      for (const finding of file.result.findings) own.push(finding);
      continue;
    }
    // Most files have no finding of their own: their entry need not be read at all.
    if (!file.body.startsWith('{"findings":[]')) {
      const result = parseEntry(file.body);
      if (!result) return undefined;
      for (const finding of result.findings) own.push(finding);
    }
    used.push(file);
  }
  for (const file of used) cache.use(file.statKey, file.key, file.body);
  return relocated ? { own, memo, relocated: JSON.stringify(stored) } : { own, memo };
}

/** Locators that note every position the rules across files asked for, by file. */
export class RecordingLocators extends Locators {
  readonly asked = new Map<string, Record<string, Position>>();

  override of(result: LocatedFile, cwd: string): FieldLocator {
    const inner = super.of(result, cwd);
    return {
      locate: (path, at = 'value') => {
        const position = inner.locate(path, at);
        let positions = this.asked.get(result.file);
        if (!positions) this.asked.set(result.file, (positions = {}));
        positions[positionKey(path, at)] = { line: position.line, column: position.column };
        return position;
      },
    };
  }
}

/**
 * What to keep for this set: the findings across files, the files they name with their content keys
 * and the positions asked for in each, and the unconfirmed manifests.
 */
export function memoOf(
  findings: readonly Finding[],
  results: readonly FileResult<ManifestSummary>[],
  unconfirmed: readonly UnconfirmedManifest[],
  asked: ReadonlyMap<string, Record<string, Position>>,
): string {
  const places = new Map(results.map((result, index) => [result.file, index]));
  const located: SetMemo['located'] = {};
  for (const finding of findings) {
    // Every file a finding across files names passed its schema, so it was read and has a content key.
    for (const file of [finding.file, ...(finding.related ?? []).map((related) => related.file)])
      located[file] = { key: results[places.get(file)!]!.cacheKey!, positions: asked.get(file) ?? {} };
  }
  const lists = new Map<string, number>();
  const defaulted: string[][] = [];
  const stored: StoredMemo = { findings, located, unconfirmed: [], defaulted };
  for (const manifest of unconfirmed) {
    // Dot paths (the schema's pattern for metadata.defaulted): no line break in one.
    const list = manifest.defaulted.join('\n');
    let fields = lists.get(list);
    if (fields === undefined) {
      lists.set(list, (fields = defaulted.length));
      defaulted.push(manifest.defaulted);
    }
    // Every unconfirmed manifest is one of the results (it passed its schema).
    stored.unconfirmed.push([places.get(manifest.file)!, fields]);
  }
  return JSON.stringify(stored);
}

/** The field a position key names (positions.ts `positionKey`), or undefined when it names none. */
function fieldOf(key: string): { at: 'key' | 'value'; path: FieldPathSegments } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(key);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || (value[0] !== 'key' && value[0] !== 'value')) return undefined;
  const path = value.slice(1) as unknown[];
  if (!path.every((segment) => typeof segment === 'string' || typeof segment === 'number')) return undefined;
  return { at: value[0], path: path as FieldPathSegments };
}

/**
 * The kept findings, as kept and with the unconfirmed manifests named from the set's files; undefined
 * when they are cut short or of another shape (one written before places were kept included): the
 * rules across files run again.
 */
function parseMemo(json: string, files: readonly ScannedFile[]): { stored: StoredMemo; memo: SetMemo } | undefined {
  let value: Partial<StoredMemo> | null;
  try {
    value = JSON.parse(json) as Partial<StoredMemo> | null;
  } catch {
    return undefined;
  }
  const places = typeof value?.located === 'object' && value.located !== null ? Object.values(value.located) : [];
  const { defaulted } = value ?? {};
  const isPlace = (place: unknown, count: number): boolean =>
    Number.isInteger(place) && 0 <= (place as number) && (place as number) < count;
  const wellFormed =
    value !== null &&
    Array.isArray(value.findings) &&
    value.findings.every(isFinding) &&
    Array.isArray(defaulted) &&
    defaulted.every((fields) => Array.isArray(fields) && fields.every((field) => typeof field === 'string')) &&
    Array.isArray(value.unconfirmed) &&
    value.unconfirmed.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        isPlace(entry[0], files.length) &&
        isPlace(entry[1], defaulted.length),
    ) &&
    typeof value.located === 'object' &&
    value.located !== null &&
    places.every(
      (place) =>
        typeof place === 'object' && place !== null && typeof place.key === 'string' && arePositions(place.positions),
    );
  if (!wellFormed) return undefined;
  const stored = value as StoredMemo;
  const unconfirmed = stored.unconfirmed.map(([file, fields]) => ({
    file: files[file]!.file,
    defaulted: defaulted![fields]!,
  }));
  return { stored, memo: { findings: [...stored.findings], located: stored.located, unconfirmed } };
}
