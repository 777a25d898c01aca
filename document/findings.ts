import type { Localized, Message } from './i18n';

export type Severity = 'error' | 'warning';

/** A 1-based line and column in a file. */
export interface Position {
  line: number;
  column: number;
}

export interface RelatedLocation extends Position {
  file: string;
  message: string;
  /** `message` as a catalog message, rendered in the reader's language when printed. */
  localized?: Message;
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
  /**
   * The message and hint as catalog messages (document/messages), rendered in the reader's language
   * when printed (`localizedText`); `message` and `hint` above are their English. Absent from findings
   * whose source has no catalog messages yet: those print their English in every language.
   */
  localized?: Localized;
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
