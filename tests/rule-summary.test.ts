import { summarizeManifest } from '../validation/rules';
import { clone, happyManifest } from './support/manifests';

// What rules across manifests read of each manifest (validation/rules/rule.ts summarizeManifest): the
// set rules, the dated catalog rules and the request and correction rules see only this, so a field
// left out or changed here changes what they find in a run over summarized manifests.

describe('summarizeManifest', () => {
  it('keeps the identity, units, outcome, status and each resource of the catalog, and nothing else', () => {
    expect(summarizeManifest(happyManifest())).toEqual({
      metadata: {
        number: 900,
        name: '测试污染源在线监控系统',
        slug: 's900-cswryzxjkxt',
        managingUnit: '环境监察局',
        reportingUnit: '信息中心',
        defaulted: [
          'metadata.contact',
          'spec.dataResources',
          'spec.integration',
          'spec.placement',
          'spec.project',
          'spec.protection',
          'spec.schedule',
        ],
      },
      spec: {
        disposition: { outcome: 'merge' },
        schedule: { status: 'not-started' },
        dataResources: [
          {
            name: '测试污染源在线监控系统业务数据',
            catalogCode: '30300000900/0001',
            sharing: { type: 'unconditional' },
            usage: ['work-reference', 'business-collaboration'],
            updateCycle: 'monthly',
            publishedOn: '2017-12-31',
          },
        ],
      },
    });
  });

  it('keeps previous slugs, conditions and the days of change and publication when they are given', () => {
    const manifest: any = clone(happyManifest());
    manifest.metadata.previousSlugs = ['s900-old-name-of-the-system', 'old'];
    manifest.spec.dataResources[0].sharing = { type: 'conditional', conditions: '仅用于执法核查', scope: '环境监察局' };
    manifest.spec.dataResources[0].lastChangedOn = '2025-03-02';
    manifest.spec.dataResources[0].lastPublishedOn = '2025-03-09';
    const summary = summarizeManifest(manifest);
    expect(summary.metadata.previousSlugs).toEqual(['s900-old-name-of-the-system', 'old']);
    expect(summary.spec.dataResources).toEqual([
      {
        name: '测试污染源在线监控系统业务数据',
        catalogCode: '30300000900/0001',
        sharing: { type: 'conditional', conditions: '仅用于执法核查' },
        usage: ['work-reference', 'business-collaboration'],
        updateCycle: 'monthly',
        publishedOn: '2017-12-31',
        lastChangedOn: '2025-03-02',
        lastPublishedOn: '2025-03-09',
      },
    ]);
  });

  it('leaves out what the manifest leaves out: no previous slugs, no defaults confirmed, no resources', () => {
    const manifest: any = clone(happyManifest());
    manifest.metadata.defaulted = [];
    delete manifest.spec.dataResources;
    const summary = summarizeManifest(manifest);
    expect(Object.keys(summary.metadata).sort()).toEqual(['managingUnit', 'name', 'number', 'reportingUnit', 'slug']);
    expect(Object.keys(summary.spec).sort()).toEqual(['disposition', 'schedule']);
    delete manifest.metadata.defaulted;
    expect('defaulted' in summarizeManifest(manifest).metadata).toBe(false);
  });

  it('copies the usage list rather than sharing it with the manifest', () => {
    const manifest = clone(happyManifest());
    const summary = summarizeManifest(manifest);
    manifest.spec.dataResources![0]!.usage.push('other' as never);
    expect(summary.spec.dataResources![0]!.usage).toEqual(['work-reference', 'business-collaboration']);
  });
});
