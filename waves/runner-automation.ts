import { accessSync, constants, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import type { StackNode, StackRunner, StackRunSummary } from './orchestrate';
import { msg, render, type Message, type MessageValue } from '../document/i18n';
import { readInputFile } from '../validation/files';

/** The Pulumi CLI or a backend login is missing: nothing was started. Exit 2, said in Chinese and English. */
export class PulumiUnavailableError extends EnvcloudError {
  override readonly name = 'PulumiUnavailableError';
  readonly exitCode = EXIT_USAGE;
  constructor(problem: Message) {
    const message = msg('deploy.real.unavailable', { problem, offline: msg('deploy.real.offline-instead') });
    super(render(message, 'en'));
    this.localized = message;
  }
}

/** An English sentence of the catalog (the deploy state keeps summaries and errors in English; the CLI reads them back in the reader's language). */
function english(id: Parameters<typeof msg>[0], values?: Record<string, MessageValue>): string {
  return render(msg(id, values), 'en');
}

/** The `pulumi` executable on `PATH`, or undefined. */
export function pulumiOnPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const names = process.platform === 'win32' ? ['pulumi.exe', 'pulumi.cmd'] : ['pulumi'];
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    for (const name of names) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * Whether the CLI has a state backend to talk to: `PULUMI_ACCESS_TOKEN` (Pulumi Cloud), `PULUMI_BACKEND_URL`,
 * or a `pulumi login` recorded in `$PULUMI_HOME/credentials.json` (`current`).
 */
export function pulumiBackend(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.PULUMI_ACCESS_TOKEN) return 'PULUMI_ACCESS_TOKEN';
  if (env.PULUMI_BACKEND_URL) return `PULUMI_BACKEND_URL (${env.PULUMI_BACKEND_URL})`;
  const credentials = join(env.PULUMI_HOME ?? join(env.HOME ?? homedir(), '.pulumi'), 'credentials.json');
  // Bounded, and only a regular file: a FIFO there hung the check.
  const read = readInputFile(credentials);
  if ('problem' in read) return undefined;
  try {
    const { current } = JSON.parse(read.bytes.toString('utf8')) as { current?: string };
    return current ? `pulumi login ${current}` : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses the real path, before anything starts, when the Pulumi CLI or a backend login is missing. */
export function assertPulumiAvailable(env: NodeJS.ProcessEnv = process.env): void {
  if (!pulumiOnPath(env)) throw new PulumiUnavailableError(msg('deploy.real.no-cli'));
  if (!pulumiBackend(env)) throw new PulumiUnavailableError(msg('deploy.real.no-backend'));
}

/** The policy pack beside the program, and its config when present: what README's `pulumi up --policy-pack` passes. */
function policyOptions(root: string): { policyPacks: string[]; policyPackConfigs?: string[] } {
  const config = join(root, 'policies', 'config.json');
  return { policyPacks: [join(root, 'policies')], ...(existsSync(config) ? { policyPackConfigs: [config] } : {}) };
}

/**
 * The real runner: each stack through the Pulumi Automation API (`LocalWorkspace.selectStack` on the
 * project folder, then `preview()` or `up()` with the policy pack). A `check` deploys nothing: the
 * platform stack must export `platform`, a wave stack's last update must have succeeded. Needs the CLI,
 * a backend login and the clouds' credentials; nothing here runs in the tests.
 */
export function automationRunner(root: string): StackRunner {
  return {
    async run(node: StackNode, output: (line: string) => void): Promise<StackRunSummary> {
      const { LocalWorkspace } = await import('@pulumi/pulumi/automation');
      const stack = await LocalWorkspace.selectStack({ stackName: node.name, workDir: root });
      if (node.phase === 'check') {
        if (node.wave === undefined) {
          const outputs = await stack.outputs();
          if (!outputs.platform) throw new Error(english('deploy.real.platform-not-deployed', { stack: node.name }));
          return { summary: english('deploy.real.platform-deployed') };
        }
        const [last] = await stack.history(1);
        if (!last || last.kind !== 'update' || last.result !== 'succeeded')
          throw new Error(
            english('deploy.real.wave-not-deployed', {
              last: last
                ? msg('deploy.real.last-was', { kind: last.kind, result: last.result })
                : msg('deploy.real.last-never'),
              wave: node.wave,
            }),
          );
        return { summary: english('deploy.real.wave-deployed', { time: last.endTime.toISOString() }) };
      }
      let resources = 0;
      const options = {
        ...policyOptions(root),
        color: 'never' as const,
        onOutput: (text: string) => {
          for (const line of text.split('\n')) if (line.trim() !== '') output(line);
        },
        onEvent: (event: { resOutputsEvent?: unknown }) => {
          if (event.resOutputsEvent) resources += 1;
        },
      };
      if (node.phase === 'preview') {
        const result = await stack.preview(options);
        return { summary: english('deploy.real.preview', { changes: changes(result.changeSummary) }) };
      }
      const result = await stack.up(options);
      if (result.summary.result !== 'succeeded')
        throw new Error(english('deploy.real.up-failed', { result: result.summary.result }));
      const summary = english('deploy.real.up', { changes: changes(result.summary.resourceChanges ?? {}), resources });
      return { summary };
    },
  };
}

/** The changes of a preview or an update, in English (`2 create, 1 update`, `no changes`): read back by the CLI. */
export function changes(summary: Record<string, number | undefined>): string {
  const parts = Object.entries(summary)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([kind, count]) => english('deploy.real.change', { count: count!, kind }));
  return parts.length > 0 ? parts.join(', ') : english('deploy.real.no-changes');
}
