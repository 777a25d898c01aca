// Runs the policy pack exactly as `pulumi preview --policy-pack <dir>` runs it, and talks to it as the
// engine does. The CLI (sdk/go/common/resource/plugin/analyzer_plugin.go, NewPolicyAnalyzer) asks the
// Node language host to RunPlugin(kind analyzer), which (sdk/nodejs/cmd/pulumi-language-nodejs,
// RunPlugin) starts `node <@pulumi/pulumi/cmd/run-policy-pack resolved from the pack> <engine address>
// <pack directory>` in the pack directory, with PULUMI_NODEJS_TYPESCRIPT (PulumiPolicy.yaml's runtime
// options; typescript defaults to true), PULUMI_NODEJS_ORGANIZATION/PROJECT/STACK/DRY_RUN and
// PULUMI_CONFIG. The pack prints its port; the engine then calls Handshake (the Node SDK does not
// implement it), ConfigureStack, GetAnalyzerInfo, Configure (the pack config reconciled with the
// policies' schema defaults, pkg/resource/analyzer/config.go), Analyze per resource and AnalyzeStack.
import * as grpc from '@grpc/grpc-js';
import { spawn, type ChildProcess } from 'node:child_process';
import { EngineDouble } from './engine-double';

/* eslint-disable @typescript-eslint/no-require-imports -- the generated stubs are CommonJS without typings of use here */
const analyzerrpc = require('@pulumi/pulumi/proto/analyzer_grpc_pb') as {
  AnalyzerClient: grpc.ServiceClientConstructor;
};
const analyzerproto = require('@pulumi/pulumi/proto/analyzer_pb') as Record<
  string,
  (new () => Message) & Record<string, Record<string, number>>
>;
const emptyproto = require('google-protobuf/google/protobuf/empty_pb') as { Empty: new () => Message };
const structproto = require('google-protobuf/google/protobuf/struct_pb') as {
  Struct: { fromJavaScript(value: object): Message };
};
/* eslint-enable @typescript-eslint/no-require-imports */

type Message = Record<string, (...args: unknown[]) => unknown>;
export type EnforcementLevel = 'advisory' | 'mandatory' | 'remediate' | 'disabled';
export type Severity = 'unspecified' | 'low' | 'medium' | 'high' | 'critical';

const LEVELS: EnforcementLevel[] = ['advisory', 'mandatory', 'disabled', 'remediate'];
const SEVERITIES: Severity[] = ['unspecified', 'low', 'medium', 'high', 'critical'];

/** One policy as GetAnalyzerInfo describes it. */
export interface PolicyInfo {
  name: string;
  displayName: string;
  description: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
  remediationSteps: string;
  kind: 'resource' | 'stack' | 'unspecified';
  /** JSON schema properties, with their defaults. */
  configSchema?: Record<string, { default?: unknown }>;
}

export interface AnalyzerInfo {
  name: string;
  version: string;
  policies: PolicyInfo[];
}

/** One diagnostic of Analyze or AnalyzeStack. */
export interface Diagnostic {
  policy: string;
  message: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
  urn?: string;
}

export interface AnalyzeResult {
  diagnostics: Diagnostic[];
  notApplicable: { policy: string; reason: string }[];
}

/** Per policy: its enforcement level and config, as the engine sends them in Configure. */
export type PolicyPackConfig = Record<
  string,
  { enforcementLevel: EnforcementLevel; properties?: Record<string, unknown> }
>;

/**
 * The config the engine sends (ReconcilePolicyPackConfig): every policy's schema defaults and
 * registered level, then `all`, then each policy's entry of the config file.
 */
export function reconcilePolicyPackConfig(
  policies: readonly PolicyInfo[],
  file: Record<string, unknown>,
): PolicyPackConfig {
  const result: PolicyPackConfig = {};
  for (const policy of policies) {
    const defaults = Object.entries(policy.configSchema ?? {}).filter(([, schema]) => schema.default !== undefined);
    result[policy.name] = {
      enforcementLevel: policy.enforcementLevel,
      ...(defaults.length
        ? { properties: Object.fromEntries(defaults.map(([key, schema]) => [key, schema.default])) }
        : {}),
    };
  }
  const normalise = (value: unknown) =>
    typeof value === 'string'
      ? { enforcementLevel: value as EnforcementLevel, properties: {} }
      : (() => {
          const { enforcementLevel, ...properties } = value as { enforcementLevel?: EnforcementLevel };
          return { enforcementLevel, properties: properties as Record<string, unknown> };
        })();
  if (file.all !== undefined) {
    const all = normalise(file.all);
    if (all.enforcementLevel) for (const entry of Object.values(result)) entry.enforcementLevel = all.enforcementLevel;
  }
  for (const [name, value] of Object.entries(file)) {
    if (name === 'all') continue;
    const given = normalise(value);
    const entry = result[name] ?? { enforcementLevel: 'advisory' };
    result[name] = {
      enforcementLevel: given.enforcementLevel ?? entry.enforcementLevel,
      ...(entry.properties || Object.keys(given.properties).length
        ? { properties: { ...entry.properties, ...given.properties } }
        : {}),
    };
  }
  return result;
}

export interface PolicyPackOptions {
  /** Absolute directory of PulumiPolicy.yaml. */
  packDirectory: string;
  project: string;
  stack: string;
  organization?: string;
  dryRun?: boolean;
  /** Stack config as the engine hands it to the pack (`ns:key` → string). */
  config?: Record<string, string>;
  /** How long the pack may take to compile and print its port (default 5 minutes). */
  startTimeoutMs?: number;
}

function unary<T>(client: grpc.Client, method: string, request: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    (
      client as unknown as Record<
        string,
        (req: unknown, cb: (error: grpc.ServiceError | null, response: T) => void) => void
      >
    )[method]!(request, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

function diagnosticsOf(response: Message): AnalyzeResult {
  return {
    diagnostics: (response.getDiagnosticsList!() as Message[]).map((d) => ({
      policy: String(d.getPolicyname!()),
      message: String(d.getMessage!()),
      enforcementLevel: LEVELS[Number(d.getEnforcementlevel!())] ?? 'advisory',
      severity: SEVERITIES[Number(d.getSeverity!())] ?? 'unspecified',
      ...(d.getUrn!() ? { urn: String(d.getUrn!()) } : {}),
    })),
    notApplicable: ((response.getNotApplicableList!() as Message[]) ?? []).map((n) => ({
      policy: String(n.getPolicyName!()),
      reason: String(n.getReason!()),
    })),
  };
}

/** A policy pack started as the engine starts it, and a client of its Analyzer service. */
export class PolicyPackProcess {
  stderr = '';
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: grpc.Client,
    private readonly engine: EngineDouble,
    readonly seconds: number,
  ) {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
  }

  static async start(options: PolicyPackOptions): Promise<PolicyPackProcess> {
    const engine = new EngineDouble({ project: options.project, stack: options.stack, dryRun: options.dryRun ?? true });
    const engineAddress = await engine.start();
    const runPath = require.resolve('@pulumi/pulumi/cmd/run-policy-pack', { paths: [options.packDirectory] });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PULUMI_NODEJS_TYPESCRIPT: 'true',
      PULUMI_NODEJS_ORGANIZATION: options.organization ?? 'organization',
      PULUMI_NODEJS_PROJECT: options.project,
      PULUMI_NODEJS_STACK: options.stack,
      PULUMI_NODEJS_DRY_RUN: String(options.dryRun ?? true),
      PULUMI_CONFIG: JSON.stringify(options.config ?? {}),
    };
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [runPath, engineAddress, options.packDirectory], {
      cwd: options.packDirectory,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(
        () => reject(new Error(`the policy pack printed no port in time:\n${stdout}${stderr}`)),
        options.startTimeoutMs ?? 300_000,
      );
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        // The pack prints its port alone on the first line, as the engine expects.
        const match = /^(\d+)\s*$/m.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the policy pack exited (${code}) before printing its port:\n${stdout}${stderr}`));
      });
    }).catch(async (error: unknown) => {
      child.kill('SIGKILL');
      await engine.stop();
      throw error;
    });
    const client = new analyzerrpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      'grpc.max_receive_message_length': 400 * 1024 * 1024,
      'grpc.max_send_message_length': 400 * 1024 * 1024,
    });
    const pack = new PolicyPackProcess(child, client, engine, Number(process.hrtime.bigint() - started) / 1e9);
    pack.stderr = stderr;
    return pack;
  }

  /** The engine's first call; the Node SDK does not implement it, and the engine goes on without. */
  async handshake(packDirectory: string): Promise<grpc.status | 'ok'> {
    const request = new analyzerproto.AnalyzerHandshakeRequest!();
    request.setEngineAddress!('');
    request.setRootDirectory!(packDirectory);
    request.setProgramDirectory!(packDirectory);
    return unary(this.client, 'handshake', request).then(
      () => 'ok' as const,
      (error: grpc.ServiceError) => error.code,
    );
  }

  async configureStack(
    options: Pick<PolicyPackOptions, 'project' | 'stack' | 'organization' | 'dryRun'>,
  ): Promise<void> {
    const request = new analyzerproto.AnalyzerStackConfigureRequest!();
    request.setStack!(options.stack);
    request.setProject!(options.project);
    request.setOrganization!(options.organization ?? 'organization');
    request.setDryRun!(options.dryRun ?? true);
    await unary(this.client, 'configureStack', request);
  }

  async getAnalyzerInfo(): Promise<AnalyzerInfo> {
    const info = await unary<Message>(this.client, 'getAnalyzerInfo', new emptyproto.Empty());
    const kinds = ['unspecified', 'resource', 'stack'] as const;
    return {
      name: String(info.getName!()),
      version: String(info.getVersion!()),
      policies: (info.getPoliciesList!() as Message[]).map((policy) => {
        const schema = policy.getConfigschema!() as Message | undefined;
        return {
          name: String(policy.getName!()),
          displayName: String(policy.getDisplayname!()),
          description: String(policy.getDescription!()),
          enforcementLevel: LEVELS[Number(policy.getEnforcementlevel!())] ?? 'advisory',
          severity: SEVERITIES[Number(policy.getSeverity!())] ?? 'unspecified',
          remediationSteps: String(policy.getRemediationSteps!()),
          kind: kinds[Number(policy.getPolicyType!())] ?? 'unspecified',
          ...(schema
            ? {
                configSchema:
                  (
                    schema.getProperties!() as { toJavaScript(): Record<string, { default?: unknown }> } | undefined
                  )?.toJavaScript() ?? {},
              }
            : {}),
        };
      }),
    };
  }

  async configure(config: PolicyPackConfig): Promise<void> {
    const request = new analyzerproto.ConfigureAnalyzerRequest!();
    const map = request.getPolicyconfigMap!() as { set(key: string, value: unknown): void };
    for (const [name, entry] of Object.entries(config)) {
      const policyConfig = new analyzerproto.PolicyConfig!();
      policyConfig.setEnforcementlevel!(LEVELS.indexOf(entry.enforcementLevel));
      policyConfig.setProperties!(structproto.Struct.fromJavaScript(entry.properties ?? {}));
      map.set(name, policyConfig);
    }
    await unary(this.client, 'configure', request);
  }

  /** Analyze: one resource's inputs, as the engine sends it before creating or updating it. */
  async analyze(request: unknown): Promise<AnalyzeResult> {
    return diagnosticsOf(await unary<Message>(this.client, 'analyze', request));
  }

  /** AnalyzeStack: every resource, at the end of the preview. */
  async analyzeStack(request: unknown): Promise<AnalyzeResult> {
    return diagnosticsOf(await unary<Message>(this.client, 'analyzeStack', request));
  }

  /** The engine kills the plugin when the deployment ends. */
  async stop(): Promise<void> {
    this.client.close();
    this.child.kill('SIGTERM');
    await this.engine.stop();
  }
}
