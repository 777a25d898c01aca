// `preview --audit`: one run of the program serves the plan and the audit (npm start uses it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envcloud } from '../support/cli';

type AuditJson = {
  summary: { failed: number; waived: number; verdict: string; policies: Record<string, number> };
  policies: { name: string; status: string }[];
};

describe('envcloud preview --audit (built CLI, offline)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-preview-audit-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the audit of the same run, equal to what `envcloud audit` reports', () => {
    const preview = envcloud(['preview', '--stack', 'dev', '--audit', '--out', join(dir, 'preview')]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(
      /^OFFLINE AUDIT of the same run: 0 failed, 0 advisory, 5 waived, \d+ policies not applicable — passed/m,
    );
    const fromPreview = JSON.parse(readFileSync(join(dir, 'preview', 'audit.json'), 'utf8')) as AuditJson;
    const audit = envcloud(['audit', '--stack', 'dev', '--format', 'json', '--out', join(dir, 'audit.json')]);
    expect(audit.code).toBe(0);
    const fromAudit = JSON.parse(readFileSync(join(dir, 'audit.json'), 'utf8')) as AuditJson;
    expect(fromPreview.summary).toEqual(fromAudit.summary);
    expect(fromPreview.policies.map((policy) => [policy.name, policy.status])).toEqual(
      fromAudit.policies.map((policy) => [policy.name, policy.status]),
    );
  }, 120000);

  it('refuses the audit options without --audit', () => {
    const { code, stderr } = envcloud([
      'preview',
      '--stack',
      'dev',
      '--waivers',
      'policies/waivers.yaml',
      '--out',
      join(dir, 'refused'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('only mean something with --audit');
  });
});
