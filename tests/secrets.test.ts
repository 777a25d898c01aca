import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toPlan } from '../engine/plan';
import { loadStackFile, StackConfigError } from '../stacks/stack-file';
import { findSecrets, redactSecrets, SECRET_KEYS } from '../document/secrets';
import { clone, happyManifest, sourceFindings, yamlOf } from './support/manifests';

const root = join(__dirname, '..');
const AWS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const PASSWORD_URL = 'postgres://etl:Sup3rS3cret@db.internal:5432/air';

describe('plaintext credentials in manifests', () => {
  it('are errors located at their field, and never quoted back', () => {
    const manifest = clone(happyManifest());
    manifest.spec.dataResources![0]!.description = `extracted nightly from ${PASSWORD_URL}`;
    const text = yamlOf(manifest);
    const line = text.split('\n').findIndex((row) => row.includes('Sup3rS3cret')) + 1;
    const findings = sourceFindings(text).filter((finding) => finding.ruleId === 'plaintext-secret');
    expect(findings).toEqual([
      expect.objectContaining({
        line,
        severity: 'error',
        field: 'spec.dataResources[0].description',
        hint: expect.stringContaining('pulumi config set --secret'),
      }),
    ]);
    expect(JSON.stringify(findings)).not.toContain('Sup3rS3cret');
  });
  it('are found by kind anywhere in the data: keys, private keys, tokens', () => {
    expect(findSecrets({ a: [{ b: `key ${AWS_KEY}` }] })).toEqual([{ path: ['a', 0, 'b'], kind: 'AWS access key' }]);
    expect(findSecrets({ note: '-----BEGIN RSA PRIVATE KEY-----\nMIIE' })[0]!.kind).toBe('private key');
    expect(findSecrets({ dbPassword: 'hunter2', apiToken: '${vault:token}' }).map((hit) => hit.path)).toEqual([
      ['dbPassword'],
    ]);
    expect(findSecrets({ description: 'rotates passwords every 90 days' })).toEqual([]);
    expect(findSecrets({ description: 'password: ******, password: {{ vault }}' })).toEqual([]);
  });
  it.each([
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA'],
    ['AWS access key', `key ${AWS_KEY}`],
    ['connection string with a password', `from ${PASSWORD_URL.replace('postgres', 'PostgreSQL')}`],
    ['JSON web token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['GitHub token', `ghs_${'a1B2c3D4e5'.repeat(4)}`],
    ['Slack token', 'xoxb-1234567890-abcdefghij'],
    ['bearer token', 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345'],
    ['kubeconfig credential', 'token: abcdefghijklmnop1234567890'],
    // A kubeconfig user's basic-auth password passed while its token was refused.
    ['password', 'users:\n- name: admin\n  user:\n    username: admin\n    password: "S3cr3t-Passw0rd!"'],
  ])('are found in a manifest that otherwise conforms: %s', (kind, value) => {
    const manifest = clone(happyManifest());
    manifest.spec.dataResources![0]!.description = value;
    const findings = sourceFindings(yamlOf(manifest));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'plaintext-secret',
        field: 'spec.dataResources[0].description',
        message: expect.stringContaining(kind),
      }),
    ]);
  });
  it('are found and redacted when pasted as a field name, in every part of every finding', () => {
    const text = yamlOf(clone(happyManifest())).replace(/^(\s*)managingUnit:/m, `$1${AWS_KEY}: x\n$1managingUnit:`);
    const findings = sourceFindings(text);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'plaintext-secret',
          message: expect.stringContaining('used as a field name'),
        }),
      ]),
    );
    // The schema's own finding (an unknown field) names the field too: no part of any finding may hold the key.
    expect(findings.length).toBeGreaterThan(1);
    expect(JSON.stringify(findings)).not.toContain(AWS_KEY);
  });
  it('are all redacted when one text holds several of one kind', () => {
    const second = PASSWORD_URL.replace('etl:Sup3rS3cret', 'ops:An0therOne');
    expect(redactSecrets(`${PASSWORD_URL} or ${second} and ${AWS_KEY} ${AWS_KEY.replace('EXAMPLE', 'EXAMPL2')}`)).toBe(
      '[redacted] or [redacted] and [redacted] [redacted]',
    );
  });
  it('are found when a YAML escape hides their text', () => {
    const manifest = clone(happyManifest());
    manifest.spec.dataResources![0]!.description = 'PLACEHOLDER';
    const text = yamlOf(manifest).replace('PLACEHOLDER', `"exported with \\x41${AWS_KEY.slice(1)}"`);
    expect(text).not.toContain(AWS_KEY);
    expect(sourceFindings(text)).toEqual([
      expect.objectContaining({ ruleId: 'plaintext-secret', field: 'spec.dataResources[0].description' }),
    ]);
  });
  it('can sit only in values of a manifest that conforms: the schema closes every object and names no field for a credential', () => {
    // The fast path looks only for credential values in conforming manifests; this keeps that sound.
    const schema: unknown = JSON.parse(readFileSync(join(root, 'schema', 'system-migration.v1.schema.json'), 'utf8'));
    const open: string[] = [];
    const named: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const schemaNode = node as {
        type?: unknown;
        properties?: Record<string, unknown>;
        additionalProperties?: unknown;
      };
      if ((schemaNode.type === 'object' || schemaNode.properties) && schemaNode.additionalProperties !== false)
        open.push(path);
      named.push(...Object.keys(schemaNode.properties ?? {}).filter((key) => SECRET_KEYS.test(key)));
      for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
    };
    walk(schema, '#');
    expect(open).toEqual([]);
    expect(named).toEqual([]);
    const manifest = clone(happyManifest()) as unknown as { spec: Record<string, unknown> };
    manifest.spec.password = 'hunter2';
    expect(sourceFindings(yamlOf(manifest)).map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['plaintext-secret']),
    );
  });
  it('are masked even in a schema error that quotes the value', () => {
    const manifest = clone(happyManifest()) as unknown as { spec: { disposition: { outcome: string } } };
    manifest.spec.disposition.outcome = PASSWORD_URL;
    const findings = sourceFindings(yamlOf(manifest));
    expect(findings.some((finding) => finding.ruleId === 'schema-enum')).toBe(true);
    expect(JSON.stringify(findings)).not.toContain('Sup3rS3cret');
    expect(redactSecrets(`see ${PASSWORD_URL} and ${AWS_KEY}`)).toBe('see [redacted] and [redacted]');
  });
  it.each([
    [
      'over lines',
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAkeyBODY\nQQQmoreKEY\n-----END RSA PRIVATE KEY-----\n',
    ],
    ['on one line', '-----BEGIN PRIVATE KEY----- MIIEpAIBAAKCAQEAkeyBODY QQQmoreKEY -----END PRIVATE KEY-----'],
    ['cut short', '-----BEGIN OPENSSH PRIVATE KEY-----\nMIIEpAIBAAKCAQEAkeyBODY\nQQQmoreKEY'],
  ])('are masked whole, a private key %s, in a schema error that quotes it', (_how, key) => {
    const manifest = clone(happyManifest()) as unknown as { spec: { disposition: { outcome: string } } };
    manifest.spec.disposition.outcome = key;
    const findings = sourceFindings(yamlOf(manifest));
    expect(findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['plaintext-secret', 'schema-enum']),
    );
    expect(JSON.stringify(findings)).not.toMatch(/keyBODY|moreKEY/);
  });
});

describe('plaintext credentials in stack config', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-secrets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const stackFile = (extra: string) => {
    writeFileSync(join(dir, 'Pulumi.yaml'), readFileSync(join(root, 'Pulumi.yaml')));
    writeFileSync(
      join(dir, 'Pulumi.t.yaml'),
      `${readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8').trimEnd()}\n${extra}\n`,
    );
  };
  const lineOf = (needle: string) =>
    readFileSync(join(dir, 'Pulumi.t.yaml'), 'utf8')
      .split('\n')
      .findIndex((row) => row.includes(needle)) + 1;

  it('are rejected at their line, with the command that encrypts them, and not quoted', () => {
    stackFile('  aws:secretKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    let error: StackConfigError | undefined;
    try {
      loadStackFile(dir, 't');
    } catch (caught) {
      error = caught as StackConfigError;
    }
    expect(error).toBeInstanceOf(StackConfigError);
    expect(error!.problems).toEqual([
      expect.objectContaining({
        key: 'aws:secretKey',
        line: lineOf('aws:secretKey'),
        hint: expect.stringContaining('pulumi config set --secret aws:secretKey <value> --stack t'),
      }),
    ]);
    expect(error!.message).not.toContain('wJalrXUtnFEMI');
  });
  it('are found inside structured values, such as a kubeconfig with a token', () => {
    stackFile(
      '  envcloud:extra:\n    kubeconfig: "users:\\n- user:\\n    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ0123456789"',
    );
    expect(() => loadStackFile(dir, 't')).toThrow(/envcloud:extra.*plaintext credential/s);
  });
  it('are found in a kubeconfig whose user signs in with a password', () => {
    stackFile(
      '  envcloud:extra:\n    kubeconfig: "users:\\n- user:\\n    username: admin\\n    password: \\"S3cr3t-Passw0rd!\\""',
    );
    expect(() => loadStackFile(dir, 't')).toThrow(/envcloud:extra.*plaintext credential/s);
  });
  it('accept encrypted values', () => {
    stackFile('  aws:secretKey:\n    secure: v1:Zm9vYmFyYmF6:cXV4cXV1eA==');
    expect(loadStackFile(dir, 't').values['aws:secretKey']).toEqual({ secure: 'v1:Zm9vYmFyYmF6:cXV4cXV1eA==' });
  });
});

describe('secrets in what envcloud writes', () => {
  const registration = (type: string, inputs: Record<string, unknown>) => ({
    urn: `urn:pulumi:t::envcloud::${type}::x`,
    type,
    name: 'x',
    custom: true,
    protect: false,
    retainOnDelete: false,
    dependencies: [],
    inputs,
  });
  it('are redacted in plan.json (and so in the rendered objects and reports built from it)', () => {
    const plan = toPlan('t', [
      registration('pulumi:providers:kubernetes', { kubeconfig: 'apiVersion: v1\nusers: []' }),
      registration('kubernetes:core/v1:Secret', { metadata: { name: 'db' }, stringData: { url: 'anything' } }),
      registration('kubernetes:apps/v1:Deployment', {
        spec: { env: [{ name: 'DB', value: PASSWORD_URL }] },
        marked: { '4dabf18193072939515e22adb298388d': '1b47061264138c4ac30d75fd1eb44270', value: 'hunter2' },
      }),
    ]);
    const written = JSON.stringify(plan);
    for (const secret of ['apiVersion: v1', 'anything', 'Sup3rS3cret', 'hunter2'])
      expect(written).not.toContain(secret);
    expect(plan.resources.find((resource) => resource.type === 'kubernetes:core/v1:Secret')!.inputs.stringData).toEqual(
      { url: '[redacted]' },
    );
  });
  it('leave the run untouched, and share with it only what holds no credential', () => {
    const deployment = {
      metadata: { name: 'app', labels: { tier: 'gold' } },
      spec: { env: [{ name: 'DB', value: PASSWORD_URL }], replicas: 2 },
    };
    const secret = { metadata: { name: 'db' }, data: { url: 'c2VjcmV0' } };
    const clean = { metadata: { name: 'site' }, data: { index: '<html></html>' } };
    const inputs = [deployment, secret, clean];
    const before = JSON.stringify(inputs);
    const plan = toPlan('t', [
      registration('kubernetes:apps/v1:Deployment', deployment),
      registration('kubernetes:core/v1:Secret', secret),
      registration('kubernetes:core/v1:ConfigMap', clean),
    ]);
    expect(JSON.stringify(inputs)).toBe(before);
    const planned = (type: string) => plan.resources.find((resource) => resource.type === type)!.inputs;
    const redacted = planned('kubernetes:apps/v1:Deployment') as typeof deployment;
    expect(redacted.spec.env[0]!.value).not.toContain('Sup3rS3cret');
    // Copied only along the path to the credential; the rest is the run's own object.
    expect(redacted).not.toBe(deployment);
    expect(redacted.spec.env).not.toBe(deployment.spec.env);
    expect(redacted.metadata).toBe(deployment.metadata);
    expect(planned('kubernetes:core/v1:Secret')).toEqual({ metadata: { name: 'db' }, data: { url: '[redacted]' } });
    expect(planned('kubernetes:core/v1:ConfigMap')).toBe(clean);
  });
});
