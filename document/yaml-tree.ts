import type { Document, Pair } from 'yaml';
import type { Finding } from './findings';
import type { InputLimits } from './limits';
import type { Locator } from './locate';
import { yamlLib } from './yaml-lib';
import { msg, said, type Message } from './i18n';

/** Keys no input may use: JavaScript gives them a meaning of their own (prototype pollution). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type StructuralProblem = Omit<Finding, 'file'>;

/**
 * The first structural problem of a parsed document, in file order (too deep, a reserved key, a list or
 * mapping as a key). Walks the node tree without recursion (a deep file must not overflow the stack):
 * a collection's items are pushed last to first, and a pair's key is judged when the pair is popped,
 * so the first problem of the file is found first.
 */
export function checkStructure(
  document: Document.Parsed,
  locator: Locator,
  limits: InputLimits,
): StructuralProblem | undefined {
  const { isCollection, isPair } = yamlLib();
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isPair(node)) {
      const problem = keyProblem(node, document, locator);
      if (problem) return problem;
      stack.push({ node: node.value, depth });
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth > limits.maxDepth) {
      const { line, column } = locator.position(node.range?.[0] ?? 0);
      return {
        line,
        column,
        severity: 'error',
        ruleId: 'yaml-nesting',
        ...said(msg('yaml.deeper-than', { max: limits.maxDepth }), msg('yaml.deeper-than.hint')),
      };
    }
    for (let index = node.items.length - 1; index >= 0; index--)
      stack.push({ node: node.items[index], depth: depth + 1 });
  }
  return undefined;
}

/** What is wrong with a pair's key: a reserved name, or a list or mapping where a name should be. */
function keyProblem(pair: Pair, document: Document.Parsed, locator: Locator): StructuralProblem | undefined {
  const { isAlias, isCollection, isScalar } = yamlLib();
  if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
    const { line, column } = locator.position(pair.key.range?.[0] ?? 0);
    return {
      line,
      column,
      severity: 'error',
      ruleId: 'yaml-forbidden-key',
      ...said(msg('yaml.forbidden-key', { key: String(pair.key.value) }), msg('yaml.forbidden-key.hint')),
    };
  }
  // A list or mapping as a key (`? [a, b]`, or an alias of one: `*contact :`) has no text a field
  // could be named by; JavaScript would make one up ("[object Object]") and warn on stderr.
  const key = isAlias(pair.key) ? pair.key.resolve(document) : pair.key;
  if (!isCollection(key)) return undefined;
  const { line, column } = locator.position((pair.key as { range?: [number, number, number] }).range?.[0] ?? 0);
  return {
    line,
    column,
    severity: 'error',
    ruleId: 'yaml-complex-key',
    ...said(
      msg('yaml.complex-key', {
        alias: isAlias(pair.key) ? pair.key.source : 'none',
        kind: isMapNode(key) ? 'mapping' : 'list',
      }),
      msg('yaml.complex-key.hint'),
    ),
  };
}

function isMapNode(node: unknown): boolean {
  return yamlLib().isMap(node);
}

/**
 * Every node under the document's top, pairs among them, in file order (a pair, then its key, then its
 * value), without recursion: the walk of the problems reported at a node after the data failed to build.
 */
function* inFileOrder(document: Document.Parsed): Generator<unknown> {
  const { isCollection, isPair } = yamlLib();
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    yield node;
    if (isPair(node)) stack.push(node.value, node.key);
    else if (isCollection(node))
      for (let index = node.items.length - 1; index >= 0; index--) stack.push(node.items[index]);
  }
}

/**
 * Offset of the first alias node in the file (the first named `source`, if given): where an alias problem
 * is reported. The first `*x` is the one that can be unresolved: an alias after an anchor `&x` resolves.
 */
export function aliasNode(document: Document.Parsed, source?: string): number | undefined {
  const { isAlias } = yamlLib();
  for (const node of inFileOrder(document))
    if (isAlias(node) && (source === undefined || node.source === source)) return node.range?.[0];
  return undefined;
}

/**
 * What a top-level node is, for a message that says what was found instead of a mapping: in the words
 * the schema's type errors use (`null (an empty value)`, `string "x"`, `a list`), so Chinese says it too.
 */
export function describeNode(node: unknown): Message {
  const { isAlias, isMap, isCollection, isScalar } = yamlLib();
  if (isScalar(node))
    return node.value === null
      ? msg('schema.found.null')
      : msg('schema.found.scalar', {
          type: typeof node.value,
          value: JSON.stringify(node.value) ?? String(node.value),
        });
  if (isCollection(node)) return msg(isMap(node) ? 'schema.found.mapping' : 'schema.found.list');
  if (isAlias(node)) return msg('yaml.found.alias', { name: node.source });
  return msg('yaml.found.value');
}

/**
 * Offset of the first merge key (`<<`, YAML 1.1) whose value is not a mapping or a list of mappings: the
 * parser refuses it only while building the data ("Merge sources must be maps or map aliases"), unlocated.
 */
export function badMergeKey(document: Document.Parsed): number | undefined {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  const resolved = (node: unknown) => (isAlias(node) ? node.resolve(document) : node);
  const isSource = (node: unknown) => isMap(resolved(node));
  for (const node of inFileOrder(document)) {
    if (!isPair(node) || !isScalar(node.key) || node.key.source !== '<<') continue;
    const value = resolved(node.value);
    if (!isMap(value) && !(isSeq(value) && value.items.every(isSource))) return node.key.range?.[0];
  }
  return undefined;
}

/** What building a document's data refused, located, in the words of a finding: see `dataProblem`. */
export interface DataProblem {
  ruleId: 'yaml-syntax' | 'yaml-alias-limit';
  /** Offset of the node at fault, in the text. */
  offset: number;
  message: Message;
  hint: Message;
}

/**
 * What `document.toJS` threw, at the node at fault: an alias to no anchor (`*x` before or without `&x`),
 * a YAML 1.1 merge of something that is not a mapping, or more aliases than `maxAliasCount` (an alias
 * bomb). Undefined for anything else. Every reader of YAML input asks this, manifests and stack files
 * alike: a stack file with `*a8` in it threw the parser's ReferenceError out of `loadStackFile`.
 */
export function dataProblem(error: unknown, document: Document.Parsed, maxAliasCount: number): DataProblem | undefined {
  if (!(error instanceof Error)) return undefined;
  const unresolved = /Unresolved alias[^:]*:\s*(\S+)/.exec(error.message)?.[1];
  if (unresolved) {
    // The alias is in the document (resolving it is what threw), so the 0 fallback is never taken.
    return {
      ruleId: 'yaml-syntax',
      offset: aliasNode(document, unresolved) ?? 0,
      message: msg('yaml.unresolved-alias', { name: unresolved }),
      hint: msg('yaml.unresolved-alias.hint', { name: unresolved }),
    };
  }
  const merge = /^Merge sources must be/.test(error.message) ? badMergeKey(document) : undefined;
  if (merge !== undefined)
    return { ruleId: 'yaml-syntax', offset: merge, message: msg('yaml.bad-merge'), hint: msg('yaml.bad-merge.hint') };
  // The alias count is the only other ReferenceError. A merge key's "Merge sources must be maps or map
  // aliases" (YAML 1.1) is a plain Error, and was taken for an alias bomb when any error naming aliases was.
  if (error instanceof ReferenceError)
    return {
      ruleId: 'yaml-alias-limit',
      offset: aliasNode(document) ?? 0,
      message: msg('yaml.alias-bomb', { max: maxAliasCount }),
      hint: msg('yaml.alias-bomb.hint'),
    };
  return undefined;
}
