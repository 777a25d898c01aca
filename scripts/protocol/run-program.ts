// Runs the stack program exactly as the Pulumi CLI's Node language host does (pulumi/pulumi,
// sdk/nodejs/cmd/pulumi-language-nodejs: execRuntime and constructArguments), against the engine double
// instead of the engine: `node <runtime.options.nodeargs> <@pulumi/pulumi/cmd/run resolved from the
// program directory> --monitor … --engine … --organization … --project … --root-directory … --stack …
// --pwd <program directory> [--dry-run] --parallel N <entry point>`, with PULUMI_CONFIG holding the
// stack's config as the engine merged it with Pulumi.yaml (`ns:config:key` names, JSON for objects),
// PULUMI_CONFIG_SECRET_KEYS, and PULUMI_NODEJS_TYPESCRIPT / PULUMI_NODEJS_TSCONFIG_PATH from the
// runtime options. Offline: no Pulumi CLI, no provider, nothing deployed.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { loadProjectFile, programDirectory, pulumiConfigOf } from '../../stacks/project-file';
import { loadStackFile, type StackFile } from '../../stacks/stack-file';
import { EngineDouble, type EngineLog, type RecordedResource } from './engine-double';

/** The part of Pulumi.yaml the language host reads to start a Node program. */
export interface NodeRuntime {
  project: string;
  /** Absolute program directory (`main`, default the project folder). */
  programDirectory: string;
  typescript: boolean;
  tsconfig?: string;
  nodeargs: string[];
}

export interface ProtocolRunOptions {
  root: string;
  stack: string;
  /** `pulumi preview` (default) or `pulumi up`. */
  dryRun?: boolean;
  /** Node options added after the project's `nodeargs` (the bench adds its RSS probe). */
  extraNodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  /** Replaces Pulumi.yaml's runtime, to show what happens without an option. */
  runtime?: Partial<NodeRuntime>;
  /** Ends the program after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Keys set over the stack file's, as `pulumi config set envcloud:asOf 2027-03-11` sets them (namespaced key, text value). */
  config?: Readonly<Record<string, string>>;
}

export interface ProtocolRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  resources: RecordedResource[];
  logs: EngineLog[];
  violations: string[];
  invokes: string[];
  rootUrn?: string;
  outputs: Map<string, Record<string, unknown>>;
}

/** `runtime.options.nodeargs` split as a shell would split plain words; quoting is not needed here and refused. */
function splitNodeArgs(text: string): string[] {
  if (/["'\\]/.test(text)) throw new Error(`nodeargs with quotes are not supported by this runner: ${text}`);
  return text.split(/\s+/).filter(Boolean);
}

/** Pulumi.yaml's name, main and runtime options as the language host receives them (stacks/project-file.ts reads them). */
export function readNodeRuntime(root: string): NodeRuntime {
  const { project, problems } = loadProjectFile(root);
  if (!project)
    throw new Error(
      problems
        .map((problem) => `${problem.file ?? 'Pulumi.yaml'}:${problem.line}:${problem.column}: ${problem.message}`)
        .join('\n'),
    );
  return {
    project: project.name,
    programDirectory: programDirectory(project),
    typescript: project.runtime.typescript,
    ...(project.runtime.tsconfig ? { tsconfig: project.runtime.tsconfig } : {}),
    nodeargs: splitNodeArgs(project.runtime.nodeargs),
  };
}

/**
 * The config map the language host puts in PULUMI_CONFIG: the engine's strings (`pulumiConfigOf`)
 * under the `ns:config:key` names the language host writes. Encrypted values need the stack's
 * secrets provider, which only the CLI has: such a stack is run by the CLI, not here.
 */
export function pulumiConfigEnv(stackFile: Pick<StackFile, 'values' | 'secretKeys'>): {
  config: string;
  secretKeys: string;
} {
  if (stackFile.secretKeys.length > 0)
    throw new Error(
      `${stackFile.secretKeys.join(', ')} encrypted; the protocol runner has no secrets provider to decrypt them`,
    );
  const config = Object.entries(pulumiConfigOf(stackFile.values)).map(([key, value]) => {
    const colon = key.indexOf(':');
    return [`${key.slice(0, colon)}:config:${key.slice(colon + 1)}`, value];
  });
  return { config: JSON.stringify(Object.fromEntries(config)), secretKeys: '[]' };
}

/** Runs the stack's program through Pulumi's runtime protocol against a fresh engine double. */
export async function runProgramOverProtocol(options: ProtocolRunOptions): Promise<ProtocolRun> {
  const { root, stack } = options;
  const runtime = { ...readNodeRuntime(root), ...options.runtime };
  const dryRun = options.dryRun ?? true;
  const stackFile = loadStackFile(root, stack);
  const { config, secretKeys } = pulumiConfigEnv({
    secretKeys: stackFile.secretKeys,
    values: { ...stackFile.values, ...options.config },
  });
  const double = new EngineDouble({ project: runtime.project, stack, dryRun });
  const address = await double.start();
  // The language host resolves the SDK's `cmd/run` from the program directory, as `require.resolve` would.
  const runPath = require.resolve('@pulumi/pulumi/cmd/run', { paths: [runtime.programDirectory] });
  const args = [
    ...runtime.nodeargs,
    ...(options.extraNodeArgs ?? []),
    runPath,
    ...['--monitor', address, '--engine', address, '--organization', 'organization', '--project', runtime.project],
    ...['--root-directory', root, '--stack', stack, '--pwd', runtime.programDirectory],
    ...(dryRun ? ['--dry-run'] : []),
    // The CLI's default --parallel: four per processor.
    ...['--parallel', String(cpus().length * 4)],
    '.',
  ];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PULUMI_CONFIG: config,
    PULUMI_CONFIG_SECRET_KEYS: secretKeys,
  };
  delete env.PULUMI_NODEJS_TYPESCRIPT;
  delete env.PULUMI_NODEJS_TSCONFIG_PATH;
  if (runtime.typescript) env.PULUMI_NODEJS_TYPESCRIPT = 'true';
  if (runtime.tsconfig) env.PULUMI_NODEJS_TSCONFIG_PATH = runtime.tsconfig;
  const started = process.hrtime.bigint();
  try {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 600_000);
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, sig) => resolve([code, sig]));
    }).finally(() => clearTimeout(timer));
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      resources: double.resources,
      logs: double.logs,
      violations: double.violations,
      invokes: double.invokes,
      ...(double.rootUrn ? { rootUrn: double.rootUrn } : {}),
      outputs: double.outputs,
    };
  } finally {
    await double.stop();
  }
}
