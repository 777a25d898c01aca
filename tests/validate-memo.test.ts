import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, REPORT_FORMATS } from '../cli/format';
import { LazyLocator } from '../document/locate';
import * as checkRules from '../validation/check-rules';
import { CACHE_FILE } from '../validation/cache';
import type { CheckedReport } from '../validation/report';
import type { ValidateOptions } from '../validation/validate';
import { reportForPaths } from '../validation/validate-report';
import { root as repositoryRoot } from './support/cli';

// The findings across files kept in the validate cache (validation/set-memo.ts, #16): reused only when
// no file's facts changed and every file they point into has the content they were located in; every
// other change runs the rules again. Each case compares the warm report with a run without cache.

const AS_OF = '2018-10-12';
const PATHS = ['manifests', 'sharing'];
const CACHE = '.envcloud/cache/validate';
const DUPLICATE = 'manifests/s002-hjxxzyzx.yaml';

let project: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'envcloud-memo-'));
  for (const folder of PATHS) cpSync(join(repositoryRoot, folder), join(project, folder), { recursive: true });
});
afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
  rmSync(project, { recursive: true, force: true });
});

const run = (options: Partial<ValidateOptions> = {}): Promise<CheckedReport> =>
  reportForPaths(PATHS, { cwd: project, asOf: AS_OF, ...options });
const warm = (options: Partial<ValidateOptions> = {}) => run({ cache: { dir: CACHE }, ...options });

/** Every output format, as the validate command writes them. */
function outputs(report: CheckedReport): Record<string, string> {
  return Object.fromEntries(
    REPORT_FORMATS.map((format) => [format, formatReport(report, format, { color: false, root: project })]),
  );
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(join(project, file), change(readFileSync(join(project, file), 'utf8')));

/** The name of system no. 1 given to `file`'s system: a duplicate-construction warning located in both. */
function duplicateFirstName(file: string): void {
  const name = /^ {2}name: (.+)$/m.exec(readFileSync(join(project, 'manifests/s001-hjbhbzfwz.yaml'), 'utf8'))![1]!;
  edit(file, (text) => text.replace(/^( {2}name: ).+$/m, `$1${name}`));
}

const acrossFiles = (report: CheckedReport) => report.cache?.acrossFiles;

describe('findings across files kept for a set of facts', () => {
  it('a run whose files have the facts of the last one reuses its findings across files: the report is a cold run’s', async () => {
    duplicateFirstName(DUPLICATE);
    const cold = await run();
    expect(cold.findings.some((finding) => finding.ruleId === 'duplicate-construction')).toBe(true);
    expect(cold.unconfirmed.length).toBeGreaterThan(0);
    const first = await warm();
    expect(acrossFiles(first)).toBe('found');
    // A comment in a file no finding across files points into: the facts are the same.
    appendFileSync(join(project, 'manifests/s100-qgkqzlzdzsjsszsxt.yaml'), '# checked again\n');
    const setRules = jest.spyOn(checkRules, 'checkSetRules');
    const second = await warm();
    expect(acrossFiles(second)).toBe('reused');
    expect(setRules).not.toHaveBeenCalled();
    expect(second.cache).toMatchObject({ hits: second.files.length - 1, misses: 1 });
    expect(outputs(second)).toEqual(outputs(cold));
    expect(second.unconfirmed).toEqual(cold.unconfirmed);
    // Reused again by the next run: the kept findings survive a run that reused them.
    expect(acrossFiles(await warm())).toBe('reused');
  });

  it('a change of facts runs the rules across files again', async () => {
    await warm();
    duplicateFirstName(DUPLICATE);
    const changed = await warm();
    expect(acrossFiles(changed)).toBe('found');
    expect(changed.findings.some((finding) => finding.ruleId === 'duplicate-construction')).toBe(true);
    expect(outputs(changed)).toEqual(outputs(await run()));
  });

  it('a file a finding points into that moved its lines runs them again, so the lines are right', async () => {
    duplicateFirstName(DUPLICATE);
    const before = await warm();
    edit(DUPLICATE, (text) => `# a comment above everything\n${text}`);
    const after = await warm();
    expect(acrossFiles(after)).toBe('found');
    const line = (report: CheckedReport) =>
      report.findings.find((finding) => finding.ruleId === 'duplicate-construction' && finding.file === DUPLICATE)!
        .line;
    expect(line(after)).toBe(line(before) + 1);
    expect(outputs(after)).toEqual(outputs(await run()));
  });

  it('a file a finding points into that changed below its fields is located again, and the findings are reused', async () => {
    duplicateFirstName(DUPLICATE);
    await warm();
    appendFileSync(join(project, DUPLICATE), '# a note at the end\n');
    const locate = jest.spyOn(LazyLocator.prototype, 'locate');
    const after = await warm();
    expect(acrossFiles(after)).toBe('reused');
    // The changed file is parsed once to find its fields again; they are where they were.
    expect(locate).toHaveBeenCalled();
    expect(outputs(after)).toEqual(outputs(await run()));
    // Its new content is kept with the findings: the next run locates nothing.
    locate.mockClear();
    expect(acrossFiles(await warm())).toBe('reused');
    expect(locate).not.toHaveBeenCalled();
  });

  it('another day judged on is another set', async () => {
    await warm();
    expect(acrossFiles(await warm({ asOf: '2018-12-12' }))).toBe('found');
    expect(outputs(await warm({ asOf: '2018-12-12' }))).toEqual(outputs(await run({ asOf: '2018-12-12' })));
  });

  it('kept findings cut short or of another shape are found again, and the report is still a cold run’s', async () => {
    duplicateFirstName(DUPLICATE);
    await warm();
    const file = join(project, CACHE, CACHE_FILE);
    const lines = readFileSync(file, 'latin1').split('\n');
    const at = lines.findIndex((line) => line.startsWith('~'));
    expect(at).toBeGreaterThan(0);
    const prefix = lines[at]!.slice(0, 66);
    const kept = JSON.parse(Buffer.from(lines[at]!.slice(66), 'latin1').toString('utf8')) as {
      findings: { line: unknown }[];
      located: Record<string, { key: string; positions: Record<string, unknown> }>;
      unconfirmed: unknown[];
    };
    const changed = (change: (memo: typeof kept) => void): string => {
      const memo = structuredClone(kept);
      change(memo);
      return prefix + Buffer.from(JSON.stringify(memo), 'utf8').toString('latin1');
    };
    // Another content key makes the run locate the file's fields again, through what the memo says.
    const elsewhere = (positions: Record<string, unknown>) => (memo: typeof kept) => {
      memo.located[DUPLICATE] = { key: 'f'.repeat(64), positions };
    };
    const bodies = [
      lines[at]!.slice(0, 120),
      `${prefix}{"findings":{}}`,
      changed((memo) => (memo.findings[0]!.line = 'x')),
      changed((memo) => (memo.unconfirmed = [{ file: 1 }])),
      changed(elsewhere({ 'not json': { line: 1, column: 1 } })),
      changed(elsewhere({ '["sideways","metadata"]': { line: 1, column: 1 } })),
      changed(elsewhere({ '["value","metadata","name"]': { line: 1, column: 1 } })),
      changed(elsewhere({ '["value","metadata","name"]': { line: 'one' } })),
    ];
    for (const body of bodies) {
      lines[at] = body;
      writeFileSync(file, `${lines.join('\n')}`, 'latin1');
      const repaired = await warm();
      expect(acrossFiles(repaired)).toBe('found');
      expect(outputs(repaired)).toEqual(outputs(await run()));
    }
  });

  it('entries written before facts were kept are read once, then their facts are kept', async () => {
    await warm();
    const file = join(project, CACHE, CACHE_FILE);
    const kept = readFileSync(file, 'latin1').split('\n');
    writeFileSync(file, kept.filter((line) => !line.startsWith('^') && !line.startsWith('~')).join('\n'), 'latin1');
    expect(acrossFiles(await warm())).toBe('found');
    expect(acrossFiles(await warm())).toBe('reused');
  });

  it('settled files are not read: their entries’ facts decide, and only entries with findings of their own are parsed', async () => {
    edit('manifests/s100-qgkqzlzdzsjsszsxt.yaml', (text) => text.replace(/^( {2}name: ).+$/m, '$1'));
    const cold = await run();
    expect(cold.errors).toBeGreaterThan(0);
    await warm();
    // Ten seconds on: every file was last changed long enough ago for its metadata to stand for its content.
    jest.useFakeTimers({ now: Date.now() + 10_000, doNotFake: ['nextTick', 'setImmediate'] });
    await warm();
    const parse = jest.spyOn(JSON, 'parse');
    const settled = await warm();
    expect(acrossFiles(settled)).toBe('reused');
    expect(settled.cache).toMatchObject({ hits: settled.files.length, misses: 0 });
    // The kept findings, the one file with its own error, nothing else.
    expect(parse.mock.calls.length).toBeLessThanOrEqual(3);
    parse.mockRestore();
    expect(outputs(settled)).toEqual(outputs(cold));
  });

  it('a baseline or no cache run as before, and say the findings across files were found', async () => {
    expect((await run()).cache).toBeUndefined();
    // A baseline where one system was already live: going back to planned is a transition finding.
    cpSync(join(project, 'manifests'), join(project, 'baseline'), { recursive: true });
    edit('baseline/s003-dsjglpt.yaml', (text) => text.replace(/^( {4}status: ).+$/m, '$1completed'));
    for (let run = 0; run < 2; run++) {
      const withBaseline = await warm({ baselineDir: 'baseline' });
      expect(acrossFiles(withBaseline)).toBe('found');
      expect(withBaseline.findings.some((finding) => finding.ruleId === 'status-transition')).toBe(true);
      expect(outputs(withBaseline)).toEqual(
        outputs(await reportForPaths(PATHS, { cwd: project, asOf: AS_OF, baselineDir: 'baseline' })),
      );
    }
  });

  it('a related place is located again too: a comment below it is no change, one above it is', async () => {
    duplicateFirstName(DUPLICATE);
    await warm();
    const RELATED = 'manifests/s001-hjbhbzfwz.yaml';
    appendFileSync(join(project, RELATED), '# a note at the end\n');
    expect(acrossFiles(await warm())).toBe('reused');
    edit(RELATED, (text) => `# a comment above everything\n${text}`);
    const moved = await warm();
    expect(acrossFiles(moved)).toBe('found');
    expect(outputs(moved)).toEqual(outputs(await run()));
  });

  it('requests or corrections validated without their catalog or grants are judged against the folders, never reused', async () => {
    cpSync(join(repositoryRoot, 'corrections'), join(project, 'corrections'), { recursive: true });
    for (const paths of [['sharing'], ['corrections'], ['manifests', 'corrections']]) {
      const cold = await reportForPaths(paths, { cwd: project, asOf: AS_OF });
      for (let run = 0; run < 2; run++) {
        const again = await reportForPaths(paths, { cwd: project, asOf: AS_OF, cache: { dir: CACHE } });
        expect({ paths, acrossFiles: acrossFiles(again) }).toEqual({ paths, acrossFiles: 'found' });
        expect(outputs(again)).toEqual(outputs(cold));
      }
    }
  });

  it('counts every finding of requests validated alone, a file with more than a hundred included', async () => {
    const request = readdirSync(join(project, 'sharing')).find((name) => name.endsWith('.yaml'))!;
    const extra = Array.from({ length: 150 }, (_, n) => `unknownField${n}: x`).join('\n');
    appendFileSync(join(project, 'sharing', request), `${extra}\n`);
    const cold = await reportForPaths(['sharing'], { cwd: project, asOf: AS_OF });
    expect(cold.errors).toBeGreaterThan(100);
    const cached = await reportForPaths(['sharing'], { cwd: project, asOf: AS_OF, cache: { dir: CACHE } });
    expect(acrossFiles(cached)).toBe('found');
    expect({ errors: cached.errors, warnings: cached.warnings }).toEqual({
      errors: cold.errors,
      warnings: cold.warnings,
    });
    expect(outputs(cached)).toEqual(outputs(cold));
  });

  it('keeps the findings under a changed file’s new content key once it is located again', async () => {
    duplicateFirstName(DUPLICATE);
    await warm();
    const keyOf = () => {
      const line = readFileSync(join(project, CACHE, CACHE_FILE), 'latin1')
        .split('\n')
        .filter((text) => text.startsWith('~'))
        .pop()!;
      return (JSON.parse(Buffer.from(line.slice(66), 'latin1').toString('utf8')) as SetMemoJson).located[DUPLICATE]!
        .key;
    };
    const before = keyOf();
    appendFileSync(join(project, DUPLICATE), '# a note at the end\n');
    expect(acrossFiles(await warm())).toBe('reused');
    expect(keyOf()).not.toBe(before);
  });

  it('settled entries written before facts were kept are read once, then reused', async () => {
    await warm();
    const file = join(project, CACHE, CACHE_FILE);
    jest.useFakeTimers({ now: Date.now() + 10_000, doNotFake: ['nextTick', 'setImmediate'] });
    await warm();
    const kept = readFileSync(file, 'latin1').split('\n');
    writeFileSync(
      file,
      `${kept.filter((line) => !line.startsWith('^') && !line.startsWith('~')).join('\n')}\n`,
      'latin1',
    );
    const again = await warm();
    expect(acrossFiles(again)).toBe('found');
    expect(again.cache).toMatchObject({ misses: 0 });
    expect(acrossFiles(await warm())).toBe('reused');
  });
});

interface SetMemoJson {
  located: Record<string, { key: string }>;
}
