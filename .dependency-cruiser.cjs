// The layering of envcloud (README, Architecture): each folder imports only folders below it.
//   schema (data) → model → document (the toolkit: load, locate, findings, secrets, formats) →
//   validation (manifest validation: schema check, rules, files, workers) → inventory,
//   components → stacks → engine → waves → policies → audit → reports → cli → scripts
// tests import anything. Checked by tests/architecture.test.ts.
const LAYERS = [
  'schema',
  'model',
  'document',
  'validation',
  'inventory',
  'components',
  'stacks',
  'engine',
  'waves',
  'policies',
  'audit',
  'reports',
  'cli',
  'scripts',
];

/** A rule forbidding a layer to import any layer above it. */
const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer}/ may import only ${LAYERS.slice(0, index).join(', ') || 'nothing of the project'}`,
  severity: 'error',
  from: { path: `^${layer}/` },
  to: { path: `^(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...upward,
    // Cycles of type-only imports vanish at run time, and a module loaded lazily (a dynamic import inside
    // a function) is loaded after its importer; any other cycle makes load order matter.
    {
      name: 'no-circular',
      comment: 'no cycle of load-time imports between files',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only', 'dynamic-import'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};

// The same list for the tests that walk these folders (tests/support/sources.ts), so that a new layer is
// named once. Not enumerable: dependency-cruiser refuses a configuration key it does not know.
Object.defineProperty(module.exports, 'layers', { value: LAYERS });
