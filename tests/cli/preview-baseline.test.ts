import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { envcloud, root } from '../support/cli';

/** Two systems with a database and object storage, and one more: a small prod stack that runs in seconds. */
const SYSTEMS = ['s001-hjbhbzfwz.yaml', 's002-hjxxzyzx.yaml', 's018-zssydwjszcrwqdglxxxt.yaml'];

/** Every file under a folder, as paths relative to it. */
const walk = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
/** The rendered objects of one system among files. */
const renderedOf = (slug: string, files: readonly string[]) => files.filter((file) => file.includes(slug));

describe('envcloud preview --baseline (built CLI, offline)', () => {
  let dir: string;
  let manifests: string;
  let baseline: string;
  /** The files the first run wrote in --out. */
  let baselineFiles: string[];
  const preview = (...args: string[]) =>
    envcloud(['preview', '--stack', 'prod', '--manifests', manifests, '--out', join(dir, 'out'), ...args]);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-baseline-'));
    manifests = join(dir, 'manifests');
    mkdirSync(manifests);
    for (const file of SYSTEMS) copyFileSync(join(root, 'manifests', file), join(manifests, file));
    const first = preview();
    expect(first.code).toBe(0);
    baseline = join(dir, 'deployed-plan.json');
    copyFileSync(join(dir, 'out', 'plan.json'), baseline);
    baselineFiles = walk(join(dir, 'out'));
  }, 60000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports no changes against its own plan and writes diff.json', () => {
    const { code, stdout } = preview('--baseline', baseline);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0 to create, 0 to update, 0 to replace, 0 to delete, \d+ unchanged/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'diff.json'), 'utf8'))).toMatchObject({
      offline: true,
      counts: { create: 0, delete: 0 },
      dataLoss: [],
    });
  }, 60000);

  it('fails when a removed manifest takes its data with it, and names the way out', () => {
    rmSync(join(manifests, SYSTEMS[0]!));
    try {
      const refused = preview('--baseline', baseline);
      expect(refused.code).toBe(1);
      // Every data-bearing resource of the system is named, in whatever order the plan lists them.
      const line = /error\[data-loss\]: system s001-hjbhbzfwz: .*/.exec(refused.stdout)?.[0] ?? '';
      for (const resource of ['Bucket s001-hjbhbzfwz-data-store-data', 'Instance s001-hjbhbzfwz-data-store-db'])
        expect(line).toContain(resource);
      expect(refused.stdout).toContain('decommission with an archive');
      expect(refused.stdout).toContain('--allow-data-loss');

      const allowed = preview('--baseline', baseline, '--allow-data-loss');
      expect(allowed.code).toBe(0);
      expect(allowed.stdout).toContain('warning[data-loss]');
      expect(allowed.stdout).toContain('DATA LOSS, allowed by --allow-data-loss');
      // The same --out as the first run, which rendered the system's objects: none of them stays behind.
      expect(renderedOf('s001-hjbhbzfwz', baselineFiles)).not.toEqual([]);
      expect(renderedOf('s001-hjbhbzfwz', walk(join(dir, 'out')))).toEqual([]);
      expect(renderedOf('s002-hjxxzyzx', walk(join(dir, 'out')))).not.toEqual([]);
    } finally {
      copyFileSync(join(root, 'manifests', SYSTEMS[0]!), join(manifests, SYSTEMS[0]!));
    }
  }, 60000);

  it('locates a broken baseline (file:line:column) and exits 2 before writing anything', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "offline": true,\n  "stack": "prod",\n  "resources": [\n    { "urn": 12 }\n  ]\n}\n');
    const fresh = join(dir, 'fresh-out');
    const shape = envcloud([
      'preview',
      '--stack',
      'prod',
      '--manifests',
      manifests,
      '--out',
      fresh,
      '--baseline',
      broken,
    ]);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(
      new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+: resources\\[0\\]`),
    );
    expect(shape.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(fresh)).toBe(false);

    writeFileSync(broken, '{\n  "offline": true,\n  "stack": "prod"\n  "resources": []\n}\n');
    const syntax = preview('--baseline', broken);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/broken\.json:4:3: not valid JSON/);
  });

  it('refuses /dev/zero and a plan with a credential pasted in, before writing anything, never printing it', () => {
    const fresh = join(dir, 'refused-out');
    const run = (file: string) =>
      envcloud(['preview', '--stack', 'prod', '--manifests', manifests, '--out', fresh, '--baseline', file]);
    const zero = run('/dev/zero');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('/dev/zero: is not a regular file');

    // Preview's own plan, with one input of its first resource set by hand to a connection string.
    const plan = JSON.parse(readFileSync(baseline, 'utf8')) as { resources: { inputs: Record<string, unknown> }[] };
    plan.resources[0]!.inputs.connection = 'postgres://admin:hunter22@db.example:5432/app';
    const pasted = join(dir, 'pasted-plan.json');
    writeFileSync(pasted, JSON.stringify(plan, null, 2));
    const secret = run(pasted);
    expect(secret.code).toBe(2);
    expect(secret.stderr).toMatch(
      /pasted-plan\.json:\d+:\d+: `resources\[0\]\.inputs\.connection` holds a plaintext credential/,
    );
    for (const output of [secret.stdout, secret.stderr, zero.stderr]) {
      expect(output).not.toContain('hunter22');
      expect(output).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(fresh)).toBe(false);
  });

  it('refuses a baseline of another stack, and --allow-data-loss without a baseline', () => {
    const other = join(dir, 'dev-plan.json');
    writeFileSync(other, JSON.stringify({ ...JSON.parse(readFileSync(baseline, 'utf8')), stack: 'dev' }));
    const mismatch = preview('--baseline', other);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain('is a plan of stack `dev`, not `prod`');
    const lone = preview('--allow-data-loss');
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('--allow-data-loss only means something with --baseline');
  });
});
