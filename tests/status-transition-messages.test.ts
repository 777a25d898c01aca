import type { MigrationStatus } from '../model/domain';
import { statusTransitionFindings, type BaselineSystem } from '../validation/rules/transitions';
import { entryOf, happyManifest } from './support/manifests';
import { variant } from './support/variants';

// tests/waves/baseline.test.ts judges every pair of states through files on disk; these pin, in process,
// what a finding says for each kind of illegal change: steps along the main line, a final state, or the
// states allowed next; and where it and its related location point.

/** System `number` in `status`, loaded from `file` as validate loads it. */
function at(status: MigrationStatus, file: string, number = 900) {
  return entryOf(
    variant(happyManifest, (m) => {
      m.metadata.number = number;
      m.spec.schedule.status = status;
      if (status === 'blocked') m.spec.schedule.blocked = { reason: '等待数据库许可', owner: '信息中心' };
    }),
    file,
  );
}

function baseline(status: MigrationStatus, number = 900): Map<number, BaselineSystem> {
  const entry = at(status, 'base/a.yaml', number);
  return new Map([[number, { file: entry.file, status, locator: entry.locator, slug: entry.manifest.metadata.slug }]]);
}

function change(from: MigrationStatus, to: MigrationStatus) {
  return statusTransitionFindings([at(to, 'now/a.yaml')], baseline(from));
}

describe('status-transition', () => {
  it('a skip along the main line: the steps to record, and the one to set now', () => {
    const findings = change('not-started', 'completed');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      file: 'now/a.yaml',
      severity: 'error',
      ruleId: 'status-transition',
      field: 'spec.schedule.status',
      message:
        'status changed from `not-started` (未开始) to `completed` (已完成) since the baseline, which is not a legal step: from `not-started` (未开始) the next state is `planned` (已排期) or `blocked` (受阻)',
      hint: 'record each step in turn (not-started → planned → migrating → cut-over → completed), one change against each baseline; or set `status: planned` now',
    });
    expect(finding!.line).toBeGreaterThan(1);
    expect(finding!.related).toEqual([
      {
        file: 'base/a.yaml',
        line: finding!.line,
        column: finding!.column,
        message: "the baseline's status of system no. 900: not-started",
        localized: expect.anything(),
      },
    ]);
  });

  it('a change away from a final state', () => {
    const [finding] = change('completed', 'planned');
    expect(finding!.message).toBe(
      'status changed from `completed` (已完成) to `planned` (已排期) since the baseline, which is not a legal step: `completed` (已完成) is final: no state may follow it',
    );
    expect(finding!.hint).toBe('a completed migration stays completed; set `status: completed` back');
  });

  it('a step back: the states allowed next', () => {
    const [back] = change('migrating', 'not-started');
    expect(back!.message).toContain(
      'from `migrating` (迁移中) the next state is `cut-over` (已割接) or `blocked` (受阻)',
    );
    expect(back!.hint).toBe('set `status:` to `cut-over` or `blocked`');
    const [fromBlocked] = change('blocked', 'completed');
    expect(fromBlocked!.hint).toBe('set `status:` to `not-started` or `planned` or `migrating` or `cut-over`');
  });

  it('says nothing of a legal step, of no change, or of a system the baseline does not have', () => {
    expect(change('planned', 'migrating')).toEqual([]);
    expect(change('cut-over', 'cut-over')).toEqual([]);
    const other = { ...baseline('not-started', 901).get(901)!, slug: 's901-other' };
    expect(statusTransitionFindings([at('completed', 'now/a.yaml')], new Map([[901, other]]))).toEqual([]);
  });

  // Renumbered (18 → 190) and completed at once, the system passed as one the baseline did not have.
  it('finds a renumbered system by its slug, when no manifest has its old number', () => {
    const findings = statusTransitionFindings([at('completed', 'now/a.yaml', 990)], baseline('not-started', 900));
    expect(findings.map((finding) => [finding.file, finding.related![0]!.message])).toEqual([
      ['now/a.yaml', "the baseline's status of system no. 900: not-started"],
    ]);
    // Its old number still in use: another system took the slug, and this one is new.
    const taken = statusTransitionFindings(
      [at('completed', 'now/a.yaml', 990), at('not-started', 'now/b.yaml', 900)],
      baseline('not-started', 900),
    );
    expect(taken).toEqual([]);
  });

  it('judges each manifest against its own baseline entry', () => {
    const both = new Map([...baseline('not-started', 900), ...baseline('completed', 901)]);
    const findings = statusTransitionFindings(
      [at('planned', 'now/a.yaml', 900), at('planned', 'now/b.yaml', 901), at('completed', 'now/c.yaml', 902)],
      both,
    );
    expect(findings.map((finding) => [finding.file, finding.related![0]!.message])).toEqual([
      ['now/b.yaml', "the baseline's status of system no. 901: completed"],
    ]);
  });
});
