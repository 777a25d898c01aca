import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStackFile, StackConfigError } from '../stacks/stack-file';
import { localizedText } from '../document/i18n';
import { DEFAULT_LIMITS } from '../document/limits';
import { validateSources, type ValidationReport } from '../validation/validate';
import { REQUEST_RULES } from '../validation/rules/requests';
import { CORRECTION_RULES } from '../validation/rules/corrections';

/** The bad-input corpus (scripts/generate-corpus.mjs): each case and the finding it must produce. */
interface Case {
  id: string;
  /**
   * What the file with the finding is: a system's manifest (on its own, or `pair`, with others), a stack
   * config, or a sharing request or data correction validated with the manifests and requests it reads.
   */
  kind: 'manifest' | 'stack' | 'pair' | 'request' | 'correction';
  file: string;
  files?: string[];
  line: number;
  /** Pinned for the cases added with one (issue #17); older cases pin the line only. */
  column?: number;
  rule: string;
  key?: string;
  limits?: { maxFileBytes: number };
  /** A piece of the message (the deadline a late answer missed). */
  says?: string;
}

const corpus = join(__dirname, 'corpus');
const cases = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Case[];
/** The day pending requests and corrections are judged on: fixed, so the corpus does not age. */
const AS_OF = '2026-06-01';

/**
 * The files of a case read as validate reads them: each by its `kind` (SystemMigration, SharingRequest,
 * DataCorrection; validation/check-source.ts), then the rules of each kind over the files read together,
 * sorted, at most MAX_FINDINGS_PER_FILE per file, then one `too-many-findings`.
 */
function caseReport(files: string[], limits = DEFAULT_LIMITS): ValidationReport {
  return validateSources(
    files.map((file) => ({ file, bytes: readFileSync(join(corpus, file)) })),
    limits,
    AS_OF,
  );
}

/** The kind the case's last file was read as. */
function kindRead(report: ValidationReport, file: string): string {
  if (report.requests.some((entry) => entry.file === file)) return 'request';
  if (report.corrections.some((entry) => entry.file === file)) return 'correction';
  return report.manifests.some((entry) => entry.file === file) ? 'manifest' : 'refused';
}

describe('the bad-input corpus', () => {
  it('has at least 60 cases, manifests and stack configs, each with a different file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.some((entry) => entry.kind === 'stack')).toBe(true);
    expect(cases.some((entry) => entry.kind === 'pair')).toBe(true);
    expect(new Set(cases.map((entry) => entry.file)).size).toBe(cases.length);
  });

  it('has a case for every sharing-request and data-correction rule, and a request late across National Day and a 调休 weekend', () => {
    const covered = (kind: Case['kind']) =>
      new Set(cases.filter((entry) => entry.kind === kind).map((entry) => entry.rule));
    expect([...covered('request')].sort()).toEqual(REQUEST_RULES.map((rule) => rule.id).sort());
    expect([...covered('correction')].sort()).toEqual(CORRECTION_RULES.map((rule) => rule.id).sort());
    expect(cases.map((entry) => entry.id)).toEqual(
      expect.arrayContaining(['answered-late-across-national-day', 'answered-late-across-make-up-saturday']),
    );
  });

  it.each([
    ['answered-late-across-national-day', 'base-request.yaml'],
    ['correction-answered-late', 'base-correction.yaml'],
  ])('the manifests of %s find nothing in the unedited %s: each finding is its edit', (id, base) => {
    const entry = cases.find((one) => one.id === id)!;
    const report = caseReport([...entry.files!.slice(0, -1), base]);
    expect(report.findings.filter((finding) => finding.file === base)).toEqual([]);
    expect(kindRead(report, base)).toBe(entry.kind);
  });

  it.each(cases.filter((entry) => entry.kind !== 'stack').map((entry) => [entry.id, entry] as const))(
    '%s: finds its problem at the edited line, located and explained in both languages',
    (_id, entry) => {
      const report = caseReport(entry.files ?? [entry.file], { ...DEFAULT_LIMITS, ...entry.limits });
      const { findings } = report;
      if (entry.kind === 'request' || entry.kind === 'correction')
        expect(kindRead(report, entry.file)).toBe(entry.kind);
      const match = findings.find(
        (finding) => finding.file === entry.file && finding.ruleId === entry.rule && finding.line === entry.line,
      );
      expect({
        found: match
          ? `${match.ruleId}@${match.line}`
          : findings.map((finding) => `${finding.ruleId}@${finding.file}:${finding.line}`),
      }).toEqual({ found: `${entry.rule}@${entry.line}` });
      expect(match!.column).toBeGreaterThanOrEqual(1);
      if (entry.column !== undefined) expect(match!.column).toBe(entry.column);
      expect(match!.message.length).toBeGreaterThan(10);
      if (entry.says !== undefined) expect(match!.message).toContain(entry.says);
      expect(
        findings.every(
          (finding) =>
            finding.severity !== 'error' || finding.hint !== undefined || finding.ruleId.startsWith('yaml-syntax'),
        ),
      ).toBe(true);
      // Every finding, the hint included, is worded in Chinese as well as English.
      const chinese = (text: string | undefined) => text === undefined || /\p{Script=Han}/u.test(text);
      const english = findings.filter((finding) => {
        const zh = localizedText(finding, 'zh');
        return !chinese(zh.message) || !chinese(zh.hint);
      });
      expect(english.map((finding) => finding.ruleId)).toEqual([]);
    },
  );

  it.each(cases.filter((entry) => entry.kind === 'stack').map((entry) => [entry.id, entry] as const))(
    'stack %s: names the key at the edited line',
    (_id, entry) => {
      const dir = join(corpus, entry.file, '..');
      let error: unknown;
      try {
        loadStackFile(dir, 'corpus');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(StackConfigError);
      const problems = (error as StackConfigError).problems;
      // Each problem in the reader's language: none falls back to the English-only notice.
      expect(problems.filter((problem) => !problem.localized).map((problem) => problem.key)).toEqual([]);
      expect(problems.map((problem) => `${problem.key}@${problem.line}`)).toContain(`${entry.key}@${entry.line}`);
      if (entry.column !== undefined)
        expect(problems.map((problem) => `${problem.key}@${problem.line}:${problem.column}`)).toContain(
          `${entry.key}@${entry.line}:${entry.column}`,
        );
    },
  );
});
