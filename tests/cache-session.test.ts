import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, REPORT_FORMATS } from '../cli/format';
import { CACHE_FILE, ResultCache } from '../validation/cache';
import { CacheSession } from '../validation/cache-session';
import type { CheckedReport } from '../validation/report';
import { reportForPaths } from '../validation/validate-report';
import { root as repositoryRoot } from './support/cli';

// The cache across the runs of one process (`validate --watch`, validation/cache-session.ts CacheSession): each
// run starts from what the last one left in memory, and answers what a run without cache answers.

const AS_OF = '2018-10-12';
const PATHS = ['manifests', 'sharing'];
const CACHE = '.envcloud/cache/validate';
const key = (n: number) => n.toString(16).padStart(64, '0');

let project: string;
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'envcloud-session-'));
  for (const folder of PATHS) cpSync(join(repositoryRoot, folder), join(project, folder), { recursive: true });
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(project, { recursive: true, force: true });
});

const cold = (): Promise<CheckedReport> => reportForPaths(PATHS, { cwd: project, asOf: AS_OF });
const inSession = (session: CacheSession): Promise<CheckedReport> =>
  reportForPaths(PATHS, { cwd: project, asOf: AS_OF, cache: { dir: CACHE, session } });

function outputs(report: CheckedReport): Record<string, string> {
  return Object.fromEntries(
    REPORT_FORMATS.map((format) => [format, formatReport(report, format, { color: false, root: project })]),
  );
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(project, file), change(readFileSync(join(project, file), 'utf8')));

describe('a session of runs', () => {
  it('answers each run as a run without cache does, through every kind of change', async () => {
    const session = new CacheSession();
    const firstName = /^ {2}name: (.+)$/m.exec(
      readFileSync(join(project, 'manifests/s001-hjbhbzfwz.yaml'), 'utf8'),
    )![1]!;
    const changes: [string, () => void][] = [
      ['nothing', () => undefined],
      ['a comment', () => appendFileSync(join(project, 'manifests/s100-qgkqzlzdzsjsszsxt.yaml'), '# again\n')],
      [
        'a duplicate name',
        () => edit('manifests/s002-hjxxzyzx.yaml', (t) => t.replace(/^( {2}name: ).+$/m, `$1${firstName}`)),
      ],
      ['lines moved above it', () => edit('manifests/s002-hjxxzyzx.yaml', (t) => `# one\n# two\n${t}`)],
      [
        'an unknown key',
        () =>
          edit('manifests/s003-dsjglpt.yaml', (t) =>
            t.replace('kind: SystemMigration', 'kind: SystemMigration\nextra: 1'),
          ),
      ],
      ['a file removed', () => unlinkSync(join(project, 'manifests/s004-ycdzgwcsxt.yaml'))],
      [
        'a file added',
        () => cpSync(join(project, 'manifests/s002-hjxxzyzx.yaml'), join(project, 'manifests/copy.yaml')),
      ],
    ];
    for (const [change, make] of changes) {
      make();
      const warm = await inSession(session);
      expect({ change, outputs: outputs(warm), unconfirmed: warm.unconfirmed }).toEqual({
        change,
        outputs: outputs(await cold()),
        unconfirmed: (await cold()).unconfirmed,
      });
    }
  });

  it('reads the cache file once: later runs start from what the last one left', async () => {
    const session = new CacheSession();
    const first = await inSession(session);
    // No file to read: what the second run finds, it found in memory.
    rmSync(join(project, CACHE), { recursive: true });
    appendFileSync(join(project, 'manifests/s100-qgkqzlzdzsjsszsxt.yaml'), '# again\n');
    const second = await inSession(session);
    expect(second.cache).toMatchObject({ hits: first.files.length - 1, misses: 1, acrossFiles: 'reused' });
  });

  it('leaves the cache file a new process reads as it would have', async () => {
    const session = new CacheSession();
    await inSession(session);
    appendFileSync(join(project, 'manifests/s100-qgkqzlzdzsjsszsxt.yaml'), '# again\n');
    await inSession(session);
    const fresh = await reportForPaths(PATHS, { cwd: project, asOf: AS_OF, cache: { dir: CACHE } });
    expect(fresh.cache).toMatchObject({ misses: 0, acrossFiles: 'reused' });
  });

  it('reads its own file again for another folder or another tool', async () => {
    const session = new CacheSession();
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-session-cache-'));
    try {
      const first = session.open({ dir, fingerprint: 'a' });
      first.store(key(1), { findings: [] });
      first.save();
      expect(session.open({ dir, fingerprint: 'b' }).lookup(key(1))).toBeUndefined();
      expect(session.open({ dir: join(dir, 'x'), fingerprint: 'a' }).lookup(key(1))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the successor of a run', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-successor-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const location = () => ({ dir, fingerprint: 'fp' });

  /** What a cache answers for keys 1 to 6, as data. */
  const answers = (cache: ResultCache) =>
    [1, 2, 3, 4, 5, 6].map((n) => [cache.lookup(key(n)), cache.factsOf(key(n)), cache.lookupMemo(key(n))]);

  it.each([
    ['appended to', 1],
    ['written anew', 0],
  ])('holds what a new run reads from the file %s', (_how, previous) => {
    if (previous) {
      const before = ResultCache.open(location());
      before.store(key(1), { findings: [] });
      before.store(key(2), { findings: [] });
      before.storeMemo(key(5), '{"findings":[]}');
      before.save();
    }
    const cache = ResultCache.open(location());
    cache.lookup(key(1));
    cache.store(key(3), { findings: [] });
    cache.storeMemo(key(6), '{"findings":[],"unconfirmed":[]}');
    cache.save();
    expect(answers(cache.successor())).toEqual(answers(ResultCache.open(location())));
  });

  // Started empty, each run keeps new findings across files of 300 KB: appends reach the bound of size
  // within a few runs. Started with 26,650 lines, each run keeps the same 1 MB ones (the run uses enough
  // that the bound of size stays far) and adds an entry: appends reach the bound of lines.
  it.each([
    ['empty', 0, 300_000],
    ['nearly at its bound of lines', 26_650, 1_000_000],
  ])(
    'writes the file a new process each run would write, run after run, through appends and rewrites (at first %s)',
    (_start, lines, size) => {
      const big = 'x'.repeat(size);
      const other = mkdtempSync(join(tmpdir(), 'envcloud-successor-'));
      const filler = Array.from({ length: lines }, (_, n) => `${key(5000 + n)} {"findings":[]}\n`).join('');
      for (const folder of [dir, other])
        writeFileSync(join(folder, CACHE_FILE), `envcloud-validate-cache 1 fp\n${filler}`);
      try {
        let session: ResultCache | undefined;
        let rewrites = 0;
        for (let run = 0; run < 12; run++) {
          const chained = session ? session.successor() : ResultCache.open(location());
          const fresh = ResultCache.open({ dir: other, fingerprint: 'fp' });
          const before = readFileSync(join(other, CACHE_FILE), 'utf8');
          for (const cache of [chained, fresh]) {
            cache.lookup(key(run));
            cache.store(key(run + 1), { findings: [] });
            const set = lines > 0 ? key(100) : key(100 + run);
            cache.storeMemo(set, JSON.stringify({ findings: [], located: {}, unconfirmed: [], big }));
            cache.save();
          }
          session = chained;
          const after = readFileSync(join(other, CACHE_FILE), 'utf8');
          if (!after.startsWith(before)) rewrites++;
          expect({ run, file: readFileSync(join(dir, CACHE_FILE), 'utf8') }).toEqual({ run, file: after });
        }
        // Both ways were taken: appends, and rewrites once the appends reached a bound.
        expect(rewrites).toBeGreaterThan(0);
        expect(rewrites).toBeLessThan(12);
      } finally {
        rmSync(other, { recursive: true, force: true });
      }
    },
  );

  it('a run that saved nothing hands on what it read', () => {
    const before = ResultCache.open(location());
    before.store(key(1), { findings: [] });
    before.save();
    const cache = ResultCache.open(location());
    cache.lookup(key(1));
    cache.save();
    expect(answers(cache.successor())).toEqual(answers(ResultCache.open(location())));
  });
});
