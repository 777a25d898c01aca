// ESLint (flat config): typescript-eslint's recommended rules for all sources, and Pulumi's own rules,
// which need type information, where Outputs live (components, stacks, engine, policies). Formatting is
// Prettier's (.prettierrc.json); `npm test` runs both (`npm run lint`).
import js from '@eslint/js';
import pulumi from '@pulumi/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-artifacts/**',
      '.envcloud/**',
      'build/**',
      '**/*.generated.*',
      'tests/fixtures/**',
      'reports/dashboard/assets/**',
      'vendor/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      // Unused names starting with _ are deliberate (callbacks' unused parameters).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['components/**/*.ts', 'stacks/**/*.ts', 'engine/**/*.ts', 'policies/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@pulumi': pulumi },
    rules: {
      '@pulumi/no-output-in-template-literal': 'error',
      '@pulumi/no-output-instance-in-template-literal': 'error',
    },
  },
  {
    // The pack judges property bags that @pulumi/policy itself types as `Record<string, any>`; tests probe
    // untyped data and load modules afresh with require() inside jest.isolateModules.
    files: ['policies/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Tests look for raw control characters in outputs on purpose.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
