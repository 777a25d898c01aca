import * as jsYaml from 'js-yaml';
import type { Position } from './findings';
import { lineStartsOf, positionAt } from './line-starts';
import type { FieldPathSegments } from './locate';

// Where a field is written, found from js-yaml's parse of a plain file. Locating through the `yaml`
// library's node tree parses a file about eight times slower: in a cold run over 10,000 manifests whose
// near-duplicate names give a few hundred warnings, it took 0.65 s of 2.9 s (and 50 MiB). js-yaml tells
// where each node it composes opens and closes (its `listener` option); from those, this answers what
// `Locator` (locate.ts) would, for the fields it can be sure of, and says "not known" for any other
// (a key that is not a plain word, an empty value, an anchor, a tag, a flow collection, a block scalar):
// the caller then asks `Locator`.

/**
 * Marks of YAML features (anchors, aliases, tags, merge keys) left to the `yaml` library, here and by the
 * fast load path (load.ts). Searched one by one: six times faster than one character-class regular
 * expression over a whole file.
 */
export const FULL_PARSE_MARKS = ['&', '*', '!', '<<'];

/** A key written as a plain word the two parsers read alike (no number, boolean or null of the core schema). */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const LONE_CR = /\r(?!\n)/;

const CORE_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** What a node starting with one of these is written as (props, alias, explicit key, flow, block scalar) is not judged here. */
const UNSURE_STARTS = new Set(['&', '!', '*', '?', '[', '{', '|', '>', '-', ':']);

/** One node js-yaml composed: where its text starts (as `yaml` gives it) and ends, and what it holds. */
interface FastNode {
  open: number;
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: FastNode[];
}

/** A mapping's pairs by key, or a sequence's items (`knownOf` gives null where one is not sure). */
interface Known {
  pairs?: Map<string, { key: FastNode; value: FastNode }>;
  items?: FastNode[];
}

/**
 * The positions js-yaml's parse gives, for a text that parses as one plain document; `of` answers
 * undefined for any other (the caller asks the `yaml` library).
 */
export class FastLocator {
  private readonly known = new WeakMap<FastNode, Known | null>();
  private lineStarts?: number[];

  private constructor(
    private readonly text: string,
    private readonly root: FastNode,
  ) {}

  static of(text: string): FastLocator | undefined {
    // js-yaml drops a leading byte-order mark, which would shift every offset by one; it ends lines at
    // a lone carriage return too, where `yaml`'s lines end only at a line feed.
    if (text.charCodeAt(0) === 0xfeff || LONE_CR.test(text)) return undefined;
    if (FULL_PARSE_MARKS.some((mark) => text.includes(mark))) return undefined;
    const stack: FastNode[] = [{ open: 0, start: 0, end: 0, kind: null, result: undefined, children: [] }];
    try {
      jsYaml.load(text, {
        schema: jsYaml.CORE_SCHEMA,
        listener(event, state) {
          if (event === 'open') {
            stack.push({ open: state.position, start: 0, end: 0, kind: null, result: undefined, children: [] });
            return;
          }
          const node = stack.pop()!;
          node.end = state.position;
          node.kind = state.kind;
          node.result = state.result;
          node.start = startOf(text, node.open);
          stack[stack.length - 1]!.children.push(node);
        },
      });
    } catch {
      return undefined;
    }
    // js-yaml throws on a second document, so a text that loaded has one root node (none when empty).
    const root = stack[0]!.children[0];
    if (!root || root.kind === null) return undefined;
    return new FastLocator(text, root);
  }

  /** What `Locator.locate` answers for this path, or undefined when a node on the way is not sure. */
  locate(path: FieldPathSegments, at: 'key' | 'value' = 'value'): Position | undefined {
    let node = this.root;
    if (!isSure(this.text, node)) return undefined;
    let best = node.start;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const known = this.knownOf(node);
      if (!known) return undefined;
      let next: FastNode | undefined;
      if (known.pairs) {
        const pair = known.pairs.get(String(segment));
        if (!pair) return this.position(best);
        best = pair.key.start;
        if (i === path.length - 1 && at === 'key') return this.position(best);
        next = pair.value;
      } else if (known.items && typeof segment === 'number') {
        next = known.items[segment];
        if (!next) return this.position(best);
      } else {
        return this.position(best);
      }
      if (!isSure(this.text, next)) return undefined;
      best = next.start;
      node = next;
    }
    return this.position(best);
  }

  /** A node's pairs or items when each is sure; null when one is not; {} for a scalar. */
  private knownOf(node: FastNode): Known | null {
    let known = this.known.get(node);
    if (known === undefined) {
      known = node.kind === 'mapping' ? pairsOf(this.text, node) : node.kind === 'sequence' ? itemsOf(node) : {};
      this.known.set(node, known);
    }
    return known;
  }

  private position(offset: number): Position {
    return positionAt((this.lineStarts ??= lineStartsOf(this.text)), offset);
  }
}

/**
 * A mapping's pairs, when each key is a plain word followed by its colon on its line and each has a
 * value node. An empty value (`key:` alone) composes no node: `yaml` places it where js-yaml says nothing.
 */
function pairsOf(text: string, node: FastNode): Known | null {
  const pairs = new Map<string, { key: FastNode; value: FastNode }>();
  const { children } = node;
  for (let i = 0; i < children.length; i += 2) {
    const key = children[i]!;
    const value = children[i + 1];
    if (!value || !isKey(text, key) || isKey(text, value)) return null;
    // No key is written twice: js-yaml throws on that (`Locator` would answer the first).
    pairs.set(key.result as string, { key, value });
  }
  return { pairs };
}

/** A sequence's items, when each composed a node (`-` alone composes none). */
function itemsOf(node: FastNode): Known | null {
  const result = node.result as unknown[] | null;
  return Array.isArray(result) && result.length === node.children.length ? { items: node.children } : null;
}

/**
 * A plain-word key, followed on its line, after spaces or tabs (js-yaml ends a plain key after them), by
 * a colon. A quoted key is not: its word's length past its start is inside the quotes, or the quote.
 */
function isKey(text: string, node: FastNode): boolean {
  const name = node.result;
  if (typeof name !== 'string' || !PLAIN_KEY.test(name) || CORE_WORDS.has(name)) return false;
  let at = node.start + name.length;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === ':' && node.end <= at;
}

/** Whether a node's start is one `yaml` gives alike: not a property, alias, flow collection or block scalar. */
function isSure(text: string, node: FastNode): boolean {
  const first = text[node.start];
  if (first === undefined || node.kind === null) return false;
  // A block sequence starts at its first `-`; `- ` anywhere else is not this node's own start.
  if (first === '-' && node.kind === 'sequence') return true;
  return !UNSURE_STARTS.has(first);
}

/** The first character at or after `from` that is not white space, a line break or a comment. */
export function startOf(text: string, from: number): number {
  let at = from;
  for (;;) {
    const ch = text[at];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') at++;
    else if (ch === '#') {
      const end = text.indexOf('\n', at);
      if (end < 0) return text.length;
      at = end + 1;
    } else return at;
  }
}
