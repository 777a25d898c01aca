import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimOutputDir, stageOutputDir } from '../../cli/output-dir';

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
});
