import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_OPERATORS, OPERATORS } from '../../model/operators';
import { assertDeployable, PreflightError, preflightProblems } from '../../stacks/preflight';
import { loadStackFile, StackConfigError } from '../../stacks/stack-file';
import { entryOf, happyManifest } from '../support/manifests';

// Where the operators come from (#12): every cluster of a kubeconfig stack runs CloudNativePG, Velero and
// Rook-Ceph at the releases whose CRDs are vendored; the stack's config declares them, and a stack that
// needs one it does not declare is refused before anything is registered, located where it must change.

const root = join(__dirname, '../..');
const shippedProject = readFileSync(join(root, 'Pulumi.yaml'), 'utf8');
const shippedOnprem = readFileSync(join(root, 'Pulumi.onprem.yaml'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-operators-'));
  writeFileSync(join(dir, 'Pulumi.yaml'), shippedProject);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The shipped onprem stack with `operators` (YAML lines under the key) appended. */
function onpremWith(operators: string): { text: string; load: () => ReturnType<typeof loadStackFile> } {
  const text = `${shippedOnprem.trimEnd()}\n  envcloud:operators:\n${operators}`;
  writeFileSync(join(dir, 'Pulumi.onprem.yaml'), text);
  return { text, load: () => loadStackFile(dir, 'onprem') };
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((row) => row.includes(needle)) + 1;

function refused(run: () => void): PreflightError {
  try {
    run();
  } catch (error) {
    if (error instanceof PreflightError) return error;
    throw error;
  }
  throw new Error('preflight passed');
}

describe('envcloud:operators', () => {
  it('defaults, in Pulumi.yaml, to the pinned releases installed by the cluster team, which the model states', () => {
    const { platform } = loadStackFile(root, 'onprem');
    expect(platform.operators).toEqual(DEFAULT_OPERATORS);
    expect(DEFAULT_OPERATORS).toEqual({
      'cloudnative-pg': { version: 'v1.25.1', installedBy: 'cluster-team' },
      velero: { version: 'v1.16.0', installedBy: 'cluster-team' },
      'rook-ceph': { version: 'v1.16.4', installedBy: 'cluster-team' },
    });
    // The vendored CRDs are those releases (vendor/crds/README.md).
    const vendored = readFileSync(join(root, 'vendor/crds/README.md'), 'utf8');
    for (const facts of Object.values(OPERATORS))
      expect(vendored).toMatch(
        new RegExp(`\\| \`${facts.crds}/\` \\| [^|]+ \\| ${facts.version.replace(/\./g, '\\.')} \\|`),
      );
  });

  it('refuses another release than the pinned one, at its line in Pulumi.<stack>.yaml', () => {
    const { text, load } = onpremWith(
      '    cloudnative-pg: { version: v1.25.1, installedBy: cluster-team }\n    velero:\n      version: v1.15.2\n      installedBy: cluster-team\n    rook-ceph: { version: v1.16.4, installedBy: cluster-team }\n',
    );
    expect(load).toThrow(StackConfigError);
    const message = (() => {
      try {
        load();
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain(
      `Pulumi.onprem.yaml:${lineOf(text, 'version: v1.15.2')}:7: error[stack-config]: envcloud:operators.velero.version \`v1.15.2\` is not the Velero release envcloud renders its custom resources for (v1.16.0, vendor/crds/velero)`,
    );
  });

  it("refuses an unknown operator or installer with the schema's located error", () => {
    const { text, load } = onpremWith(
      '    cloudnative-pg: { version: v1.25.1, installedBy: someone }\n    velero: { version: v1.16.0, installedBy: cluster-team }\n    rook-ceph: { version: v1.16.4, installedBy: cluster-team }\n    mysql-operator: { version: v1.0.0, installedBy: cluster-team }\n',
    );
    try {
      load();
      throw new Error('loaded');
    } catch (error) {
      expect(error).toBeInstanceOf(StackConfigError);
      const problems = (error as StackConfigError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            key: 'envcloud:operators.cloudnative-pg.installedBy',
            line: lineOf(text, 'installedBy: someone'),
          }),
          expect.objectContaining({
            key: 'envcloud:operators.mysql-operator',
            line: lineOf(text, 'mysql-operator'),
            message: 'is not a known setting',
          }),
        ]),
      );
    }
  });

  describe('a kubeconfig stack that needs an operator its config does not declare', () => {
    const withDatabase = () => {
      const manifest = structuredClone(happyManifest());
      manifest.spec.placement!.database = { engine: 'postgresql', version: '16', sizeGiB: 20 };
      return manifest;
    };

    it('deploys with every operator declared', () => {
      const { load } = onpremWith(
        '    cloudnative-pg: { version: v1.25.1, installedBy: cluster-team }\n    velero: { version: v1.16.0, installedBy: cluster-team }\n    rook-ceph: { version: v1.16.4, installedBy: cluster-team }\n',
      );
      expect(preflightProblems([withDatabase()], load().platform)).toEqual([]);
    });

    it('without CloudNativePG: refused at the database of each system that has one', () => {
      const { load } = onpremWith(
        '    velero: { version: v1.16.0, installedBy: cluster-team }\n    rook-ceph: { version: v1.16.4, installedBy: cluster-team }\n',
      );
      const { platform } = load();
      const manifest = withDatabase();
      const error = refused(() =>
        assertDeployable([manifest], platform, { entries: [entryOf(manifest, 'manifests/s900.yaml')] }),
      );
      const { line, column } = entryOf(manifest).locator.locate(['spec', 'placement', 'database']);
      expect(error.findings).toEqual([
        expect.objectContaining({
          file: 'manifests/s900.yaml',
          line,
          column,
          ruleId: 'operator-declared',
          field: 'spec.placement.database',
        }),
      ]);
      expect(error.message).toContain(
        `manifests/s900.yaml:${line}:${column}: error[operator-declared]: system 900 (${manifest.metadata.slug}): its database runs on CloudNativePG, which \`envcloud:operators\` does not declare`,
      );
      expect(error.message).toContain(
        'hint: declare it under `envcloud:operators` in Pulumi.<stack>.yaml (`cloudnative-pg: { version: v1.25.1, installedBy: cluster-team }`)',
      );
      // A system without a database does not need it.
      const stateless = structuredClone(manifest);
      delete stateless.spec.placement!.database;
      expect(preflightProblems([stateless], platform)).toEqual([]);
    });

    it('without Velero: refused at envcloud:operators in Pulumi.<stack>.yaml, whatever the systems', () => {
      const { text, load } = onpremWith(
        '    cloudnative-pg: { version: v1.25.1, installedBy: cluster-team }\n    rook-ceph: { version: v1.16.4, installedBy: cluster-team }\n',
      );
      const { platform, file } = load();
      const manifest = happyManifest();
      const error = refused(() => assertDeployable([manifest], platform, { stackFile: { file, text } }));
      expect(error.findings).toEqual([
        expect.objectContaining({
          file: 'Pulumi.onprem.yaml',
          line: lineOf(text, 'envcloud:operators'),
          ruleId: 'operator-declared',
        }),
      ]);
      expect(error.message).toContain('the clusters need Velero for backups of volumes and namespaces');
    });

    it('an aws stack needs none of them', () => {
      const { platform } = loadStackFile(root, 'prod');
      expect(preflightProblems([withDatabase()], { ...platform, operators: {} })).toEqual([]);
    });
  });
});
