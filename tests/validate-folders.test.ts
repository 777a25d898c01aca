import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../model/errors';
import { findingsForPaths, loadBaseline, validatePaths } from '../validation/validate';
import { happyManifest, providerManifest, yamlOf } from './support/manifests';

// What validate reads beside the paths it is given (validation/validate.ts): the catalog in manifests/
// for requests and corrections validated alone, the grants in sharing/ for corrections validated alone,
// and a baseline folder; and what it reports of them (nothing of their own findings).

const AS_OF = '2025-12-01';

/** No. 900 asks for no. 901's resource (shared on conditions), granted until the end of 2026. */
const GRANT = {
  apiVersion: 'envcloud/v1',
  kind: 'SharingRequest',
  metadata: { id: 'sr-2025-009' },
  spec: {
    requester: { unit: '环境监察局', system: 900 },
    resource: { catalogCode: '30300000901/0001' },
    purpose: '执法核查。',
    usage: ['work-reference'],
    submittedOn: '2025-08-28',
    answer: {
      answeredOn: '2025-09-01',
      decision: 'granted-with-conditions',
      conditions: '仅用于执法核查。',
      expiresOn: '2026-12-31',
    },
  },
};

/** No. 900 reports an error in that resource on 2025-09-26, under the grant, and it is corrected. */
const CORRECTION = {
  apiVersion: 'envcloud/v1',
  kind: 'DataCorrection',
  metadata: { id: 'dc-2025-001' },
  spec: {
    reporter: { unit: '环境监察局', system: 900 },
    resource: { catalogCode: '30300000901/0001' },
    issue: { kind: 'evident-error', description: '排放口经纬度互换。' },
    reportedOn: '2025-09-26',
    answer: { answeredOn: '2025-10-15', result: 'corrected' },
  },
};

let project: string;
const write = (path: string, content: unknown) => {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), typeof content === 'string' ? content : yamlOf(content));
};
beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'envcloud-folders-'));
  write('manifests/s900.yaml', happyManifest());
  write('manifests/s901.yaml', providerManifest());
  // A manifest of the catalog with errors of its own: read for the catalog, its findings not reported.
  write('manifests/zz-broken.yaml', 'apiVersion: envcloud/v1\nkind: SystemMigration\nmetadata: 7\n');
  write('sharing/g.yaml', GRANT);
  write('corrections/c.yaml', CORRECTION);
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

const run = (paths: string[]) => findingsForPaths(paths, { cwd: project, asOf: AS_OF });
const rules = (report: { findings: { file: string; ruleId: string }[] }) =>
  report.findings.map((finding) => `${finding.file} ${finding.ruleId}`);

describe('the catalog and the grants validate reads beside the paths', () => {
  it('corrections alone: judged against the catalog in manifests/ and the grants in sharing/, nothing else reported', async () => {
    const report = await run(['corrections']);
    expect(rules(report)).toEqual([]);
    expect(report).toMatchObject({ files: ['corrections/c.yaml'], manifests: [], requests: [], errors: 0 });
    expect(report.corrections.map((entry) => entry.file)).toEqual(['corrections/c.yaml']);
    expect(report).not.toHaveProperty('cache');
  });

  it('corrections alone without sharing/: no grant, so the conditional data was not readable', async () => {
    rmSync(join(project, 'sharing'), { recursive: true });
    const report = await run(['corrections']);
    expect(rules(report)).toEqual(['corrections/c.yaml correction-resource-readable']);
    expect(report.findings[0]!.message).toContain('no grant in sharing/ to system 900 was live on 2025-09-26');
  });

  // A correction about a resource first published after the day it was reported passed, and was counted.
  it('a correction reported before its resource was published: refused at reportedOn, the publication related', async () => {
    const provider = providerManifest();
    provider.spec.dataResources![0]!.publishedOn = '2025-09-27';
    write('manifests/s901.yaml', provider);
    const report = await run(['corrections']);
    expect(rules(report)).toEqual(['corrections/c.yaml correction-resource-readable']);
    expect(report.findings[0]!.field).toBe('spec.reportedOn');
    expect(report.findings[0]!.message).toContain(
      'first published in the catalog on 2025-09-27, after this correction was reported on 2025-09-26',
    );
    expect(report.findings[0]!.related?.[0]?.file).toBe('manifests/s901.yaml');
  });

  it('corrections with their grants named: sharing/ is not read again, and the grants given are the ones judged', async () => {
    write('grants/other.yaml', {
      ...GRANT,
      spec: { ...GRANT.spec, requester: { unit: '大气环境管理司', system: 901 } },
    });
    const report = await run(['corrections', 'grants']);
    // The grant named goes to system 901: the one in sharing/ (to 900) is not read.
    expect(rules(report)).toEqual(['corrections/c.yaml correction-resource-readable']);
    expect(report.requests.map((entry) => entry.file)).toEqual(['grants/other.yaml']);
  });

  it('corrections alone without manifests/: the catalog is empty, and the reporting system unknown', async () => {
    rmSync(join(project, 'manifests'), { recursive: true });
    const report = await run(['corrections']);
    expect(rules(report)).toEqual(['corrections/c.yaml correction-resource-readable']);
    expect(report.findings[0]!.field).toBe('spec.reporter.system');
  });

  it('requests alone: the catalog of manifests/, or none when there is no such folder', async () => {
    expect(rules(await run(['sharing']))).toEqual([]);
    rmSync(join(project, 'manifests'), { recursive: true });
    const alone = await run(['sharing']);
    expect(rules(alone)).toEqual(['sharing/g.yaml request-known-parties', 'sharing/g.yaml request-known-parties']);
  });

  it('with a manifest among the paths, the catalog is that manifest alone', async () => {
    const report = await run(['corrections', 'sharing', 'manifests/s900.yaml']);
    expect(report.manifests.map((entry) => entry.file)).toEqual(['manifests/s900.yaml']);
    const correction = report.findings.filter((finding) => finding.file === 'corrections/c.yaml');
    expect(correction.map((finding) => finding.ruleId)).toEqual(['correction-resource-readable']);
    expect(correction[0]!.field).toBe('spec.resource.catalogCode');
  });

  it('manifests alone read neither folder: a report of the manifests, findings of the broken one included', async () => {
    const report = await run(['manifests']);
    expect(report.files).toEqual(['manifests/s900.yaml', 'manifests/s901.yaml', 'manifests/zz-broken.yaml']);
    expect(report.requests).toEqual([]);
    expect(report.findings.every((finding) => finding.file.startsWith('manifests/'))).toBe(true);
    expect(rules(report)).toContain('manifests/zz-broken.yaml schema-type');
  });
});

describe('a baseline folder', () => {
  beforeEach(() => {
    const planned: any = happyManifest();
    planned.spec.schedule.status = 'planned';
    write('base/a.yaml', planned);
    const other: any = happyManifest();
    other.spec.schedule.status = 'completed';
    write('base/b.yaml', other);
    write('base/bad.yaml', 'kind: SystemMigration\n');
    write('base/g.yaml', GRANT);
    write('base/c.yaml', CORRECTION);
  });

  it('gives each number’s status from the first file with it, and lists the files that did not pass', () => {
    const { systems, skipped } = loadBaseline('base', project);
    expect([...systems.keys()]).toEqual([900]);
    expect(systems.get(900)).toMatchObject({ file: 'base/a.yaml', status: 'planned' });
    expect(systems.get(900)!.locator.locate(['spec', 'schedule', 'status'])).toEqual({
      line: expect.any(Number),
      column: 13,
    });
    expect(skipped).toEqual(['base/bad.yaml']);
  });

  it('a folder that does not exist, or holds no manifest, is a usage error naming the option', () => {
    expect(() => loadBaseline('nope', project)).toThrow(new UsageError('--baseline-dir nope: no such folder'));
    mkdirSync(join(project, 'empty'));
    expect(() => loadBaseline('empty', project)).toThrow(UsageError);
    expect(() => loadBaseline('empty', project)).toThrow(/^--baseline-dir empty: no manifest found in empty/);
  });

  it('validate judges each change of status against it, with the cache too', async () => {
    const options = { cwd: project, asOf: AS_OF, baselineDir: 'base' };
    const report = await findingsForPaths(['manifests/s900.yaml'], options);
    // planned → not-started (the happy manifest's status) is no legal step.
    expect(rules(report)).toEqual(['manifests/s900.yaml status-transition']);
    expect(report.findings[0]!.related![0]!.file).toBe('base/a.yaml');
    const cached = { ...options, cache: { dir: 'cache', fingerprint: 'f' } };
    const cold = await findingsForPaths(['manifests/s900.yaml'], cached);
    // The baseline's five files go through the cache as well.
    expect(cold.cache).toEqual({ hits: 0, misses: 6 });
    const warm = await findingsForPaths(['manifests/s900.yaml'], cached);
    expect(warm.cache).toEqual({ hits: 6, misses: 0 });
    expect(warm.findings).toEqual(report.findings);
  });

  it('a baseline given as systems is used when there is no baseline folder', async () => {
    const { systems } = loadBaseline('base', project);
    const report = await findingsForPaths(['manifests/s900.yaml'], { cwd: project, asOf: AS_OF, baseline: systems });
    expect(rules(report)).toEqual(['manifests/s900.yaml status-transition']);
  });
});

describe('the cache option', () => {
  it('is for findings only: validatePaths keeps manifests whole and neither reads nor writes a cache', async () => {
    const report = await validatePaths(['manifests/s900.yaml'], { cwd: project, cache: { dir: 'cache' } });
    expect(report).not.toHaveProperty('cache');
    expect(report.manifests[0]!.manifest).toEqual(happyManifest());
    expect(existsSync(join(project, 'cache'))).toBe(false);
  });
});

describe('what decides whether the catalog or the grants are read (mutation survivors of validate.ts)', () => {
  const broken = (kind: string) => `apiVersion: envcloud/v1\nkind: ${kind}\nmetadata: 7\n`;

  // Requests are judged against manifests/ (system 900 and resource 30300000901/0001 known: no
  // request-known-parties); corrections against the grant in sharing/ (no correction-resource-readable).
  it.each([
    ['sharing', 'SharingRequest', 'the catalog in manifests/', 'manifests'],
    ['corrections', 'DataCorrection', 'the grants in sharing/', 'requests'],
  ] as const)('%s beside a file that passed no schema (a %s) still read %s', async (folder, kind, _what, readOnly) => {
    write(`${folder}/zz-broken.yaml`, broken(kind));
    const report = await run([folder]);
    expect(rules(report).filter((rule) => !rule.startsWith(`${folder}/zz-broken.yaml`))).toEqual([]);
    expect(rules(report)).toContain(`${folder}/zz-broken.yaml schema-type`);
    // What was read beside the paths is not reported as validated.
    expect(report[readOnly]).toEqual([]);
  });

  it('a request still unanswered is judged on the day given, not on today', async () => {
    const pending = { ...GRANT, spec: { ...GRANT.spec, submittedOn: '2025-11-27' } } as Record<string, any>;
    delete pending.spec.answer;
    write('sharing/g.yaml', pending);
    const onTheDay = await run(['sharing']);
    const deadline = onTheDay.findings.filter((finding) => finding.ruleId === 'answer-within-deadline');
    // Within its 5 working days on 2025-12-01: pending, a warning. A year later it would be an overdue error.
    expect(deadline.map((finding) => finding.severity)).toEqual(['warning']);
    const later = await findingsForPaths(['sharing'], { cwd: project, asOf: '2026-11-30' });
    expect(
      later.findings.filter((finding) => finding.ruleId === 'answer-within-deadline').map((f) => f.severity),
    ).toEqual(['error']);
  });
});
