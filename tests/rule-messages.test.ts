import { clone, happyManifest, ruleFindings } from './support/manifests';
import { decommissioned, exempt, internetPortal, onboarding, variant, website } from './support/variants';

// tests/rules.test.ts pins which rule fires and at which field; these pin what each says: the values in
// its message and hint, every branch of a rule's wording, and the related location it points back at.

/** The findings of one rule as a reader sees them: field, message, hint, and each related file and message. */
function said(manifests: unknown[], ruleId: string) {
  return ruleFindings(manifests, ruleId).map((finding) => ({
    field: finding.field,
    message: finding.message,
    hint: finding.hint,
    ...(finding.related ? { related: finding.related.map((related) => [related.file, related.message]) } : {}),
  }));
}

/** A second system (number 901) that other rules across manifests leave alone. */
const another = (base: () => any, mutate: (m: any) => void) =>
  variant(base, (m) => {
    m.metadata.number = 901;
    m.metadata.slug = 's901-other';
    mutate(m);
  });

const backup = (values: object) => variant(happyManifest, (m) => Object.assign(m.spec.protection.backup, values));
const noBackup = (mutate: (m: any) => void = () => undefined, base: () => any = happyManifest) =>
  variant(base, (m) => {
    m.spec.protection.backup = { tier: 'none' };
    mutate(m);
  });

describe('backup-targets-within-tier', () => {
  it('names the target, the tier and both durations in days, hours or minutes', () => {
    expect(said([backup({ tier: 'gold', rpoMinutes: 5, rtoMinutes: 30 })], 'backup-targets-within-tier')).toEqual([
      {
        field: 'spec.protection.backup.rpoMinutes',
        message: 'RPO of 5 min is stricter than tier `gold` delivers (15 min)',
        hint: 'raise the target to at least 15, or choose a higher tier (gold: RPO 15 min, RTO 1 h)',
      },
      {
        field: 'spec.protection.backup.rtoMinutes',
        message: 'RTO of 30 min is stricter than tier `gold` delivers (1 h)',
        hint: 'raise the target to at least 60, or choose a higher tier (gold: RPO 15 min, RTO 1 h)',
      },
    ]);
    const silver = said([backup({ tier: 'silver', rpoMinutes: 60, rtoMinutes: 90 })], 'backup-targets-within-tier');
    expect(silver.map((finding) => finding.message)).toEqual([
      'RPO of 1 h is stricter than tier `silver` delivers (1 d)',
      'RTO of 90 min is stricter than tier `silver` delivers (8 h)',
    ]);
    expect(silver[1]!.hint).toContain('at least 480,');
    const bronze = said(
      [backup({ tier: 'bronze', rpoMinutes: 6 * 24 * 60, rtoMinutes: 72 * 60 })],
      'backup-targets-within-tier',
    );
    expect(bronze.map((finding) => finding.message)).toEqual([
      'RPO of 6 d is stricter than tier `bronze` delivers (7 d)',
    ]);
  });

  it('accepts targets the tier meets exactly, or none at all', () => {
    expect(said([backup({ tier: 'gold', rpoMinutes: 15, rtoMinutes: 60 })], 'backup-targets-within-tier')).toEqual([]);
    const unstated = variant(happyManifest, (m) => (m.spec.protection.backup = { tier: 'gold' }));
    expect(said([unstated], 'backup-targets-within-tier')).toEqual([]);
  });

  it.each([
    ['a database', (m: any) => delete m.spec.placement.workloads],
    [
      'buckets',
      (m: any) => (
        (m.spec.placement.storage = { object: [{ name: 'data', sizeGiB: 1 }] }),
        delete m.spec.placement.database
      ),
    ],
    [
      'volumes',
      (m: any) => (
        (m.spec.placement.storage = { block: [{ name: 'data', sizeGiB: 1 }] }),
        delete m.spec.placement.database
      ),
    ],
  ])('refuses tier none for a system that stores data in %s', (_what, mutate) => {
    expect(said([noBackup(mutate)], 'backup-targets-within-tier')).toEqual([
      {
        field: 'spec.protection.backup.tier',
        message: 'the system stores data (database, storage or website content) but its backup tier is `none`',
        hint: 'choose `bronze`, `silver` or `gold`: data on the platform is never left without a backup',
      },
    ]);
  });

  it('accepts tier none for a system that stores nothing, and for a website not moving to the cluster', () => {
    expect(said([noBackup((m) => delete m.spec.placement.database)], 'backup-targets-within-tier')).toEqual([]);
    const emptyStorage = noBackup((m) => {
      delete m.spec.placement.database;
      m.spec.placement.storage = { object: [], block: [] };
    });
    expect(said([emptyStorage], 'backup-targets-within-tier')).toEqual([]);
    expect(said([noBackup(() => undefined, website)], 'backup-targets-within-tier')).toHaveLength(1);
    const site = noBackup((m) => {
      delete m.spec.placement.database;
      m.spec.placement.website = { domain: 'www.example.gov.cn' };
    });
    expect(said([site], 'backup-targets-within-tier')).toEqual([]);
  });
});

describe('blocked-names-reason-and-owner', () => {
  it('says what a blocked status lacks, and which status a leftover block contradicts', () => {
    const blocked = variant(happyManifest, (m) => (m.spec.schedule.status = 'blocked'));
    expect(said([blocked], 'blocked-names-reason-and-owner')).toEqual([
      {
        field: 'spec.schedule.status',
        message: 'status `blocked` (受阻) does not say what blocks the migration or who clears it',
        hint: 'add under `schedule:` the field `blocked: { reason: <what blocks it>, owner: <the person or unit who clears it> }`',
      },
    ]);
    const leftover = variant(happyManifest, (m) =>
      Object.assign(m.spec.schedule, { status: 'planned', blocked: { reason: '等待数据库许可', owner: '信息中心' } }),
    );
    expect(said([leftover], 'blocked-names-reason-and-owner')).toEqual([
      {
        field: 'spec.schedule.blocked',
        message: '`blocked` is set but the status is `planned` (已排期), not `blocked`',
        hint: 'remove `blocked` once the block is cleared, or set `status: blocked` while it holds',
      },
    ]);
  });
});

describe('placement-names-unique', () => {
  it('names each repeated workload, volume and bucket, and a bucket named as another one’s replica', () => {
    const manifest = variant(happyManifest, (m) => {
      m.spec.placement.storage = {
        object: [
          { name: 'data', sizeGiB: 10 },
          { name: 'data', sizeGiB: 10 },
          { name: 'data-replica', sizeGiB: 10 },
          { name: 'other-replica', sizeGiB: 10 },
        ],
        block: [
          { name: 'v', sizeGiB: 1 },
          { name: 'v', sizeGiB: 1 },
        ],
      };
      m.spec.placement.workloads.push({ ...m.spec.placement.workloads[0], exposure: 'internal' });
    });
    const findings = ruleFindings([manifest], 'placement-names-unique');
    expect(said([manifest], 'placement-names-unique')).toEqual([
      {
        field: 'spec.placement.workloads[1].name',
        message: 'workload name `app` is used twice in this system',
        hint: 'rename one of them: each workload becomes its own cloud object, named after it',
        related: [['manifests/m0.yaml', 'the first workload named `app`']],
      },
      {
        field: 'spec.placement.storage.block[1].name',
        message: 'block volume name `v` is used twice in this system',
        hint: 'rename one of them: each block volume becomes its own cloud object, named after it',
        related: [['manifests/m0.yaml', 'the first block volume named `v`']],
      },
      {
        field: 'spec.placement.storage.object[1].name',
        message: 'bucket name `data` is used twice in this system',
        hint: 'rename one of them: each bucket becomes its own cloud object, named after it',
        related: [['manifests/m0.yaml', 'the first bucket named `data`']],
      },
      {
        field: 'spec.placement.storage.object[2].name',
        message: 'bucket name `data-replica` is the name of the remote-center copy of bucket `data`',
        hint: 'rename the bucket: a name ending in `-replica` is taken by the copy of the bucket it extends',
        related: [['manifests/m0.yaml', 'the bucket whose copy has that name']],
      },
    ]);
    // Each related location is the first of the name: the line of index 0 of its list.
    const [workload, volume, bucket, replica] = findings;
    expect(workload!.related![0]!.line).toBeLessThan(workload!.line);
    expect(volume!.related![0]!.line).toBe(volume!.line - 2);
    expect(bucket!.related![0]!.line).toBe(bucket!.line - 2);
    expect(replica!.related![0]!.line).toBe(bucket!.related![0]!.line);
  });
});

describe('unique-number and unique-slug', () => {
  it('point back at the first use, in another manifest or the same one', () => {
    const twin = variant(happyManifest, (m) => {
      m.metadata.slug = 's901-x';
      m.metadata.name = '别的';
    });
    expect(said([happyManifest(), twin], 'unique-number')).toEqual([
      {
        field: 'metadata.number',
        message: 'inventory number 900 is already used by manifests/m0.yaml (测试污染源在线监控系统)',
        hint: 'Annex 1 systems keep their numbers 1–182; a new system takes the next free number (`envcloud new` picks it)',
        related: [['manifests/m0.yaml', 'first use of inventory number 900']],
      },
    ]);
    const own = variant(happyManifest, (m) => (m.metadata.previousSlugs = ['s900-old', m.metadata.slug]));
    expect(said([own], 'unique-slug')).toEqual([
      {
        field: 'metadata.previousSlugs[1]',
        message: 'slug `s900-cswryzxjkxt` is already used by this manifest',
        hint: 'slugs (current and previous) name namespaces and cloud resources, so they must differ: add the inventory number or a qualifier; a renamed system lists its old slug only in previousSlugs',
        related: [['manifests/m0.yaml', 'first use of slug `s900-cswryzxjkxt`']],
      },
    ]);
  });
});

describe('disposition rules', () => {
  it('merge-names-business-system: the allowed systems, and the system named without a merge', () => {
    const missing = variant(happyManifest, (m) => delete m.spec.disposition.businessSystem);
    expect(said([missing], 'merge-names-business-system')).toEqual([
      {
        field: 'spec.disposition',
        message: 'outcome `merge` does not say which of the eight business systems the system joins',
        hint: 'add `businessSystem:` with one of `air`, `water`, `soil`, `pollution-source`, `ecological-protection`, `inspection-enforcement`, `nuclear-radiation-safety`, `integrated-office`',
      },
    ]);
    const unexpected = variant(exempt, (m) => (m.spec.disposition.businessSystem = 'air'));
    expect(said([unexpected], 'merge-names-business-system')).toEqual([
      {
        field: 'spec.disposition.businessSystem',
        message: '`businessSystem: air` (大气环境管理系统) is set but the outcome is `exempt`',
        hint: 'set `outcome: merge` to merge the system, or remove `businessSystem`',
      },
    ]);
  });

  it('decommission-runs-nothing and exempt-runs-nothing list what would run, at the first of it', () => {
    const everything = { ...clone(happyManifest().spec.placement), website: { domain: 'www.example.gov.cn' } };
    expect(
      said([variant(decommissioned, (m) => (m.spec.placement = everything))], 'decommission-runs-nothing'),
    ).toEqual([
      {
        field: 'spec.placement.workloads',
        message: 'a decommissioned system must not run anything, but it declares workloads, database, website',
        hint: 'remove them; the data is kept through `spec.archive`',
      },
    ]);
    const databaseOnly = variant(
      exempt,
      (m) => (m.spec.placement = { pool: 'central', database: everything.database }),
    );
    expect(said([databaseOnly], 'exempt-runs-nothing')).toEqual([
      {
        field: 'spec.placement.database',
        message: 'an exempt system stays off the cloud, but it declares database to run there',
        hint: 'remove `placement`, or, if the system is to run on the cloud, choose another outcome (for example `keep`) instead of `exempt`',
      },
    ]);
    const websiteOnly = variant(
      decommissioned,
      (m) => (m.spec.placement = { pool: 'central', website: everything.website, workloads: [] }),
    );
    expect(said([websiteOnly], 'decommission-runs-nothing').map((finding) => finding.field)).toEqual([
      'spec.placement.website',
    ]);
  });

  it('websites-in-website-cluster, decommission-archives-data and website-has-settings say what is missing', () => {
    const site = variant(happyManifest, (m) => (m.spec.placement.website = { domain: 'www.example.gov.cn' }));
    expect(said([site], 'websites-in-website-cluster')[0]!.message).toBe(
      'a system with outcome `merge` declares its own website; websites are served only by the ministry website cluster (部网站群)',
    );
    expect(said([variant(decommissioned, (m) => delete m.spec.archive)], 'decommission-archives-data')[0]!.hint).toBe(
      'add `archive: { destination: resource-center, retentionYears: 30 }` under `spec`',
    );
    const bare = variant(website, (m) => {
      delete m.spec.placement;
      m.spec.integration.websiteCluster.migrate = false;
    });
    expect(said([bare], 'website-has-settings')).toEqual([
      {
        field: 'spec',
        message: 'outcome `website-cluster` needs website settings',
        hint: 'add `placement: { pool: central, website: { domain: <host name> } }`',
      },
      {
        field: 'spec.integration.websiteCluster.migrate',
        message: 'outcome `website-cluster` but the Annex 2 answer says the website does not migrate',
        hint: 'set `websiteCluster.migrate: true`',
      },
    ]);
  });

  it('cloud-is-the-norm and zombie-matches-disposition name the outcome', () => {
    const offCloud = variant(happyManifest, (m) => {
      delete m.spec.placement;
      m.spec.integration.cloud.migrate = false;
    });
    expect(said([offCloud], 'cloud-is-the-norm').map(({ message, hint }) => [message, hint])).toEqual([
      [
        'a system with outcome `merge` must run on the cloud platform but has no `placement`',
        'add `placement:` with its `pool` and `workloads`; only exempt internal-use systems stay off the cloud',
      ],
      [
        'a system with outcome `merge` must migrate to the cloud',
        'set `cloud.migrate: true`, or change the outcome to `exempt` with a reason',
      ],
    ]);
    const unmarked = variant(decommissioned, (m) => (m.spec.integration.zombie = false));
    const marked = another(happyManifest, (m) => (m.spec.integration.zombie = true));
    expect(said([unmarked, marked], 'zombie-matches-disposition').map(({ message, hint }) => [message, hint])).toEqual([
      ['the outcome is `decommission` but the system is not marked as a zombie system', 'set `zombie: true`'],
      [
        'the system is marked as a zombie system but its outcome is `merge`',
        'set `zombie: false`, or change the outcome to `decommission`',
      ],
    ]);
  });

  it('portal-connection: the extranet portal, its method, and the internet portal with or without its field', () => {
    const extranet = variant(happyManifest, (m) => {
      m.spec.disposition = { outcome: 'extranet-portal' };
      m.spec.integration.extranetPortal = { connect: false };
    });
    expect(said([extranet], 'portal-connection')).toEqual([
      {
        field: 'spec.integration.extranetPortal.connect',
        message: 'outcome `extranet-portal` but the system does not connect to the extranet business portal',
        hint: 'set `extranetPortal.connect: true`',
      },
    ]);
    const methodless = variant(happyManifest, (m) => delete m.spec.integration.extranetPortal.method);
    expect(said([methodless], 'portal-connection')[0]!.hint).toBe(
      'add `method:` with one of `unified-user`, `single-sign-on` (users sign in through the unified identity)',
    );
    const noField = variant(internetPortal, (m) => delete m.spec.integration.internetPortal);
    const notConnected = another(internetPortal, (m) => (m.spec.integration.internetPortal = { connect: false }));
    const internet = ruleFindings([noField, notConnected], 'portal-connection');
    expect(internet.map((finding) => [finding.field, finding.message, finding.hint])).toEqual([
      [
        'spec.integration',
        'outcome `internet-portal` but the system does not connect to the internet service portal',
        'add `internetPortal: { connect: true }` under `integration`',
      ],
      [
        'spec.integration.internetPortal.connect',
        'outcome `internet-portal` but the system does not connect to the internet service portal',
        'add `internetPortal: { connect: true }` under `integration`',
      ],
    ]);
  });

  it('portal-unified-identity names the method and the unified ones', () => {
    const entry = variant(happyManifest, (m) => (m.spec.integration.extranetPortal.method = 'unified-entry'));
    expect(said([entry], 'portal-unified-identity')).toEqual([
      {
        field: 'spec.integration.extranetPortal.method',
        message:
          '`method: unified-entry` only links the system from the portal; users must sign in through the unified digital-certificate identity',
        hint: 'use one of `unified-user`, `single-sign-on`',
      },
    ]);
  });

  it('data-onboarding-has-resources: the onboarding, its method and its resources', () => {
    const notOnboarded = variant(onboarding, (m) => (m.spec.integration.resourceCenter = { onboard: false }));
    const bare = another(onboarding, (m) => {
      delete m.spec.dataResources;
      delete m.spec.integration.resourceCenter.method;
    });
    expect(said([notOnboarded, bare], 'data-onboarding-has-resources')).toEqual([
      {
        field: 'spec.integration.resourceCenter.onboard',
        message: 'outcome `data-onboarding` but the data is not onboarded to the resource center',
        hint: 'set `resourceCenter.onboard: true`',
      },
      {
        field: 'spec.integration.resourceCenter',
        message: 'the data is onboarded to the resource center but the method is not given',
        hint: 'add `method:` with one of `file-upload`, `interface-extraction`, `data-exchange`',
      },
      {
        field: 'spec',
        message: 'the data is onboarded to the resource center but no data resource is listed',
        hint: 'add `dataResources:` with one catalog entry per data resource',
      },
    ]);
    const already = another(onboarding, (m) => {
      delete m.spec.integration.resourceCenter.method;
      m.spec.integration.resourceCenter.alreadyOnboarded = true;
    });
    expect(said([already], 'data-onboarding-has-resources')).toEqual([]);
  });
});
