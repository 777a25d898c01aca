import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Files envcloud reads that no user names on the command line, put where a FIFO or a runaway file can
// be: the validate cache, the deploy state, the manifests an import would replace. Each was read with a
// plain readFileSync, so a FIFO hung the command, waiting for a writer. Each case runs in a child process
// with a time limit: a regression must fail here, not hang the suite.

const root = join(__dirname, '..');
const dist = (module: string) => JSON.stringify(join(root, 'dist', module));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-hostile-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs node with `args` within 30 s; what it printed, or that it was stopped. */
function node(args: string[]): { stopped: boolean; status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stopped: result.signal !== null, status: result.status, stdout: result.stdout };
}

/** Runs `script` in a new Node process, as `node` does. */
const run = (script: string) => node(['-e', script]);

describe('the validate cache file', () => {
  beforeEach(() => {
    mkdirSync(join(dir, 'manifests'));
    cpSync(join(root, 'manifests', 's001-hjbhbzfwz.yaml'), join(dir, 'manifests', 's001-hjbhbzfwz.yaml'));
    mkdirSync(join(dir, 'cache'));
  });
  const validate = () =>
    node([join(root, 'bin', 'envcloud.js'), 'validate', 'manifests', '--cache-dir', 'cache', '--format', 'json']);

  it('that is a FIFO is no cache: the run checks every file, and writes the cache anew', () => {
    execFileSync('mkfifo', [join(dir, 'cache', 'results.jsonl')]);
    const result = validate();
    expect(result).toMatchObject({ stopped: false, status: 0 });
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 1, errors: 0 });
    const written = statSync(join(dir, 'cache', 'results.jsonl'));
    expect(written.isFile() && written.size < 100_000).toBe(true);
    expect(readFileSync(join(dir, 'cache', 'results.jsonl'), 'utf8')).toMatch(/^envcloud-validate-cache 1 /);
  });

  it('past 256 MiB is no cache, and is not read', () => {
    // Sparse: 300 MB long, no disk used. Read, it took the process past 600 MB.
    execFileSync('truncate', ['-s', '300M', join(dir, 'cache', 'results.jsonl')]);
    const result = run(`
      const { ResultCache } = require(${dist('validation/cache.js')});
      const cache = ResultCache.open({ dir: 'cache', fingerprint: 'fp' });
      console.log(cache.lookup('0'.repeat(64)) === undefined, Math.round(process.resourceUsage().maxRSS / 1024));
    `);
    expect(result.stopped).toBe(false);
    const [missed, mib] = result.stdout.trim().split(' ');
    expect(missed).toBe('true');
    expect(Number(mib)).toBeLessThan(200);
  });
});

describe('the deploy state', () => {
  it('that is a FIFO is a usage error naming it, located at its start', () => {
    const path = join(dir, 'prod.offline.json');
    execFileSync('mkfifo', [path]);
    const result = run(`
      const { readDeployState } = require(${dist('waves/deploy-state.js')});
      const { UsageError } = require(${dist('model/errors.js')});
      try { readDeployState(${JSON.stringify(path)}, 'prod', true); console.log('read'); }
      catch (error) { console.log(error instanceof UsageError, error.message); }
    `);
    expect(result.stopped).toBe(false);
    expect(result.stdout).toMatch(/^true /);
    expect(result.stdout).toContain(`${path}:1:1`);
    expect(result.stdout).toContain('not a regular file');
  });
});

describe('an import over the manifests folder', () => {
  it('leaves a FIFO named like a manifest alone, even with --force', () => {
    const script = `
      const { readInventory } = require(${dist('inventory/annex1.js')});
      const { planImport } = require(${dist('inventory/import.js')});
      const rows = readInventory(${JSON.stringify(root)});
      const plan = planImport(rows, ${JSON.stringify(dir)}, { force: true });
      console.log(plan[0].file, plan[0].action, plan.filter((item) => item.action === 'create').length);
    `;
    const first = run(script);
    const file = first.stdout.split(' ')[0]!;
    execFileSync('mkfifo', [join(dir, file)]);
    const result = run(script);
    expect(result.stopped).toBe(false);
    expect(result.stdout.trim()).toBe(`${file} kept-edited 181`);
  });
});

describe('the Pulumi login', () => {
  const backend = () =>
    run(`
      const { pulumiBackend } = require(${dist('waves/runner-automation.js')});
      console.log(String(pulumiBackend({ PULUMI_HOME: ${JSON.stringify(join(dir, 'pulumi'))} })));
    `);

  it('recorded in a credentials file is read', () => {
    mkdirSync(join(dir, 'pulumi'));
    writeFileSync(join(dir, 'pulumi', 'credentials.json'), '{"current": "file:///srv/state"}');
    expect(backend()).toMatchObject({ stopped: false, stdout: 'pulumi login file:///srv/state\n' });
  });

  it('recorded in a credentials file that is a FIFO is no login', () => {
    mkdirSync(join(dir, 'pulumi'));
    execFileSync('mkfifo', [join(dir, 'pulumi', 'credentials.json')]);
    expect(backend()).toMatchObject({ stopped: false, stdout: 'undefined\n' });
  });
});
