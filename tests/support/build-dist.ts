import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

/**
 * Jest's globalSetup: the CLI tests run `bin/envcloud.js`, which runs `dist/`, so `npx jest` alone
 * first rebuilds `dist/` (`tsc -p tsconfig.build.json`) if any source is newer than its output or has
 * none. `npm test` builds before jest, so it finds `dist/` current and does not build twice.
 */
export default function buildDist(): void {
  // A Stryker sandbox holds instrumented sources and a copy of dist/: building there would put every
  // mutant into the CLI the tests spawn, once per mutant run.
  if (process.env.STRYKER_MUTATOR_WORKER !== undefined) return;
  const root = join(__dirname, '..', '..');
  if (staleOutputs(root).length === 0) return;
  // Several jest runs may start at once in one working tree: one builds, the others wait for it and
  // then look again (a lock older than LOCK_STALE_MS is from a run that died).
  const lock = join(root, 'dist', '.jest-build.lock');
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) > LOCK_STALE_MS)
        rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    build(root);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const LOCK_STALE_MS = 5 * 60 * 1000;

function build(root: string): void {
  const stale = staleOutputs(root);
  if (stale.length === 0) return;
  process.stderr.write(
    `\njest globalSetup: dist/ is older than ${stale.length} source file(s) (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}): running tsc -p tsconfig.build.json\n`,
  );
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (result.error || result.status === null)
    throw new Error(
      `jest globalSetup: tsc -p tsconfig.build.json did not run to the end: ${result.error?.message ?? result.signal}`,
    );
  // tsc emits despite type errors (noEmitOnError is off), so the tests still run the code as it is;
  // the errors are shown. A source edited during the build is shown too (the next run rebuilds it).
  if (result.status !== 0)
    process.stderr.write(
      `jest globalSetup: tsc -p tsconfig.build.json exited ${result.status}:\n${result.stdout}${result.stderr}`,
    );
  const still = staleOutputs(root);
  if (still.length > 0)
    process.stderr.write(`jest globalSetup: still older than their sources after the build: ${still.join(', ')}\n`);
}

/** Sources of tsconfig.build.json whose output under dist/ is missing or older than they are. */
export function staleOutputs(root: string): string[] {
  const config = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
  const stale: string[] = [];
  for (const include of config.include) {
    // An include is a folder (its .ts files are compiled) or a `folder/*.ext` glob (resolveJsonModule copies the JSON).
    const glob = basename(include).startsWith('*') ? basename(include).slice(1) : undefined;
    const folder = join(root, glob === undefined ? include : dirname(include));
    for (const source of filesUnder(folder, glob === undefined)) {
      const name = relative(root, source);
      const compiled = glob === undefined;
      if (
        compiled ? !name.endsWith('.ts') || name.endsWith('.d.ts') || name.endsWith('.test.ts') : !name.endsWith(glob)
      )
        continue;
      const output = join(root, 'dist', compiled ? name.replace(/\.ts$/, '.js') : name);
      if (!existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs) stale.push(name);
    }
  }
  return stale;
}

function filesUnder(folder: string, recursive: boolean): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (recursive && entry.name !== 'node_modules') files.push(...filesUnder(path, recursive));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}
