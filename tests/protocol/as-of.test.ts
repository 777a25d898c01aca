// `pulumi config set envcloud:asOf <day>` makes the real program plan for that day, as
// `envcloud preview --as-of <day>` does offline (issue #13 §2): run through Pulumi's runtime protocol
// against the engine double, with the key set as the CLI would pass it.
import { runStackOffline } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { planShapes, recordedShapes } from '../../scripts/protocol/compare';
import { runProgramOverProtocol, type ProtocolRun } from '../../scripts/protocol/run-program';
import { root } from '../sharing/support';

const TIMEOUT = 400_000;
// sr-2026-001: no. 49 reads no. 181's data until 2027-03-10.
const EXPIRED = '2027-03-11';
const roles = (resources: readonly { type: string; name: string; inputs: Record<string, unknown> }[]) =>
  (
    resources.find((resource) => resource.type.endsWith(':Cluster') && resource.name === 's181-sjcsyjhpt-data-store-db')
      ?.inputs.spec as { managed?: { roles: unknown[] } }
  ).managed?.roles;

describe('`pulumi preview --stack onprem` with envcloud:asOf set', () => {
  let run: ProtocolRun;
  beforeAll(async () => {
    run = await runProgramOverProtocol({ root, stack: 'onprem', config: { 'envcloud:asOf': EXPIRED } });
  }, TIMEOUT);

  it(
    'builds the plan of `envcloud preview --as-of`: the same resources, the expired grant’s user gone and its role absent',
    async () => {
      expect(run.exitCode).toBe(0);
      expect(run.logs.filter((log) => log.severity === 'error')).toEqual([]);
      const offline = await runStackOffline(root, 'onprem', { asOf: EXPIRED });
      expect(recordedShapes(run.resources, run.rootUrn)).toEqual(
        planShapes(toPlan('onprem', offline.registrations).resources),
      );
      expect(run.resources.filter((resource) => resource.type.endsWith(':CephObjectStoreUser'))).toEqual([]);
      expect(roles(run.resources)).toEqual([{ name: 's049_grant_sr_2026_001', ensure: 'absent' }]);
      expect(roles(run.resources)).toEqual(roles(offline.registrations));
    },
    TIMEOUT,
  );

  it(
    'refuses a day the calendar does not have, naming the key, before registering any system',
    async () => {
      const bad = await runProgramOverProtocol({ root, stack: 'dev', config: { 'envcloud:asOf': '2027-02-30' } });
      expect(bad.exitCode).not.toBe(0);
      const errors = (run: ProtocolRun) => run.logs.filter((log) => log.severity === 'error').map((log) => log.message);
      expect(errors(bad)).toEqual([expect.stringMatching(/^envcloud:asOf: `2027-02-30` is not a day of the calendar/)]);
      // A RunError (stacks/program-errors.ts): the message alone, not "failed with an unhandled exception"
      // and the program's stack trace, which any other exception gets from @pulumi/pulumi/cmd/run.
      expect(errors(bad).join('\n')).not.toMatch(/unhandled exception|\n\s+at /);
      expect(bad.resources.filter((resource) => resource.custom)).toEqual([]);
      // In the locale's language, as the CLI says it.
      const zh = await runProgramOverProtocol({
        root,
        stack: 'dev',
        config: { 'envcloud:asOf': '2027-02-30' },
        env: { LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      });
      expect(errors(zh)).toEqual([expect.stringMatching(/^envcloud:asOf: `2027-02-30` 不是日历上存在的日期/)]);
    },
    TIMEOUT,
  );
});
