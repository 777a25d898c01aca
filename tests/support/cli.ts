import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { StreamLines } from '../../scripts/stream-lines';

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

/**
 * The built CLI left running (`validate --watch`): its stderr one line at a time (a line past the last
 * one the process wrote is ''), its stdout so far, and its end, by itself or by Ctrl-C (SIGINT).
 */
export function watchCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let ended = false;
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  const stderr = new StreamLines(child.stderr);
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      ended = true;
      resolve(code);
    }),
  );
  return {
    stdout: () => stdout,
    stderr: () => stderr.text(),
    exited: () => exited,
    line: (index: number) => stderr.line(index),
    stop(): Promise<number | null> {
      if (!ended) child.kill('SIGINT');
      return exited;
    },
  };
}
