import { spawnSync } from 'node:child_process';
import * as pulumi from '@pulumi/pulumi';
import { join } from 'node:path';
import { installRecordingMocks } from '../../engine/mocks';
import { loadStackFile } from '../../stacks/stack-file';
import { decryptedShape } from '../../stacks/config-types';

const root = join(__dirname, '../..');

/**
 * Sets the config as the Pulumi engine hands it to a program: secrets decrypted (here, the stand-in a
 * decrypted secret is: the onprem stack's object store keys), every value a string, objects as JSON.
 */
function setStackConfig(values: Record<string, unknown>): void {
  pulumi.runtime.setAllConfig(
    Object.fromEntries(
      Object.entries(decryptedShape(values) as Record<string, unknown>).map(([key, value]) => [
        key,
        typeof value === 'string' ? value : JSON.stringify(value),
      ]),
    ),
  );
}

describe('the Pulumi program entry (stacks/index.ts), as `pulumi up` runs it', () => {
  it('reads its config through pulumi.Config and deploys every selected system', async () => {
    const mocks = await installRecordingMocks('envcloud', 'onprem');
    setStackConfig(loadStackFile(root, 'onprem').values);

    const program = require('../../stacks/index') as () => Promise<{ systems: Record<string, string> }>;
    const outputs = await program();
    await mocks.settle();
    expect(Object.keys(outputs.systems)).toHaveLength(182);
    expect(
      mocks.registrations.filter((registration) => registration.type === 'envcloud:platform:ClusterBaseline'),
    ).toHaveLength(3);
  }, 120000);

  it('refuses a second resource of one URN, as the engine does (the SDK mocks took it)', () => {
    // In a process of its own: the SDK fails the program on a registration refused, as under the CLI.
    const script = `
      const pulumi = require('@pulumi/pulumi');
      require('./dist/engine/mocks').installRecordingMocks('envcloud', 'twice').then(() => {
        for (const copy of ['0', '1'])
          new pulumi.CustomResource('kubernetes:core/v1:ConfigMap', 's001-a-x-app', { data: { copy } });
      });`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 60000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(
      "Duplicate resource URN 'urn:pulumi:twice::envcloud::kubernetes:core/v1:ConfigMap::s001-a-x-app'",
    );
  });

  it('stops with the key named when the config is wrong, before registering anything', async () => {
    const mocks = await installRecordingMocks('envcloud', 'broken');
    setStackConfig({ ...loadStackFile(root, 'onprem').values, 'envcloud:mode': 'gcp' });

    const program = require('../../stacks/index') as () => Promise<unknown>;
    const refused = await program().then(
      () => undefined,
      (error: unknown) => error,
    );
    // A RunError: `pulumi up` prints its message alone, without the program's stack trace.
    expect(pulumi.RunError.isInstance(refused)).toBe(true);
    expect((refused as Error).message).toContain('envcloud:mode: "gcp" is not allowed');
    expect(mocks.registrations).toEqual([]);
  });
});
