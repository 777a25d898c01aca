import type * as pulumi from '@pulumi/pulumi';
import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import { plausibleState } from '../engine/fake-state';
import { runStackOffline } from '../engine/offline';
import type { StackNode, StackRunner, StackRunSummary } from './orchestrate';
import { msg, render, type MessageId, type MessageValue } from '../document/i18n';
import { STACK_REFERENCE_TYPE } from '../model/tiers';

/** The deploy state and log keep English; `envcloud deploy` says it in the reader's language (document/read-back.ts). */
const english = (id: MessageId, values: Record<string, MessageValue>) => render(msg(id, values), 'en');

/** The value of an output of an offline run (under the mocks every value is known). */
function valueOf<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => {
    output.apply((value) => {
      resolve(value);
      return value;
    });
  });
}

/**
 * The offline runner: each stack's program in this process under Pulumi's mocks (engine/offline.ts),
 * as `envcloud preview` runs one. Nothing is deployed and no cloud or cluster is contacted; every phase
 * (check, preview, up) is an offline preview. The mocks are process-wide, so one stack runs at a time.
 * A wave stack's StackReference to the platform is answered with what the platform stack's offline run
 * exports, `platform` and `backups` (the platform stack is run first when a resumed run has not run it).
 */
export function offlineRunner(root: string, platformStack: string): StackRunner {
  let exported: unknown;
  let backups: unknown;
  const runPlatform = async () => {
    const run = await runStackOffline(root, platformStack);
    exported = run.outputs.platform ? await valueOf(run.outputs.platform) : undefined;
    backups = run.outputs.backups;
    return run;
  };
  return {
    maxParallel: 1,
    async run(node: StackNode, output: (line: string) => void): Promise<StackRunSummary> {
      if (node.wave === undefined) {
        const run = await runPlatform();
        const phase = node.phase === 'check' ? 'check' : 'preview';
        const counts = { resources: run.registrations.length, systems: run.systems.length };
        return { summary: english('deploy.offline-platform', { phase, ...counts }) };
      }
      if (exported === undefined) {
        output(english('deploy.platform-first', { stack: platformStack }));
        await runPlatform();
      }
      const state = (args: MockResourceArgs) =>
        args.type === STACK_REFERENCE_TYPE
          ? { ...args.inputs, outputs: { platform: exported, ...(backups ? { backups } : {}) } }
          : plausibleState(args);
      const run = await runStackOffline(root, node.name, { overrides: { state } });
      const counts = { resources: run.registrations.length, systems: run.systems.length, wave: node.wave };
      return { summary: english('deploy.offline-wave', counts) };
    },
  };
}
