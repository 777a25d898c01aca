import { catalogCodeProblems, nextCatalogCode, parseCatalogCode } from '../../model/catalog-code';
import { msg, said, type Message, type MessageId } from '../../document/i18n';
import { acrossManifests, perManifest, type ManifestEntry, type ManifestSummary } from './rule';
import { relatedSaid } from './words';

/** What is wrong with a code (model/catalog-code.ts's problems), as catalog messages in the reader's language. */
function codeProblems(code: string): Message[] {
  return catalogCodeProblems(code).map(({ id, values }) => msg(`rule.catalog-code.${id}`, values));
}

/** Problems joined by `; ` (`；` in Chinese). */
function problemList(problems: readonly Message[]): Message {
  return problems.reduce((first, second) => msg('text.join', { first, second }));
}

/** What a code's rules say it is for: the guide's form, the catalog the plan builds on it. */
const GUIDE =
  'Plan §三(一).2 (依据《政务信息资源目录编制指南》（发改高技〔2017〕1272 号）); rules art. 10 (《编制指南》是各单位编制本单位政务信息资源目录的依据)';

export const catalogCodeWellFormed = perManifest(
  {
    id: 'catalog-code-well-formed',
    severity: 'error',
    title: "A catalog code has the guide's form with the ministry's class, item and heading and a sequence from 0001",
    clause: GUIDE,
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const problems = codeProblems(resource.catalogCode);
      if (problems.length === 0) return;
      const used = (manifest.spec.dataResources ?? []).map((other) => other.catalogCode);
      report({
        path: ['spec', 'dataResources', index, 'catalogCode'],
        ...said(
          msg('rule.catalog-code-well-formed.message', {
            code: resource.catalogCode,
            name: resource.name,
            problems: problemList(problems),
          }),
          nextCodeHint('rule.catalog-code-well-formed.hint', manifest.metadata.number, used),
        ),
      });
    });
  },
);

export const catalogCodeOwnSystem = perManifest(
  {
    id: 'catalog-code-own-system',
    severity: 'error',
    title: "A catalog code carries its own system's inventory number",
    clause: `${GUIDE}; envcloud: the system number in the code keeps it from moving to another system`,
  },
  ({ manifest }, report) => {
    const { number } = manifest.metadata;
    const used = (manifest.spec.dataResources ?? []).map((resource) => resource.catalogCode);
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const parts = parseCatalogCode(resource.catalogCode);
      if (!parts || parts.systemNumber === number) return;
      report({
        path: ['spec', 'dataResources', index, 'catalogCode'],
        ...said(
          msg('rule.catalog-code-own-system.message', {
            code: resource.catalogCode,
            name: resource.name,
            owner: parts.systemNumber,
            number,
          }),
          nextCodeHint('rule.catalog-code-own-system.hint', number, used),
        ),
      });
    });
  },
);

export const uniqueCatalogCode = acrossManifests(
  {
    id: 'unique-catalog-code',
    severity: 'error',
    title: 'Each data resource has its own catalog code',
    clause: `${GUIDE}; rules art. 11 (作为各单位间信息资源共享和业务协同的基础)`,
  },
  (entries, report) => {
    const first = new Map<string, { entry: ManifestEntry<ManifestSummary>; index: number }>();
    const usedBySystem = new Map<number, string[]>();
    for (const entry of entries) {
      const codes = (entry.manifest.spec.dataResources ?? []).map((resource) => resource.catalogCode);
      usedBySystem.set(entry.manifest.metadata.number, [
        ...(usedBySystem.get(entry.manifest.metadata.number) ?? []),
        ...codes,
      ]);
    }
    for (const entry of entries) {
      (entry.manifest.spec.dataResources ?? []).forEach((resource, index) => {
        const earlier = first.get(resource.catalogCode);
        if (!earlier) {
          first.set(resource.catalogCode, { entry, index });
          return;
        }
        const { number } = entry.manifest.metadata;
        const earlierName = earlier.entry.manifest.spec.dataResources![earlier.index]!.name;
        report({
          entry,
          path: ['spec', 'dataResources', index, 'catalogCode'],
          ...said(
            msg('rule.unique-catalog-code.message', {
              code: resource.catalogCode,
              name: resource.name,
              where: earlier.entry === entry ? 'self' : 'other',
              system: earlier.entry.manifest.metadata.number,
              file: earlier.entry.file,
              earlier: earlierName,
            }),
            nextCodeHint('rule.unique-catalog-code.hint', number, usedBySystem.get(number) ?? []),
          ),
          related: [
            {
              entry: earlier.entry,
              path: ['spec', 'dataResources', earlier.index, 'catalogCode'],
              ...relatedSaid(msg('rule.unique-catalog-code.first')),
            },
          ],
        });
      });
    }
  },
);

/** A hint naming the system's next free code, or saying it has none (every sequence number used). */
function nextCodeHint(id: MessageId, number: number, used: readonly string[]): Message {
  const next = nextCatalogCode(number, used);
  return next === undefined ? msg('rule.catalog-code.no-free.hint', { number }) : msg(id, { next });
}
