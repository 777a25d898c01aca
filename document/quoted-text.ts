import { fieldPath, type Finding } from './findings';
import { msg, said } from './i18n';
import type { LoadedDocument } from './load';

/**
 * Chinese quotation marks around a whole value: `name: “环评审批系统”`. Typed in an input method's
 * full-width mode, they were meant as YAML's `"…"`, and the value then holds the quotes themselves.
 * Identifiers, enums, numbers, dates, hosts and e-mail addresses are refused by the schema (with the
 * input-method hint, schema-check.ts); free text passes it, so this warns there. Only a plain scalar
 * wrapped whole is a slip: Chinese punctuation inside prose (`称为“一张图”的系统`), or quotes kept on
 * purpose inside `"…"` or `'…'`, are what the writer meant.
 */
const WRAPPED = /^[“”][^\n]*[“”]$/;
const CHINESE_QUOTE = /[“”]/;

/** The warnings for `document`; `refused` holds the fields that already have a schema finding (which carries the hint). */
export function wrappedInChineseQuotes(document: LoadedDocument, refused: ReadonlySet<string>): Finding[] {
  // Most files have no Chinese quote at all: one search of the text instead of a walk of the data (a
  // character class: three times faster than two `includes` over text with Chinese in it).
  if (!CHINESE_QUOTE.test(document.text)) return [];
  const lines = document.text.split('\n');
  const findings: Finding[] = [];
  // Walked with a stack: data nests at most maxDepth levels, but recursion is avoided throughout the loader.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: document.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const field = fieldPath(path);
      if (!WRAPPED.test(value.trim()) || refused.has(field)) continue;
      const at = document.locator.locate(path);
      // The value as written starts with the quote itself: a plain scalar, not a `"…"` the writer chose.
      if (!(lines[at.line - 1] ?? '').slice(at.column - 1).startsWith(value.trim()[0]!)) continue;
      findings.push({
        file: document.file,
        ...at,
        severity: 'warning',
        ruleId: 'text-input-method',
        field,
        ...said(msg('text.chinese-quotes', { field }), msg('text.chinese-quotes.hint')),
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
    }
  }
  return findings;
}
