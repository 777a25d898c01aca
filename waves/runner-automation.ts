import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import type { StackNode, StackRunner, StackRunSummary } from './orchestrate';

/** The Pulumi CLI or a backend login is missing: nothing was started. Exit 2, said in Chinese and English. */
export class PulumiUnavailableError extends EnvcloudError {
  override readonly name = 'PulumiUnavailableError';
  readonly exitCode = EXIT_USAGE;
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
  if (!existsSync(credentials)) return undefined;
  try {
    const { current } = JSON.parse(readFileSync(credentials, 'utf8')) as { current?: string };
    return current ? `pulumi login ${current}` : undefined;
  } catch {
    return undefined;
  }
}

/** Refuses the real path, before anything starts, when the Pulumi CLI or a backend login is missing. */
export function assertPulumiAvailable(env: NodeJS.ProcessEnv = process.env): void {
  const offline = 'envcloud deploy --offline 在本机离线运行同样的编排（不部署任何资源）。';
  const offlineEn =
    '`envcloud deploy --offline` runs the same orchestration on the offline engine (nothing is deployed).';
  if (!pulumiOnPath(env))
    throw new PulumiUnavailableError(
      [
        '未找到 Pulumi CLI：PATH 中没有 pulumi 命令，真实部署无法进行，未启动任何堆栈。请安装 Pulumi CLI 3.248 或更高版本（https://www.pulumi.com/docs/install/）并将其加入 PATH。',
        'the Pulumi CLI is not on PATH (no `pulumi` command): the real deploy cannot run, and no stack was started. Install the Pulumi CLI 3.248 or later (https://www.pulumi.com/docs/install/) and put it on PATH.',
        `${offline}\n${offlineEn}`,
      ].join('\n'),
    );
  if (!pulumiBackend(env))
    throw new PulumiUnavailableError(
      [
        '未登录 Pulumi 状态后端：没有 PULUMI_ACCESS_TOKEN、PULUMI_BACKEND_URL，也没有 pulumi login 记录，真实部署无法进行，未启动任何堆栈。请先执行 pulumi login（例如 pulumi login s3://envcloud-pulumi-state?region=cn-north-1）。',
        'no Pulumi state backend: neither PULUMI_ACCESS_TOKEN nor PULUMI_BACKEND_URL is set and `pulumi login` has recorded none, so the real deploy cannot run, and no stack was started. Log in first (`pulumi login s3://envcloud-pulumi-state?region=cn-north-1`, or file://…, or a Pulumi Cloud org).',
        `${offline}\n${offlineEn}`,
      ].join('\n'),
    );
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
          if (!outputs.platform)
            throw new Error(
              `the platform stack ${node.name} exports no \`platform\`: it has not been deployed; run \`envcloud deploy --stack ${node.name}\` without --wave first`,
            );
          return { summary: 'deployed: it exports `platform`' };
        }
        const [last] = await stack.history(1);
        if (!last || last.kind !== 'update' || last.result !== 'succeeded')
          throw new Error(
            `its last update ${last ? `was a ${last.kind} that ${last.result}` : 'never happened'}: deploy wave ${node.wave} first`,
          );
        return { summary: `deployed: its last update succeeded at ${last.endTime.toISOString()}` };
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
        return { summary: `preview: ${changes(result.changeSummary)}` };
      }
      const result = await stack.up(options);
      if (result.summary.result !== 'succeeded') throw new Error(`pulumi up ${result.summary.result}`);
      return { summary: `up: ${changes(result.summary.resourceChanges ?? {})} (${resources} resources reported)` };
    },
  };
}

function changes(summary: Record<string, number | undefined>): string {
  const parts = Object.entries(summary)
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([kind, count]) => `${count} ${kind}`);
  return parts.length > 0 ? parts.join(', ') : 'no changes';
}
