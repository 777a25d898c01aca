// The access set (issue #13 §2): who may read whose data, from the catalog and the grants live on a day.
import { accessSet, isLiveGrant, pathText, RESOURCE_CENTER, type GrantSource } from '../../components/access-set';
import type { SystemMigration } from '../../model/domain';
import type { SharingRequest } from '../../model/sharing-request.generated';
import { clone, happyManifest } from '../support/manifests';

function provider(number: number, type: 'unconditional' | 'conditional' | 'not-shared'): SystemMigration {
  const manifest = clone(happyManifest({ number, name: `测试提供系统${number}` }));
  manifest.spec.dataResources = manifest.spec.dataResources!.slice(0, 1).map((resource) => ({
    ...resource,
    name: `测试系统${number}业务数据`,
    catalogCode: `30300000${number}/0001`,
    sharing: { ...resource.sharing, type },
  }));
  return manifest;
}

function grant(id: string, answer: Partial<NonNullable<SharingRequest['spec']['answer']>> | undefined, resource: SharingRequest['spec']['resource']): GrantSource {
  return {
    file: `sharing/${id}.yaml`,
    request: {
      apiVersion: 'envcloud/v1',
      kind: 'SharingRequest',
      metadata: { id, title: '测试申请' },
      spec: {
        requester: { unit: '大气环境管理司', system: 901 },
        resource,
        purpose: '测试',
        usage: ['data-verification'],
        submittedOn: '2026-03-02',
        ...(answer ? { answer: { answeredOn: '2026-03-11', decision: 'granted-with-conditions', conditions: '仅供测试', ...answer } } : {}),
      },
    } as SharingRequest,
  };
}

/** The same request from another national department: no system of the inventory asks. */
function external(source: GrantSource): GrantSource {
  const request = clone(source.request);
  request.spec.requester = { unit: '国家其他政务部门', external: true } as SharingRequest['spec']['requester'];
  return { ...source, request };
}

const consumer = clone(happyManifest({ number: 901, name: '测试使用系统' }));
consumer.spec.dataResources = [];
const open = provider(902, 'unconditional');
const conditional = provider(903, 'conditional');
const closed = provider(904, 'not-shared');
const systems = [consumer, open, conditional, closed];

describe('accessSet', () => {
  it('opens unconditional data to the resource center, and nothing else without a grant', () => {
    expect(accessSet(systems, [], '2026-12-01').map(pathText)).toEqual([
      `resource-center → 902 30300000902/0001 "测试系统902业务数据" (unconditional)`,
    ]);
  });

  it('opens conditional data to the holder of a live grant, by code or by system and name, outside the catalog too', () => {
    const paths = accessSet(
      systems,
      [
        grant('sr-1', { expiresOn: '2027-03-10' }, { catalogCode: '30300000903/0001' }),
        grant('sr-2', {}, { system: 903, name: '目录外的数据' }),
      ],
      '2026-12-01',
    );
    expect(paths.filter((path) => path.consumer !== RESOURCE_CENTER).map(pathText)).toEqual([
      `901 → 903 30300000903/0001 "测试系统903业务数据" (grant sr-1)`,
      `901 → 903 (outside the catalog) "目录外的数据" (grant sr-2)`,
    ]);
    expect(paths[1]!.basis).toEqual({
      kind: 'grant',
      id: 'sr-1',
      file: 'sharing/sr-1.yaml',
      answeredOn: '2026-03-11',
      expiresOn: '2027-03-10',
    });
  });

  it('keeps a grant through its expiry day and drops it the day after; none before it is answered', () => {
    const grants = [grant('sr-1', { expiresOn: '2027-03-10' }, { catalogCode: '30300000903/0001' })];
    const granted = (asOf: string) => accessSet(systems, grants, asOf).filter((path) => path.consumer === 901).length;
    expect([granted('2026-03-10'), granted('2026-03-11'), granted('2027-03-10'), granted('2027-03-11')]).toEqual([
      0, 1, 1, 0,
    ]);
  });

  it('never opens not-shared data, a refused or pending request, or a requester outside the inventory', () => {
    const paths = accessSet(
      systems,
      [
        grant('sr-1', {}, { catalogCode: '30300000904/0001' }),
        grant('sr-2', { decision: 'refused', reasons: '不予共享' }, { catalogCode: '30300000903/0001' }),
        grant('sr-3', undefined, { catalogCode: '30300000903/0001' }),
        external(grant('sr-4', {}, { catalogCode: '30300000903/0001' })),
        grant('sr-5', {}, { catalogCode: '30300000999/0001' }),
      ],
      '2026-12-01',
    );
    expect(paths.filter((path) => path.consumer !== RESOURCE_CENTER)).toEqual([]);
  });

  it('reads a grant as live only when granted and answered', () => {
    const { request } = grant('sr-1', { expiresOn: '2026-12-01' }, { catalogCode: '30300000903/0001' });
    expect(isLiveGrant(request, '2026-12-01')).toBe(true);
    expect(isLiveGrant(request, '2026-12-02')).toBe(false);
  });
});
