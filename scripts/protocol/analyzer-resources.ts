// The resources of an offline plan as the engine sends them to a policy pack: AnalyzeRequest (one
// resource's inputs) and AnalyzerResource (AnalyzeStack), properties as protobuf Structs, with options,
// provider, parent and dependencies. And the plan as a real preview would show it: what a provider
// computes (ids, ARNs, provider-assigned names, endpoints) is not known yet, encoded as the SDK encodes
// an unknown.
import type { Plan, PlanResource } from '../../engine/plan';

/* eslint-disable @typescript-eslint/no-require-imports -- the generated stubs are CommonJS without typings of use here */
const analyzerproto = require('@pulumi/pulumi/proto/analyzer_pb') as Record<string, new () => Message>;
const structproto = require('google-protobuf/google/protobuf/struct_pb') as {
  Struct: { fromJavaScript(value: object): unknown };
};
/* eslint-enable @typescript-eslint/no-require-imports */

type Message = Record<string, (...args: unknown[]) => unknown>;

/** The SDK's unknown string (`@pulumi/pulumi/runtime/rpc` unknownValue): what the engine sends for a value not known yet. */
export const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';

/** Types whose provider-assigned `name` the program reads (engine/fake-state.ts invents it offline). */
const NAMED_TYPES = new Set([
  'aws:backup/vault:Vault',
  'aws:eks/cluster:Cluster',
  'aws:iam/role:Role',
  'aws:rds/subnetGroup:SubnetGroup',
  'aws:s3/bucket:Bucket',
]);

function options(resource: PlanResource): Message {
  const opts = new analyzerproto.AnalyzerResourceOptions!();
  opts.setProtect!(resource.protect);
  opts.setIgnorechangesList!([]);
  opts.setAdditionalsecretoutputsList!([]);
  opts.setAliasesList!([]);
  if (resource.parent) opts.setParent!(resource.parent);
  return opts;
}

function provider(resource: PlanResource, byUrn: ReadonlyMap<string, PlanResource>): Message | undefined {
  if (!resource.provider) return undefined;
  const found = byUrn.get(resource.provider);
  const message = new analyzerproto.AnalyzerProviderResource!();
  message.setUrn!(resource.provider);
  message.setType!(found?.type ?? resource.provider.split('::')[2]?.split('$').pop() ?? '');
  message.setName!(resource.provider.split('::').pop() ?? '');
  message.setProperties!(structproto.Struct.fromJavaScript(found?.inputs ?? {}));
  return message;
}

/** AnalyzeRequest for one resource, as the engine sends it before registering the resource. */
export function analyzeRequest(resource: PlanResource, byUrn: ReadonlyMap<string, PlanResource>): Message {
  const request = new analyzerproto.AnalyzeRequest!();
  request.setType!(resource.type);
  request.setUrn!(resource.urn);
  request.setName!(resource.name);
  request.setProperties!(structproto.Struct.fromJavaScript(resource.inputs));
  request.setOptions!(options(resource));
  const message = provider(resource, byUrn);
  if (message) request.setProvider!(message);
  return request;
}

/** AnalyzeStackRequest for the whole plan. */
export function analyzeStackRequest(plan: Plan): Message {
  const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
  const request = new analyzerproto.AnalyzeStackRequest!();
  request.setResourcesList!(
    plan.resources.map((resource) => {
      const message = new analyzerproto.AnalyzerResource!();
      message.setType!(resource.type);
      message.setUrn!(resource.urn);
      message.setName!(resource.name);
      message.setProperties!(structproto.Struct.fromJavaScript(resource.inputs));
      message.setOptions!(options(resource));
      if (resource.parent) message.setParent!(resource.parent);
      message.setDependenciesList!(resource.dependencies);
      const providerMessage = provider(resource, byUrn);
      if (providerMessage) message.setProvider!(providerMessage);
      return message;
    }),
  );
  return request;
}

/**
 * What the provider computes for each resource the plan depends on, as the offline run invented it
 * (engine/mocks.ts and engine/fake-state.ts): `<name>-id`, placeholder ARNs and endpoints, and the
 * names of named types.
 */
function providerOutputs(resource: PlanResource, byUrn: ReadonlyMap<string, PlanResource>): Set<string> {
  const outputs = new Set<string>();
  for (const urn of resource.dependencies) {
    const dependency = byUrn.get(urn);
    if (!dependency) continue;
    outputs.add(`${dependency.name}-id`);
    if (NAMED_TYPES.has(dependency.type)) outputs.add(dependency.name);
  }
  return outputs;
}

/** A string holding any provider output is unknown as a whole, as an `apply` or interpolation of it is. */
function isProviderOutput(value: string, outputs: ReadonlySet<string>): boolean {
  if (outputs.has(value) || value.includes(':offline:000000000000:') || value.includes('.offline.invalid')) return true;
  return [...outputs].some((output) => output.endsWith('-id') && value.includes(`"${output}"`));
}

function replaceOutputs(value: unknown, outputs: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return isProviderOutput(value, outputs) ? UNKNOWN : value;
  if (Array.isArray(value)) return value.map((item) => replaceOutputs(item, outputs));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceOutputs(item, outputs)]));
  return value;
}

/** The plan a first `pulumi preview` shows: every value a provider computes is unknown. Also answers how many values became unknown. */
export function withProviderOutputsUnknown(plan: Plan): { plan: Plan; unknowns: number } {
  const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
  let unknowns = 0;
  const resources = plan.resources.map((resource) => {
    const inputs = replaceOutputs(resource.inputs, providerOutputs(resource, byUrn)) as Record<string, unknown>;
    unknowns += JSON.stringify(inputs).split(UNKNOWN).length - 1;
    return { ...resource, inputs };
  });
  return { plan: { ...plan, resources }, unknowns };
}
