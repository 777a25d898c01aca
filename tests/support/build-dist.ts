import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
  const stale = staleOutputs(root);
  if (stale.length === 0) return;
  process.stderr.write(`\njest globalSetup: dist/ is older than ${stale.length} source file(s) (${stale.slice(0, 3).join(', ')}${stale.length > 3 ? ', …' : ''}): running tsc -p tsconfig.build.json\n`);
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  // tsc emits despite type errors (noEmitOnError is off): a type error is reported, not fatal, so the
  // tests still run against the code as it is; output that was not written is fatal.
  if (build.status !== 0) process.stderr.write(`jest globalSetup: tsc -p tsconfig.build.json exited ${build.status}:\n${build.stdout}${build.stderr}`);
  const still = staleOutputs(root);
  if (still.length > 0) throw new Error(`dist/ could not be built; not written: ${still.slice(0, 5).join(', ')}`);
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
      if (compiled ? !name.endsWith('.ts') || name.endsWith('.d.ts') || name.endsWith('.test.ts') : !name.endsWith(glob)) continue;
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
