import { execFile } from 'node:child_process';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { DEFAULT_LIMITS, type InputLimits } from '../document/limits';
import { msg, usageError } from '../document/i18n';
import { checkSource } from '../validation/check-source';
import type { BaselineSystem } from '../validation/rules/transitions';

const run = promisify(execFile);

/** git with an argument array (no shell), in `cwd`; its output as a Buffer. */
async function git(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): Promise<Buffer> {
  const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer, windowsHide: true });
  return stdout;
}

function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string }).stderr;
  const text = stderr ? String(stderr).trim().split('\n')[0] : '';
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'git is not on PATH';
  return text || (error as Error).message;
}

/**
 * The systems of the manifests under `paths` as the commit `ref` has them, by inventory number, read
 * with `git ls-tree` and `git show <commit>:<path>` (no copy on disk): the baseline of `validate
 * --baseline-ref`. Files that do not pass the schema are left out, as --baseline-dir leaves them out.
 * A ref that names no commit, or a folder outside a git repository, is a usage error (exit 2).
 */
export async function loadBaselineRef(
  ref: string,
  paths: readonly string[],
  cwd: string = process.cwd(),
  limits: InputLimits = DEFAULT_LIMITS,
  /** Filled with the files left out (larger than a manifest may be, or failing the schema). */
  skipped?: Set<string>,
): Promise<Map<number, BaselineSystem>> {
  if (ref === '' || ref.startsWith('-')) throw usageError(msg('usage.baseline-ref.not-revision', { ref }));
  let top: string;
  try {
    top = String(await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    throw usageError(msg('usage.baseline-ref.no-repository', { ref, cwd, detail: gitMessage(error) }));
  }
  let commit: string;
  try {
    commit = String(await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw usageError(msg('usage.baseline-ref.no-commit', { ref, top: relative(cwd, top) || '.' }));
  }
  // Paths relative to the top of the repository, as `<commit>:<path>` names them.
  const listed = String(await git(cwd, ['ls-tree', '-r', '-z', '--full-name', '--name-only', commit, '--', ...paths]))
    .split('\0')
    .filter((path) => /\.ya?ml$/.test(path))
    .sort();
  const systems = new Map<number, BaselineSystem>();
  for (const path of listed) {
    const file = `${ref}:${relative(cwd, `${top}/${path}`)}`;
    let bytes: Buffer;
    try {
      bytes = await git(cwd, ['show', `${commit}:${path}`], limits.maxFileBytes + 1024);
    } catch {
      skipped?.add(file); // larger than a manifest may be: left out, as a file failing the schema is
      continue;
    }
    const { entry, request, correction } = checkSource({ file, bytes }, limits);
    if (!entry && !request && !correction) skipped?.add(file);
    if (!entry || systems.has(entry.manifest.metadata.number)) continue;
    systems.set(entry.manifest.metadata.number, {
      file,
      status: entry.manifest.spec.schedule.status,
      locator: entry.locator,
      slug: entry.manifest.metadata.slug,
    });
  }
  return systems;
}
