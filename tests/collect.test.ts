import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectManifestFiles } from '../validation/files';
import { findingsForPaths, validatePaths } from '../validation/validate';
import { clone, happyManifest, yamlOf } from './support/manifests';

describe('collecting manifest files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'envcloud-collect-'));
    mkdirSync(join(root, 'manifests', 'nested'), { recursive: true });
    mkdirSync(join(root, 'manifests', '.hidden'));
    mkdirSync(join(root, 'elsewhere'));
    for (const file of [
      'manifests/b.yaml',
      'manifests/a.yml',
      'manifests/nested/c.yaml',
      'manifests/.hidden/d.yaml',
      'manifests/notes.txt',
      'elsewhere/e.yaml',
    ]) {
      writeFileSync(join(root, file), 'x: 1\n');
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks folders, skips hidden ones and other extensions, and answers sorted paths relative to the working folder', () => {
    expect(collectManifestFiles(['manifests'], root)).toEqual([
      'manifests/a.yml',
      'manifests/b.yaml',
      'manifests/nested/c.yaml',
    ]);
  });

  // A request saved as `sr-2026-002.yaml.txt` (an extension the file manager hid) was left out of every figure without a word.
  it('notes, without reading them, the files whose names look like YAML without ending in .yaml or .yml', () => {
    for (const file of ['b.yaml.txt', 'c.yml.bak', 'd.yaml ', 'e.YAML~', 'f.yamlx', '.g.yaml.txt'])
      writeFileSync(join(root, 'manifests', file), 'x: 1\n');
    const nearYaml = new Set<string>();
    expect(collectManifestFiles(['manifests'], root, { nearYaml })).toEqual([
      'manifests/a.yml',
      'manifests/b.yaml',
      'manifests/nested/c.yaml',
    ]);
    expect([...nearYaml].sort()).toEqual([
      'manifests/b.yaml.txt',
      'manifests/c.yml.bak',
      'manifests/d.yaml ',
      'manifests/e.YAML~',
    ]);
  });

  it('answers the same however a folder is written: trailing slash, ./, absolute, or a working folder with a trailing slash', () => {
    const expected = collectManifestFiles(['manifests'], root);
    expect(collectManifestFiles(['manifests/'], root)).toEqual(expected);
    expect(collectManifestFiles(['./manifests'], root)).toEqual(expected);
    expect(collectManifestFiles([join(root, 'manifests')], root)).toEqual(expected);
    expect(collectManifestFiles(['manifests'], `${root}/`)).toEqual(expected);
  });

  it('lists a file once when it is named and also inside a named folder, and reaches outside the working folder', () => {
    expect(collectManifestFiles(['manifests/b.yaml', 'manifests', './manifests/b.yaml'], root)).toEqual([
      'manifests/a.yml',
      'manifests/b.yaml',
      'manifests/nested/c.yaml',
    ]);
    expect(collectManifestFiles(['../elsewhere'], join(root, 'manifests'))).toEqual(['../elsewhere/e.yaml']);
    expect(collectManifestFiles(['manifests/notes.txt'], root)).toEqual(['manifests/notes.txt']);
  });
});

describe('validating for findings only', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'envcloud-findings-'));
    const first = happyManifest();
    const repeated = clone(first);
    repeated.metadata.name = '测试污染源在线监控管理系统';
    const broken = clone(first) as unknown as { spec: { disposition: { outcome: string } } };
    broken.spec.disposition.outcome = 'keep-forever';
    writeFileSync(join(root, 'a.yaml'), yamlOf(first));
    writeFileSync(join(root, 'b.yaml'), yamlOf(repeated));
    writeFileSync(join(root, 'c.yaml'), yamlOf(broken));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds exactly what a full validation finds, and keeps only summaries', async () => {
    const whole = await validatePaths(['.'], { cwd: root });
    const summarized = await findingsForPaths(['.'], { cwd: root });
    expect(new Set(whole.findings.map((finding) => finding.ruleId))).toEqual(
      new Set([
        'unique-number',
        'unique-slug',
        'unique-catalog-code',
        'one-data-one-source',
        'duplicate-construction',
        'schema-enum',
      ]),
    );
    expect(summarized.findings).toEqual(whole.findings);
    expect(summarized.manifests.map((entry) => entry.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(Object.keys(summarized.manifests[0]!.manifest)).toEqual(['metadata', 'spec']);
    expect(Object.keys(summarized.manifests[0]!.manifest.spec)).toEqual(['disposition', 'schedule', 'dataResources']);
  });
});
