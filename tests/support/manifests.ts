import { stringify } from 'yaml';
import { buildManifest, type SystemFacts } from '../../inventory/defaults';
import type { SystemMigration } from '../../model/domain';
import type { Finding } from '../../document/findings';
import type { ManifestEntry } from '../../validation/rules';
import { checkRules, checkSource } from '../../validation/validate';

/** A manifest that passes every rule: the starting point each test changes one field of. */
export function happyManifest(overrides: Partial<SystemFacts> = {}): SystemMigration {
  return buildManifest({
    number: 900,
    name: '测试污染源在线监控系统',
    managingUnit: '环境监察局',
    reportingUnit: '信息中心',
    disposition: { outcome: 'merge', businessSystem: 'pollution-source' },
    ...overrides,
  }).manifest;
}

export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** The conditions the sharing tests' provider shares on (rules art. 21: answered within 5 working days). */
export const CONDITIONAL_SHARING = { type: 'conditional', conditions: '仅用于执法核查', scope: '环境监察局' };

/**
 * The providing system of the sharing tests: no. 901, whose one data resource (30300000901/0001) is shared
 * as `sharing` says, the resource center's sharing type with it.
 */
export function providerManifest(sharing: Record<string, unknown> = CONDITIONAL_SHARING): any {
  const manifest: any = clone(
    happyManifest({ number: 901, name: '测试大气排放监控系统', managingUnit: '大气环境管理司' }),
  );
  manifest.metadata.slug = 's901-test-provider';
  manifest.spec.dataResources[0].sharing = sharing;
  manifest.spec.integration.resourceCenter.sharingType = sharing.type;
  return manifest;
}

export function yamlOf(manifest: unknown): string {
  return stringify(manifest, { lineWidth: 0 });
}

/** Loads a manifest the way `envcloud validate` does, so findings carry real positions. */
export function entryOf(manifest: unknown, file = 'manifests/test.yaml'): ManifestEntry {
  const result = checkSource({ file, bytes: Buffer.from(yamlOf(manifest)) });
  if (!result.entry) throw new Error(`fixture does not pass the schema: ${JSON.stringify(result.findings, null, 2)}`);
  return result.entry;
}

export function ruleFindings(manifests: unknown[], ruleId?: string): Finding[] {
  const entries = manifests.map((manifest, index) => entryOf(manifest, `manifests/m${index}.yaml`));
  const findings = checkRules(entries);
  return ruleId ? findings.filter((finding) => finding.ruleId === ruleId) : findings;
}

export function sourceFindings(text: string | Buffer, file = 'manifests/bad.yaml'): Finding[] {
  return checkSource({ file, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) }).findings;
}

/** A legal basis of the level rules art. 18 names (a law), for fixtures that restrict sharing. */
export const LAW_BASIS = {
  kind: 'law',
  issuer: '全国人民代表大会常务委员会',
  title: '中华人民共和国保守国家秘密法',
  documentNumber: '主席令第二十八号',
  article: '第九条',
} as const;

/** The same record at a level below article 18's: an internal rule of a unit. */
export const INTERNAL_RULE_BASIS = {
  ...LAW_BASIS,
  kind: 'internal-rule',
  issuer: '环境监察局',
  title: '数据管理内部规定',
  documentNumber: '环监〔2017〕1号',
  article: '第三条',
} as const;
