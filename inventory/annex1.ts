import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { localizedError, msg, type Message } from '../document/i18n';

/** One row of Annex 1 (附1): the 2017 survey of the ministry's information systems. */
export interface InventoryRow {
  number: number;
  name: string;
  managingUnit: string;
  reportingUnit: string;
  recommendation: string;
  /** Line of the row in the TSV file, for error messages. */
  line: number;
}

export const INVENTORY_FILE = 'inventory/system-inventory.tsv';
const HEADER = ['no', 'name', 'managing_unit', 'reporting_unit', 'recommendation'];

export class InventoryError extends EnvcloudError {
  readonly exitCode = EXIT_USAGE;
  override readonly name = 'InventoryError';
}

/** An InventoryError said in the reader's language. */
export function inventoryError(message: Message): InventoryError {
  return localizedError((english) => new InventoryError(english), message);
}

/** Parses the Annex 1 table; any malformed row is an error naming the file and line. */
export function parseInventory(text: string, file = INVENTORY_FILE): InventoryRow[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== HEADER.join('\t')) {
    throw inventoryError(
      msg('usage.inventory.header', { at: `${file}:1:1`, expected: HEADER.join(' | '), found: header.join(' | ') }),
    );
  }
  const rows: InventoryRow[] = [];
  const seen = new Set<number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (cells.length !== HEADER.length || cells.some((cell) => cell === '')) {
      throw inventoryError(
        msg('usage.inventory.cells', {
          at: `${file}:${line}:1`,
          expected: String(HEADER.length),
          found: String(cells.filter(Boolean).length),
        }),
      );
    }
    const number = Number(cells[0]);
    if (!Number.isInteger(number) || number < 1) {
      throw inventoryError(msg('usage.inventory.number', { at: `${file}:${line}:1`, found: cells[0]! }));
    }
    if (seen.has(number))
      throw inventoryError(msg('usage.inventory.twice', { at: `${file}:${line}:1`, number: String(number) }));
    seen.add(number);
    rows.push({
      number,
      name: cells[1]!,
      managingUnit: cells[2]!,
      reportingUnit: cells[3]!,
      recommendation: cells[4]!,
      line,
    });
  });
  return rows;
}

export function readInventory(root: string = packageRoot()): InventoryRow[] {
  return parseInventory(readFileSync(join(root, INVENTORY_FILE), 'utf8'));
}
