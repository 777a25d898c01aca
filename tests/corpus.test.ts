import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStackFile, StackConfigError } from '../stacks/stack-file';
import { DEFAULT_LIMITS } from '../document/limits';
import { capPerFile, checkRules, checkSource } from '../validation/validate';
import type { ManifestEntry } from '../validation/rules';
import { compareFindings, type Finding } from '../document/findings';

/** The bad-input corpus (scripts/generate-corpus.mjs): each case and the finding it must produce. */
interface Case {
  id: string;
  kind: 'manifest' | 'stack' | 'pair';
  file: string;
  files?: string[];
  line: number;
  /** Pinned for the cases added with one (issue #17); older cases pin the line only. */
  column?: number;
  rule: string;
  key?: string;
  limits?: { maxFileBytes: number };
}

const corpus = join(__dirname, 'corpus');
const cases = JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as Case[];

function manifestFindings(files: string[], limits = DEFAULT_LIMITS): Finding[] {
  const results = files.map((file) => checkSource({ file, bytes: readFileSync(join(corpus, file)) }, limits));
  const entries = results.map((result) => result.entry).filter((entry): entry is ManifestEntry => entry !== undefined);
  // As a report lists them: sorted, at most MAX_FINDINGS_PER_FILE per file, then one `too-many-findings`.
  return capPerFile([...results.flatMap((result) => result.findings), ...checkRules(entries)].sort(compareFindings));
}

describe('the bad-input corpus', () => {
  it('has at least 60 cases, manifests and stack configs, each with a different file', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.some((entry) => entry.kind === 'stack')).toBe(true);
    expect(cases.some((entry) => entry.kind === 'pair')).toBe(true);
    expect(new Set(cases.map((entry) => entry.file)).size).toBe(cases.length);
  });

  it.each(cases.filter((entry) => entry.kind !== 'stack').map((entry) => [entry.id, entry] as const))(
    '%s: finds its problem at the edited line, located and explained',
    (_id, entry) => {
      const findings = manifestFindings(entry.files ?? [entry.file], { ...DEFAULT_LIMITS, ...entry.limits });
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
      expect(
        findings.every(
          (finding) =>
            finding.severity !== 'error' || finding.hint !== undefined || finding.ruleId.startsWith('yaml-syntax'),
        ),
      ).toBe(true);
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
      expect(problems.map((problem) => `${problem.key}@${problem.line}`)).toContain(`${entry.key}@${entry.line}`);
      if (entry.column !== undefined)
        expect(problems.map((problem) => `${problem.key}@${problem.line}:${problem.column}`)).toContain(
          `${entry.key}@${entry.line}:${entry.column}`,
        );
    },
  );
});
