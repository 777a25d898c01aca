import type { Document, YAMLError } from 'yaml';
import { yamlLib } from './yaml-lib';

/**
 * The errors the `yaml` parser's `uniqueKeys: true` gives, found in one pass with a set per mapping.
 * The parser searches the whole mapping for every key it adds, which is quadratic: a manifest with
 * 23,500 keys spent 5 s there. Parse with `uniqueKeys: false` and add these to the document's errors.
 *
 * Keys are equal as the parser judges them: scalars with the same value (so `1` and `"1"` differ);
 * other keys (collections, aliases) are never equal to another node.
 */
export function duplicateKeyErrors(document: Document.Parsed): YAMLError[] {
  const { isMap, isPair, isScalar, isCollection, YAMLParseError } = yamlLib();
  const errors: YAMLError[] = [];
  // Without recursion: nesting is checked after parsing, so a deep file must not overflow the stack here.
  const stack: unknown[] = [document.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      stack.push(node.key, node.value);
      continue;
    }
    if (!isCollection(node)) continue;
    const seen = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of node.items) {
      stack.push(item);
      if (!seen || !isPair(item) || !isScalar(item.key)) continue;
      const { value, range } = item.key;
      // NaN is never equal to itself for the parser, but is for a Set (Number.isNaN is true of NaN alone).
      if (Number.isNaN(value)) continue;
      if (!seen.has(value)) {
        seen.add(value);
        continue;
      }
      // A parsed node always has its range.
      errors.push(new YAMLParseError([range![0], range![0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
    }
  }
  // In file order, as the parser reports them.
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
