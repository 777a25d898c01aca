import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';

/** A problem with what the user asked for (a path that does not exist): exit code 2, not a finding. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const MANIFEST_EXTENSIONS = /\.ya?ml$/i;

/**
 * The manifest files under the given paths, sorted so output is stable. Directories are walked
 * (hidden folders and node_modules skipped); a file named explicitly is taken whatever its extension.
 */
export function collectManifestFiles(paths: readonly string[], cwd: string = process.cwd()): string[] {
  const base = resolve(cwd);
  // Absolute path → the path shown. A walked file's is its folder's plus its name: path.relative on
  // every file took a third of the walk at 10,000 files.
  const found = new Map<string, string>();
  const shown = (absolute: string): string => relative(base, absolute) || absolute;
  for (const path of paths) {
    const root = resolve(base, path);
    let stats;
    try {
      stats = statSync(root);
    } catch {
      throw new UsageError(`path not found: ${path}`);
    }
    if (stats.isFile()) {
      found.set(root, shown(root));
      continue;
    }
    const stack: [absolute: string, shown: string][] = [[root, relative(base, root)]];
    while (stack.length > 0) {
      const [dir, dirShown] = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        throw new UsageError(`cannot read directory ${dirShown || '.'}: ${(error as NodeJS.ErrnoException).code ?? error}`);
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
        const child = dir.endsWith(sep) ? `${dir}${entry.name}` : `${dir}${sep}${entry.name}`;
        const childShown = dirShown === '' ? entry.name : `${dirShown}${sep}${entry.name}`;
        if (entry.isDirectory()) stack.push([child, childShown]);
        else if (entry.isFile() && MANIFEST_EXTENSIONS.test(entry.name)) found.set(child, childShown);
      }
    }
  }
  return [...found.values()].sort();
}

/**
 * Reads at most `limit + 1` bytes, so an oversized file is detected without loading all of it.
 */
export function readBounded(file: string, limit: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    // Not zero-filled: only the bytes read are returned.
    const buffer = Buffer.allocUnsafe(Math.min(size, limit + 1));
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}
