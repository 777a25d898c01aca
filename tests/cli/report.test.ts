import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { envcloud, root } from '../support/cli';

describe('envcloud report (built CLI, offline)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-report-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report folder for every manifest, and again into its own folder', () => {
    const out = join(dir, 'all');
    const first = envcloud(['report', '--out', out, '--as-of', '2019-01-20']);
    expect(first.code).toBe(0);
    // The messages are in the reports' language, Chinese unless --lang en.
    expect(first.stderr).toMatch(/^已向 .* 写入 \d+ 个文件：用浏览器打开 .*index\.html\n$/);
    const metrics = JSON.parse(readFileSync(join(out, 'metrics.json'), 'utf8'));
    expect(metrics.overall.systems).toBe(182);
    // Plans are not results: the shipped manifests plan connections but none is done yet.
    expect(metrics.overall.connectivity.anyPortalOrResourceCenter.planned.count).toBeGreaterThan(0);
    expect(metrics.overall.connectivity.anyPortalOrResourceCenter.achieved.count).toBe(0);
    // Due by the end of January, the report written on 2019-01-20 is the one for 2018.
    expect(readFileSync(join(out, 'annual-report', 'all-units.md'), 'utf8').split('\n')[0]).toBe(
      '# 2018 年度政务信息资源整合共享情况报告（全部单位）',
    );
    expect(readdirSync(join(out, 'systems'))).toHaveLength(182);
    expect(envcloud(['report', '--out', out]).code).toBe(0);
  }, 60000);

  it('includes the audit of a stack, and its systems only', () => {
    const out = join(dir, 'dev');
    expect(envcloud(['report', '--stack', 'dev', '--lang', 'en', '--out', out]).code).toBe(0);
    const audit = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8'));
    expect(audit).toMatchObject({ offline: true, stack: 'dev', summary: { passed: true } });
    expect(readdirSync(join(out, 'systems'))).toHaveLength(6);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('PASS: no mandatory violation');
  }, 60000);

  it.each([
    [['--as-of', '2019-1-20', '--lang', 'en'], 'expected a date YYYY-MM-DD, got "2019-1-20"'],
    [['--year', '18'], '应为四位数的年份（如 2018），实际是“18”'],
    [['--as-of', '2019-01-20', '--year', '2020', '--lang', 'en'], '--year 2020 is after the as-of day'],
    [['--as-of', '2019-01-20', '--year', '2020'], '--year 2020 晚于截止日所在的 2019 年'],
  ])('exits 2 on a bad as-of day or year, writing nothing: %j', (args, message) => {
    const out = join(dir, 'bad-date');
    const { code, stderr } = envcloud(['report', '--out', out, ...args]);
    expect([code, stderr]).toEqual([2, expect.stringContaining(message)]);
    expect(existsSync(out)).toBe(false);
  });

  it('says its option errors in Chinese too, its default language, whatever the locale', () => {
    for (const args of [['--as-of', '2026-02-30', '--out', 'x'], ['--bogus'], ['--help']]) {
      const run = spawnSync(process.execPath, [join(root, 'bin/envcloud.js'), 'report', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      });
      if (args[0] === '--help') expect([run.status, run.stdout]).toEqual([0, expect.stringMatching(/^用法：/)]);
      else expect([run.status, run.stderr]).toEqual([2, expect.stringMatching(/^错误：/)]);
    }
  });

  it('never writes into a folder of the user’s', () => {
    const mine = join(dir, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    const { code, stderr } = envcloud(['report', '--out', mine]);
    expect(code).toBe(2);
    expect(stderr).toContain('不是空的，也不是 envcloud 写的');
    expect(readdirSync(mine)).toEqual(['notes.txt']);
  });
});
