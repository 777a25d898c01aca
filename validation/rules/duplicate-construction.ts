import type { ManifestEntry, Rule } from './rule';

/** Words every system name carries; they say nothing about what a system does. */
const GENERIC_WORDS = ['环境保护部', '环保部', '全国', '中国', '信息', '管理', '系统', '平台', '网站', '数据库', '综合'];

/** Similarity (Dice coefficient over character bigrams) at which two systems look like one function built twice. */
export const DUPLICATE_FUNCTION_THRESHOLD = 0.8;

/** A bigram shared by more systems than this is too common to suggest duplication; it is not indexed. */
const MAX_POSTINGS = 200;

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/**
 * Character bigrams of what a system's name says it does: the unit's own name ("华南环境科学研究所办公系统")
 * and generic words are removed first, so two systems of one unit do not look alike for sharing its name.
 */
export function functionSignature(name: string, units: readonly string[] = []): Set<string> {
  let core = normalize(name);
  const unitNames = units.flatMap((unit) => unit.split('、')).map(normalize).filter(Boolean);
  for (const word of [...unitNames.sort((a, b) => b.length - a.length), ...GENERIC_WORDS]) core = core.split(word).join('');
  const chars = [...core];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  if (grams.size === 0 && chars.length > 0) grams.add(chars.join(''));
  return grams;
}

export function nameSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Systems being retired no longer count as construction, and websites are consolidated by the
 * website cluster itself (every unit keeps its own site there).
 */
function isCompared(entry: ManifestEntry): boolean {
  const outcome = entry.manifest.spec.disposition.outcome;
  return outcome !== 'decommission' && outcome !== 'already-integrated' && outcome !== 'website-cluster';
}

export const duplicateConstruction: Rule = {
  id: 'duplicate-construction',
  severity: 'warning',
  title: 'Systems of the same or near-same function',
  clause: 'Plan §三(二).6 (部门内部不存在功能类似或重复的信息系统) and §二 (避免重复建设)',
  check(entries, report) {
    const live = entries.filter(isCompared);
    const signatures = live.map(({ manifest: { metadata } }) =>
      functionSignature(metadata.name, [metadata.managingUnit, metadata.reportingUnit]),
    );
    const postings = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      for (const gram of signature) {
        const list = postings.get(gram);
        if (list) list.push(index);
        else postings.set(gram, [index]);
      }
    });
    for (let i = 0; i < live.length; i++) {
      const candidates = new Set<number>();
      for (const gram of signatures[i]!) {
        const list = postings.get(gram)!;
        if (list.length > MAX_POSTINGS) continue;
        for (const other of list) if (other > i) candidates.add(other);
      }
      for (const j of [...candidates].sort((a, b) => a - b)) {
        const similarity = nameSimilarity(signatures[i]!, signatures[j]!);
        if (similarity < DUPLICATE_FUNCTION_THRESHOLD) continue;
        const [first, second] = [live[i]!, live[j]!];
        const a = first.manifest.metadata;
        const b = second.manifest.metadata;
        const units = a.managingUnit === b.managingUnit && a.reportingUnit === b.reportingUnit
          ? `both of ${a.reportingUnit}`
          : `${a.reportingUnit} and ${b.reportingUnit}`;
        report({
          entry: second,
          path: ['metadata', 'name'],
          message: `"${b.name}" looks like the same function as system ${a.number} "${a.name}" in ${first.file} (${units}, name similarity ${similarity.toFixed(2)})`,
          hint: 'if they do the same job, merge them (outcome `merge`) or decommission one; if not, make the names say how they differ',
          related: [{ entry: first, path: ['metadata', 'name'], message: 'the other system' }],
        });
      }
    }
  },
};
