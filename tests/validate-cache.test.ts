import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, REPORT_FORMATS, unconfirmedManifests } from '../cli/format';
import { DEFAULT_LIMITS } from '../document/limits';
import { LazyLocator } from '../document/locate';
import { CACHE_FILE, cacheFingerprint, ResultCache } from '../validation/cache';
import * as files from '../validation/files';
import { Locators } from '../validation/positions';
import { DEFAULT_CACHE_DIR, findingsForPaths, type ValidateOptions } from '../validation/validate';
import { envcloud, root as repositoryRoot } from './support/cli';

// The cache of `envcloud validate` (#16): each file's own result is kept by content; the rules across
// files run again every time, so a warm run reports exactly what a cold one does.

const AS_OF = '2018-10-12';
const PATHS = ['manifests', 'sharing'];
const CACHE = '.envcloud/cache/validate';

let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'envcloud-cache-'));
  for (const folder of PATHS) cpSync(join(repositoryRoot, folder), join(project, folder), { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

async function run(options: Partial<ValidateOptions> = {}, paths: string[] = PATHS) {
  return findingsForPaths(paths, { cwd: project, asOf: AS_OF, ...options });
}

const cached = (fingerprint?: string): Partial<ValidateOptions> => ({
  cache: { dir: CACHE, ...(fingerprint ? { fingerprint } : {}) },
});

/** Every output format of a report, as the validate command writes it. */
function outputs(report: Awaited<ReturnType<typeof run>>): Record<string, string> {
  const unconfirmed = unconfirmedManifests(report.manifests);
  return Object.fromEntries(
    REPORT_FORMATS.map((format) => [
      format,
      formatReport({ ...report, unconfirmed }, format, { color: false, root: project }),
    ]),
  );
}

const cacheFile = (): string => join(project, CACHE, CACHE_FILE);

/** Gives `file`'s first data resource the catalog code of `from`'s first: a code used twice, and not its own. */
function reuseCatalogCode(file: string, from: string): string {
  const code = /catalogCode: (\S+)/.exec(readFileSync(join(project, from), 'utf8'))![1]!;
  const path = join(project, file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/catalogCode: \S+/, `catalogCode: ${code}`));
  return code;
}

describe('validate cache', () => {
  it('reports byte for byte what a cold run reports, in every output format, from the cache alone', async () => {
    const cold = await run();
    const first = await run(cached());
    const files = first.files.length;
    expect(first.cache).toEqual({ hits: 0, misses: files });
    expect(existsSync(cacheFile())).toBe(true);
    const warm = await run(cached());
    expect(warm.cache).toEqual({ hits: files, misses: 0 });
    expect(outputs(first)).toEqual(outputs(cold));
    expect(outputs(warm)).toEqual(outputs(cold));
  });

  it('after one file changes, reports what a cold run does, the findings across files included', async () => {
    await run(cached());
    reuseCatalogCode('manifests/s002-hjxxzyzx.yaml', 'manifests/s001-hjbhbzfwz.yaml');
    const warm = await run(cached());
    expect(warm.cache).toEqual({ hits: warm.files.length - 1, misses: 1 });
    const cold = await run();
    expect(outputs(warm)).toEqual(outputs(cold));
    const rules = warm.findings.filter((finding) => finding.file.includes('s002')).map((finding) => finding.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['unique-catalog-code', 'catalog-code-own-system']));
  });

  it('keeps where cross-file findings point, so a warm run parses no file for them, and not for a file changed since', async () => {
    reuseCatalogCode('manifests/s002-hjxxzyzx.yaml', 'manifests/s001-hjbhbzfwz.yaml');
    const cold = await run();
    const located = cold.findings.filter((finding) => finding.ruleId === 'unique-catalog-code');
    expect(located.length).toBeGreaterThan(0);
    await run(cached());
    expect(readFileSync(cacheFile(), 'utf8')).toContain('"positions":{');
    const parse = jest.spyOn(LazyLocator.prototype, 'locate');
    try {
      const warm = await run(cached());
      expect(parse).not.toHaveBeenCalled();
      expect(outputs(warm)).toEqual(outputs(cold));
    } finally {
      parse.mockRestore();
    }
    // A position found in a file read after it changed is not kept for the content checked before.
    const locators = new Locators(ResultCache.open({ dir: join(project, CACHE), fingerprint: cacheFingerprint() }));
    const locator = locators.of({ file: 'manifests/s002-hjxxzyzx.yaml', cacheKey: 'f'.repeat(64) }, project);
    expect(locator.locate(['metadata', 'name'])).toEqual({ line: expect.any(Number), column: 9 });
    expect((locator as unknown as { learned?: object }).learned).toBeUndefined();
  });

  it('sees a change in a file that is no longer in error as well (the cross-file finding goes away)', async () => {
    reuseCatalogCode('manifests/s002-hjxxzyzx.yaml', 'manifests/s001-hjbhbzfwz.yaml');
    await run(cached());
    cpSync(join(repositoryRoot, 'manifests/s002-hjxxzyzx.yaml'), join(project, 'manifests/s002-hjxxzyzx.yaml'));
    const warm = await run(cached());
    expect(warm.findings.some((finding) => finding.ruleId === 'unique-catalog-code')).toBe(false);
    expect(outputs(warm)).toEqual(outputs(await run()));
  });

  it('ignores corrupt entries and a corrupt cache file, checks those files again and writes them anew', async () => {
    const cold = await run();
    await run(cached());
    const lines = readFileSync(cacheFile(), 'utf8').split('\n');
    // Entries of results (not of file metadata): a key, a space, JSON.
    const [a, b, c] = lines.flatMap((line, index) => (line[64] === ' ' ? [index] : []));
    lines[a!] = `${lines[a!]!.slice(0, 80)}`; // cut short
    lines[b!] = `${lines[b!]!.slice(0, 65)}{"findings":[{"file":1}]}`; // JSON of another shape
    lines[c!] = `${lines[c!]!.slice(0, 65)}{"findings":[],"manifest":{"metadata":{}}}`;
    writeFileSync(cacheFile(), lines.join('\n'));
    const repaired = await run(cached());
    expect(repaired.cache!.misses).toBe(3);
    expect(outputs(repaired)).toEqual(outputs(cold));
    expect((await run(cached())).cache!.misses).toBe(0);

    writeFileSync(cacheFile(), Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x7b]));
    const fromGarbage = await run(cached());
    expect(fromGarbage.cache).toEqual({ hits: 0, misses: cold.files.length });
    expect(outputs(fromGarbage)).toEqual(outputs(cold));
  });

  it('reads no settled file whose metadata is unchanged, and sees a change that keeps its size and modification time', async () => {
    // Files changed within the last 3 seconds are read every time: a change in the same clock tick could keep the time.
    await new Promise((resolve) => setTimeout(resolve, 3100));
    const cold = await run();
    await run(cached());
    const read = jest.spyOn(files, 'readBoundedWithSize');
    // The cache file itself is read the same bounded way.
    const manifestsRead = () => read.mock.calls.filter(([path]) => !path.endsWith(CACHE_FILE)).length;
    try {
      const warm = await run(cached());
      expect(manifestsRead()).toBe(0);
      expect(warm.cache).toEqual({ hits: cold.files.length, misses: 0 });
      expect(outputs(warm)).toEqual(outputs(cold));
      // Same size, modification time set back (as `cp -p` or `rsync -t` do): the change time still differs.
      const path = join(project, 'manifests/s002-hjxxzyzx.yaml');
      const before = statSync(path);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace('catalogCode: 30300000002/0001', 'catalogCode: 30300000001/0001'));
      utimesSync(path, before.atime, before.mtime);
      expect(statSync(path).size).toBe(before.size);
      const changed = await run(cached());
      expect(manifestsRead()).toBe(1);
      expect(changed.findings.some((finding) => finding.ruleId === 'unique-catalog-code')).toBe(true);
      expect(outputs(changed)).toEqual(outputs(await run()));
    } finally {
      read.mockRestore();
    }
  });

  it('is invalidated by another tool version, schema or rule set', async () => {
    const first = await run(cached());
    const files = first.files.length;
    for (const change of [{ version: '9.9.9' }, { schemas: '{}' }, { rules: '[]' }, { code: 'x' }]) {
      const fingerprint = cacheFingerprint(change);
      expect(fingerprint).not.toBe(cacheFingerprint());
      expect((await run(cached(fingerprint))).cache).toEqual({ hits: 0, misses: files });
    }
    // The cache file now belongs to the last fingerprint: the tool's own starts again.
    expect((await run(cached())).cache).toEqual({ hits: 0, misses: files });
    expect((await run(cached())).cache).toEqual({ hits: files, misses: 0 });
  });

  it('is keyed by the input limits too', async () => {
    await run(cached());
    const smaller = await run({ ...cached(), limits: { ...DEFAULT_LIMITS, maxFileBytes: 2000 } });
    expect(smaller.cache!.hits).toBe(0);
    expect(smaller.findings.some((finding) => finding.ruleId === 'file-too-large')).toBe(true);
  });

  it('keeps no credential: a file with one is checked every time and its text never reaches the cache', async () => {
    const secret = 'AKIAIOSFODNN7EXAMPLE';
    const file = join(project, 'manifests/s003-dsjglpt.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+)name: (.+)$/m, `$1name: $2 ${secret}`));
    const cold = await run();
    expect(cold.findings.some((finding) => finding.ruleId === 'plaintext-secret')).toBe(true);
    await run(cached());
    const warm = await run(cached());
    expect(warm.cache!.misses).toBe(1);
    expect(outputs(warm)).toEqual(outputs(cold));
    expect(readFileSync(cacheFile(), 'utf8')).not.toContain(secret);
  });
});

describe('envcloud validate and its cache', () => {
  const args = ['validate', '--format', 'json', '--as-of', AS_OF];

  it('writes the cache under .envcloud/cache/validate by default, and nothing with --no-cache', () => {
    const uncached = envcloud([...args, '--no-cache'], project);
    expect(existsSync(join(project, '.envcloud'))).toBe(false);
    const cold = envcloud(args, project);
    expect(existsSync(join(project, DEFAULT_CACHE_DIR, CACHE_FILE))).toBe(true);
    const warm = envcloud(args, project);
    expect([cold.stdout, warm.stdout]).toEqual([uncached.stdout, uncached.stdout]);
    expect([cold.code, warm.code]).toEqual([uncached.code, uncached.code]);
  });

  it('gives the same results with worker threads, filling and reading the same cache', () => {
    const expected = envcloud([...args, '--no-cache'], project);
    const threaded = envcloud([...args, '--jobs', '2'], project);
    const warm = envcloud(args, project);
    const warmThreaded = envcloud([...args, '--jobs', '2'], project);
    for (const result of [threaded, warm, warmThreaded]) expect(result).toEqual(expected);
  });

  it('takes --cache-dir, relative to the working folder', () => {
    const result = envcloud([...args, '--cache-dir', 'build/cache'], project);
    expect(result.stderr).toBe('');
    expect(readdirSync(join(project, 'build/cache'))).toEqual([CACHE_FILE]);
  });

  it('two concurrent runs on one cache each report what a cold run does, and leave a complete cache', async () => {
    const expected = envcloud([...args, '--no-cache'], project).stdout;
    reuseCatalogCode('manifests/s005-qghjbhxfxxglxt.yaml', 'manifests/s001-hjbhbzfwz.yaml');
    const changed = envcloud([...args, '--no-cache'], project).stdout;
    const concurrent = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<string>((resolve, reject) => {
            const child = spawn(process.execPath, [join(repositoryRoot, 'bin/envcloud.js'), ...args], {
              cwd: project,
              env: { ...process.env, NO_COLOR: '1' },
            });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
            child.on('error', reject);
            child.on('close', () => resolve(stderr + stdout));
          }),
      ),
    );
    expect(concurrent).toEqual([changed, changed, changed]);
    expect(changed).not.toEqual(expected);
    expect(readdirSync(join(project, CACHE))).toEqual([CACHE_FILE]);
    expect(envcloud(args, project).stdout).toBe(changed);
  });
});
