import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';

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

/** Parses the Annex 1 table; any malformed row is an error naming the file and line. */
export function parseInventory(text: string, file = INVENTORY_FILE): InventoryRow[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (header.join('\t') !== HEADER.join('\t')) {
    throw new InventoryError(`${file}:1:1: expected the header ${HEADER.join(' | ')}, found ${header.join(' | ')}`);
  }
  const rows: InventoryRow[] = [];
  const seen = new Set<number>();
  lines.slice(1).forEach((raw, index) => {
    const line = index + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (cells.length !== HEADER.length || cells.some((cell) => cell === '')) {
      throw new InventoryError(
        `${file}:${line}:1: expected ${HEADER.length} non-empty tab-separated cells, found ${cells.filter(Boolean).length}`,
      );
    }
    const number = Number(cells[0]);
    if (!Number.isInteger(number) || number < 1) {
      throw new InventoryError(`${file}:${line}:1: inventory number must be a positive integer, found "${cells[0]}"`);
    }
    if (seen.has(number)) throw new InventoryError(`${file}:${line}:1: inventory number ${number} appears twice`);
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
