import { spawn, spawnSync } from 'node:child_process';
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

/**
 * The built CLI left running (`validate --watch`): its stderr one line at a time (a line past the last
 * one the process wrote is ''), its stdout so far, and its end, by itself or by Ctrl-C (SIGINT).
 */
export function watchCli(args: string[], cwd: string) {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let pending = '';
  let ended = false;
  const lines: string[] = [];
  const waiting: (() => void)[] = [];
  const wake = (): void => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => {
    const parts = (pending + data.toString()).split('\n');
    pending = parts.pop()!;
    lines.push(...parts);
    wake();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      ended = true;
      if (pending) lines.push(pending);
      pending = '';
      wake();
      resolve(code);
    }),
  );
  return {
    stdout: () => stdout,
    stderr: () => [...lines, pending].join('\n'),
    exited: () => exited,
    async line(index: number): Promise<string> {
      while (lines.length <= index && !ended) await new Promise<void>((resolve) => waiting.push(resolve));
      return lines[index] ?? '';
    },
    stop(): Promise<number | null> {
      if (!ended) child.kill('SIGINT');
      return exited;
    },
  };
}
