import fc from 'fast-check';
import {
  DUPLICATE_FUNCTION_THRESHOLD,
  functionSignature,
  nameSimilarity,
  similarPairs,
} from '../validation/rules/duplicate-construction';
import { foldForComparison, OWN_LOWER_CASE } from '../validation/rules/fold';

describe('similar-name pairs', () => {
  const bruteForce = (signatures: Set<number>[]) =>
    signatures.flatMap((b, j) =>
      signatures.slice(0, j).flatMap((a, i) => {
        const similarity = nameSimilarity(a, b);
        return similarity >= DUPLICATE_FUNCTION_THRESHOLD ? [[i, j, similarity]] : [];
      }),
    );
  const byPair = (pairs: number[][]) => [...pairs].sort((x, y) => x[1]! - y[1]! || x[0]! - y[0]!);

  it('are exactly the pairs a comparison of every two names finds', () => {
    // A small alphabet makes shared bigrams, near-duplicates and one-character names common.
    const names = fc.array(
      fc.string({ unit: fc.constantFrom('污', '染', '源', '监', '测', '大', '气', '水'), maxLength: 9 }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(names, (list) => {
        const signatures = list.map((name) => functionSignature(name));
        expect(byPair(similarPairs(signatures))).toEqual(byPair(bruteForce(signatures)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('folding names for comparison', () => {
  it('skips lower-casing only where it changes nothing: proved over every code point the shortcut admits', () => {
    const changed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (OWN_LOWER_CASE.test(char) && char.toLowerCase() !== char) changed.push(char);
    }
    expect(changed).toEqual([]);
  });

  it('folds width, case, spaces and punctuation, with or without the shortcut', () => {
    expect(foldForComparison('大气 颗粒物（PM2.5）数据')).toBe('大气颗粒物pm25数据');
    expect(foldForComparison('ＰＭ２．５ 数据')).toBe(foldForComparison('pm2.5数据'));
    expect(foldForComparison('水质、自动监测')).toBe('水质自动监测');
  });
});
