/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles.
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  testTimeout: 30000,
  // The CLI tests run bin/envcloud.js, that is dist/: rebuild it first when a source is newer (tests/support/build-dist.ts).
  globalSetup: '<rootDir>/tests/support/build-dist.ts',
  // One fixed seed for the property tests under CI, a new one each run elsewhere (tests/support/fast-check-seed.ts).
  setupFiles: ['<rootDir>/tests/support/fast-check-seed.ts'],
};
