/**
 * Each record (sharing request, data correction) whose id an earlier record already uses, with that
 * earlier record: the rules that refuse a repeated id report these, each in its own words.
 */
export function repeatedIds<E>(
  entries: readonly E[],
  idOf: (entry: E) => string,
): { entry: E; earlier: E; id: string }[] {
  const first = new Map<string, E>();
  const repeated: { entry: E; earlier: E; id: string }[] = [];
  for (const entry of entries) {
    const id = idOf(entry);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, entry);
    else repeated.push({ entry, earlier, id });
  }
  return repeated;
}
