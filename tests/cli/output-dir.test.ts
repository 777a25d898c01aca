import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { claimAppendFile, claimOutputDir, claimOutputFile, stageOutputDir } from '../../cli/output-dir';

/** `preview --out` describes the current run only (#17): a removed system's objects stayed behind. */
describe('an output folder replaced per run', () => {
  let root: string;
  let out: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'envcloud-outdir-'));
    out = join(root, 'preview');
    claimOutputDir(out, false);
    mkdirSync(join(out, 'kubernetes', 'removed-system'), { recursive: true });
    writeFileSync(join(out, 'kubernetes', 'removed-system', 'deployment.yaml'), 'old');
    writeFileSync(join(out, 'plan.json'), 'old');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('holds only what the new run wrote once it is committed, and nothing is left beside it', () => {
    const staged = stageOutputDir(out, false);
    expect(staged.path).not.toBe(out);
    writeFileSync(join(staged.path, 'plan.json'), 'new');
    expect(existsSync(join(out, 'plan.json'))).toBe(true);
    staged.commit();
    expect(readdirSync(out).sort()).toEqual(['.envcloud-output', 'plan.json']);
    expect(readdirSync(root)).toEqual(['preview']);
  });

  it('leaves the last run as it was when the run fails', () => {
    const staged = stageOutputDir(out, false);
    writeFileSync(join(staged.path, 'plan.json'), 'half');
    staged.discard();
    expect(existsSync(join(out, 'kubernetes', 'removed-system', 'deployment.yaml'))).toBe(true);
    expect(readdirSync(root)).toEqual(['preview']);
  });

  it('leaves nothing behind when the first run into a new folder fails, the folders it made on the way included', () => {
    for (const fresh of [join(root, 'fresh'), join(root, 'a', 'b', 'c')]) {
      const staged = stageOutputDir(fresh, false);
      writeFileSync(join(staged.path, 'plan.json'), 'half');
      staged.discard();
      expect(readdirSync(root)).toEqual(['preview']);
    }
    // A folder on the way that was there before stays.
    mkdirSync(join(root, 'kept'));
    const staged = stageOutputDir(join(root, 'kept', 'x', 'y'), false);
    staged.discard();
    expect(readdirSync(root).sort()).toEqual(['kept', 'preview']);
    expect(readdirSync(join(root, 'kept'))).toEqual([]);
  });

  it('writes into a folder of the user taken with --force in place, deleting none of its files', () => {
    const mine = join(root, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'keep');
    expect(() => stageOutputDir(mine, false)).toThrow(/not empty and was not written by envcloud/);
    const staged = stageOutputDir(mine, true);
    expect(staged.path).toBe(mine);
    staged.commit();
    expect(existsSync(join(mine, 'notes.txt'))).toBe(true);
  });

  it('stays the user’s after a run with --force: the next run needs --force again, and deletes nothing then either', () => {
    const mine = join(root, 'mine');
    mkdirSync(join(mine, 'src'), { recursive: true });
    writeFileSync(join(mine, 'src', 'main.c'), 'keep');
    stageOutputDir(mine, true).commit();
    expect(() => stageOutputDir(mine, false)).toThrow(/not empty and was not written by envcloud/);
    const again = stageOutputDir(mine, true);
    expect(again.path).toBe(mine);
    again.commit();
    expect(readdirSync(mine)).toEqual(['src']);
  });

  it('writes into the folder a link names, leaving the link a link', () => {
    const target = join(root, 'target');
    mkdirSync(target);
    const link = join(root, 'link');
    symlinkSync(target, link);
    const staged = stageOutputDir(link, false);
    writeFileSync(join(staged.path, 'plan.json'), 'new');
    staged.commit();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(target).sort()).toEqual(['.envcloud-output', 'plan.json']);
  });

  it('refuses a link to nothing, as a folder and as a file, writing nothing', () => {
    const dangling = join(root, 'dangling');
    symlinkSync(join(root, 'nowhere'), dangling);
    expect(() => stageOutputDir(dangling, false)).toThrow(/symbolic link to something that does not exist/);
    expect(() => claimOutputFile(dangling, 'dangling', false)).toThrow(/dangling exists; pass --force/);
    expect(lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });

  it('never takes a FIFO for a report or a log file, even with --force: written to, it hung; replaced, a device became a file', () => {
    const fifo = join(root, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const force of [false, true])
      expect(() => claimOutputFile(fifo, 'fifo', force)).toThrow(/fifo: it is not a regular file/);
    expect(() => claimAppendFile(fifo)).toThrow(/it is not a regular file .*choose another --json-log/);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // A new file, a regular one and a folder (which the write itself refuses) pass the claim.
    writeFileSync(join(root, 'log.jsonl'), '');
    for (const file of ['new.jsonl', 'log.jsonl', 'preview'])
      expect(() => claimAppendFile(join(root, file))).not.toThrow();
  });

  it('never writes an output folder inside a folder envcloud reads, even with --force', () => {
    // Relative to the working folder, as the commands give them: the repository's, in the tests.
    for (const dir of ['manifests/pv', 'manifests', 'sharing/x', 'corrections'])
      expect(() => stageOutputDir(resolve(dir), true)).toThrow(/which envcloud reads as input/);
    expect(() => stageOutputDir(join(root, 'm2', 'pv'), true, [join(root, 'm2')])).toThrow(/inside .*m2/);
    expect(existsSync(resolve('manifests/pv'))).toBe(false);
  });
});
