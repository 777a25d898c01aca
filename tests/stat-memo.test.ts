import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stats } from 'node:fs';
import { formatReport } from '../cli/format';
import { CacheSession } from '../validation/cache-session';
import { collectManifestFiles } from '../validation/files';
import type { CheckedReport } from '../validation/report';
import { MAX_NAMED_CHANGES, StatMemo, type KnownStats } from '../validation/stat-memo';
import { reportForPaths } from '../validation/validate-report';
import { root as repositoryRoot } from './support/cli';

// What `validate --watch` knows of each file's metadata between runs (validation/stat-memo.ts): kept
// until the file system reports a change there, never for a link.

const known = (size: number): KnownStats => ({ stats: { size } as Stats, lookedAt: size });

describe('StatMemo', () => {
  const memo = (): StatMemo => {
    const made = new StatMemo();
    for (const file of ['/p/m/a.yaml', '/p/m/b.yaml', '/p/m/sub/c.yaml', '/p/mm/d.yaml'])
      made.remember(file, known(1), false);
    return made;
  };
  const kept = (made: StatMemo) =>
    ['/p/m/a.yaml', '/p/m/b.yaml', '/p/m/sub/c.yaml', '/p/mm/d.yaml'].filter((file) => made.statsOf(file));

  it('keeps what a run read until a change is reported there, and forgets it when the next run begins', () => {
    const made = memo();
    made.noteChange('/p/m/a.yaml');
    expect(kept(made)).toHaveLength(4);
    made.beginRun();
    expect(kept(made)).toEqual(['/p/m/b.yaml', '/p/m/sub/c.yaml', '/p/mm/d.yaml']);
    // Said once: the run after forgets nothing more.
    made.remember('/p/m/a.yaml', known(2), false);
    made.beginRun();
    expect(made.statsOf('/p/m/a.yaml')).toEqual(known(2));
  });

  it('forgets everything under a folder reported, and nothing beside it that shares its name’s start', () => {
    const made = memo();
    made.noteChange('/p/m/sub');
    made.beginRun();
    expect(kept(made)).toEqual(['/p/m/a.yaml', '/p/m/b.yaml', '/p/mm/d.yaml']);
    const beside = memo();
    beside.noteChange('/p/m');
    beside.beginRun();
    expect(kept(beside)).toEqual(['/p/mm/d.yaml']);
    made.noteChange('/p/m/');
    made.beginRun();
    expect(kept(made)).toEqual(['/p/mm/d.yaml']);
  });

  it('forgets everything after a change the system did not name, or a flood of them', () => {
    const unnamed = memo();
    unnamed.noteChange(undefined);
    unnamed.beginRun();
    expect(kept(unnamed)).toEqual([]);
    const flood = memo();
    for (let n = 0; n < MAX_NAMED_CHANGES; n++) flood.noteChange(`/elsewhere/${n}.yaml`);
    flood.beginRun();
    expect(kept(flood)).toHaveLength(4);
    for (let n = 0; n <= MAX_NAMED_CHANGES; n++) flood.noteChange(`/elsewhere/${n}.yaml`);
    flood.beginRun();
    expect(kept(flood)).toEqual([]);
  });

  it('never keeps a link, nor a file that is gone', () => {
    const made = memo();
    made.remember('/p/m/a.yaml', known(3), true);
    made.remember('/p/m/b.yaml', undefined, false);
    expect(kept(made)).toEqual(['/p/m/sub/c.yaml', '/p/mm/d.yaml']);
  });
});

describe('collectManifestFiles, for the watch', () => {
  it('names the files that are links, a path given through one included', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'envcloud-links-'));
    try {
      mkdirSync(join(scratch, 'm'));
      writeFileSync(join(scratch, 'm/a.yaml'), 'a: 1\n');
      writeFileSync(join(scratch, 'b.yaml'), 'b: 1\n');
      symlinkSync('../b.yaml', join(scratch, 'm/b.yaml'));
      const links = new Set<string>();
      expect(collectManifestFiles(['m'], scratch, { links })).toEqual(['m/a.yaml', 'm/b.yaml']);
      expect([...links]).toEqual(['m/b.yaml']);
      const given = new Set<string>();
      collectManifestFiles(['m/a.yaml', 'm/b.yaml'], scratch, { links: given });
      expect([...given]).toEqual(['m/b.yaml']);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('validate runs with a StatMemo', () => {
  // A file last changed under 3 s before it was looked at is read each run whatever its metadata
  // (cache.ts SETTLED_MS): the files here must have settled for the memo to be what decides.
  jest.setTimeout(30_000);
  const AS_OF = '2018-10-12';
  const CACHE = '.envcloud/cache/validate';
  let project: string;
  let files: string[];
  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'envcloud-stat-memo-'));
    mkdirSync(join(project, 'manifests'));
    mkdirSync(join(project, 'elsewhere'));
    files = readdirSync(join(repositoryRoot, 'manifests')).sort().slice(0, 5);
    for (const name of files.slice(0, 4))
      cpSync(join(repositoryRoot, 'manifests', name), join(project, 'manifests', name));
    cpSync(join(repositoryRoot, 'manifests', files[4]!), join(project, 'elsewhere', files[4]!));
    symlinkSync(join('..', 'elsewhere', files[4]!), join(project, 'manifests', files[4]!));
    await new Promise((resolve) => setTimeout(resolve, 3100));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  afterEach(() => jest.restoreAllMocks());

  const withError = (path: string) =>
    writeFileSync(path, readFileSync(path, 'utf8').replace('kind: SystemMigration', 'kind: SystemMigration\nextra: 1'));
  const text = (report: CheckedReport) => formatReport(report, 'json', { color: false, root: project });
  const erring = (report: CheckedReport) => [...new Set(report.findings.map((finding) => finding.file))].sort();

  it('reads again only what a change was reported for, and links; then answers as a run without memo', async () => {
    const session = new CacheSession();
    const stats = new StatMemo();
    const run = () =>
      reportForPaths(['manifests'], { cwd: project, asOf: AS_OF, cache: { dir: CACHE, session, stats } });
    const manifest = (n: number) => join(project, 'manifests', files[n]!);
    expect(erring(await run())).toEqual([]);

    // Nothing reported: a plain file's metadata is kept, so its change is not seen (as a change the file
    // system lost would not be); a link's is read each run, and the change behind it is seen.
    withError(join(project, 'elsewhere', files[4]!));
    withError(manifest(3));
    expect(erring(await run())).toEqual([join('manifests', files[4]!)]);

    withError(manifest(0));
    stats.noteChange(manifest(0));
    withError(manifest(1));
    stats.noteChange(join(project, 'manifests'));
    expect(erring(await run())).toEqual([0, 1, 3, 4].map((n) => join('manifests', files[n]!)));

    withError(manifest(2));
    stats.noteChange(undefined);
    const last = await run();
    expect(erring(last)).toEqual([0, 1, 2, 3, 4].map((n) => join('manifests', files[n]!)));
    expect(text(last)).toBe(text(await reportForPaths(['manifests'], { cwd: project, asOf: AS_OF })));
  });
});
