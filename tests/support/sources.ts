// The project's own source files, for the tests that read the code itself (the layering and size
// checks, and the guards against English-only messages).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The folders of product code, in layer order: the one list .dependency-cruiser.cjs checks the imports between. */
export const PRODUCT_FOLDERS: readonly string[] = (
  createRequire(__filename)('../../.dependency-cruiser.cjs') as { layers: string[] }
).layers;

/** Every file under `dir` whose name matches `name`, searching every folder but those named in `skip`. */
export function filesUnder(dir: string, name: RegExp, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(path, name, skip);
    return name.test(entry.name) ? [path] : [];
  });
}
