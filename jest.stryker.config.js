// The jest config Stryker uses (`npm run mutation`): the suites that exercise the mutated modules in
// process. Suites that drive the built CLI, the runtime protocol or a browser run dist/ in a child
// process, which holds no mutant, so they could never kill one and would only slow every run.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/tests/cli/',
    '<rootDir>/tests/cli\\.test\\.ts$',
    '<rootDir>/tests/protocol/',
    '<rootDir>/tests/browser/',
    '<rootDir>/tests/architecture\\.test\\.ts$',
    '<rootDir>/tests/citations\\.test\\.ts$',
  ],
};
