// The plan's grants come only from requests validate accepts: the program (`pulumi up`) stops, located,
// on a request validate refuses, as it does on a manifest with errors.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSharing, readSharing } from '../../stacks/data-access';
import { ManifestErrors } from '../../stacks/program-errors';
import { root } from '../support/cli';

describe('loadSharing (the program’s sharing/)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-load-sharing-'));
    for (const folder of ['manifests', 'sharing']) cpSync(join(root, folder), join(dir, folder), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the requests of a clean folder, and no error', async () => {
    const { sharing, errors } = await readSharing(dir, '2026-12-01');
    expect(errors).toEqual([]);
    expect(sharing.requests.map((request) => request.request.metadata.id)).toContain('sr-2026-001');
    await expect(loadSharing(dir, '2026-12-01')).resolves.toEqual(sharing);
  });

  it('stops on a request naming a system that does not exist, naming its file and line', async () => {
    const granted = readFileSync(join(root, 'sharing', 'sr-2026-001-gkzdwryzdjkyjcsjkxt.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'sharing', 'sr-2026-008-x.yaml'),
      granted.replace('id: sr-2026-001', 'id: sr-2026-008').replace('    system: 181', '    system: 999'),
    );
    const loading = loadSharing(dir, '2026-12-01');
    await expect(loading).rejects.toBeInstanceOf(ManifestErrors);
    await expect(loading).rejects.toThrow(/sharing\/sr-2026-008-x\.yaml:\d+:\d+: error\[request-known-parties\]/);
  });
});
