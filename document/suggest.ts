import { closest, distance } from 'fastest-levenshtein';

/**
 * The allowed value the user most likely meant, or undefined when nothing is close enough to be a
 * believable typo (roughly a third of the word may differ).
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lowered = input.toLowerCase();
  const exactIgnoringCase = candidates.find((candidate) => candidate.toLowerCase() === lowered);
  if (exactIgnoringCase) return exactIgnoringCase;
  const best = closest(lowered, candidates as string[]);
  const budget = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return distance(lowered, best.toLowerCase()) <= budget ? best : undefined;
}

export function listAllowed(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map((value) => `\`${String(value)}\``);
  return values.length > max ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}
