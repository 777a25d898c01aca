// Cases of tests/rules.test.ts for the rules that judge what the cluster or the cloud would refuse: a
// manifest that passes each, and one change that breaks it, at the field named.
import type { SystemMigration } from '../../model/domain';
import { happyManifest } from './manifests';
import { variant, website } from './variants';

export const DEPLOY_RULE_CASES: [ruleId: string, passing: SystemMigration, failing: SystemMigration, field: string][] =
  [
    // A Service is named by the slug, `-` and the workload name: at most 63 (60 + `app`, or 31 + 32, are one too many).
    [
      'service-name-length',
      variant(happyManifest, (m) => (m.spec.placement.workloads[0].name = `w${'a'.repeat(30)}z`.padEnd(32, 'b'))),
      variant(happyManifest, (m) => (m.metadata.slug = `s900-${'a'.repeat(54)}z`)),
      'spec.placement.workloads[0].name',
    ],
    [
      'service-name-length',
      variant(happyManifest, (m) => {
        m.metadata.slug = `s900-${'a'.repeat(24)}z`;
        m.spec.placement.workloads[0].name = `w${'a'.repeat(30)}z`;
      }),
      variant(happyManifest, (m) => {
        m.metadata.slug = `s900-${'a'.repeat(25)}z`;
        m.spec.placement.workloads[0].name = `w${'a'.repeat(30)}z`;
      }),
      'spec.placement.workloads[0].name',
    ],
    [
      'workload-ports-unique',
      variant(happyManifest, (m) => m.spec.placement.workloads[0].ports.push({ port: 8080, protocol: 'UDP' })),
      variant(happyManifest, (m) => m.spec.placement.workloads[0].ports.push({ port: 8080 })),
      'spec.placement.workloads[0].ports[1]',
    ],
    [
      'database-version-supported',
      variant(happyManifest, (m) => (m.spec.placement.database.version = '14')),
      variant(happyManifest, (m) => (m.spec.placement.database.version = '9.6')),
      'spec.placement.database.version',
    ],
    [
      // A minor is the platform's to choose: one written (here one that does not exist) passed as release 16.
      'database-version-supported',
      variant(happyManifest, (m) => (m.spec.placement.database.version = '16')),
      variant(happyManifest, (m) => (m.spec.placement.database.version = '16.99')),
      'spec.placement.database.version',
    ],
    [
      'database-version-supported',
      variant(happyManifest, (m) => Object.assign(m.spec.placement.database, { engine: 'mysql', version: '8.0' })),
      variant(happyManifest, (m) => Object.assign(m.spec.placement.database, { engine: 'mysql', version: '16' })),
      'spec.placement.database.version',
    ],
    [
      'catalog-dates-in-order',
      variant(happyManifest, (m) => (m.spec.dataResources[0].lastPublishedOn = m.spec.dataResources[0].publishedOn)),
      variant(happyManifest, (m) => (m.spec.dataResources[0].lastPublishedOn = '2017-01-01')),
      'spec.dataResources[0].lastPublishedOn',
    ],
    [
      'website-domain-public',
      variant(website, (m) => (m.spec.placement.website.domain = 'www.xn--fiqs8s')),
      variant(website, (m) => (m.spec.placement.website.domain = 'localhost')),
      'spec.placement.website.domain',
    ],
    [
      'website-domain-public',
      variant(website, (m) => (m.spec.placement.website.domain = 'WWW.MEE.GOV.CN.')),
      variant(website, (m) => (m.spec.placement.website.domain = '127.0.0.1')),
      'spec.placement.website.domain',
    ],
    // The restore test's cluster, `<slug>-db-restore-test`, takes at most 50: a slug of 34 fits, 35 does not.
    [
      'database-names-fit',
      variant(happyManifest, (m) => (m.metadata.slug = `s900-${'a'.repeat(28)}z`)),
      variant(happyManifest, (m) => (m.metadata.slug = `s900-${'a'.repeat(29)}z`)),
      'metadata.slug',
    ],
    [
      'workload-resources-set',
      variant(happyManifest, (m) => (m.spec.placement.workloads[0].cpu = '1m')),
      variant(happyManifest, (m) => (m.spec.placement.workloads[0].cpu = '0.0001')),
      'spec.placement.workloads[0].cpu',
    ],
    [
      'workload-resources-set',
      variant(happyManifest, (m) => (m.spec.placement.workloads[0].memory = '1Mi')),
      variant(happyManifest, (m) => (m.spec.placement.workloads[0].memory = '0Mi')),
      'spec.placement.workloads[0].memory',
    ],
  ];
