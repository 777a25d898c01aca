// The engine double enforces the engine's rules; each test breaks one and expects the refusal.
import * as grpc from '@grpc/grpc-js';
import { EngineDouble, SUPPORTED_FEATURES } from '../../scripts/protocol/engine-double';

const resrpc = require('@pulumi/pulumi/proto/resource_grpc_pb');
const resproto = require('@pulumi/pulumi/proto/resource_pb');
const aliasproto = require('@pulumi/pulumi/proto/alias_pb');
const structproto = require('google-protobuf/google/protobuf/struct_pb');

type Request = { type: string; name: string; custom?: boolean; parent?: string; provider?: string; typeAlias?: string };

describe('the engine double', () => {
  let double: EngineDouble;
  let client: { registerResource: (...args: any[]) => void; supportsFeature: (...args: any[]) => void; close(): void };
  beforeEach(async () => {
    double = new EngineDouble({ project: 'envcloud', stack: 'test', dryRun: true });
    const address = await double.start();
    client = new resrpc.ResourceMonitorClient(address, grpc.credentials.createInsecure());
  });
  afterEach(async () => {
    client.close();
    await double.stop();
  });

  const register = (request: Request): Promise<{ urn?: string; id?: string; error?: string }> => {
    const req = new resproto.RegisterResourceRequest();
    req.setType(request.type);
    req.setName(request.name);
    req.setCustom(request.custom ?? false);
    req.setParent(request.parent ?? '');
    req.setProvider(request.provider ?? '');
    req.setObject(structproto.Struct.fromJavaScript({ answer: 42 }));
    if (request.typeAlias) {
      const spec = new aliasproto.Alias.Spec();
      spec.setType(request.typeAlias);
      const alias = new aliasproto.Alias();
      alias.setSpec(spec);
      req.setAliasesList([alias]);
    }
    return new Promise((resolve) =>
      client.registerResource(req, (error: grpc.ServiceError | null, response: { getUrn(): string; getId(): string }) =>
        resolve(error ? { error: error.details } : { urn: response.getUrn(), id: response.getId() }),
      ),
    );
  };
  const stack = () => register({ type: 'pulumi:pulumi:Stack', name: 'envcloud-test' });

  it('builds URNs from the parent’s whole type chain, leaving out the stack', async () => {
    const root = (await stack()).urn!;
    const component = (await register({ type: 'envcloud:a:Component', name: 'c', parent: root })).urn!;
    const child = (await register({ type: 'envcloud:b:Child', name: 'c-child', parent: component })).urn!;
    const grandchild = (await register({
      type: 'aws:s3/bucket:Bucket',
      name: 'c-bucket',
      parent: child,
      custom: true,
    }))!;
    expect(component).toBe('urn:pulumi:test::envcloud::envcloud:a:Component::c');
    expect(grandchild.urn).toBe(
      'urn:pulumi:test::envcloud::envcloud:a:Component$envcloud:b:Child$aws:s3/bucket:Bucket::c-bucket',
    );
    // A preview leaves a new resource's id unknown.
    expect(grandchild.id).toBe('');
  });

  it('refuses a duplicate URN', async () => {
    const root = (await stack()).urn!;
    await register({ type: 'envcloud:a:Component', name: 'twice', parent: root });
    expect((await register({ type: 'envcloud:a:Component', name: 'twice', parent: root })).error).toMatch(
      /^Duplicate resource URN/,
    );
    expect(double.violations).toHaveLength(1);
  });

  it('refuses a parent that was never registered', async () => {
    await stack();
    const result = await register({
      type: 'envcloud:a:Component',
      name: 'orphan',
      parent: 'urn:pulumi:test::envcloud::envcloud:a:Component::ghost',
    });
    expect(result.error).toMatch(/parent .* is not a registered resource/);
  });

  it('refuses an unknown provider, and a provider reference to something that is not a provider', async () => {
    const root = (await stack()).urn!;
    const bucket = (await register({ type: 'aws:s3/bucket:Bucket', name: 'b', parent: root, custom: true })).urn!;
    expect(
      (
        await register({
          type: 'aws:s3/bucket:Bucket',
          name: 'c',
          parent: root,
          custom: true,
          provider: 'urn:pulumi:test::envcloud::pulumi:providers:aws::nope::id',
        })
      ).error,
    ).toMatch(/provider .* is not a registered resource/);
    expect(
      (
        await register({
          type: 'aws:s3/bucket:Bucket',
          name: 'd',
          parent: root,
          custom: true,
          provider: `${bucket}::id`,
        })
      ).error,
    ).toMatch(/is not a provider/);
    const provider = (await register({ type: 'pulumi:providers:aws', name: 'primary-aws', parent: root, custom: true }))
      .urn!;
    expect(
      (
        await register({
          type: 'aws:s3/bucket:Bucket',
          name: 'e',
          parent: root,
          custom: true,
          provider: `${provider}::id`,
        })
      ).error,
    ).toBeUndefined();
  });

  it('records type aliases as sent', async () => {
    const root = (await stack()).urn!;
    await register({
      type: 'aws:s3/bucket:Bucket',
      name: 'b',
      parent: root,
      custom: true,
      typeAlias: 'aws:s3/bucketV2:BucketV2',
    });
    expect(double.resources.find((resource) => resource.name === 'b')?.typeAliases).toEqual([
      'aws:s3/bucketV2:BucketV2',
    ]);
  });

  it('says yes only to the features it implements', async () => {
    const supports = (feature: string) =>
      new Promise<boolean>((resolve, reject) => {
        const req = new resproto.SupportsFeatureRequest();
        req.setId(feature);
        client.supportsFeature(req, (error: Error | null, response: { getHassupport(): boolean }) =>
          error ? reject(error) : resolve(response.getHassupport()),
        );
      });
    for (const feature of SUPPORTED_FEATURES) expect(await supports(feature)).toBe(true);
    expect(await supports('transforms')).toBe(false);
    expect(await supports('resourceHooks')).toBe(false);
  });
});
