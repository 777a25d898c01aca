// The manifest schema's validators are compiled ahead of time (validation/manifest-verdict.generated.js
// and manifest-report.generated.js, `npm run gen:validator`). These tests keep both in step with the
// schema, and check that the reporting one reports what compiling the schema at run time reports, error
// for error, on every manifest of the project that does not conform: findings are built from those errors.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { compileReporting, manifestValidator } from '../validation/schema-check';
import { manifestSchema } from '../model/schema';

const root = join(__dirname, '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

/** Every manifest-like document of the project's tests and manifests that js-yaml reads. */
function documents(): { file: string; data: unknown }[] {
  return [...yamlFiles(join(root, 'tests')), ...yamlFiles(join(root, 'manifests'))].flatMap((file) => {
    try {
      // As envcloud reads manifests: YAML 1.2's core schema, dates left as text.
      const data = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA });
      return data !== null && typeof data === 'object' && 'kind' in data && data.kind === 'SystemMigration'
        ? [{ file, data }]
        : [];
    } catch {
      return [];
    }
  });
}

describe('the precompiled reporting validator', () => {
  it.each([
    ['generateValidator', 'manifest-verdict'],
    ['generateReportingValidator', 'manifest-report'],
  ])('%s() gives the committed %s.generated.js', (generator, name) => {
    const generated = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import('./scripts/generate-validator.mjs'); process.stdout.write(m.${generator}());`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(generated).toBe(readFileSync(join(root, `validation/${name}.generated.js`), 'utf8'));
  });

  it('is the one validate uses', () => {
    expect(manifestValidator()).toBe(require('../validation/manifest-report.generated.js'));
  });

  it('reports the errors compiling the schema at run time reports, on every manifest that does not conform', () => {
    const atRunTime = compileReporting(manifestSchema as Record<string, unknown>);
    const precompiled = manifestValidator();
    const failing = documents().filter(({ data }) => !atRunTime(data));
    // The project's own corpus holds many: a handful would not show the two agree.
    expect(failing.length).toBeGreaterThan(20);
    for (const { file, data } of failing) {
      atRunTime(data);
      const expected = atRunTime.errors;
      expect({ file, valid: precompiled(data) }).toEqual({ file, valid: false });
      expect({ file, errors: precompiled.errors }).toEqual({ file, errors: expected });
    }
  });

  it('and agrees on manifests that conform', () => {
    const atRunTime = compileReporting(manifestSchema as Record<string, unknown>);
    const conforming = documents().filter(({ data }) => atRunTime(data));
    expect(conforming.length).toBeGreaterThan(100);
    for (const { file, data } of conforming)
      expect({ file, valid: manifestValidator()(data) }).toEqual({ file, valid: true });
  });
});
