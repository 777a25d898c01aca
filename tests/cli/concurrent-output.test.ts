import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { TEMP_FILE, writeFileAtomic } from '../../cli/write';
import { envcloud, root } from '../support/cli';

const bin = join(root, 'bin/envcloud.js');

function runAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe('output files under concurrent runs', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-concurrent-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a reader sees the old content or the new, never a partial file, while another process rewrites it', async () => {
    const target = join(dir, 'plan.json');
    // Large enough (4 MiB) that a plain write would be seen half-done by a reader.
    const contentOf = (letter: string) => `${JSON.stringify({ version: letter, padding: letter.repeat(4 << 20) })}\n`;
    const versions = ['a', 'b'].map(contentOf);
    writeFileAtomic(target, versions[0]!);
    const writer = spawn(process.execPath, [
      '-e',
      `const { writeFileAtomic } = require(${JSON.stringify(join(root, 'dist/cli/write.js'))});
       const contentOf = ${contentOf.toString()};
       const content = ['a', 'b'].map(contentOf);
       for (let i = 1; i <= 60; i++) writeFileAtomic(${JSON.stringify(target)}, content[i % 2]);`,
    ]);
    const done = new Promise<number | null>((resolve) => writer.on('close', resolve));
    let reads = 0;
    let finished = false;
    void done.then(() => (finished = true));
    while (!finished) {
      const seen = readFileSync(target, 'utf8');
      expect(versions.includes(seen)).toBe(true);
      reads++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toBe(0);
    expect(reads).toBeGreaterThan(1);
    expect(readdirSync(dir).filter((name) => TEMP_FILE.test(name))).toEqual([]);
  }, 60000);

  it('writes a file piece by piece, and leaves nothing behind when a piece fails', () => {
    const target = join(dir, 'pieces.json');
    writeFileAtomic(target, ['{"a":', '1}\n']);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
    function* failing(): Generator<string> {
      yield '{"a":';
      throw new Error('the plan could not be serialised');
    }
    expect(() => writeFileAtomic(target, failing())).toThrow('could not be serialised');
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir).filter((name) => TEMP_FILE.test(name))).toEqual([]);
  });

  it('two report runs into the same folder leave it complete: every file as one run alone writes it', async () => {
    const shared = join(dir, 'shared');
    const solo = join(dir, 'solo');
    const args = (out: string) => ['report', '--stack', 'dev', '--lang', 'en', '--as-of', '2026-11-22', '--out', out];
    const runs = await Promise.all([runAsync(args(shared)), runAsync(args(shared))]);
    expect(runs.map((run) => [run.code, run.stderr.includes('internal error')])).toEqual([
      [0, false],
      [0, false],
    ]);
    expect(envcloud(args(solo)).code).toBe(0);
    const together = filesUnder(shared);
    const alone = filesUnder(solo);
    expect([...together.keys()].sort()).toEqual([...alone.keys()].sort());
    for (const [file, content] of alone) expect([file, together.get(file)]).toEqual([file, content]);
  }, 120000);
});
