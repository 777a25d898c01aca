import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_16_BUSINESSES, ARTICLE_18_LEVELS, LEGAL_BASIS_KINDS, legalBasisText } from '../model/sharing';
import { CATALOG_CLASSES, BUSINESS_SYSTEMS } from '../model/domain';
import { validateSources } from '../validation/validate';
import { root } from './support/cli';
import { LAW_BASIS } from './support/manifests';

/** No. 49 of Annex 1 as shipped: its pollution-source data, shared unconditionally (lines 55–56). */
const FILE = 'manifests/s049-gkzdwryzdjkyjcsjkxt.yaml';
const shipped = readFileSync(join(root, FILE), 'utf8');
const SHARING = '      sharing:\n        type: unconditional\n';

function findings(sharing: string) {
  if (!shipped.includes(SHARING)) throw new Error('no. 49 no longer shares its data as the fixture expects');
  const text = shipped.replace(SHARING, sharing);
  return validateSources([{ file: FILE, bytes: Buffer.from(text) }]).findings.map((finding) => [
    finding.ruleId,
    finding.line,
    finding.column,
  ]);
}

const basis = (kind: string) =>
  `        legalBasis:\n          kind: ${kind}\n          issuer: 环境监察局\n          title: 污染源监控数据管理规定\n          documentNumber: 环监〔2017〕1号\n          article: 第三条\n`;

describe('article 16 and article 18 on no. 49 (国控重点污染源自动监控与基础数据库系统)', () => {
  it('ships clean', () => {
    expect(findings(SHARING)).toEqual([]);
  });

  it('refuses its pollution-source data as not-shared on an internal rule (内部规定)', () => {
    // resource-center-sharing-type follows: the system as a whole would be not-shared too.
    expect(findings(`      sharing:\n        type: not-shared\n${basis('internal-rule')}`)).toContainEqual([
      'not-shared-legal-basis',
      58,
      17,
    ]);
  });

  it('refuses the old free-text basis: the basis is a structured record now', () => {
    expect(findings('      sharing:\n        type: not-shared\n        legalBasis: 内部规定\n')).toContainEqual([
      'schema-type',
      57,
      21,
    ]);
  });

  it('refuses it conditional without a basis, or on a departmental rule', () => {
    const conditional =
      '      sharing:\n        type: conditional\n        conditions: 仅用于执法\n        scope: 环境监察局\n';
    expect(findings(conditional)).toContainEqual(['article-16-unconditional-sharing', 56, 15]);
    expect(findings(`${conditional}${basis('departmental-rule')}`)).toContainEqual([
      'article-16-unconditional-sharing',
      60,
      17,
    ]);
  });

  it('accepts a restriction on a law, an administrative regulation or a central document', () => {
    for (const kind of ARTICLE_18_LEVELS) {
      const ids = findings(
        `      sharing:\n        type: conditional\n        conditions: 仅用于执法\n        scope: 环境监察局\n${basis(kind)}`,
      ).map(([id]) => id);
      expect(ids.filter((id) => id === 'article-16-unconditional-sharing' || id === 'not-shared-legal-basis')).toEqual(
        [],
      );
    }
  });
});

describe('the facts of articles 16 and 18 (model/sharing.ts)', () => {
  it('every catalog class is the data of core businesses, and every core business has a class', () => {
    expect(Object.keys(ARTICLE_16_BUSINESSES).sort()).toEqual([...CATALOG_CLASSES].sort());
    expect(new Set(Object.values(ARTICLE_16_BUSINESSES).flat())).toEqual(new Set(BUSINESS_SYSTEMS));
  });

  it('names the three levels of article 18, the highest kinds of the schema', () => {
    expect(ARTICLE_18_LEVELS).toEqual(LEGAL_BASIS_KINDS.slice(0, 3));
    expect(legalBasisText(LAW_BASIS)).toBe(
      '《中华人民共和国保守国家秘密法》（主席令第二十八号）第九条，全国人民代表大会常务委员会（法律）',
    );
  });
});
