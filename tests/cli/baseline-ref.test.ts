import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationStatus } from '../../model/domain';
import { loadBaselineRef } from '../../cli/baseline-ref';
import { envcloud } from '../support/cli';
import { clone, happyManifest, yamlOf } from '../support/manifests';

function manifest(number: number, status: MigrationStatus): string {
  const m = clone(happyManifest({ number, name: `测试系统${number}号` }));
  m.metadata.slug = `s${number}-test`;
  m.spec.schedule.status = status;
  if (status === 'completed') m.spec.schedule.completedOn = '2017-12-20';
  return yamlOf(m);
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, encoding: 'utf8' });

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'envcloud-baseline-ref-'));
  git(repo, 'init', '-q');
  mkdirSync(join(repo, 'manifests'));
  writeFileSync(join(repo, 'manifests', 'a.yaml'), manifest(901, 'not-started'));
  git(repo, 'add', 'manifests');
  git(repo, 'commit', '-q', '-m', 'first');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('validate --baseline-ref: status transitions against a git commit, read with git show', () => {
  it('flags not-started → completed against HEAD, with HEAD:<path> as the related location', () => {
    writeFileSync(join(repo, 'manifests', 'a.yaml'), manifest(901, 'completed'));
    const result = envcloud(
      ['validate', 'manifests', '--baseline-ref', 'HEAD', '--format', 'json', '--no-cache'],
      repo,
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; related?: { file: string }[] }[] };
    const finding = report.findings.find((f) => f.ruleId === 'status-transition');
    expect(finding?.related?.[0]?.file).toBe('HEAD:manifests/a.yaml');
  });

  it('accepts a legal step, and reads the commit, not the working tree or the index', async () => {
    writeFileSync(join(repo, 'manifests', 'a.yaml'), manifest(901, 'planned'));
    git(repo, 'add', 'manifests');
    expect(envcloud(['validate', 'manifests', '--baseline-ref', 'HEAD', '--no-cache'], repo).code).toBe(0);
    const baseline = await loadBaselineRef('HEAD', ['manifests'], repo);
    expect([...baseline.entries()].map(([n, s]) => [n, s.status, s.file])).toEqual([
      [901, 'not-started', 'HEAD:manifests/a.yaml'],
    ]);
  });

  it('says which files of the commit it left out (failing the schema), and finds a renumbered system by its slug', async () => {
    writeFileSync(join(repo, 'manifests', 'b.yaml'), 'apiVersion: envcloud/v1\nkind: SystemMigration\nmetadata: 7\n');
    git(repo, 'add', 'manifests');
    git(repo, 'commit', '-q', '-m', 'second');
    const skipped = new Set<string>();
    await loadBaselineRef('HEAD', ['manifests'], repo, undefined, skipped);
    expect([...skipped]).toEqual(['HEAD:manifests/b.yaml']);
    writeFileSync(join(repo, 'manifests', 'b.yaml'), manifest(902, 'not-started'));
    // No. 901 renumbered 990 and completed at once.
    writeFileSync(join(repo, 'manifests', 'a.yaml'), manifest(901, 'completed').replace('number: 901', 'number: 990'));
    const result = envcloud(['validate', 'manifests', '--baseline-ref', 'HEAD', '--no-cache', '--lang', 'en'], repo);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/manifests\/a\.yaml:\d+:\d+: error\[status-transition\]/);
    expect(result.stderr).toContain(
      'left out: the status changes of its system were not judged: HEAD:manifests/b.yaml',
    );
  });

  it('matches by inventory number across renames and from a subfolder', async () => {
    git(repo, 'mv', 'manifests/a.yaml', 'manifests/renamed.yaml');
    writeFileSync(join(repo, 'manifests', 'renamed.yaml'), manifest(901, 'completed'));
    expect(envcloud(['validate', '.', '--baseline-ref', 'HEAD', '--no-cache'], join(repo, 'manifests')).code).toBe(1);
    expect((await loadBaselineRef('HEAD', ['.'], join(repo, 'manifests'))).get(901)?.file).toBe('HEAD:a.yaml');
  });

  it('a ref that names no commit, a path outside a repository, or both baselines: exit 2, saying which', () => {
    const bad = envcloud(['validate', 'manifests', '--baseline-ref', 'no-such-branch', '--no-cache'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--baseline-ref no-such-branch: no such commit');
    expect(envcloud(['validate', 'manifests', '--baseline-ref', '--upload-pack=x', '--no-cache'], repo).code).toBe(2);
    const outside = mkdtempSync(join(tmpdir(), 'envcloud-no-git-'));
    try {
      mkdirSync(join(outside, 'manifests'));
      writeFileSync(join(outside, 'manifests', 'a.yaml'), manifest(901, 'planned'));
      const result = envcloud(['validate', 'manifests', '--baseline-ref', 'HEAD', '--no-cache'], outside);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('is not in a git repository');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const both = envcloud(
      ['validate', 'manifests', '--baseline-ref', 'HEAD', '--baseline-dir', 'manifests', '--no-cache'],
      repo,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('not both');
  });
});
