// The project's own source files, for the tests that read the code itself (the layering and size
// checks, and the guards against English-only messages).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of product code, in layer order (.dependency-cruiser.cjs checks the imports between them). */
export const PRODUCT_FOLDERS = [
  'model',
  'document',
  'validation',
  'inventory',
  'components',
  'stacks',
  'engine',
  'waves',
  'policies',
  'audit',
  'reports',
  'cli',
  'scripts',
] as const;

/** Every file under `dir` whose name matches `name`, searching every folder but those named in `skip`. */
export function filesUnder(dir: string, name: RegExp, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(path, name, skip);
    return name.test(entry.name) ? [path] : [];
  });
}
