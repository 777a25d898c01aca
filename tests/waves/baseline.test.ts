import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MigrationStatus } from '../../model/domain';
import { LEGAL_TRANSITIONS, MIGRATION_STATES, isLegalTransition } from '../../model/migration-states';
import { findingsForPaths } from '../../validation/validate';
import { envcloud } from '../support/cli';
import { clone, happyManifest, yamlOf } from '../support/manifests';

/** A manifest of system `number` in `status` (blocked ones say why and who clears it). */
function manifest(number: number, status: MigrationStatus): string {
  const m = clone(happyManifest({ number, name: `测试系统${number}号` }));
  m.metadata.slug = `s${number}-test`;
  m.spec.schedule.status = status;
  if (status === 'completed') m.spec.schedule.completedOn = '2017-12-20';
  if (status === 'blocked') m.spec.schedule.blocked = { reason: '等待数据库许可', owner: '信息中心' };
  return yamlOf(m);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-baseline-'));
  mkdirSync(join(dir, 'base'));
  mkdirSync(join(dir, 'now'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The status-transition findings of a change from `from` (in base/a.yaml) to `to` (in now/<file>). */
async function transition(from: MigrationStatus, to: MigrationStatus, file = 'a.yaml') {
  writeFileSync(join(dir, 'base', 'a.yaml'), manifest(901, from));
  writeFileSync(join(dir, 'now', file), manifest(901, to));
  const report = await findingsForPaths(['now'], { cwd: dir, baselineDir: 'base' });
  return report.findings.filter((f) => f.ruleId === 'status-transition');
}

describe('validate --baseline-dir: status changes against the legal transitions', () => {
  it('flags not-started → completed at spec.schedule.status, naming the allowed next states and the baseline file', async () => {
    const findings = await transition('not-started', 'completed');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ file: join('now', 'a.yaml'), severity: 'error', field: 'spec.schedule.status' });
    const text = manifest(901, 'completed').split('\n');
    expect(text[finding!.line - 1]).toMatch(/^\s+status: completed$/);
    expect(finding!.column).toBe(text[finding!.line - 1]!.indexOf('completed') + 1);
    expect(finding!.message).toContain('`planned`');
    expect(finding!.message).toContain('`blocked`');
    expect(finding!.hint).toContain('not-started → planned → migrating → cut-over → completed');
    expect(finding!.related?.[0]).toMatchObject({ file: join('base', 'a.yaml') });
    expect(finding!.related?.[0]!.line).toBeGreaterThan(1);
  });

  it('accepts the one-step change planned → migrating and no change at all', async () => {
    expect(await transition('planned', 'migrating')).toEqual([]);
    expect(await transition('migrating', 'migrating')).toEqual([]);
  });

  it('judges every pair of states exactly as model/migration-states.ts does', async () => {
    for (const from of MIGRATION_STATES) {
      for (const to of MIGRATION_STATES) {
        const findings = await transition(from, to);
        expect([from, to, findings.length]).toEqual([from, to, isLegalTransition(from, to) ? 0 : 1]);
      }
    }
    expect(LEGAL_TRANSITIONS.completed).toEqual([]);
  });

  it('matches systems by inventory number, not by file name', async () => {
    expect(await transition('not-started', 'completed', 'renamed.yaml')).toHaveLength(1);
    writeFileSync(join(dir, 'base', 'a.yaml'), manifest(902, 'not-started'));
    writeFileSync(join(dir, 'now', 'renamed.yaml'), manifest(901, 'completed'));
    // A system the baseline does not have may start in any state.
    const report = await findingsForPaths(['now'], { cwd: dir, baselineDir: 'base' });
    expect(report.findings.filter((f) => f.ruleId === 'status-transition')).toEqual([]);
  });

  it('runs only when a baseline is given', async () => {
    writeFileSync(join(dir, 'base', 'a.yaml'), manifest(901, 'not-started'));
    writeFileSync(join(dir, 'now', 'a.yaml'), manifest(901, 'completed'));
    expect((await findingsForPaths(['now'], { cwd: dir })).errors).toBe(0);
  });

  it('through the CLI: exit 1 with the located finding; exit 2 for a baseline folder that does not exist', () => {
    writeFileSync(join(dir, 'base', 'a.yaml'), manifest(901, 'not-started'));
    writeFileSync(join(dir, 'now', 'a.yaml'), manifest(901, 'completed'));
    const illegal = envcloud(['validate', 'now', '--baseline-dir', 'base'], dir);
    expect(illegal.code).toBe(1);
    expect(illegal.stdout).toMatch(/now\/a\.yaml:\d+:\d+: error\[status-transition\]/);
    writeFileSync(join(dir, 'now', 'a.yaml'), manifest(901, 'planned'));
    expect(envcloud(['validate', 'now', '--baseline-dir', 'base'], dir).code).toBe(0);
    const missing = envcloud(['validate', 'now', '--baseline-dir', 'nowhere'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--baseline-dir nowhere');
  });

  // A baseline file failing the schema was left out without a word: its system could jump to any state.
  it('says which baseline files it left out, in the reader’s language', () => {
    writeFileSync(
      join(dir, 'base', 'a.yaml'),
      manifest(901, 'not-started').replace('metadata:', 'unknownKey: 1\nmetadata:'),
    );
    writeFileSync(join(dir, 'now', 'a.yaml'), manifest(901, 'completed'));
    const en = envcloud(['validate', 'now', '--baseline-dir', 'base', '--lang', 'en'], dir);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      'note: 1 file of the baseline could not be read as a manifest (failing the schema, or too large) and was left out: the status changes of its system were not judged: base/a.yaml',
    );
    const zh = envcloud(['validate', 'now', '--baseline-dir', 'base', '--lang', 'zh'], dir);
    expect(zh.stderr).toContain(
      '注意：基线中有 1 个文件无法作为清单读取（不符合模式或过大），已略去，其系统的状态变化未作判断：base/a.yaml',
    );
    writeFileSync(join(dir, 'base', 'a.yaml'), manifest(901, 'not-started'));
    expect(envcloud(['validate', 'now', '--baseline-dir', 'base', '--lang', 'en'], dir).stderr).not.toContain(
      'baseline',
    );
  });
});
