/** One edit of a text: at a position (wrapped to its length), cut `remove` characters and insert the pieces. */
export interface Edit {
  at: number;
  remove: number;
  insert: string[];
}

/** The text with each edit applied in turn (fuzzing: characters YAML cares about, anywhere). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce((current, { at, remove, insert }) => {
    const position = at % (current.length + 1);
    return current.slice(0, position) + insert.join('') + current.slice(position + remove);
  }, text);
}
