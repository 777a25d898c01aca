/**
 * Catalog codes (信息资源代码) of the data resources, in the form of the catalog compilation guide
 * (政务信息资源目录编制指南（试行）, 发改高技〔2017〕1272号): a classification code of class (类, 1 digit),
 * item (项, 2 digits), heading (目, 3 digits) and sub-heading (细目, any length), then a sequence code
 * (顺序码, any length).
 *
 * envcloud's code: class `3` (a department's catalog, 部门信息资源目录), the ministry's item and heading,
 * the providing system's inventory number as the sub-heading (5 digits), `/`, and a 4-digit sequence
 * number within the system. The system number, not its name or slug, is in the code, so a code
 * survives renames and cannot move to another system. A code is stored in its manifest once assigned
 * and never recomputed.
 *
 * Unverified: the separator `/` between the two parts, and the ministry's item and heading (below):
 * confirm them with the catalog's compiling office before the catalog is first published; after that
 * they do not change.
 */

/** Class 3: a department's catalog (部门信息资源目录). */
export const CATALOG_CODE_CLASS = '3';
/** The item (项): the State Council (国务院), third in the guide's list of department catalogs. Unverified. */
export const CATALOG_CODE_ITEM = '03';
/** The heading (目) of the ministry among the State Council's departments. Unverified: `000` until assigned. */
export const CATALOG_CODE_HEADING = '000';
/** Between the classification code and the sequence code. Unverified. */
export const CATALOG_CODE_SEPARATOR = '/';
/** Digits of the sub-heading (the system's inventory number) and of the sequence number. */
export const CATALOG_CODE_SYSTEM_DIGITS = 5;
export const CATALOG_CODE_SEQUENCE_DIGITS = 4;

/** The largest inventory number a system can have: its code's sub-heading has 5 digits (the schema's maximum too). */
export const MAX_SYSTEM_NUMBER = 10 ** CATALOG_CODE_SYSTEM_DIGITS - 1;

/** Whether a value is an inventory number a system can have: a whole number from 1 to MAX_SYSTEM_NUMBER. */
export function isSystemNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_SYSTEM_NUMBER;
}

/** The prefix every code of the ministry's catalog starts with: class, item and heading. */
export const CATALOG_CODE_PREFIX = `${CATALOG_CODE_CLASS}${CATALOG_CODE_ITEM}${CATALOG_CODE_HEADING}`;

/** The largest sequence number a system's codes can take. */
export const MAX_CATALOG_SEQUENCE = 10 ** CATALOG_CODE_SEQUENCE_DIGITS - 1;

/** The code of a system's `sequence`-th data resource (1-based). */
export function catalogCodeFor(systemNumber: number, sequence: number): string {
  if (!isSystemNumber(systemNumber)) throw new RangeError(`no catalog code for system number ${systemNumber}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_CATALOG_SEQUENCE)
    throw new RangeError(`catalog sequence ${sequence} is outside 1–${MAX_CATALOG_SEQUENCE}`);
  return `${CATALOG_CODE_PREFIX}${String(systemNumber).padStart(CATALOG_CODE_SYSTEM_DIGITS, '0')}${CATALOG_CODE_SEPARATOR}${String(sequence).padStart(CATALOG_CODE_SEQUENCE_DIGITS, '0')}`;
}

export interface CatalogCodeParts {
  class: string;
  item: string;
  heading: string;
  /** The sub-heading: the providing system's inventory number. */
  systemNumber: number;
  sequence: number;
}

const SHAPE = new RegExp(
  `^(\\d)(\\d{2})(\\d{3})(\\d{${CATALOG_CODE_SYSTEM_DIGITS}})${CATALOG_CODE_SEPARATOR}(\\d{${CATALOG_CODE_SEQUENCE_DIGITS}})$`,
);

/** The parts of a code of envcloud's shape, or undefined for any other string. */
export function parseCatalogCode(code: string): CatalogCodeParts | undefined {
  const match = SHAPE.exec(code);
  if (!match) return undefined;
  return {
    class: match[1]!,
    item: match[2]!,
    heading: match[3]!,
    systemNumber: Number(match[4]),
    sequence: Number(match[5]),
  };
}

/** What can be wrong with a code's form, each said by the message `rule.catalog-code.<id>` of the catalog. */
export type CatalogCodeProblemId = 'form' | 'class' | 'item' | 'heading' | 'system-zero' | 'sequence-zero';

/**
 * One thing wrong with a code's form, as data: its id and the values its message reads (the code and the
 * form expected; the part found and the part expected). validation/rules/catalog-codes.ts says it in the
 * reader's language.
 */
export interface CatalogCodeProblem {
  id: CatalogCodeProblemId;
  values?: Readonly<Record<string, string>>;
}

/** What is wrong with a code's form (not whose it is); empty when it is well formed. */
export function catalogCodeProblems(code: string): CatalogCodeProblem[] {
  const parts = parseCatalogCode(code);
  if (!parts) return [{ id: 'form', values: { code, prefix: CATALOG_CODE_PREFIX, separator: CATALOG_CODE_SEPARATOR } }];
  const problems: CatalogCodeProblem[] = [];
  const expected = { class: CATALOG_CODE_CLASS, item: CATALOG_CODE_ITEM, heading: CATALOG_CODE_HEADING } as const;
  for (const part of ['class', 'item', 'heading'] as const)
    if (parts[part] !== expected[part])
      problems.push({ id: part, values: { value: parts[part], expected: expected[part] } });
  if (parts.systemNumber === 0) problems.push({ id: 'system-zero' });
  if (parts.sequence === 0) problems.push({ id: 'sequence-zero' });
  return problems;
}

/**
 * The next free code of a system: after every sequence number its well-formed codes already use, else
 * the lowest one free (a code ending in 9999 left no next one: the hint that suggests it threw, exit
 * 70). Undefined when the system's number cannot stand in a code, or all its sequence numbers are used.
 */
export function nextCatalogCode(systemNumber: number, used: readonly string[]): string | undefined {
  if (!isSystemNumber(systemNumber)) return undefined;
  const taken = new Set<number>();
  for (const code of used) {
    const parts = parseCatalogCode(code);
    if (parts && code.startsWith(CATALOG_CODE_PREFIX) && parts.systemNumber === systemNumber) taken.add(parts.sequence);
  }
  const highest = Math.max(0, ...taken);
  if (highest < MAX_CATALOG_SEQUENCE) return catalogCodeFor(systemNumber, highest + 1);
  for (let sequence = 1; sequence <= MAX_CATALOG_SEQUENCE; sequence++)
    if (!taken.has(sequence)) return catalogCodeFor(systemNumber, sequence);
  return undefined;
}
