import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { collectManifestFiles, UsageError } from '../validation/files';
import { validatePaths } from '../validation/validate';
import { DEFAULT_LIMITS } from '../document/limits';
import { happyManifest, yamlOf } from './support/manifests';

/** Nothing listed may be dropped in silence (#17): links, loops, empty folders, special files. */
describe('files validate must not skip in silence', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'envcloud-skipped-'));
    mkdirSync(join(root, 'manifests'));
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'manifests', 'a.yaml'), yamlOf(happyManifest()));
    // An invalid manifest kept elsewhere and linked in: it was skipped, and validate said "valid".
    writeFileSync(join(root, 'shared', 'b.yaml'), 'apiVersion: envcloud/v1\nkind: SystemMigration\nmetadata: 7\n');
    symlinkSync(join(root, 'shared', 'b.yaml'), join(root, 'manifests', 'b.yaml'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('follows a link to a file and reports what is wrong in it', async () => {
    const report = await validatePaths(['manifests'], { cwd: root });
    expect(report.files).toEqual(['manifests/a.yaml', 'manifests/b.yaml']);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ file: 'manifests/b.yaml', line: 3, column: 11, ruleId: 'schema-type' }),
    );
    expect(report.errors).toBe(2);
  });

  it('follows a link to a folder, walks a loop of links once, and lists a file reached twice once', () => {
    symlinkSync(join(root, 'shared'), join(root, 'manifests', 'linked'));
    symlinkSync(join(root, 'manifests'), join(root, 'manifests', 'loop'));
    expect(collectManifestFiles(['manifests'], root)).toEqual(['manifests/a.yaml', 'manifests/b.yaml']);
    rmSync(join(root, 'manifests', 'b.yaml'));
    expect(collectManifestFiles(['manifests'], root)).toEqual(['manifests/a.yaml', 'manifests/linked/b.yaml']);
  });

  it('reports a broken link and a link loop as unreadable files, with the reason', async () => {
    symlinkSync(join(root, 'gone.yaml'), join(root, 'manifests', 'c.yaml'));
    symlinkSync(join(root, 'manifests', 'd.yaml'), join(root, 'manifests', 'd.yaml'));
    const report = await validatePaths(['manifests'], { cwd: root });
    const unreadable = report.findings.filter((finding) => finding.ruleId === 'file-unreadable');
    expect(unreadable.map((finding) => [finding.file, finding.line, finding.column])).toEqual([
      ['manifests/c.yaml', 1, 1],
      ['manifests/d.yaml', 1, 1],
    ]);
    expect(unreadable[0]!.message).toContain('does not exist');
    expect(unreadable[1]!.message).toContain('loop');
  });

  it('reports a FIFO named like a manifest without waiting on it', async () => {
    execFileSync('mkfifo', [join(root, 'manifests', 'e.yaml')]);
    const report = await validatePaths(['manifests'], { cwd: root });
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        file: 'manifests/e.yaml',
        ruleId: 'file-unreadable',
        message: expect.stringContaining('not a regular file'),
      }),
    );
  });

  it('refuses a folder with no manifest as a usage error, naming it', () => {
    mkdirSync(join(root, 'empty', '.hidden'), { recursive: true });
    writeFileSync(join(root, 'empty', 'notes.txt'), 'x');
    expect(() => collectManifestFiles(['empty'], root)).toThrow(UsageError);
    expect(() => collectManifestFiles(['manifests', 'empty'], root)).toThrow(/no manifest found in empty/);
    // A folder named twice, or inside another named folder, is not empty.
    expect(collectManifestFiles(['manifests', 'manifests', 'shared'], root)).toEqual([
      'manifests/a.yaml',
      'manifests/b.yaml',
    ]);
  });

  it('reports the real size of a file over the limit', async () => {
    writeFileSync(join(root, 'manifests', 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\n`);
    const report = await validatePaths(['manifests'], {
      cwd: root,
      limits: { ...DEFAULT_LIMITS, maxFileBytes: 262144 },
    });
    const finding = report.findings.find((candidate) => candidate.ruleId === 'file-too-large');
    expect(finding?.message).toBe('file is 1 MiB (1048579 bytes), more than the 256 KiB (262144 bytes) limit');
  });
});
