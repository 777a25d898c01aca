import * as pulumi from '@pulumi/pulumi';
import { MockMonitor, type MockCallArgs, type MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import { deserializeProperties } from '@pulumi/pulumi/runtime/rpc';

// Marked internal in the typings but exported and stable since 3.0: resolves once every outstanding
// registration has been answered, which is how an in-process run knows the program has finished.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { waitForRPCs } = require('@pulumi/pulumi/runtime/settings') as { waitForRPCs(): Promise<void> };

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
};

let active: Registration[] | undefined;
let patched = false;

/** Records every registration request the mocked monitor receives, with the options mocks do not see. */
function patchMonitor(): void {
  if (patched) return;
  patched = true;
  const original = MockMonitor.prototype.registerResource;
  MockMonitor.prototype.registerResource = async function (this: MockMonitor, req: RegisterRequest, callback: (err: unknown, response: { getUrn(): string } | undefined) => void) {
    return original.call(this, req, (err: unknown, response: { getUrn(): string } | undefined) => {
      if (!err && response && active) {
        const dependencies = new Set(req.getDependenciesList());
        req.getPropertydependenciesMap().forEach((value) => value.getUrnsList().forEach((urn) => dependencies.add(urn)));
        const urn = response.getUrn();
        active.push({
          urn,
          type: req.getType(),
          name: req.getName(),
          custom: req.getCustom(),
          ...(req.getParent() ? { parent: req.getParent() } : {}),
          ...(req.getProvider() ? { provider: req.getProvider().split('::').slice(0, 4).join('::') } : {}),
          protect: req.getProtect(),
          retainOnDelete: req.getRetainondelete?.() ?? false,
          dependencies: [...dependencies].filter((dependency) => dependency !== req.getParent()),
          inputs: deserializeProperties(req.getObject() as Parameters<typeof deserializeProperties>[0]) as Record<string, unknown>,
        });
      }
      callback(err, response);
    });
  } as typeof original;

  const originalRead = MockMonitor.prototype.readResource;
  MockMonitor.prototype.readResource = async function (
    this: MockMonitor,
    req: Pick<RegisterRequest, 'getType' | 'getName' | 'getParent' | 'getProvider' | 'getDependenciesList'> & { getProperties(): unknown },
    callback: (err: unknown, response: { getUrn(): string } | undefined) => void,
  ) {
    return originalRead.call(this, req, (err: unknown, response: { getUrn(): string } | undefined) => {
      if (!err && response && active) {
        active.push({
          urn: response.getUrn(),
          type: req.getType(),
          name: req.getName(),
          custom: true,
          read: true,
          ...(req.getParent() ? { parent: req.getParent() } : {}),
          ...(req.getProvider() ? { provider: req.getProvider().split('::').slice(0, 4).join('::') } : {}),
          protect: false,
          retainOnDelete: false,
          dependencies: req.getDependenciesList(),
          inputs: deserializeProperties(req.getProperties() as Parameters<typeof deserializeProperties>[0]) as Record<string, unknown>,
        });
      }
      callback(err, response);
    });
  } as typeof originalRead;
}

/**
 * Installs Pulumi's mocks for an in-process, offline run: every registration is recorded, resources
 * get their inputs as outputs (or what a test says), and any provider function call that is not
 * mocked fails loudly instead of inventing an answer.
 */
export async function installRecordingMocks(project: string, stack: string, overrides: MockOverrides = {}): Promise<RecordingMocks> {
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
  return { registrations, unmockedCalls, settle: () => waitForRPCs() };
}
