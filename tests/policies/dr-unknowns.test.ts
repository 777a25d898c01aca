// The DR policies during a preview, when some values are not known yet (read through @pulumi/policy's
// own proxy, as tests/policies/unknowns.test.ts does): a system whose data may be held by a resource
// not known yet, or data whose backup selection is not known yet, is left open, never failed; what is
// known is still judged.
import type { PlannedResource } from '../../engine/policy-run';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import { JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { happyStack, judgePreviewed as judge, without } from './dr-support';
import { planned, unknownProxy as proxy } from './support';

const UNKNOWN = proxy.unknownStringValue;

/** System 2's record, gold, declaring a database and a bucket "data" (held by the happy stack's s002-db and s002-data). */
const record = (bucket = 'data') => {
  const system = clone(happyManifest());
  system.metadata.number = 2;
  system.metadata.slug = 's002-x';
  system.spec.protection.backup.tier = 'gold';
  system.spec.placement!.database = { engine: 'postgresql', sizeGiB: 50 };
  system.spec.placement!.storage = { object: [{ name: bucket, sizeGiB: 10 }] };
  return recordResource(system, 'test');
};
const withProps = (resources: PlannedResource[], name: string, props: Record<string, unknown>) =>
  resources.map((resource) => (resource.name === name ? { ...resource, props } : resource));
/** A bucket of the stack whose tags (so its system) are not known yet. */
const unknownBucket = planned('aws:s3/bucket:Bucket', 'pending', { tags: UNKNOWN }, { center: 'primary-aws' });

describe('the DR policies during a preview', () => {
  it('judge a fully known stack with nothing left open', async () => {
    const stack = [...happyStack(), record()];
    expect(await judge(statefulInBackupPlan, stack)).toEqual({ found: [], note: undefined });
    expect(await judge(drTierRealised, stack)).toEqual({ found: [], note: undefined });
  });
  it('leave a system open when the resource that may hold its declared data is not known yet', async () => {
    const stack = [...happyStack(), record('archive'), unknownBucket];
    for (const policy of [statefulInBackupPlan, drTierRealised]) {
      const { found, note } = await judge(policy, stack);
      expect(found).toEqual([]);
      expect(note).toContain(`${JUDGED_EVERYTHING_KNOWN}: pending (.tags)`);
      expect(note).toContain('system 2 (s002-x) (some resources that may hold its data are not known yet)');
    }
    // Everything known: the bucket no resource holds fails both.
    const known = [...happyStack(), record('archive')];
    expect((await judge(statefulInBackupPlan, known)).found).toEqual([
      expect.stringContaining('declares stored data that no resource of the stack holds'),
    ]);
    expect((await judge(drTierRealised, known)).found).toEqual([
      expect.stringContaining('bucket "archive" (10 GiB): no resource holds it'),
    ]);
  });
  it('still fail held data that is not backed up, whatever else is not known', async () => {
    const stack = [...without(happyStack(), 'backups-gold-selection'), record(), unknownBucket];
    const { found, note } = await judge(drTierRealised, stack);
    expect(found).toEqual([
      expect.stringContaining(
        'database (postgresql, 50 GiB): Instance s002-db is in the gold tier, but no backup selection takes it',
      ),
    ]);
    expect(note).toBe(`${JUDGED_EVERYTHING_KNOWN}: pending (.tags); bucket pending (.tags)`);
  });
  it('leave data open whose backup selection is not known yet, and still fail data in no tier', async () => {
    const stack = withProps(happyStack(), 'backups-gold-selection', { selectionTags: UNKNOWN });
    const { found, note } = await judge(statefulInBackupPlan, stack);
    expect(found).toEqual([]);
    expect(note).toBe(
      `${JUDGED_EVERYTHING_KNOWN}: selection backups-gold-selection (.selectionTags); s002-db (a backup selection is not known yet); s002-data (a backup selection is not known yet); s002-data-replica (a backup selection is not known yet)`,
    );
    const untiered = withProps(stack, 's002-data', {
      tags: { 'envcloud:system-number': '2', 'envcloud:system': 's002-x' },
    });
    expect((await judge(statefulInBackupPlan, untiered)).found).toEqual([
      'Bucket s002-data holds system data but is in no backup tier (envcloud:backup-tier)',
    ]);
  });
  it('count a database whose replica source is not known yet as a replica, not as system data', async () => {
    const stack = withProps(happyStack(), 's002-db-replica', {
      replicateSourceDb: UNKNOWN,
      tags: { 'envcloud:system-number': '2', 'envcloud:system': 's002-x', 'envcloud:backup-tier': 'none' },
    });
    expect(await judge(statefulInBackupPlan, stack)).toEqual({ found: [], note: undefined });
    expect(await judge(drTierRealised, stack)).toEqual({ found: [], note: undefined });
  });
});
