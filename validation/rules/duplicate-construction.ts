import type { ManifestEntry, Rule } from './rule';

/** Words every system name carries; they say nothing about what a system does. */
const GENERIC_WORDS = ['环境保护部', '环保部', '全国', '中国', '信息', '管理', '系统', '平台', '网站', '数据库', '综合'];

/** Similarity (Dice coefficient over character bigrams) at which two systems look like one function built twice. */
export const DUPLICATE_FUNCTION_THRESHOLD = 0.8;

/**
 * Two sets with Dice similarity ≥ t share at least t/(2−t) of the smaller-or-equal set's bigrams
 * (|B| ≥ |A|·t/(2−t) follows from the overlap never exceeding |B|).
 */
const MIN_OVERLAP_FRACTION = DUPLICATE_FUNCTION_THRESHOLD / (2 - DUPLICATE_FUNCTION_THRESHOLD);

const normalize = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

const GENERIC_PATTERN = new RegExp(GENERIC_WORDS.join('|'), 'g');

/**
 * Character bigrams of what a system's name says it does: the unit's own name ("华南环境科学研究所办公系统")
 * and generic words are removed first, so two systems of one unit do not look alike for sharing its name.
 */
export function functionSignature(name: string, units: readonly string[] = []): Set<string> {
  let core = normalize(name);
  const unitNames = units.flatMap((unit) => unit.split('、')).map(normalize).filter(Boolean);
  for (const unit of unitNames.sort((a, b) => b.length - a.length)) core = core.split(unit).join('');
  core = core.replace(GENERIC_PATTERN, '');
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
    for (const [i, j, similarity] of similarPairs(signatures)) {
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
  },
};

/**
 * Candidate pairs by prefix filtering (the standard similarity-join technique): bigrams are numbered
 * rarest first and each set sorted by that number; two sets similar enough must share a bigram within
 * each one's first |A| − ⌈f·|A|⌉ + 1 bigrams, so only those are indexed. Candidates are verified by a
 * merge of the sorted numbers. Exact, and near-linear on real names.
 */
export function similarPairs(signatures: readonly Set<string>[]): [first: number, second: number, similarity: number][] {
  const frequency = new Map<string, number>();
  for (const signature of signatures) for (const gram of signature) frequency.set(gram, (frequency.get(gram) ?? 0) + 1);
  // Rank bigrams rarest first; ties keep first-seen order, so the ranking is deterministic (a bucket sort).
  const buckets: string[][] = [];
  for (const [gram, count] of frequency) (buckets[count] ??= []).push(gram);
  const rank = new Map<string, number>();
  for (const bucket of buckets) for (const gram of bucket ?? []) rank.set(gram, rank.size);
  const sets = signatures.map((signature) => {
    const ids = new Int32Array(signature.size);
    let k = 0;
    for (const gram of signature) ids[k++] = rank.get(gram)!;
    return ids.sort();
  });
  // For each bigram: the sets whose prefix holds it, and where in that set it stands.
  const index: { set: number; position: number }[][] = Array.from({ length: rank.size }, () => []);
  const pairs: [number, number, number][] = [];
  sets.forEach((set, i) => {
    const prefixLength = set.length - Math.ceil(MIN_OVERLAP_FRACTION * set.length) + 1;
    // First shared bigram per candidate: no bigram ranked before it can be shared (ppjoin's positional filter).
    const firstShared = new Map<number, number>();
    for (let k = 0; k < prefixLength; k++) {
      for (const { set: other, position } of index[set[k]!]!) {
        if (firstShared.has(other)) continue;
        const otherSize = sets[other]!.length;
        const mostShared = 1 + Math.min(set.length - k - 1, otherSize - position - 1);
        firstShared.set(other, mostShared >= (DUPLICATE_FUNCTION_THRESHOLD * (set.length + otherSize)) / 2 ? 1 : 0);
      }
    }
    // Findings are sorted by file later, so candidates need no order here.
    for (const [other, possible] of firstShared) {
      if (!possible) continue;
      const similarity = sortedDice(sets[other]!, set);
      if (similarity >= DUPLICATE_FUNCTION_THRESHOLD) pairs.push([other, i, similarity]);
    }
    for (let k = 0; k < prefixLength; k++) index[set[k]!]!.push({ set: i, position: k });
  });
  return pairs;
}

/** Dice coefficient of two ascending integer sets. */
function sortedDice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
