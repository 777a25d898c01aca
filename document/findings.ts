export type Severity = 'error' | 'warning';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

export interface RelatedLocation extends Position {
  file: string;
  message: string;
}

/**
 * One problem found in one file. Findings are data: the CLI decides how to print them and what exit
 * code they mean.
 */
export interface Finding extends Position {
  file: string;
  severity: Severity;
  ruleId: string;
  message: string;
  /** What is allowed or how to fix it. */
  hint?: string;
  /** Dot path of the field the finding is about (`spec.disposition.outcome`), when there is one. */
  field?: string;
  related?: RelatedLocation[];
}

export function fieldPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
