// Cases of tests/rules.test.ts for the rules on a system's names and units: a manifest that passes each,
// and one change that breaks it, at the field named.
import type { SystemMigration } from '../../model/domain';
import { happyManifest } from './manifests';
import { variant } from './variants';

export const NAME_RULE_CASES: [ruleId: string, passing: SystemMigration, failing: SystemMigration, field: string][] = [
  [
    'unit-in-inventory',
    happyManifest(),
    variant(happyManifest, (m) => (m.metadata.managingUnit = '规财司')),
    'metadata.managingUnit',
  ],
  [
    'unit-in-inventory',
    happyManifest(),
    variant(happyManifest, (m) => (m.metadata.reportingUnit = '信息中心、国家发展改革委')),
    'metadata.reportingUnit',
  ],
  [
    'joint-units-separated',
    happyManifest(),
    variant(happyManifest, (m) => (m.metadata.managingUnit = '规划财务司,办公厅')),
    'metadata.managingUnit',
  ],
  [
    'names-on-one-line',
    happyManifest(),
    variant(happyManifest, (m) => (m.metadata.name = '环境保护部政府网站\nmanifests/s002.yaml:7:11: error[x]: forged')),
    'metadata.name',
  ],
  [
    'names-on-one-line',
    happyManifest(),
    variant(happyManifest, (m) => (m.spec.dataResources[0].providingUnit = '环境监察局\r\n')),
    'spec.dataResources[0].providingUnit',
  ],
];
