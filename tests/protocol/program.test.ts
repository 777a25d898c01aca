// The program run as the Pulumi CLI runs it: `@pulumi/pulumi/cmd/run` in a child process, talking gRPC
// to an engine double (scripts/protocol). Offline: nothing is deployed; the double answers as the engine
// answers a preview.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStackOffline } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { planShapes, recordedShapes } from '../../scripts/protocol/compare';
import { runProgramOverProtocol, type ProtocolRun } from '../../scripts/protocol/run-program';

const root = join(__dirname, '../..');
const TIMEOUT = 300_000;

describe.each(['prod', 'onprem', 'dev'])('`pulumi preview --stack %s` through the runtime protocol', (stack) => {
  let run: ProtocolRun;
  beforeAll(async () => {
    run = await runProgramOverProtocol({ root, stack });
  }, TIMEOUT);

  it('runs to the end, logs no error and breaks no engine rule', () => {
    expect({
      exitCode: run.exitCode,
      errors: run.logs.filter((log) => log.severity === 'error'),
      violations: run.violations,
      invokes: run.invokes,
    }).toEqual({
      exitCode: 0,
      errors: [],
      violations: [],
      invokes: [],
    });
    expect(run.rootUrn).toBe(`urn:pulumi:${stack}::envcloud::pulumi:pulumi:Stack::envcloud-${stack}`);
    expect(run.outputs.get(run.rootUrn!)).toHaveProperty('systems');
  });

  it(
    'registers exactly the resources of the offline plan: URNs, types, parents, providers, protection, dependencies, aliases',
    async () => {
      const offline = await runStackOffline(root, stack);
      const expected = planShapes(toPlan(stack, offline.registrations).resources);
      const actual = recordedShapes(run.resources, run.rootUrn);
      expect(actual.length).toBeGreaterThan(100);
      expect(actual).toEqual(expected);
    },
    TIMEOUT,
  );
});

describe('what the runtime protocol run proves', () => {
  it(
    'names a component’s grandchildren with the whole type chain, as the engine does',
    async () => {
      const offline = await runStackOffline(root, 'prod');
      const plan = toPlan('prod', offline.registrations);
      const grandchildren = plan.resources.filter(
        (resource) => resource.parent && plan.resources.find((parent) => parent.urn === resource.parent)?.parent,
      );
      expect(grandchildren.length).toBeGreaterThan(0);
      for (const resource of grandchildren) {
        const parent = plan.resources.find((candidate) => candidate.urn === resource.parent)!;
        expect(resource.urn.split('::')[2]).toBe(`${parent.urn.split('::')[2]}$${resource.type}`);
      }
    },
    TIMEOUT,
  );

  it(
    'fails without the runtime tsconfig: the SDK’s ts-node then type-checks with an ES2020 library',
    async () => {
      const run = await runProgramOverProtocol({ root, stack: 'dev', runtime: { tsconfig: undefined } });
      expect(run.exitCode).not.toBe(0);
      expect(run.logs.map((log) => log.message).join('\n')).toMatch(/TS2550|Unable to compile TypeScript/);
    },
    TIMEOUT,
  );

  it('refuses a stack that lacks a key Pulumi.yaml requires, before the program starts, as the CLI does', async () => {
    const project = mkdtempSync(join(tmpdir(), 'envcloud-project-'));
    try {
      const declared = readFileSync(join(root, 'Pulumi.yaml'), 'utf8').replace(
        /^config:\n/m,
        'config:\n  envcloud:requiredForTest:\n    type: string\n',
      );
      writeFileSync(join(project, 'Pulumi.yaml'), declared);
      copyFileSync(join(root, 'Pulumi.dev.yaml'), join(project, 'Pulumi.dev.yaml'));
      await expect(runProgramOverProtocol({ root: project, stack: 'dev' })).rejects.toThrow(
        "Stack 'dev' is missing configuration value 'envcloud:requiredForTest'",
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
