import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLib } from './yaml-lib';
import type { Position } from './findings';
import { FastLocator } from './fast-locate';

export type FieldPathSegments = readonly (string | number)[];

/** Answers where a field of a manifest is written. */
export interface FieldLocator {
  locate(path: FieldPathSegments, at?: 'key' | 'value'): Position;
}

/**
 * Maps a path into the parsed data back to a line and column in the file. Where the path does not
 * exist (a missing field), it answers with the deepest node that does, so a "missing field" finding
 * points at the mapping that should contain it.
 */
export class Locator implements FieldLocator {
  /**
   * Each mapping's pairs by key text, built the first time a path goes through it: a linear search per
   * lookup made locating quadratic in the number of findings (23,500 unknown keys took 16 s).
   */
  private readonly pairsByKey = new WeakMap<object, Map<string, Pair>>();

  constructor(
    private readonly document: Document.Parsed | undefined,
    private readonly lineCounter: LineCounter,
  ) {}

  position(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /** Position of the value at `path`, or of its key when `at` is `key`. */
  locate(path: FieldPathSegments, at: 'key' | 'value' = 'value'): Position {
    const { isMap, isSeq } = yamlLib();
    let node: unknown = this.document?.contents;
    let best: Position = { line: 1, column: 1 };
    if (node && (node as Node).range) best = this.position((node as Node).range![0]);
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const isLast = i === path.length - 1;
      if (isMap(node)) {
        const pair = this.pairsOf(node).get(String(segment));
        if (!pair) return best;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) best = this.position(keyNode.range[0]);
        if (isLast && at === 'key') return best;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else {
        return best;
      }
      const range = (node as Node | null)?.range;
      if (range) best = this.position(range[0]);
    }
    return best;
  }

  /** The mapping's pairs by key; with a key written twice, the first (as the linear search answered). */
  private pairsOf(map: { items: unknown[] }): Map<string, Pair> {
    let pairs = this.pairsByKey.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const item of map.items as Pair[]) {
        const key = keyText(item.key, this.document);
        if (key !== undefined && !pairs.has(key)) pairs.set(key, item);
      }
      this.pairsByKey.set(map, pairs);
    }
    return pairs;
  }
}

/**
 * The text of a key as the data has it. An alias used as a key (`*unit : …`) is keyed by the text of
 * the scalar it names, so a finding on that field points at the alias, not at the mapping around it.
 */
export function keyText(key: unknown, document?: Document.Parsed): string | undefined {
  const { isAlias, isScalar } = yamlLib();
  if (isScalar(key)) return String(key.value);
  if (isAlias(key) && document) {
    const target = key.resolve(document);
    if (isScalar(target)) return String(target.value);
  }
  return undefined;
}

/**
 * A locator for a file that loaded cleanly: it keeps only the text and parses it for positions the
 * first time a finding asks, so clean files never pay for (or hold) a node tree. It answers from
 * js-yaml's parse where that is sure (fast-locate.ts), and from the `yaml` library's node tree where not.
 */
export class LazyLocator implements FieldLocator {
  private text?: string;
  private fast?: FastLocator | null;
  private parsed?: Locator;

  /** `source` is the text, or a function that reads it when first needed. */
  constructor(private readonly source: string | (() => string)) {}

  locate(path: FieldPathSegments, at: 'key' | 'value' = 'value'): Position {
    this.text ??= typeof this.source === 'string' ? this.source : this.source();
    if (this.fast === undefined) this.fast = FastLocator.of(this.text) ?? null;
    const known = this.fast?.locate(path, at);
    if (known) return known;
    if (!this.parsed) {
      const { LineCounter, parseDocument } = yamlLib();
      const lineCounter = new LineCounter();
      this.parsed = new Locator(
        parseDocument(this.text, { lineCounter, uniqueKeys: false, logLevel: 'error' }),
        lineCounter,
      );
    }
    return this.parsed.locate(path, at);
  }
}
