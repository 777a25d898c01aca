import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '../..');
const bin = join(root, 'bin/envcloud.js');

/** Runs the built CLI as a user would, and answers with its exit code and output. */
export function envcloud(args: string[], cwd = root): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
