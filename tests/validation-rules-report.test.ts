import type { Finding } from '../document/findings';
import { msg } from '../document/i18n';
import type { FieldLocator, FieldPathSegments } from '../document/locate';
import type { DatedRule } from '../validation/rules/catalog-upkeep';
import type { CorrectionRule } from '../validation/rules/correction-context';
import type { RequestRule } from '../validation/rules/request-context';
import type { Rule } from '../validation/rules';
import {
  append,
  capPerFile,
  checkCorrectionRules,
  checkDatedRules,
  checkManifestRules,
  checkRequestRules,
  checkRules,
  checkSetRules,
  today,
} from '../validation/validate';
import { sortedReport } from '../validation/report';
import { happyManifest } from './support/manifests';

// How the validation pipeline turns the rules' violations into findings (validation/check-rules.ts) and
// orders, counts and caps them (validation/report.ts), with rules and locators of the test's own.

/** A locator that answers the path's depth as the line, and column 1 for a key, 7 for a value. */
const locator: FieldLocator = {
  locate: (path: FieldPathSegments, at: 'key' | 'value' = 'value') => ({
    line: path.length,
    column: at === 'key' ? 1 : 7,
  }),
};
const manifestEntry = (file: string) => ({ file, manifest: happyManifest(), locator });
const requestEntry = (file: string) => ({ file, request: {} as any, locator });
const correctionEntry = (file: string) => ({ file, correction: {} as any, locator });
const info = (id: string, severity: 'error' | 'warning' = 'error') => ({ id, severity, title: id, clause: '' });

describe('rules to findings', () => {
  it('today is the day in China: UTC+8', () => {
    expect(today(new Date('2024-01-01T15:59:59Z'))).toBe('2024-01-01');
    expect(today(new Date('2024-01-01T16:00:00Z'))).toBe('2024-01-02');
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a request rule’s violation: located at its path, its own severity if any, hint, translation and related places', () => {
    const related = { entry: { file: 'manifests/m.yaml', locator }, path: ['spec', 'x'], message: 'declared here' };
    const seen: string[] = [];
    const rule: RequestRule = {
      ...info('req-rule'),
      check(entries, context, report) {
        seen.push(context.asOf);
        report({ entry: entries[0]!, path: ['spec', 'a', 0], message: 'plain' });
        report({
          entry: entries[1]!,
          path: ['spec'],
          at: 'key',
          severity: 'warning',
          message: 'full',
          hint: 'fix it',
          localized: { message: msg('where.top') },
          related: [related, { ...related, localized: msg('where.top') }],
        });
      },
    };
    const findings = checkRequestRules(
      [requestEntry('sharing/a.yaml'), requestEntry('sharing/b.yaml')],
      [],
      '2020-02-02',
      [rule],
    );
    expect(seen).toEqual(['2020-02-02']);
    expect(findings).toEqual([
      {
        file: 'sharing/a.yaml',
        line: 3,
        column: 7,
        severity: 'error',
        ruleId: 'req-rule',
        message: 'plain',
        field: 'spec.a[0]',
      },
      {
        file: 'sharing/b.yaml',
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'req-rule',
        message: 'full',
        field: 'spec',
        hint: 'fix it',
        localized: { message: msg('where.top') },
        related: [
          { file: 'manifests/m.yaml', line: 2, column: 1, message: 'declared here' },
          { file: 'manifests/m.yaml', line: 2, column: 1, message: 'declared here', localized: msg('where.top') },
        ],
      },
    ]);
  });

  it('no requests, no corrections: their rules are not run at all', () => {
    const rule = { ...info('never'), check: jest.fn() };
    expect(checkRequestRules([], [manifestEntry('m.yaml')], '2020-01-01', [rule])).toEqual([]);
    expect(checkCorrectionRules([], [], [], '2020-01-01', [rule])).toEqual([]);
    expect(rule.check).not.toHaveBeenCalled();
  });

  it('a correction rule sees the grants and the day, and its violation keeps its own severity', () => {
    const grants = [requestEntry('sharing/g.yaml')];
    const rule: CorrectionRule = {
      ...info('corr-rule', 'error'),
      check(entries, context, report) {
        expect(context.grants).toBe(grants);
        expect(context.asOf).toBe('2021-03-04');
        report({ entry: entries[0]!, path: ['spec', 'b'], severity: 'warning', message: 'pending' });
        report({ entry: entries[0]!, path: [], message: 'broken' });
      },
    };
    const findings = checkCorrectionRules([correctionEntry('corrections/c.yaml')], [], grants, '2021-03-04', [rule]);
    expect(findings.map(({ severity, field, line, message }) => ({ severity, field, line, message }))).toEqual([
      { severity: 'warning', field: 'spec.b', line: 2, message: 'pending' },
      { severity: 'error', field: '', line: 0, message: 'broken' },
    ]);
  });

  it('dated rules run over the manifests on the day given, with the rule’s severity', () => {
    const days: string[] = [];
    const rule: DatedRule = {
      ...info('dated', 'warning'),
      check(entries, asOf, report) {
        days.push(asOf);
        for (const entry of entries) report({ entry, path: ['metadata'], message: `stale ${entry.file}` });
      },
    };
    const findings = checkDatedRules([manifestEntry('a.yaml'), manifestEntry('b.yaml')], '2019-09-09', [rule]);
    expect(days).toEqual(['2019-09-09']);
    expect(findings.map(({ file, severity, ruleId, message }) => ({ file, severity, ruleId, message }))).toEqual([
      { file: 'a.yaml', severity: 'warning', ruleId: 'dated', message: 'stale a.yaml' },
      { file: 'b.yaml', severity: 'warning', ruleId: 'dated', message: 'stale b.yaml' },
    ]);
  });

  it('manifest rules run per manifest, set rules once over all; checkRules runs both, one file’s first', () => {
    const one: Rule = {
      ...info('one'),
      scope: 'manifest',
      checkOne: (entry, report) => report({ path: ['metadata', 'name'], message: `one ${entry.file}` }),
    };
    const set: Rule = {
      ...info('set', 'warning'),
      scope: 'set',
      check: (entries, report) => report({ entry: entries[1]!, path: ['spec'], message: `set of ${entries.length}` }),
    };
    const entries = [manifestEntry('a.yaml'), manifestEntry('b.yaml')];
    const messages = (findings: Finding[]) => findings.map((finding) => `${finding.file}:${finding.message}`);
    expect(messages(checkManifestRules(entries[0]!, [one, set]))).toEqual(['a.yaml:one a.yaml']);
    expect(messages(checkSetRules(entries, [one, set]))).toEqual(['b.yaml:set of 2']);
    expect(messages(checkRules(entries, [set, one]))).toEqual([
      'a.yaml:one a.yaml',
      'b.yaml:one b.yaml',
      'b.yaml:set of 2',
    ]);
    expect(checkSetRules(entries, [one, set])[0]).toMatchObject({ severity: 'warning', line: 1, column: 7 });
  });
});

const finding = (file: string, line: number, severity: 'error' | 'warning' = 'error'): Finding => ({
  file,
  line,
  column: 1,
  severity,
  ruleId: `r${line}`,
  message: `m${line}`,
});

describe('the report', () => {
  it('append adds in order to the list given and answers it', () => {
    const target = [1];
    expect(append(target, [2, 3])).toBe(target);
    expect(target).toEqual([1, 2, 3]);
  });

  it('sorts the findings by file and line and counts errors and warnings', () => {
    const report = sortedReport(
      ['b.yaml', 'a.yaml'],
      [finding('b.yaml', 1, 'warning'), finding('a.yaml', 9), finding('a.yaml', 2, 'warning')],
      [],
      [],
    );
    expect(report.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['a.yaml:2', 'a.yaml:9', 'b.yaml:1']);
    expect(report).toMatchObject({ files: ['b.yaml', 'a.yaml'], errors: 1, warnings: 2, corrections: [] });
  });

  it('caps each file at the limit and closes it with one finding counting the rest by severity', () => {
    const sorted = [
      finding('a.yaml', 1),
      finding('a.yaml', 2, 'warning'),
      finding('a.yaml', 3, 'warning'),
      finding('a.yaml', 4),
      finding('a.yaml', 5, 'warning'),
      finding('b.yaml', 1),
      finding('b.yaml', 2),
      finding('c.yaml', 1, 'warning'),
      finding('c.yaml', 2, 'warning'),
      finding('c.yaml', 3, 'warning'),
    ];
    const capped = capPerFile(sorted, 2);
    expect(capped.map((f) => `${f.file}:${f.line}:${f.ruleId}:${f.severity}`)).toEqual([
      'a.yaml:1:r1:error',
      'a.yaml:2:r2:warning',
      'a.yaml:3:too-many-findings:error',
      'b.yaml:1:r1:error',
      'b.yaml:2:r2:error',
      'c.yaml:1:r1:warning',
      'c.yaml:2:r2:warning',
      'c.yaml:3:too-many-findings:warning',
    ]);
    expect(capped[2]).toMatchObject({
      column: 1,
      message: '… and 3 more findings in this file (1 error, 2 warnings), from this line on, not listed',
    });
    expect(capped[2]!.hint).toContain('only the first 2 findings of a file are listed');
    expect(capped[7]!.message).toBe('… and 1 more findings in this file (1 warning), from this line on, not listed');
    expect(capPerFile(sorted.slice(0, 3), 3)).toEqual(sorted.slice(0, 3));
    expect(capPerFile([])).toEqual([]);
  });

  it('at the default limit, a hundred findings of one file are all listed and the hundred and first is counted', () => {
    const many = Array.from({ length: 101 }, (_, i) => finding('a.yaml', i + 1));
    expect(capPerFile(many.slice(0, 100))).toHaveLength(100);
    const capped = capPerFile(many);
    expect(capped).toHaveLength(101);
    expect(capped[100]).toMatchObject({ ruleId: 'too-many-findings', line: 101 });
    expect(capped[100]!.message).toContain('… and 1 more findings in this file (1 error)');
  });
});
