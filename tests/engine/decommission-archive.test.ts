import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStackOffline } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { archiveTier } from '../../model/tiers';
import { auditRun } from '../audit/support';

const root = join(__dirname, '../..');

// A decommissioned system's archive sat in silver whatever its tier: a gold system's archive validated,
// then failed the mandatory stateful-in-backup-plan (data below its system's tier) on every stack.
describe("a decommissioned system's archive", () => {
  it('sits in silver at least, and in its system tier when that is better', () => {
    expect([archiveTier('none'), archiveTier('bronze'), archiveTier('silver'), archiveTier('gold')]).toEqual([
      'silver',
      'silver',
      'silver',
      'gold',
    ]);
  });

  it('of a gold system is in the gold class, and the audit of the onprem stack passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-archive-'));
    try {
      const name = readdirSync(join(root, 'manifests')).find((file) => file.startsWith('s018-'))!;
      const text = readFileSync(join(root, 'manifests', name), 'utf8');
      if (!text.includes('outcome: decommission') || !text.includes('      tier: none\n'))
        throw new Error('s018 is no longer a decommissioned system of tier none');
      writeFileSync(join(dir, name), text.replace('      tier: none\n', '      tier: gold\n'));
      const run = await runStackOffline(root, 'onprem', { manifestsDir: dir });
      const volume = toPlan(run.stack, run.registrations).resources.find((resource) =>
        resource.urn.endsWith('-archive'),
      )!;
      expect((volume.inputs as { spec: { storageClassName: string } }).spec.storageClassName).toBe('envcloud-gold');
      const report = await auditRun(root, run);
      expect(report.findings.filter((finding) => finding.status === 'fail')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
