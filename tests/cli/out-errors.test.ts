import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../model/errors';
import { outputError } from '../../cli/write';
import { envcloud } from '../support/cli';

/**
 * `--out` problems are sentences naming the path and the fix, usage errors (exit 2), for every command
 * with an output path (#17: raw ENOTDIR / EISDIR / EACCES were printed). Each is found before the
 * command's long run, so none of these runs a stack.
 */
describe('--out that cannot be written (built CLI)', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-out-'));
    file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder\n');
    mkdirSync(join(dir, 'a-folder'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const underFile = (name: string) => join(file, name);
  it.each([
    [
      'validate',
      () => ['validate', 'manifests', '--out', underFile('report.txt')],
      'report.txt: a part of that path is a file, not a folder: choose another --out',
    ],
    [
      'audit',
      () => ['audit', '--stack', 'dev', '--out', underFile('audit.txt')],
      'audit.txt: a part of that path is a file, not a folder: choose another --out',
    ],
    [
      'preview',
      () => ['preview', '--stack', 'dev', '--out', underFile('preview')],
      'preview: a part of that path is a file, not a folder: choose another --out',
    ],
    [
      // report speaks Chinese whatever the locale (its --lang defaults to zh): --lang en for this sentence.
      'report',
      () => ['report', '--out', underFile('report'), '--lang', 'en'],
      'report: a part of that path is a file, not a folder: choose another --out',
    ],
    [
      'new',
      () => ['new', '--dir', file, '--name', '测试系统', '--managing-unit', '信息中心', '--outcome', 'keep'],
      'a-file: a part of that path is a file, not a folder: choose another --dir',
    ],
  ])('%s: --out below a file is a usage error naming the path', (_command, args, expected) => {
    const { code, stderr } = envcloud(args());
    expect({ code, stderr: stderr.trim() }).toEqual({
      code: 2,
      stderr: expect.stringMatching(
        new RegExp(
          `^envcloud: cannot write ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
        ),
      ),
    });
    expect(stderr).not.toMatch(/ENOTDIR|EISDIR|EACCES|internal error/);
  });

  it('report: the same sentence in Chinese, its default language', () => {
    const { code, stderr } = envcloud(['report', '--out', underFile('report')]);
    expect({ code, stderr: stderr.trim() }).toEqual({
      code: 2,
      stderr: `envcloud: 无法写入 ${underFile('report')}：路径中的某一段是文件而不是文件夹：请换一个 --out，或把该文件移开`,
    });
  });

  it.each([
    ['validate', ['validate', 'manifests']],
    ['audit', ['audit', '--stack', 'dev']],
  ])('%s: --out naming a folder says it wants a file name', (_command, args) => {
    const { code, stderr } = envcloud([...args, '--out', join(dir, 'a-folder')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot write ${join(dir, 'a-folder')}: it is a folder; --out names the report file`);
  });

  it.each([
    ['preview', ['preview', '--stack', 'dev']],
    ['report', ['report', '--lang', 'en']],
  ])('%s: --out naming a file says it wants a folder', (_command, args) => {
    const { code, stderr } = envcloud([...args, '--out', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot write into ${file}: it is a file, not a folder; --out names a folder here`);
  });
});

describe('outputError', () => {
  // Tests run as root here, so a folder's permissions cannot refuse them: the codes are given directly.
  it.each([
    ['EACCES', 'permission denied: choose a folder you can write to'],
    ['EPERM', 'permission denied: choose a folder you can write to'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'the disk is full'],
    ['EISDIR', 'it is a folder'],
    // A folder that cannot hold new files (/proc): the raw message named envcloud's temporary file.
    ['ENOENT', 'a folder on the way does not exist, or cannot hold new files'],
  ])('%s becomes a UsageError naming the path and the fix', (code, sentence) => {
    const error = outputError(Object.assign(new Error(`${code}: raw`), { code }), '/srv/out/report.txt');
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message.startsWith(`cannot write /srv/out/report.txt: ${sentence}`)).toBe(true);
    expect((error as Error).message).not.toContain(code);
  });

  it('leaves errors without a file system code alone (they are bugs, exit 70)', () => {
    const bug = new TypeError('x is undefined');
    expect(outputError(bug, '/srv/out')).toBe(bug);
  });
});

describe('report --out describes the current run only (built CLI)', () => {
  it("a removed system's page does not stay behind, and nothing is left beside the folder", () => {
    const parent = mkdtempSync(join(tmpdir(), 'envcloud-report-'));
    try {
      const out = join(parent, 'report');
      expect(envcloud(['report', '--out', out, '--as-of', '2026-06-01']).code).toBe(0);
      const stale = join(out, 'systems', 's999-removed.html');
      writeFileSync(stale, '<p>a system since removed</p>');
      const again = envcloud(['report', '--out', out, '--as-of', '2026-06-01']);
      expect(again.code).toBe(0);
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(readdirSync(parent)).toEqual(['report']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 120_000);
});
