import { catalogCodeProblems, nextCatalogCode, parseCatalogCode } from '../../model/catalog-code';
import { acrossManifests, perManifest, type ManifestEntry, type ManifestSummary } from './rule';

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
      const problems = catalogCodeProblems(resource.catalogCode);
      if (problems.length === 0) return;
      const used = (manifest.spec.dataResources ?? []).map((other) => other.catalogCode);
      report({
        path: ['spec', 'dataResources', index, 'catalogCode'],
        message: `catalog code \`${resource.catalogCode}\` of "${resource.name}" is malformed: ${problems.join('; ')}`,
        hint: `a code not yet published is corrected to this system's next free code, \`${nextCatalogCode(manifest.metadata.number, used)}\``,
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
        message: `catalog code \`${resource.catalogCode}\` of "${resource.name}" belongs to system ${parts.systemNumber}, not to this system (${number})`,
        hint: `a resource keeps its code only in the system that published it; here it takes this system's next free code, \`${nextCatalogCode(number, used)}\``,
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
        const where =
          earlier.entry === entry
            ? 'earlier in this manifest'
            : `by system ${earlier.entry.manifest.metadata.number} (${earlier.entry.file})`;
        const earlierName = earlier.entry.manifest.spec.dataResources![earlier.index]!.name;
        report({
          entry,
          path: ['spec', 'dataResources', index, 'catalogCode'],
          message: `catalog code \`${resource.catalogCode}\` of "${resource.name}" is already used ${where} for "${earlierName}"`,
          hint: `codes are never shared or reused: give this resource its system's next free code, \`${nextCatalogCode(number, usedBySystem.get(number) ?? [])}\``,
          related: [
            {
              entry: earlier.entry,
              path: ['spec', 'dataResources', earlier.index, 'catalogCode'],
              message: 'the code is first used here',
            },
          ],
        });
      });
    }
  },
);
