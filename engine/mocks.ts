import * as pulumi from '@pulumi/pulumi';
import { MockMonitor, type MockCallArgs, type MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import { deserializeProperties, serializeProperties } from '@pulumi/pulumi/runtime/rpc';
import { getProject, getStack } from '@pulumi/pulumi/runtime/settings';
import { engineUrn } from './urn';
import { BACKUPS_OUTPUT, STACK_REFERENCE_TYPE } from '../model/tiers';
import { waitForRegistrations } from '../stacks/pacing';

// One reading of the SDK's internal waitForRPCs (stacks/pacing.ts): it resolves once every outstanding
// registration has been answered, which is how an in-process run knows the program has finished.

/** One resource as the program registered it: what the Pulumi engine would receive. */
export interface Registration {
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  parent?: string;
  provider?: string;
  protect: boolean;
  retainOnDelete: boolean;
  /** True for resources read rather than managed (a StackReference): never created or deleted. */
  read?: boolean;
  /** URNs this resource depends on (explicit dependsOn and through its inputs). */
  dependencies: string[];
  /** Earlier names it answers to (`aliases` with a name); the engine also derives its children's. */
  aliases?: string[];
  /** Earlier types it answers to (aliases with a type, as the provider SDKs send for renamed resource types). */
  typeAliases?: string[];
  inputs: Record<string, unknown>;
}

export interface MockOverrides {
  /** Outputs (state) a test wants a resource to have, by resource type; default: its inputs. */
  state?: (args: MockResourceArgs) => Record<string, unknown> | undefined;
  /** Answers for provider function calls (`aws:index/getRegion:getRegion`); unmocked calls throw. */
  calls?: Record<string, (args: MockCallArgs) => Record<string, unknown>>;
}

export interface RecordingMocks {
  registrations: Registration[];
  /**
   * Provider calls nobody mocked. Each also fails the call itself, but Pulumi's invoke drops the
   * error text on the way back, so the engine reports these after the run.
   */
  unmockedCalls: string[];
  /** Waits until every registration the program started has been answered. */
  settle(): Promise<void>;
}

type RegisterRequest = {
  getType(): string;
  getName(): string;
  getCustom(): boolean;
  getParent(): string;
  getProvider(): string;
  getProtect(): boolean;
  getRetainondelete?(): boolean;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): { forEach(callback: (value: { getUrnsList(): string[] }) => void): void };
  getObject(): unknown;
  getImportid(): string;
  getAliasesList?(): AliasMessage[];
};

let active: Registration[] | undefined;
let patched = false;

type ReadRequest = Pick<
  RegisterRequest,
  'getType' | 'getName' | 'getParent' | 'getProvider' | 'getDependenciesList'
> & { getProperties(): unknown };
type MonitorResponse = { getUrn(): string; getProperties?(): unknown };
type MonitorCallback = (err: unknown, response: MonitorResponse | undefined) => void;
type MonitorMethod<R> = (this: MockMonitor, req: R, callback: MonitorCallback) => Promise<void>;

function inputsOf(struct: unknown): Record<string, unknown> {
  return deserializeProperties(struct as Parameters<typeof deserializeProperties>[0]) as Record<string, unknown>;
}

interface AliasMessage {
  hasSpec(): boolean;
  getSpec(): { getName(): string; getType(): string } | undefined;
}

/** The earlier names and types a request declares, from its structured aliases. */
function aliasNames(req: RegisterRequest): { aliases?: string[]; typeAliases?: string[] } {
  const specs = (req.getAliasesList?.() ?? []).filter((alias) => alias.hasSpec()).map((alias) => alias.getSpec()!);
  const names = specs.map((spec) => spec.getName()).filter(Boolean);
  const types = specs.map((spec) => spec.getType()).filter(Boolean);
  return { ...(names.length > 0 ? { aliases: names } : {}), ...(types.length > 0 ? { typeAliases: types } : {}) };
}

/** What every request names: its identity, parent and provider (the provider reference without its id). */
function identity(req: Pick<RegisterRequest, 'getType' | 'getName' | 'getParent' | 'getProvider'>, urn: string) {
  return {
    urn,
    type: req.getType(),
    name: req.getName(),
    ...(req.getParent() ? { parent: req.getParent() } : {}),
    ...(req.getProvider() ? { provider: req.getProvider().split('::').slice(0, 4).join('::') } : {}),
  };
}

/** Wraps a monitor method so each request it answers successfully is recorded while a run is active. */
function recording<R>(
  original: MonitorMethod<R>,
  toRegistration: (req: R, urn: string, response: MonitorResponse) => Registration,
): MonitorMethod<R> {
  return async function (this: MockMonitor, req: R, callback: MonitorCallback) {
    return original.call(this, req, (err, response) => {
      if (!err && response && active) active.push(toRegistration(req, response.getUrn(), response));
      callback(err, response);
    });
  };
}

/** The registration of a resource the program asked for, from its request and the inputs read from it. */
function registrationOf(req: RegisterRequest, urn: string, inputs: Record<string, unknown>): Registration {
  const dependencies = new Set(req.getDependenciesList());
  req
    .getPropertydependenciesMap()
    .forEach((value) => value.getUrnsList().forEach((dependency) => dependencies.add(dependency)));
  return {
    ...identity(req, urn),
    custom: req.getCustom(),
    protect: req.getProtect(),
    retainOnDelete: req.getRetainondelete?.() ?? false,
    dependencies: [...dependencies].filter((dependency) => dependency !== req.getParent()),
    ...aliasNames(req),
    inputs,
  };
}

/** What the SDK reads of a RegisterResourceResponse (runtime/resource.js), without building the message. */
interface RegisterAnswer {
  getUrn(): string;
  getId(): string;
  getObject(): { toJavaScript(): Record<string, unknown> };
  getPropertydependenciesMap(): undefined;
  getResult(): number;
}

/**
 * The mocked monitor's registerResource, doing what the SDK's does (MockMonitor.registerResource) with
 * less: the request's properties are read once, for the mocks and the registration alike (the SDK's
 * read them again to record them); the answer's state goes back as the plain object the SDK reads out
 * of a protobuf Struct (no Struct is built and read again); and no resource's state is kept, as
 * nothing reads it back in an offline run. Each answered request is recorded while a run is active.
 */
async function registerResource(this: MockMonitor, req: RegisterRequest, callback: MonitorCallback): Promise<void> {
  let answer: RegisterAnswer;
  try {
    const urn = engineUrn(getStack(), getProject(), req.getType(), req.getName(), req.getParent() || undefined);
    // The engine refuses a second resource of one URN; the SDK's mocks took it, so two systems whose names
    // met (`s001-a` + `x-app`, `s001-a-x` + `app`) previewed green offline and failed under the CLI. Taken
    // before any await: registrations run concurrently.
    if (this.resources.has(urn)) throw new Error(`Duplicate resource URN '${urn}'; try giving it a unique name`);
    this.resources.set(urn, { urn, id: null, state: {} });
    const inputs = inputsOf(req.getObject());
    const result = await this.mocks.newResource({
      type: req.getType(),
      name: req.getName(),
      inputs,
      provider: req.getProvider(),
      custom: req.getCustom(),
      id: req.getImportid(),
    });
    const state = (await serializeProperties('', result.state)) as Record<string, unknown>;
    this.resources.set(urn, { urn, id: result.id ?? null, state: {} });
    if (active) active.push(registrationOf(req, urn, inputs));
    answer = {
      getUrn: () => urn,
      getId: () => result.id || '',
      getObject: () => ({ toJavaScript: () => state }),
      getPropertydependenciesMap: () => undefined,
      // resproto.Result.SUCCESS: the outputs are known.
      getResult: () => 0,
    };
  } catch (error) {
    callback(error, undefined);
    return;
  }
  callback(null, answer);
}

/**
 * What the policies read of a resource read rather than managed: a StackReference's `backups` output
 * (the DR policies judge a systems-only stack by it), as the engine hands the pack a read resource's
 * state. Only that output: the others hold the platform's kubeconfigs, which no plan may show.
 */
function readOutputs(type: string, response: MonitorResponse): Record<string, unknown> {
  if (type !== STACK_REFERENCE_TYPE || !response.getProperties) return {};
  const outputs = inputsOf(response.getProperties()).outputs as Record<string, unknown> | undefined;
  return outputs && BACKUPS_OUTPUT in outputs ? { outputs: { [BACKUPS_OUTPUT]: outputs[BACKUPS_OUTPUT] } } : {};
}

/** Records every request the mocked monitor receives, with the options mocks do not see. */
function patchMonitor(): void {
  if (patched) return;
  patched = true;
  // The mocks name a resource after its immediate parent's type only; the engine uses the whole chain.
  (MockMonitor.prototype as unknown as { newUrn(parent: string, type: string, name: string): string }).newUrn = (
    parent,
    type,
    name,
  ) => engineUrn(getStack(), getProject(), type, name, parent || undefined);
  MockMonitor.prototype.registerResource = registerResource as typeof MockMonitor.prototype.registerResource;
  // A component's outputs are not kept either: the SDK's mocks store them for nobody to read.
  MockMonitor.prototype.registerResourceOutputs = function (
    this: MockMonitor,
    req: { getUrn(): string },
    callback: (err: unknown, response: unknown) => void,
  ) {
    if (!this.resources.has(req.getUrn())) callback(new Error(`unknown resource ${req.getUrn()}`), undefined);
    else callback(null, {});
  } as typeof MockMonitor.prototype.registerResourceOutputs;
  MockMonitor.prototype.readResource = recording(
    MockMonitor.prototype.readResource as MonitorMethod<ReadRequest>,
    (req, urn, response) => ({
      ...identity(req, urn),
      custom: true,
      read: true,
      protect: false,
      retainOnDelete: false,
      dependencies: req.getDependenciesList(),
      inputs: { ...inputsOf(req.getProperties()), ...readOutputs(req.getType(), response) },
    }),
  ) as typeof MockMonitor.prototype.readResource;
}

/**
 * Installs Pulumi's mocks for an in-process, offline run: every registration is recorded, resources
 * get their inputs as outputs (or what a test says), and any provider function call that is not
 * mocked fails loudly instead of inventing an answer.
 */
export async function installRecordingMocks(
  project: string,
  stack: string,
  overrides: MockOverrides = {},
): Promise<RecordingMocks> {
  patchMonitor();
  const registrations: Registration[] = [];
  const unmockedCalls: string[] = [];
  active = registrations;
  await pulumi.runtime.setMocks(
    {
      newResource(args: MockResourceArgs) {
        return { id: `${args.name}-id`, state: overrides.state?.(args) ?? args.inputs };
      },
      call(args: MockCallArgs) {
        const answer = overrides.calls?.[args.token];
        if (!answer) {
          unmockedCalls.push(args.token);
          throw new Error(`unmocked provider call ${args.token}: add it to the mocks' \`calls\``);
        }
        return answer(args);
      },
    },
    project,
    stack,
    true,
  );
  return { registrations, unmockedCalls, settle: waitForRegistrations };
}
