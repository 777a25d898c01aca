// `envcloud audit --as-of <day>` plans the stack for that day, not only judges waivers on it: the
// grants of sharing/ live on the day open data, and data-access-follows-grants judges on the same day.
import { auditOfRun, auditStack, loadAuditInputs } from '../../audit/stack';
import type { AuditReport } from '../../audit/model';
import type { OfflineRun } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { root } from './support';

// sr-2026-001: no. 49 reads no. 181's data, granted until 2027-03-10.
const LIVE = '2027-03-10';
const EXPIRED = '2027-03-11';
const GRANT_ROLE = 's181-sjcsyjhpt-data-access-s049-gkzdwryzdjkyjcsjkxt';

const roleNames = (run: OfflineRun) =>
  toPlan(run.stack, run.registrations)
    .resources.filter((resource) => resource.type === 'aws:iam/role:Role')
    .map((resource) => resource.name);

const failedOn = (report: AuditReport, policy: string) =>
  report.findings.filter((finding) => finding.policy === policy && finding.status === 'fail');

describe('audit --as-of of prod', () => {
  let live: { run: OfflineRun; report: AuditReport };
  let expired: { run: OfflineRun; report: AuditReport };
  beforeAll(async () => {
    live = await auditStack(root, { stack: 'prod', asOf: LIVE });
    expired = await auditStack(root, { stack: 'prod', asOf: EXPIRED });
  }, 300000);

  it('keeps the access of sr-2026-001 on its last day and drops it the day after', () => {
    expect(roleNames(live.run)).toContain(GRANT_ROLE);
    expect(roleNames(expired.run)).not.toContain(GRANT_ROLE);
  });

  it('judges the access on the same day: both plans pass data-access-follows-grants', () => {
    expect(failedOn(live.report, 'data-access-follows-grants')).toEqual([]);
    expect(failedOn(expired.report, 'data-access-follows-grants')).toEqual([]);
  });

  it('fails the plan of the last day when it is judged the day after (a plan kept past its grant)', async () => {
    const report = await auditOfRun(live.run, loadAuditInputs(root, {}), { asOf: EXPIRED });
    expect(failedOn(report, 'data-access-follows-grants')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('s049'),
        location: expect.objectContaining({ file: expect.stringContaining('s049-gkzdwryzdjkyjcsjkxt') }),
      }),
    ]);
  });
});
