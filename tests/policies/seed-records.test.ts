import * as k8s from '@pulumi/kubernetes';
import type { ResourceValidationPolicy } from '@pulumi/policy';
import { systemRecordArgs } from '../../components/system-record';
import { CONFIG_MAP_TYPE, recordOf, systemRecords, validateSystemRecord } from '../../policies/seed/records';
import { happyManifest } from '../support/manifests';
import { violationsOf } from './support';

// What the seed policies on the registry read (policies/seed/records.ts): a system record is a ConfigMap
// labelled as one whose record.json parses; anything else is no record, and no record is judged.

const record = systemRecordArgs(happyManifest()) as { metadata: object; data: Record<string, string> };

describe('recordOf', () => {
  it('reads a ConfigMap of the registry, and nothing of another type with the same props', () => {
    expect(recordOf({ type: CONFIG_MAP_TYPE, props: record })).toMatchObject({ number: 900 });
    expect(recordOf({ type: 'kubernetes:core/v1:Secret', props: record })).toBeUndefined();
    expect(recordOf({ type: CONFIG_MAP_TYPE, props: { metadata: { name: 'x' }, data: {} } })).toBeUndefined();
  });
});

describe('systemRecords', () => {
  it('judges records only, and of those the ones it applies to', () => {
    const every = systemRecords('records');
    const where = (every as { where: (resource: { type: string; props: object }) => boolean }).where;
    expect(where({ type: CONFIG_MAP_TYPE, props: record })).toBe(true);
    expect(where({ type: CONFIG_MAP_TYPE, props: { metadata: { name: 'x' }, data: {} } })).toBe(false);
    expect(where({ type: 'kubernetes:core/v1:Secret', props: record })).toBe(false);
    const some = systemRecords('records', (read) => read.number === 901) as typeof every & { where: typeof where };
    expect(some.where({ type: CONFIG_MAP_TYPE, props: record })).toBe(false);
    expect(some).toMatchObject({ types: [CONFIG_MAP_TYPE], what: 'records' });
  });
});

describe('validateSystemRecord', () => {
  it('checks records only, decoded', async () => {
    const check = jest.fn();
    const policy = {
      name: 'test-records',
      description: 'test',
      enforcementLevel: 'mandatory',
      validateResource: validateSystemRecord(check),
    } as ResourceValidationPolicy;
    expect(await violationsOf(policy, k8s.core.v1.ConfigMap, { metadata: { name: 'x' }, data: { a: 'b' } })).toEqual(
      [],
    );
    expect(check).not.toHaveBeenCalled();
    await violationsOf(policy, k8s.core.v1.ConfigMap, record as k8s.core.v1.ConfigMapArgs);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check.mock.calls[0]![0]).toMatchObject({ number: 900 });
  });
});
