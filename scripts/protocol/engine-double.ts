// A double of the Pulumi engine's two gRPC services a Node program talks to: `pulumirpc.ResourceMonitor`
// and `pulumirpc.Engine`, served with the stubs the SDK ships. It answers at once (no providers), but
// keeps the engine's rules that a program can break: URNs built from the parent's whole type chain,
// duplicate URNs refused, parents and providers that must already exist, features supported only where
// this double really implements them. Offline: nothing is deployed, every answer is made up here.
import * as grpc from '@grpc/grpc-js';
import type { Registration } from '../../engine/mocks';
import { engineUrn, ROOT_STACK_TYPE } from '../../engine/urn';
import { STACK_REFERENCE_TYPE } from '../../model/tiers';

/* eslint-disable @typescript-eslint/no-require-imports -- the generated stubs are CommonJS without typings of use here */
const resrpc = require('@pulumi/pulumi/proto/resource_grpc_pb') as { ResourceMonitorService: grpc.ServiceDefinition };
const resproto = require('@pulumi/pulumi/proto/resource_pb') as ProtoModule;
const engrpc = require('@pulumi/pulumi/proto/engine_grpc_pb') as { EngineService: grpc.ServiceDefinition };
const engproto = require('@pulumi/pulumi/proto/engine_pb') as ProtoModule;
const provproto = require('@pulumi/pulumi/proto/provider_pb') as ProtoModule;
const emptyproto = require('google-protobuf/google/protobuf/empty_pb') as ProtoModule;
const structproto = require('google-protobuf/google/protobuf/struct_pb') as {
  Struct: { fromJavaScript(value: object): unknown };
};
/* eslint-enable @typescript-eslint/no-require-imports */

type ProtoModule = Record<string, new () => Record<string, (...args: unknown[]) => unknown>>;
type Message = Record<string, (...args: unknown[]) => unknown>;

/** The features this double implements; it says no to the rest, as an older engine would. */
export const SUPPORTED_FEATURES: ReadonlySet<string> = new Set([
  'secrets',
  'resourceReferences',
  'outputValues',
  'deletedWith',
  'aliasSpecs',
]);

/**
 * One RegisterResource (or ReadResource) request as the engine received it: the same record the
 * offline runs keep (engine/mocks.ts), so the two paths compare field by field.
 */
export type RecordedResource = Registration;

type Struct = { toJavaScript(): Record<string, unknown> };

/** `inputs` converted only when read: the double answers faster than a program asks only if it does no more than the engine. */
function lazyInputs<T extends object>(
  entry: T,
  struct: Struct | undefined,
): T & { readonly inputs: Record<string, unknown> } {
  let inputs: Record<string, unknown> | undefined;
  return Object.defineProperty(entry, 'inputs', {
    enumerable: true,
    get: () => (inputs ??= struct?.toJavaScript() ?? {}),
  }) as T & { readonly inputs: Record<string, unknown> };
}

export interface EngineLog {
  severity: 'debug' | 'info' | 'warning' | 'error';
  message: string;
  urn?: string;
}

export interface EngineDoubleOptions {
  project: string;
  stack: string;
  /** A preview answers ids and computed values as unknown, as the engine does for resources to create. */
  dryRun: boolean;
  /** Outputs of other stacks a StackReference may read, by fully qualified stack name. */
  stackOutputs?: Record<string, Record<string, unknown>>;
}

const SEVERITIES: EngineLog['severity'][] = ['debug', 'info', 'warning', 'error'];

function failure(code: grpc.status, message: string): grpc.ServiceError {
  return Object.assign(new Error(message), { code, details: message, metadata: new grpc.Metadata() });
}

export class EngineDouble {
  readonly resources: RecordedResource[] = [];
  readonly logs: EngineLog[] = [];
  /** Protocol rules the program broke (each also failed the request that broke it). */
  readonly violations: string[] = [];
  readonly invokes: string[] = [];
  readonly outputs = new Map<string, Record<string, unknown>>();
  rootUrn: string | undefined;
  shutdownSignalled = false;
  private readonly byUrn = new Map<string, RecordedResource>();
  private readonly server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  private address: string | undefined;

  constructor(private readonly options: EngineDoubleOptions) {
    this.server.addService(
      resrpc.ResourceMonitorService,
      this.monitor() as unknown as grpc.UntypedServiceImplementation,
    );
    this.server.addService(engrpc.EngineService, this.engine() as unknown as grpc.UntypedServiceImplementation);
  }

  /** Starts serving on a free loopback port; resolves to `127.0.0.1:port`. */
  async start(): Promise<string> {
    const port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    this.address = `127.0.0.1:${port}`;
    return this.address;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
  }

  /** Registers a resource the way the engine would, or says which rule the request breaks. */
  private admit(entry: Omit<RecordedResource, 'urn'>, providerRef: string): { urn: string } | { error: string } {
    const urn = engineUrn(this.options.stack, this.options.project, entry.type, entry.name, entry.parent);
    if (this.byUrn.has(urn)) return { error: `Duplicate resource URN '${urn}'; try giving it a unique name` };
    if (entry.parent && !this.byUrn.has(entry.parent))
      return { error: `resource '${urn}': parent '${entry.parent}' is not a registered resource` };
    if (providerRef) {
      const provider = this.byUrn.get(entry.provider!);
      if (!provider) return { error: `resource '${urn}': provider '${providerRef}' is not a registered resource` };
      if (!provider.type.startsWith('pulumi:providers:'))
        return { error: `resource '${urn}': '${providerRef}' is not a provider` };
    }
    // Keeps the entry object (its `inputs` getter) and puts the URN on it.
    const recorded = Object.assign(entry, { urn }) as RecordedResource;
    this.byUrn.set(urn, recorded);
    this.resources.push(recorded);
    return { urn };
  }

  private reject(callback: grpc.sendUnaryData<unknown>, message: string): void {
    this.violations.push(message);
    callback(failure(grpc.status.INVALID_ARGUMENT, message), null);
  }

  private monitor() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the gRPC handlers are plain functions that gRPC calls with its own `this`
    const double = this;
    const empty = () => new emptyproto.Empty!();
    return {
      supportsFeature(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        const response = new resproto.SupportsFeatureResponse!();
        response.setHassupport!(SUPPORTED_FEATURES.has(String(call.request.getId!())));
        callback(null, response);
      },
      registerResource(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        const req = call.request;
        const dependencies = new Set(req.getDependenciesList!() as string[]);
        (req.getPropertydependenciesMap!() as { forEach(cb: (value: Message) => void): void }).forEach((value) =>
          (value.getUrnsList!() as string[]).forEach((urn) => dependencies.add(urn)),
        );
        const parent = String(req.getParent!() ?? '');
        const providerRef = String(req.getProvider!() ?? '');
        const aliasSpecs = ((req.getAliasesList!() as Message[]) ?? [])
          .filter((alias) => alias.hasSpec!())
          .map((alias) => alias.getSpec!() as Message);
        const names = aliasSpecs.map((spec) => String(spec.getName!())).filter(Boolean);
        const types = aliasSpecs.map((spec) => String(spec.getType!())).filter(Boolean);
        const custom = Boolean(req.getCustom!());
        const type = String(req.getType!());
        const name = String(req.getName!());
        const object = req.getObject!() as Struct | undefined;
        const admitted = double.admit(
          lazyInputs(
            {
              type,
              name,
              custom,
              ...(parent ? { parent } : {}),
              ...(providerRef ? { provider: providerRef.split('::').slice(0, 4).join('::') } : {}),
              protect: Boolean(req.getProtect!()),
              retainOnDelete: Boolean(req.getRetainondelete!()),
              dependencies: [...dependencies].filter((dependency) => dependency !== parent),
              ...(names.length > 0 ? { aliases: names } : {}),
              ...(types.length > 0 ? { typeAliases: types } : {}),
            },
            object,
          ),
          providerRef,
        );
        if ('error' in admitted) return double.reject(callback, admitted.error);
        if (type === ROOT_STACK_TYPE && !parent) double.rootUrn ??= admitted.urn;
        const response = new resproto.RegisterResourceResponse!();
        response.setUrn!(admitted.urn);
        // A preview creates nothing: the engine answers a new resource's id as unknown (empty), and its
        // outputs as the inputs, every computed value left unknown.
        if (custom) response.setId!(double.options.dryRun ? '' : `${name}-id`);
        if (object) response.setObject!(object);
        callback(null, response);
      },
      readResource(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        const req = call.request;
        const parent = String(req.getParent!() ?? '');
        const providerRef = String(req.getProvider!() ?? '');
        const type = String(req.getType!());
        const id = String(req.getId!());
        const admitted = double.admit(
          lazyInputs(
            {
              type,
              name: String(req.getName!()),
              custom: true,
              read: true,
              ...(parent ? { parent } : {}),
              ...(providerRef ? { provider: providerRef.split('::').slice(0, 4).join('::') } : {}),
              protect: false,
              retainOnDelete: false,
              dependencies: (req.getDependenciesList!() as string[]).filter((dependency) => dependency !== parent),
            },
            req.getProperties!() as Struct | undefined,
          ),
          providerRef,
        );
        if ('error' in admitted) return double.reject(callback, admitted.error);
        const response = new resproto.ReadResourceResponse!();
        response.setUrn!(admitted.urn);
        // The engine reads a StackReference through its built-in provider: the other stack's outputs.
        const state =
          type === STACK_REFERENCE_TYPE
            ? { name: id, outputs: double.options.stackOutputs?.[id] ?? {}, secretOutputNames: [] }
            : {};
        response.setProperties!(structproto.Struct.fromJavaScript(state));
        callback(null, response);
      },
      registerResourceOutputs(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        const urn = String(call.request.getUrn!());
        if (!double.byUrn.has(urn))
          return double.reject(callback, `outputs for '${urn}', which is not a registered resource`);
        double.outputs.set(
          urn,
          (call.request.getOutputs!() as { toJavaScript(): Record<string, unknown> } | undefined)?.toJavaScript() ?? {},
        );
        callback(null, empty());
      },
      invoke(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        // No provider runs here: a function call cannot be answered truthfully, so it fails, and is noted.
        const token = String(call.request.getTok!());
        double.invokes.push(token);
        const response = new provproto.InvokeResponse!();
        const failed = new provproto.CheckFailure!();
        failed.setReason!(`the engine double runs no provider and cannot answer ${token}`);
        response.setFailuresList!([failed]);
        callback(null, response);
      },
      signalAndWaitForShutdown(_call: unknown, callback: grpc.sendUnaryData<unknown>) {
        double.shutdownSignalled = true;
        callback(null, empty());
      },
    };
  }

  private engine() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the gRPC handlers are plain functions that gRPC calls with its own `this`
    const double = this;
    return {
      log(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        const urn = String(call.request.getUrn!() ?? '');
        double.logs.push({
          severity: SEVERITIES[Number(call.request.getSeverity!())] ?? 'error',
          message: String(call.request.getMessage!()),
          ...(urn ? { urn } : {}),
        });
        callback(null, new emptyproto.Empty!());
      },
      getRootResource(_call: unknown, callback: grpc.sendUnaryData<unknown>) {
        const response = new engproto.GetRootResourceResponse!();
        response.setUrn!(double.rootUrn ?? '');
        callback(null, response);
      },
      setRootResource(call: grpc.ServerUnaryCall<Message, unknown>, callback: grpc.sendUnaryData<unknown>) {
        double.rootUrn = String(call.request.getUrn!());
        callback(null, new engproto.SetRootResourceResponse!());
      },
      requirePulumiVersion(_call: unknown, callback: grpc.sendUnaryData<unknown>) {
        callback(null, new emptyproto.Empty!());
      },
    };
  }
}
