import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './cli';

/**
 * The two seed documents split into addressable sections, so a citation such as `plan §三(二).5` or
 * `rules art. 17` can be checked against the text it names. Only tests read the seeds: the product
 * never quotes them at run time, so this lives in test support rather than in model/.
 *
 * The seeds are not in the repository: CI clones it with `../shared` beside it, as here.
 */
export const SEEDS_DIR = join(root, '..', 'shared', 'seeds');
export const PLAN_FILE = '000_f4fb53529d48b368.txt';
export const RULES_FILE = '004_ffa5ee5949278e13.txt';

export type SeedName = 'plan' | 'rules';

export interface SeedDocument {
  name: SeedName;
  /** Section key (see {@link planKey}, {@link rulesKey}) to its text, whitespace removed. */
  sections: ReadonlyMap<string, string>;
}

const NUMERALS = '一二三四五六七八九';

/** 1–99 as written in the seeds' headings (十二, 二十一, 三十). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) throw new RangeError(`no Chinese numeral for ${value}`);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${NUMERALS[tens - 1]}十`;
  return head + (units === 0 ? '' : NUMERALS[units - 1]!);
}

/** The inverse of {@link chineseNumeral}; undefined for anything else. */
export function parseChineseNumeral(text: string): number | undefined {
  for (let value = 1; value < 100; value += 1) if (chineseNumeral(value) === text) return value;
  return undefined;
}

/**
 * The seeds wrap lines in the middle of words (page breaks: "统一登\n\n录") and put spaces around
 * numbers ("2017 年") inconsistently, so quotes are compared with all whitespace removed.
 */
export function normaliseText(text: string): string {
  return text.replace(/\s+/gu, '');
}

/**
 * Plan keys: `§三` (chapter), `§三(二)` (section), `§三(二).5` (numbered item), `附1` (annex).
 * Parentheses are always ASCII in keys; the plan itself mixes `(一)` and `（二）`.
 */
export function planKey(chapter: string, section?: string, item?: number): string {
  return `§${chapter}${section === undefined ? '' : `(${section})`}${item === undefined ? '' : `.${item}`}`;
}

/** Rules keys: `第三章` (chapter), `第十二条` (article), `第七条(四)` (item of an article). */
export function rulesKey(kind: 'chapter' | 'article', number: number, item?: string): string {
  return `第${chineseNumeral(number)}${kind === 'chapter' ? '章' : '条'}${item === undefined ? '' : `(${item})`}`;
}

const CN = '[一二三四五六七八九十]+';
const BRACKETED = new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`, 'u');

/** Adds each line to the text of every section it belongs to (a chapter holds its sections and items). */
class SectionText {
  private readonly parts = new Map<string, string[]>();
  add(keys: readonly string[], line: string): void {
    for (const key of keys) {
      const list = this.parts.get(key) ?? [];
      list.push(line);
      this.parts.set(key, list);
    }
  }
  done(): Map<string, string> {
    return new Map([...this.parts].map(([key, lines]) => [key, normaliseText(lines.join('\n'))]));
  }
}

/** Splits the plan: chapters 一、…, sections (一)…, numbered items 1. …, and annexes 附 1 … 附 3. */
export function parsePlan(text: string): SeedDocument {
  const out = new SectionText();
  let chapter: string | undefined;
  let section: string | undefined;
  let item: number | undefined;
  let annex: number | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const annexHeading = /^附\s*(\d+)$/u.exec(line);
    const chapterHeading = new RegExp(`^(${CN})、`, 'u').exec(line);
    if (annexHeading) {
      annex = Number(annexHeading[1]);
      chapter = section = item = undefined;
    } else if (annex === undefined && chapterHeading) {
      chapter = chapterHeading[1];
      section = item = undefined;
    } else if (annex === undefined && chapter !== undefined && BRACKETED.test(line)) {
      section = BRACKETED.exec(line)![1];
      item = undefined;
    } else if (annex === undefined && section !== undefined && /^\d+\.\s*\S/u.test(line)) {
      item = Number(/^(\d+)/u.exec(line)![1]);
    }
    const keys: string[] = [];
    if (annex !== undefined) keys.push(`附${annex}`);
    if (chapter !== undefined) keys.push(planKey(chapter));
    if (chapter !== undefined && section !== undefined) keys.push(planKey(chapter, section));
    if (chapter !== undefined && section !== undefined && item !== undefined)
      keys.push(planKey(chapter, section, item));
    out.add(keys, line);
  }
  return { name: 'plan', sections: out.done() };
}

/** Splits the rules: chapters 第X章, articles 第X条 (numbered through the document), and their items （一）. */
export function parseRules(text: string): SeedDocument {
  const out = new SectionText();
  let chapter: number | undefined;
  let article: number | undefined;
  let item: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const chapterHeading = new RegExp(`^第(${CN})章`, 'u').exec(line);
    const articleHeading = new RegExp(`^第(${CN})条`, 'u').exec(line);
    if (chapterHeading) {
      chapter = parseChineseNumeral(chapterHeading[1]!);
      article = item = undefined;
    } else if (articleHeading) {
      article = parseChineseNumeral(articleHeading[1]!);
      item = undefined;
    } else if (article !== undefined && BRACKETED.test(line)) {
      item = BRACKETED.exec(line)![1];
    }
    const keys: string[] = [];
    if (chapter !== undefined) keys.push(rulesKey('chapter', chapter));
    if (article !== undefined) keys.push(rulesKey('article', article));
    if (article !== undefined && item !== undefined) keys.push(rulesKey('article', article, item));
    out.add(keys, line);
  }
  return { name: 'rules', sections: out.done() };
}

/** Reads both seeds; a missing `../shared/seeds` is an error, never a skipped check. */
export function readSeeds(dir = SEEDS_DIR): Record<SeedName, SeedDocument> {
  for (const file of [PLAN_FILE, RULES_FILE]) {
    if (!existsSync(join(dir, file)))
      throw new Error(`seed document ${join(dir, file)} not found: clone the repository with ../shared beside it`);
  }
  return {
    plan: parsePlan(readFileSync(join(dir, PLAN_FILE), 'utf8')),
    rules: parseRules(readFileSync(join(dir, RULES_FILE), 'utf8')),
  };
}
