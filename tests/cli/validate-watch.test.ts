import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { msg, usageError } from '../../document/i18n';
import { isWatchedName, validateWhileWatching, watchTargets, type RunCounts } from '../../cli/watch';
import { root, watchCli } from '../support/cli';

// `envcloud validate --watch` (cli/watch.ts): a run after each change under the paths, until stopped.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-watch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MANIFESTS = readdirSync(join(root, 'manifests')).sort().slice(0, 4);
function project(): string {
  mkdirSync(join(dir, 'manifests'));
  for (const name of MANIFESTS) cpSync(join(root, 'manifests', name), join(dir, 'manifests', name));
  return dir;
}

describe('what is watched', () => {
  it.each([
    ['manifests/s001.yaml', true],
    ['sub/deeper/new-folder', true],
    [null, true],
    ['.envcloud/cache/validate/results.jsonl', false],
    ['results.jsonl.123.tmp', true],
    ['manifests/.s001.yaml.swp', false],
    ['node_modules/x/a.yaml', false],
  ])('a change named %p starts a run: %p', (name, starts) => {
    expect(isWatchedName(name)).toBe(starts);
  });

  it('every folder validate walks, and the folder of each path given, for its name', () => {
    for (const folder of ['m/sub', 'm/empty', 'm/.git', 'm/node_modules/x', 'other'])
      mkdirSync(join(dir, folder), { recursive: true });
    for (const file of ['m/a.yaml', 'm/sub/b.yaml', 'm/.git/c.yaml', 'm/node_modules/x/d.yaml', 'other/x.yaml'])
      writeFileSync(join(dir, file), 'a: 1\n');
    const targets = watchTargets(['m', 'other/x.yaml', 'gone'], dir);
    expect([...targets.folders].sort()).toEqual(['m', 'm/empty', 'm/sub'].map((folder) => join(dir, folder)));
    expect(targets.files).toEqual(
      new Map([
        [dir, new Set(['m', 'gone'])],
        [join(dir, 'other'), new Set(['x.yaml'])],
      ]),
    );
  });
});

/** Resolves once `count` runs have been made. */
class Runs {
  made = 0;
  private waiting: { count: number; resolve: () => void }[] = [];
  constructor(private readonly answer: (run: number) => RunCounts) {}
  readonly run = async (): Promise<RunCounts> => {
    this.made++;
    for (const wait of this.waiting.filter((w) => w.count <= this.made)) wait.resolve();
    return this.answer(this.made);
  };
  reached(count: number): Promise<void> {
    return count <= this.made ? Promise.resolve() : new Promise((resolve) => this.waiting.push({ count, resolve }));
  }
}

const counts = (exitCode: number): RunCounts => ({ files: 1, errors: exitCode, warnings: 0, exitCode });

/** A watch of folder `m` (one manifest, m/a.yaml) whose runs answer `answer`, and its lines. */
function watchFolder(answer: (run: number) => RunCounts, lang: 'en' | 'zh' = 'en') {
  mkdirSync(join(dir, 'm'));
  writeFileSync(join(dir, 'm/a.yaml'), 'a: 1\n');
  const runs = new Runs(answer);
  const stop = new AbortController();
  const lines: string[] = [];
  const say = (line: string) => lines.push(line);
  const watching = validateWhileWatching({ paths: ['m'], cwd: dir, lang, run: runs.run, stop: stop.signal, say });
  return { runs, stop, lines, watching };
}

describe('validateWhileWatching', () => {
  it('runs again after a change, a new folder’s included, and ends with the last run’s exit status', async () => {
    const { runs, stop, lines, watching } = watchFolder((run) => counts(run >= 2 ? 1 : 0));
    await runs.reached(1);
    appendFileSync(join(dir, 'm/a.yaml'), '# changed\n');
    await runs.reached(2);
    mkdirSync(join(dir, 'm/new'));
    await runs.reached(3);
    writeFileSync(join(dir, 'm/new/b.yaml'), 'b: 1\n');
    await runs.reached(4);
    stop.abort();
    await expect(watching).resolves.toBe(1);
    expect(lines[0]).toMatch(/^\[\d\d:\d\d:\d\d\] validated 1 file in \d+\.\d\d s: 0 errors, 0 warnings; watching/);
  });

  it('sees a folder given that is removed and made again', async () => {
    const { runs, stop, lines, watching } = watchFolder((run) => counts(run));
    await runs.reached(1);
    rmSync(join(dir, 'm'), { recursive: true });
    await runs.reached(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    mkdirSync(join(dir, 'm'));
    await runs.reached(3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(join(dir, 'm/b.yaml'), 'b: 1\n');
    await runs.reached(4);
    stop.abort();
    await expect(watching).resolves.toBe(runs.made);
    expect(lines.length).toBe(runs.made);
  });

  it('sees a change saved while the first run reads the files: the folders are watched before it', async () => {
    const { runs, stop, watching } = watchFolder((run) => {
      if (run === 1) appendFileSync(join(dir, 'm/a.yaml'), '# saved during the first run\n');
      return counts(0);
    });
    await runs.reached(2);
    stop.abort();
    await expect(watching).resolves.toBe(0);
  });

  it('says what a later run refused and goes on watching; a bug ends the watch', async () => {
    const { runs, lines, watching } = watchFolder((run) => {
      if (run === 2) throw usageError(msg('usage.no-manifest', { path: 'm' }));
      if (run === 3) throw new Error('a bug');
      return counts(0);
    }, 'zh');
    await runs.reached(1);
    await new Promise((resolve) => setImmediate(resolve));
    appendFileSync(join(dir, 'm/a.yaml'), '# one\n');
    await runs.reached(2);
    // After the second run: a change during it would be one more run, not the third.
    await new Promise((resolve) => setTimeout(resolve, 50));
    appendFileSync(join(dir, 'm/a.yaml'), '# two\n');
    await expect(watching).rejects.toThrow('a bug');
    expect(lines[1]).toMatch(/^\[\d\d:\d\d:\d\d\] .*m.*；正在监视更改（按 Ctrl-C 结束）$/);
  });
});

describe('envcloud validate --watch', () => {
  jest.setTimeout(60_000);
  // Stopped whatever the test found: a watch left running kept jest waiting after a failed expectation.
  const started: ReturnType<typeof watchCli>[] = [];
  afterEach(() => Promise.all(started.splice(0).map((cli) => cli.stop())));
  const watching = (args: string[], cwd: string) => {
    const cli = watchCli(args, cwd);
    started.push(cli);
    return cli;
  };

  it('prints a new report after each save, in Chinese, and Ctrl-C ends it with the last run’s status', async () => {
    const cwd = project();
    const cli = watching(['validate', '--watch', '--lang', 'zh', '--format', 'json'], cwd);
    expect(await cli.line(0)).toMatch(/已校验 4 个文件，用时 [\d.]+ 秒：0 个错误/);
    const file = join(cwd, 'manifests', MANIFESTS[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: SystemMigration', 'kind: SystemMigration\nextra: 1'));
    expect(await cli.line(1)).toMatch(/已校验 4 个文件，用时 [\d.]+ 秒：1 个错误/);
    mkdirSync(join(cwd, 'manifests/new'));
    cpSync(join(root, 'manifests', MANIFESTS[1]!), join(cwd, 'manifests/new/copy.yaml'));
    let line = await cli.line(2);
    for (let index = 3; !line.includes('5 个文件'); index++) line = await cli.line(index);
    expect(await cli.stop()).toBe(1);
    const reports = cli
      .stdout()
      .split(/\n(?=\{)/)
      .map((text) => JSON.parse(text) as { summary: { files: number; errors: number } });
    expect(reports[0]!.summary).toMatchObject({ files: 4, errors: 0 });
    expect(reports[1]!.summary).toMatchObject({ files: 4, errors: 1 });
    expect(reports.at(-1)!.summary.files).toBe(5);
  });

  it('sees a save to a file that had settled, whose metadata it keeps between runs', async () => {
    const cwd = project();
    // A file changed under 3 s before a run looked at it is read by each run (validation/cache.ts
    // SETTLED_MS); a settled one is read again only when a change is reported (validation/stat-memo.ts).
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const cli = watching(['validate', '--watch', '--format', 'json'], cwd);
    expect(await cli.line(0)).toMatch(/validated 4 files in [\d.]+ s: 0 errors/);
    const file = join(cwd, 'manifests', MANIFESTS[2]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: SystemMigration', 'kind: SystemMigration\nextra: 1'));
    expect(await cli.line(1)).toMatch(/validated 4 files in [\d.]+ s: 1 error/);
    expect(await cli.stop()).toBe(1);
  });

  it('a path that does not exist is a usage error, as without --watch', async () => {
    const cli = watching(['validate', 'missing', '--watch'], project());
    await expect(cli.exited()).resolves.toBe(2);
    expect(await cli.line(0)).toMatch(/missing/);
  });
});
