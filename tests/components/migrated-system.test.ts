// MigratedSystem's checks and Service ports, as exported functions: no mocks needed.
import * as pulumi from '@pulumi/pulumi';
import { servicePort, validateMigratedSystemArgs } from '../../components/migrated-system';
import { happyManifest, clone } from '../support/manifests';

describe('MigratedSystem', () => {
  it('leaves a single Service port unnamed, as it always was, and names each of several', () => {
    expect(servicePort({ port: 8080 }, 1)).toEqual({ port: 8080, targetPort: 8080, protocol: 'TCP' });
    expect([servicePort({ port: 8080 }, 2), servicePort({ port: 53, protocol: 'UDP' }, 2)]).toEqual([
      { name: 'tcp-8080', port: 8080, targetPort: 8080, protocol: 'TCP' },
      { name: 'udp-53', port: 53, targetPort: 53, protocol: 'UDP' },
    ]);
  });

  it('refuses a workload whose Service name passes 63 characters, naming the rule validate checks it by', () => {
    const manifest = clone(happyManifest());
    manifest.metadata.slug = `s900-${'a'.repeat(54)}z`;
    const resource = {} as pulumi.Resource;
    expect(() => validateMigratedSystemArgs({ manifest, provider: undefined as never }, resource)).toThrow(
      /Service `s900-a+z-app` is longer than 63 characters \(rule service-name-length\)/,
    );
    manifest.metadata.slug = `s900-${'a'.repeat(53)}z`;
    expect(() => validateMigratedSystemArgs({ manifest, provider: undefined as never }, resource)).not.toThrow();
  });
});
