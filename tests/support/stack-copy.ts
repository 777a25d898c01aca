import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/**
 * Runs `body` in a temporary project: the repository's Pulumi.yaml and its Pulumi.<stack>.yaml as
 * `edit` changes it (the text the test then locates problems in). The folder is removed afterwards.
 */
export function withStackCopy<T>(
  stack: string,
  edit: (text: string) => string,
  body: (dir: string, text: string) => T,
): T {
  const dir = mkdtempSync(join(tmpdir(), 'envcloud-stack-'));
  try {
    const text = edit(readFileSync(join(root, `Pulumi.${stack}.yaml`), 'utf8'));
    writeFileSync(join(dir, `Pulumi.${stack}.yaml`), text);
    writeFileSync(join(dir, 'Pulumi.yaml'), readFileSync(join(root, 'Pulumi.yaml')));
    return body(dir, text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
