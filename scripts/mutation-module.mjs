// Mutation testing of one module with only the test files that exercise it: a run of the whole set
// (8,000 mutants, with the TypeScript checker) does not finish in a working session on 2 cores, while
// one module with its own tests takes minutes. Writes its configs under test-artifacts/mutation/ and the
// report to test-artifacts/mutation/<name>.json and .html. Stryker mutates in place (see
// stryker.config.json): run this in a clean `git worktree`, one run at a time.
//   node scripts/mutation-module.mjs <name> --mutate "engine/diff.ts" --tests "tests/engine/diff.test.ts …"
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { mutate: { type: 'string' }, tests: { type: 'string' } },
});
const name = positionals[0];
if (!name || !/^[a-z0-9-]+$/.test(name) || !values.mutate || !values.tests) {
  console.error('usage: node scripts/mutation-module.mjs <name> --mutate "<glob>,<glob>" --tests "<file> <file>"');
  process.exit(2);
}
const out = join(root, 'test-artifacts', 'mutation');
mkdirSync(out, { recursive: true });
const base = createRequire(import.meta.url)(join(root, 'jest.stryker.config.js'));
const jestConfig = join(out, `jest.${name}.config.js`);
const tests = values.tests.split(/\s+/).filter(Boolean);
writeFileSync(
  jestConfig,
  `module.exports = ${JSON.stringify({ ...base, rootDir: root, testPathIgnorePatterns: ['/node_modules/'], testMatch: tests.map((test) => `<rootDir>/${test}`) })};\n`,
);
const stryker = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
// No type checker: it loads the whole project per run; a mutant that does not compile fails its tests.
Object.assign(stryker, {
  mutate: values.mutate.split(','),
  checkers: [],
  // The tests are the ones named, all of them: jest's findRelatedTests only follows imports through files
  // under its roots (tests/), so a test that reaches the module through tests/support or validation/validate.ts
  // was never run, and every mutant only it could kill counted as survived or not covered.
  jest: { ...stryker.jest, configFile: jestConfig, enableFindRelatedTests: false },
  incrementalFile: join(out, `${name}.incremental.json`),
  // progress-append-only: a line every few seconds with the mutants tested and the time left, readable in a log.
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: join(out, `${name}.json`) },
  htmlReporter: { fileName: join(out, `${name}.html`) },
});
const config = join(out, `stryker.${name}.json`);
writeFileSync(config, JSON.stringify(stryker, null, 2));
const run = spawnSync('npx', ['stryker', 'run', config], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

// The score as Stryker counts it: killed and timed out over every mutant that was tested or not covered.
const report = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8'));
for (const [file, { mutants }] of Object.entries(report.files)) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const detected = count('Killed') + count('Timeout');
  const total = detected + count('Survived') + count('NoCoverage');
  console.log(`${file}: ${total ? ((100 * detected) / total).toFixed(2) : 'n/a'}% (${detected} of ${total})`);
}
