// `preview --as-of <day>`: the plan is made for that day, so a grant past its expiry opens nothing,
// and `--audit` judges the plan on the same day (issue #13 §2).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { envcloud } from '../support/cli';

// sr-2026-001: no. 49 reads no. 181's data, granted until 2027-03-10.
const GRANT_ROLE = 's181-sjcsyjhpt-data-access-s049-gkzdwryzdjkyjcsjkxt';

type PlanJson = { resources: { type: string; name: string }[] };
type AuditJson = { summary: { passed: boolean }; policies: { name: string; status: string }[] };

describe('envcloud preview --as-of (built CLI, offline, stack prod)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-preview-as-of-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const roles = (out: string) =>
    (JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as PlanJson).resources
      .filter((resource) => resource.type === 'aws:iam/role:Role')
      .map((resource) => resource.name);

  it('plans the grant holder’s access on the grant’s last day, and none the day after, with an audit of that day that passes', () => {
    const live = join(dir, 'live');
    expect(envcloud(['preview', '--stack', 'prod', '--as-of', '2027-03-10', '--out', live]).code).toBe(0);
    expect(roles(live)).toContain(GRANT_ROLE);

    const expired = join(dir, 'expired');
    const run = envcloud(['preview', '--stack', 'prod', '--as-of', '2027-03-11', '--audit', '--out', expired]);
    expect(run.code).toBe(0);
    expect(roles(expired)).not.toContain(GRANT_ROLE);
    const audit = JSON.parse(readFileSync(join(expired, 'audit.json'), 'utf8')) as AuditJson;
    expect(audit.summary.passed).toBe(true);
    expect(audit.policies.find((policy) => policy.name === 'data-access-follows-grants')?.status).toBe('pass');
  }, 400000);

  it('refuses a day that does not exist, as a usage error', () => {
    const { code, stderr } = envcloud(['preview', '--stack', 'prod', '--as-of', '2027-02-30', '--out', join(dir, 'x')]);
    expect(code).toBe(2);
    expect(stderr).toContain('2027-02-30');
  });
});
