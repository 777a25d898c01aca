import { normaliseText, planKey, rulesKey, type SeedDocument, type SeedName } from './seeds';

/**
 * Citations of the seed documents in envcloud's own text (rule and policy clauses, messages, comments,
 * the README). They are free text, so one grammar, applied to every file, finds them:
 *
 * - A **reference** names a section: `§三(二).5`, `§三(一).1–3`, `§四(四)`, `§一` (the plan; `§` with
 *   a Chinese numeral always means the plan), `Annex 1` or `附1` (the plan's annexes), `art. 17`,
 *   `art. 4(一)` (an article of the sharing rules, or one item of it) and `ch. 6` (a chapter of the
 *   rules). The document names in front ("Plan", "Sharing rules") are not needed.
 * - Its **scope** runs from the reference to the next reference (of a seed or of another standard:
 *   `GB/T`, `YAML`, `网络安全法`), to a `;`, `；`, `|` or `。` outside parentheses, to the parenthesis
 *   that encloses the reference, or to the end of the line.
 * - Every **Chinese phrase** in the scope (a run of Han characters with Chinese punctuation, digits
 *   and spaces; `:`, `：`, `,`, `;`, `；` and parentheses separate phrases) is a quote of that section:
 *   after whitespace is removed it must appear verbatim in the section's text. `…` marks an omission:
 *   the pieces must appear in that order.
 * - A **paraphrase** is marked `大意:` (or `大意：`): the phrases after the marker, up to the end of the
 *   parenthesis it stands in (or of the scope), are not checked.
 */
export interface Reference {
  document: SeedName;
  /** The sections it names, as {@link planKey} / {@link rulesKey} write them (a range names several). */
  keys: string[];
  /** The reference as written. */
  text: string;
}

export interface Quote {
  text: string;
  paraphrase: boolean;
}

export interface Citation {
  line: number;
  column: number;
  reference: Reference;
  quotes: Quote[];
}

const CN = '[一二三四五六七八九十]+';
const PLAN_REF = `§\\s*(${CN})(?:\\s*[（(]\\s*(${CN})\\s*[)）])?(?:\\s*\\.\\s*(\\d+)(?:\\s*[–-]\\s*(\\d+))?)?`;
const ANNEX_REF = '\\b[Aa]nnex\\s+(\\d+)|附\\s*(\\d+)';
const ARTICLE_REF = `\\b[Aa]rt\\.\\s*(\\d+)(?:\\s*[（(]\\s*(${CN})\\s*[)）])?`;
const CHAPTER_REF = '\\b[Cc]h\\.\\s*(\\d+)(?:\\s*[–-]\\s*(\\d+))?';
/** Other standards: they end a seed reference's scope, and their own quotes are not checked here. */
const FOREIGN_REF = 'GB/T|YAML|网络安全法';
const REFERENCE = new RegExp(`(${PLAN_REF})|(${ANNEX_REF})|(${ARTICLE_REF})|(${CHAPTER_REF})|(${FOREIGN_REF})`, 'gu');

const PHRASE = /[\p{Script=Han}“”‘’、，。《》〈〉〔〕…—·「」0-9０-９\s]+/gu;
const PARAPHRASE_MARK = /大意\s*[:：]/gu;

function range(from: number, to: number | undefined): number[] {
  const last = to ?? from;
  const out: number[] = [];
  for (let n = from; n <= last; n += 1) out.push(n);
  return out;
}

/** The reference a regular-expression match stands for; undefined for another standard. */
function referenceOf(match: RegExpExecArray): Reference | undefined {
  const g = match;
  if (g[1] !== undefined) {
    const [chapter, section, from, to] = [g[2]!, g[3], g[4], g[5]];
    const keys =
      from === undefined
        ? [planKey(chapter, section)]
        : range(Number(from), to === undefined ? undefined : Number(to)).map((item) => planKey(chapter, section, item));
    return { document: 'plan', keys, text: match[0] };
  }
  if (g[6] !== undefined) return { document: 'plan', keys: [`附${g[7] ?? g[8]}`], text: match[0] };
  if (g[9] !== undefined)
    return { document: 'rules', keys: [rulesKey('article', Number(g[10]), g[11])], text: match[0] };
  if (g[12] !== undefined) {
    const keys = range(Number(g[13]), g[14] === undefined ? undefined : Number(g[14])).map((n) =>
      rulesKey('chapter', n),
    );
    return { document: 'rules', keys, text: match[0] };
  }
  return undefined;
}

/** Where a reference's scope ends within `line`, from `start` on (before `limit`, the next reference). */
function scopeEnd(line: string, start: number, limit: number): number {
  let depth = 0;
  for (let i = start; i < limit; i += 1) {
    const ch = line[i]!;
    if (ch === '(' || ch === '（') depth += 1;
    else if (ch === ')' || ch === '）') {
      depth -= 1;
      if (depth < 0) return i;
    } else if (depth === 0 && (ch === ';' || ch === '；' || ch === '|' || ch === '。')) return i;
  }
  return limit;
}

/** The Chinese phrases of a scope, each marked as a paraphrase when a `大意:` before it still holds. */
function quotesIn(scope: string): Quote[] {
  // Depth of every position, so a marker's reach ends with the parenthesis it stands in.
  const depth: number[] = [];
  let d = 0;
  for (const ch of scope) {
    if (ch === ')' || ch === '）') d -= 1;
    depth.push(d);
    if (ch === '(' || ch === '（') d += 1;
  }
  const marks = [...scope.matchAll(PARAPHRASE_MARK)].map((m) => ({ at: m.index!, end: m.index! + m[0].length }));
  const blanked = marks.reduce((text, m) => text.slice(0, m.at) + ' '.repeat(m.end - m.at) + text.slice(m.end), scope);
  const quotes: Quote[] = [];
  for (const match of blanked.matchAll(PHRASE)) {
    const text = match[0].trim();
    if (!/\p{Script=Han}/u.test(text)) continue;
    const at = match.index!;
    const paraphrase = marks.some((m) => {
      if (m.at > at) return false;
      for (let i = m.at; i <= at; i += 1) if (depth[i]! < depth[m.at]!) return false;
      return true;
    });
    quotes.push({ text, paraphrase });
  }
  return quotes;
}

/** Every citation of a seed in `text` (a whole file), with its line and column (1-based). */
export function extractCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  text.split('\n').forEach((line, index) => {
    const matches = [...line.matchAll(REFERENCE)];
    matches.forEach((match, i) => {
      const reference = referenceOf(match);
      if (!reference) return;
      const start = match.index! + match[0].length;
      const limit = i + 1 < matches.length ? matches[i + 1]!.index! : line.length;
      const scope = line.slice(start, scopeEnd(line, start, limit));
      citations.push({ line: index + 1, column: match.index! + 1, reference, quotes: quotesIn(scope) });
    });
  });
  return citations;
}

/** Whether `quote` (whitespace removed, `…` an omission) appears in `section` in order. */
export function quoteAppears(quote: string, section: string): boolean {
  let from = 0;
  for (const piece of normaliseText(quote)
    .split(/…+/u)
    .filter((p) => p.length > 0)) {
    const at = section.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** What is wrong with a citation: a section the seed does not have, or a quote not in the section. */
export function citationProblems(citation: Citation, seeds: Record<SeedName, SeedDocument>): string[] {
  const document = seeds[citation.reference.document];
  const missing = citation.reference.keys.filter((key) => !document.sections.has(key));
  if (missing.length > 0)
    return [`${citation.reference.text}: the ${document.name} has no section ${missing.join(', ')}`];
  const sectionText = citation.reference.keys.map((key) => document.sections.get(key)!);
  return citation.quotes
    .filter((quote) => !quote.paraphrase && !sectionText.some((section) => quoteAppears(quote.text, section)))
    .map(
      (quote) =>
        `${citation.reference.text}: "${quote.text}" is not in ${citation.reference.keys.join(', ')} of the ${document.name} (quote it verbatim, or mark it 大意:)`,
    );
}
