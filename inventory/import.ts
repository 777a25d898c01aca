import { existsSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { buildManifest } from './defaults';
import type { InventoryRow } from './annex1';
import { msg } from '../document/i18n';
import { DEFAULT_LIMITS } from '../document/limits';
import { readInputFile } from '../validation/files';
import { inventoryError } from './annex1';
import { dispositionFor } from './recommendation';
import { isUneditedImport, renderImported } from './render';
import { isSystemNumber } from '../model/catalog-code';

export type ImportAction = 'create' | 'update' | 'unchanged' | 'kept-edited' | 'overwrite-edited';

export interface PlannedFile {
  number: number;
  /** Path relative to the manifests folder. */
  file: string;
  action: ImportAction;
  content: string;
}

/** Where the manifest of an inventory row is written, relative to the manifests folder. */
export function manifestFileName(slug: string): string {
  return `${slug}.yaml`;
}

/**
 * Decides, file by file, what an import would do. Files a unit has edited are kept unless `force`;
 * nothing is ever deleted.
 */
export function planImport(
  rows: readonly InventoryRow[],
  manifestsDir: string,
  options: { force?: boolean } = {},
): PlannedFile[] {
  const existingByNumber = indexByNumber(manifestsDir);
  const nameCounts = new Map<string, number>();
  for (const row of rows) nameCounts.set(row.name, (nameCounts.get(row.name) ?? 0) + 1);
  return rows.map((row) => {
    const disposition = dispositionFor(row.recommendation);
    if (!disposition) {
      throw inventoryError(
        msg('usage.inventory.recommendation', {
          at: `inventory/system-inventory.tsv:${row.line}:5`,
          recommendation: row.recommendation,
          number: String(row.number),
        }),
      );
    }
    const { manifest } = buildManifest({
      ...row,
      disposition,
      recommendation: row.recommendation,
      nameIsShared: (nameCounts.get(row.name) ?? 0) > 1,
    });
    // A unit may have renamed its file (or its slug): its manifest is found by inventory number.
    const file = existingByNumber.get(row.number) ?? manifestFileName(manifest.metadata.slug);
    const content = renderImported(manifest);
    const path = join(manifestsDir, file);
    if (!existsSync(path)) return { number: row.number, file, action: 'create', content };
    const existing = existingText(path);
    // Not a regular file, or past the size of a manifest: not the importer's to replace, even with --force.
    if (existing === undefined) return { number: row.number, file, action: 'kept-edited', content };
    if (existing === content) return { number: row.number, file, action: 'unchanged', content };
    if (isUneditedImport(existing)) return { number: row.number, file, action: 'update', content };
    return { number: row.number, file, action: options.force ? 'overwrite-edited' : 'kept-edited', content };
  });
}

/** Existing manifest files by the inventory number they declare; unreadable files are skipped. */
export function indexByNumber(manifestsDir: string): Map<number, string> {
  const index = new Map<number, string>();
  if (!existsSync(manifestsDir)) return index;
  for (const name of readdirSync(manifestsDir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const text = existingText(join(manifestsDir, name));
    if (text === undefined) continue;
    try {
      // Quiet: a tag or directive the yaml library warns of printed a raw Node warning, in English, from `new`.
      const data = parse(text, { maxAliasCount: 16, logLevel: 'silent' }) as {
        metadata?: { number?: unknown };
      };
      const number = data?.metadata?.number;
      // Only a number a manifest can have: `.nan`, `.inf` or 10^30 in a draft made `new` pick NaN or 10^30 + 1.
      if (isSystemNumber(number) && !index.has(number)) index.set(number, name);
    } catch {
      // A file that does not parse belongs to `envcloud validate`, not to the importer.
    }
  }
  return index;
}

/**
 * The text of a file in the manifests folder, read as every input file is (`readInputFile`): undefined
 * for anything but a regular file (a FIFO named like a manifest hung the import) or one past the size
 * of a manifest.
 */
function existingText(path: string): string | undefined {
  const read = readInputFile(path, DEFAULT_LIMITS.maxFileBytes);
  return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
}
