import { foldForComparison } from './fold';
import { msg, said, type Message } from '../../document/i18n';
import { acrossManifests, type ManifestEntry, type ManifestSummary } from './rule';
import { joined, relatedSaid } from './words';

/** Words every system name carries; they say nothing about what a system does. */
const GENERIC_WORDS = [
  '环境保护部',
  '环保部',
  '全国',
  '中国',
  '信息',
  '管理',
  '系统',
  '平台',
  '网站',
  '数据库',
  '综合',
];

/** Similarity (Dice coefficient over character bigrams) at which two systems look like one function built twice. */
export const DUPLICATE_FUNCTION_THRESHOLD = 0.8;

/**
 * Two sets with Dice similarity ≥ t share at least t/(2−t) of the smaller-or-equal set's bigrams
 * (|B| ≥ |A|·t/(2−t) follows from the overlap never exceeding |B|).
 */
const MIN_OVERLAP_FRACTION = DUPLICATE_FUNCTION_THRESHOLD / (2 - DUPLICATE_FUNCTION_THRESHOLD);

/**
 * Systems named in one group's warning (and given as its related locations); the rest are counted. A
 * thousand copies of one name are one mistake, and listing each made a warning per pair: 44,850 for 300.
 */
export const MAX_LISTED_MEMBERS = 10;

const GENERIC_PATTERN = new RegExp(GENERIC_WORDS.join('|'), 'g');

/** A bigram is numbered `first · CODE_POINTS + second` (below 2^41, exact in a double): numbers hash far cheaper than strings. */
const CODE_POINTS = 0x110000;

/** A name's signature: its character bigrams, numbered; a one-character name is that character (as −1 − code point). */
export type Signature = Set<number>;

/** The unit names a system's name may carry, normalized and longest first (so a longer name is removed before its parts). */
export function unitWords(units: readonly string[]): string[] {
  return units
    .flatMap((unit) => unit.split('、'))
    .map(foldForComparison)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
}

/**
 * Character bigrams of what a system's name says it does: the unit's own name ("华南环境科学研究所办公系统")
 * and generic words are removed first, so two systems of one unit do not look alike for sharing its name.
 */
export function functionSignature(name: string, units: readonly string[] = []): Signature {
  return signatureOf(name, unitWords(units));
}

function signatureOf(name: string, words: readonly string[]): Signature {
  let core = foldForComparison(name);
  for (const word of words) core = core.replaceAll(word, '');
  core = core.replace(GENERIC_PATTERN, '');
  const grams: Signature = new Set();
  let previous = -1;
  for (const char of core) {
    const codePoint = char.codePointAt(0)!;
    if (previous >= 0) grams.add(previous * CODE_POINTS + codePoint);
    previous = codePoint;
  }
  if (grams.size === 0 && previous >= 0) grams.add(-1 - previous);
  return grams;
}

export function nameSimilarity(a: Signature, b: Signature): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Systems being retired no longer count as construction, and websites are consolidated by the
 * website cluster itself (every unit keeps its own site there).
 */
function isCompared(entry: ManifestEntry<ManifestSummary>): boolean {
  const outcome = entry.manifest.spec.disposition.outcome;
  return outcome !== 'decommission' && outcome !== 'already-integrated' && outcome !== 'website-cluster';
}

export const duplicateConstruction = acrossManifests(
  {
    id: 'duplicate-construction',
    severity: 'warning',
    title: 'Systems of the same or near-same function',
    clause:
      'Plan §三(二).6 (部门内部不存在功能类似或重复的信息系统) and §二 (切实避免各自为政、自成体系、重复投资、重复建设)',
  },
  (entries, report) => {
    const live = entries.filter(isCompared);
    for (const group of groupsOfNames(live.map(({ manifest: { metadata } }) => metadata))) {
      const members = group.members.map((index) => live[index]!);
      // Reported at the last member (in file order), like a pair: the earlier ones came first.
      const last = members[members.length - 1]!;
      const others = members.slice(0, -1);
      const listed = others.slice(0, MAX_LISTED_MEMBERS);
      const b = last.manifest.metadata;
      const similarity =
        group.least === group.most ? group.least.toFixed(2) : `${group.least.toFixed(2)}–${group.most.toFixed(2)}`;
      const named = listed.map((entry) =>
        msg('rule.duplicate-construction.system', {
          number: entry.manifest.metadata.number,
          name: entry.manifest.metadata.name,
          file: entry.file,
        }),
      );
      const more = others.length - listed.length;
      const units = unitsOf(members);
      report({
        entry: last,
        path: ['metadata', 'name'],
        ...said(
          others.length === 1
            ? msg('rule.duplicate-construction.one', { name: b.name, other: named[0]!, units, similarity })
            : msg('rule.duplicate-construction.many', {
                name: b.name,
                count: others.length,
                units,
                similarity,
                others: joined(named),
                more,
              }),
          msg('rule.duplicate-construction.hint'),
        ),
        related: listed.map((entry) => ({
          entry,
          path: ['metadata', 'name'],
          ...relatedSaid(msg('rule.duplicate-construction.other')),
        })),
      });
    }
  },
);

/** What the groups of alike names are made from: each compared system's name and units, in file order. */
type NamedSystem = Pick<ManifestSummary['metadata'], 'name' | 'managingUnit' | 'reportingUnit'>;

/**
 * The last groups found and the names and units they were found from. `validate --watch` runs the rules
 * across files again after each change, and most changes leave every name and unit as it was: the join
 * took 110 ms of such a run over 10,000 files, and comparing its inputs as one string takes 2.
 */
let lastJoin: { inputs: string; groups: readonly SimilarGroup[] } | undefined;

/** `similarGroups` of the systems' signatures; the last answer again when the names and units are the same. */
export function groupsOfNames(systems: readonly NamedSystem[]): readonly SimilarGroup[] {
  // Each string led by its length: no name or unit can pass for another's end and the next one's start.
  let inputs = '';
  for (const { name, managingUnit, reportingUnit } of systems)
    inputs += `${name.length}:${name}${managingUnit.length}:${managingUnit}${reportingUnit.length}:${reportingUnit}`;
  if (lastJoin?.inputs === inputs) return lastJoin.groups;
  // Systems share a handful of units: each pair of unit names is normalized once.
  const wordsOfUnits = new Map<string, string[]>();
  const signatures = systems.map(({ name, managingUnit, reportingUnit }) => {
    const key = `${managingUnit}\u0000${reportingUnit}`;
    let words = wordsOfUnits.get(key);
    if (!words) wordsOfUnits.set(key, (words = unitWords([managingUnit, reportingUnit])));
    return signatureOf(name, words);
  });
  // Frozen: the groups are handed out again, and a caller that changed one would change later answers.
  const groups = Object.freeze(
    similarGroups(signatures).map((group) => Object.freeze({ ...group, members: Object.freeze(group.members) })),
  ) as readonly SimilarGroup[];
  lastJoin = { inputs, groups };
  return groups;
}

/** The units of a group: "both of X" for a pair of one unit, else the reporting units, the first few named. */
function unitsOf(members: readonly ManifestEntry<ManifestSummary>[]): Message {
  const [a, b] = [members[0]!.manifest.metadata, members[members.length - 1]!.manifest.metadata];
  if (members.length === 2) {
    return a.managingUnit === b.managingUnit && a.reportingUnit === b.reportingUnit
      ? msg('rule.duplicate-construction.units-both', { unit: a.reportingUnit })
      : msg('rule.duplicate-construction.units-pair', { first: a.reportingUnit, second: b.reportingUnit });
  }
  const units = [...new Set(members.map((entry) => entry.manifest.metadata.reportingUnit))];
  if (units.length === 1) return msg('rule.duplicate-construction.units-all', { unit: units[0]! });
  const shown = units.slice(0, MAX_LISTED_MEMBERS);
  return msg('rule.duplicate-construction.units-many', {
    count: units.length,
    shown: joined(shown),
    more: units.length - shown.length,
  });
}

/** Systems alike by name, linked through pairs at or above the threshold; the similarities of those links. */
export interface SimilarGroup {
  /** Indexes into the signatures, ascending. */
  members: number[];
  least: number;
  most: number;
}

/**
 * The groups of alike names: the connected parts of the similar-pairs graph, with at least two members.
 * Identical signatures are joined before the similarity join, and a pair already in one group is not
 * verified, so n copies of one name cost n, not n²/2 pairs.
 */
export function similarGroups(signatures: readonly Signature[]): SimilarGroup[] {
  const parent = Int32Array.from(signatures, (_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const least = new Float64Array(signatures.length).fill(Infinity);
  const most = new Float64Array(signatures.length).fill(-Infinity);
  const join = (i: number, j: number, similarity: number): void => {
    const [a, b] = [root(i), root(j)];
    const keep = Math.min(a, b);
    const other = Math.max(a, b);
    parent[other] = keep;
    least[keep] = Math.min(least[keep]!, least[other]!, similarity);
    most[keep] = Math.max(most[keep]!, most[other]!, similarity);
  };
  // Identical signatures first (an empty one is like no other); the join then sees each once.
  const firstWith = new Map<string, number>();
  const distinct: number[] = [];
  signatures.forEach((signature, index) => {
    if (signature.size === 0) return;
    const key = [...signature].sort((x, y) => x - y).join(',');
    const first = firstWith.get(key);
    if (first === undefined) {
      firstWith.set(key, index);
      distinct.push(index);
    } else join(first, index, 1);
  });
  visitSimilarPairs(
    distinct.map((index) => signatures[index]!),
    (i, j, similarity) => join(distinct[i]!, distinct[j]!, similarity),
    (i, j) => root(distinct[i]!) === root(distinct[j]!),
  );
  const groups = new Map<number, number[]>();
  for (let index = 0; index < signatures.length; index++) {
    const top = root(index);
    if (top === index && least[index] === Infinity) continue;
    let members = groups.get(top);
    if (!members) groups.set(top, (members = []));
    members.push(index);
  }
  return [...groups].map(([top, members]) => ({ members, least: least[top]!, most: most[top]! }));
}

/**
 * Candidate pairs by prefix filtering (the standard similarity-join technique): bigrams are numbered
 * rarest first and each set sorted by that number; two sets similar enough must share a bigram within
 * each one's first |A| − ⌈f·|A|⌉ + 1 bigrams, so only those are indexed. Candidates are verified by a
 * merge of the sorted numbers. Exact, and near-linear on real names. An empty set is like no other.
 */
export function similarPairs(signatures: readonly Signature[]): [first: number, second: number, similarity: number][] {
  const pairs: [number, number, number][] = [];
  visitSimilarPairs(signatures, (first, second, similarity) => pairs.push([first, second, similarity]));
  return pairs;
}

/** Calls `visit` for each similar pair (earlier set first); a pair `skip` answers true for is not verified. */
function visitSimilarPairs(
  signatures: readonly Signature[],
  visit: (first: number, second: number, similarity: number) => void,
  skip: (first: number, second: number) => boolean = () => false,
): void {
  const { sets, bigrams } = rarestFirst(signatures);
  const prefixLengths = sets.map((set) =>
    set.length === 0 ? 0 : set.length - Math.ceil(MIN_OVERLAP_FRACTION * set.length) + 1,
  );
  // For each bigram, the sets whose prefix holds it and where in that set it stands: bigram b's
  // postings are [first[b], next[b]) of two flat arrays. They fill in set order, so when set i is
  // probed they hold only earlier sets.
  const first = new Int32Array(bigrams + 1);
  sets.forEach((set, i) => {
    for (let k = 0; k < prefixLengths[i]!; k++) first[set[k]! + 1]!++;
  });
  for (let bigram = 0; bigram < bigrams; bigram++) first[bigram + 1]! += first[bigram]!;
  const next = first.slice(0, bigrams);
  const postedSet = new Int32Array(first[bigrams]!);
  const postedAt = new Int32Array(first[bigrams]!);
  // Per set: the last set that found it a candidate, and whether the pair can still reach the threshold.
  const seenBy = new Int32Array(sets.length).fill(-1);
  const possible = new Uint8Array(sets.length);
  const candidates: number[] = [];
  for (let i = 0; i < sets.length; i++) {
    const set = sets[i]!;
    const prefixLength = prefixLengths[i]!;
    candidates.length = 0;
    for (let k = 0; k < prefixLength; k++) {
      const bigram = set[k]!;
      for (let p = first[bigram]!; p < next[bigram]!; p++) {
        const other = postedSet[p]!;
        if (seenBy[other] === i) continue;
        seenBy[other] = i;
        candidates.push(other);
        // First shared bigram of the pair: no bigram ranked before it can be shared (ppjoin's positional filter).
        const otherSize = sets[other]!.length;
        const mostShared = 1 + Math.min(set.length - k - 1, otherSize - postedAt[p]! - 1);
        possible[other] = mostShared >= (DUPLICATE_FUNCTION_THRESHOLD * (set.length + otherSize)) / 2 ? 1 : 0;
      }
    }
    // Findings are sorted by file later, so candidates need no order here.
    for (const other of candidates) {
      if (!possible[other] || skip(other, i)) continue;
      const similarity = sortedDice(sets[other]!, set);
      if (similarity >= DUPLICATE_FUNCTION_THRESHOLD) visit(other, i, similarity);
    }
    for (let k = 0; k < prefixLength; k++) {
      const at = next[set[k]!]!++;
      postedSet[at] = i;
      postedAt[at] = k;
    }
  }
}

/**
 * Each set as ascending bigram numbers, rarer bigrams numbered lower; ties keep first-seen order so
 * the numbering is deterministic (a counting sort).
 */
function rarestFirst(signatures: readonly Signature[]): { sets: Int32Array[]; bigrams: number } {
  const idOf = new Map<number, number>();
  const counts: number[] = [];
  const sets = signatures.map((signature) => {
    const ids = new Int32Array(signature.size);
    let k = 0;
    for (const gram of signature) {
      let id = idOf.get(gram);
      if (id === undefined) {
        id = counts.length;
        idOf.set(gram, id);
        counts.push(0);
      }
      counts[id]!++;
      ids[k++] = id;
    }
    return ids;
  });
  const firstOfCount = new Int32Array(sets.length + 2);
  for (const count of counts) firstOfCount[count + 1]!++;
  for (let count = 1; count < firstOfCount.length; count++) firstOfCount[count]! += firstOfCount[count - 1]!;
  const rank = new Int32Array(counts.length);
  counts.forEach((count, id) => (rank[id] = firstOfCount[count]!++));
  for (const set of sets) {
    for (let k = 0; k < set.length; k++) set[k] = rank[set[k]!]!;
    set.sort();
  }
  return { sets, bigrams: counts.length };
}

/** Dice coefficient of two ascending integer sets. */
function sortedDice(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
